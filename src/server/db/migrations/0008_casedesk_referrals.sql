-- Case desk, second part: routing rules that suggest a unit or a partner organisation for a case,
-- referrals to partner organisations with a personal link to confirm receipt (the token is kept
-- only as its SHA-256, like survey and invitation tokens), and the history of secrecy marking.

-- A rule matches a case when every condition it has holds (category, any of its words in the title
-- or description, language); the first active rule by priority wins. It suggests exactly one target.
CREATE TABLE case_routing_rules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  priority integer NOT NULL CHECK (priority BETWEEN 1 AND 9999),
  active boolean NOT NULL DEFAULT true,
  category_id uuid REFERENCES case_categories (id) ON DELETE CASCADE,
  words text[] NOT NULL DEFAULT '{}' CHECK (cardinality(words) <= 20),
  language text CHECK (language ~ '^[a-z]{2}$'),
  unit_id uuid REFERENCES case_units (id) ON DELETE CASCADE,
  organisation_id uuid REFERENCES organisations (id) ON DELETE CASCADE,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (num_nonnulls(unit_id, organisation_id) = 1),
  CHECK (category_id IS NOT NULL OR language IS NOT NULL OR cardinality(words) > 0)
);
CREATE INDEX case_routing_rules_order_idx ON case_routing_rules (workspace_id, priority, created_at, id);

-- What staff did with a suggestion: accepted (the unit was given the case, or the partner linked)
-- or ignored. The rule's name is kept as it was, in case the rule is changed or removed later.
CREATE TABLE case_routing_decisions (
  id bigint GENERATED ALWAYS AS IDENTITY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  rule_id uuid REFERENCES case_routing_rules (id) ON DELETE SET NULL,
  rule_name text NOT NULL CHECK (length(rule_name) BETWEEN 1 AND 120),
  action text NOT NULL CHECK (action IN ('accepted', 'ignored')),
  unit_id uuid REFERENCES case_units (id) ON DELETE SET NULL,
  organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
  decided_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id)
);
CREATE INDEX case_routing_decisions_case_idx ON case_routing_decisions (case_id, id DESC);

-- A case sent on to a partner organisation. The partner confirms receipt through a personal link;
-- a new link (resend) replaces the hash, so only the latest link works.
CREATE TABLE case_referrals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  organisation_name text NOT NULL CHECK (length(organisation_name) BETWEEN 1 AND 300),
  email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
  note text CHECK (length(note) <= 2000),
  language text NOT NULL CHECK (language IN ('sv', 'da', 'en')),
  include_contact boolean NOT NULL DEFAULT true,
  token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  expires_at timestamptz NOT NULL,
  sent_count integer NOT NULL DEFAULT 1 CHECK (sent_count >= 0),
  last_sent_at timestamptz,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  confirmed_at timestamptz,
  confirmed_name text CHECK (length(confirmed_name) BETWEEN 1 AND 200),
  confirmed_note text CHECK (length(confirmed_note) <= 1000),
  CHECK ((confirmed_at IS NULL) = (confirmed_name IS NULL))
);
CREATE INDEX case_referrals_case_idx ON case_referrals (case_id, created_at);
CREATE INDEX case_referrals_recent_idx ON case_referrals (workspace_id, created_at DESC, id DESC);

-- Marking and unmarking secrecy, each with its reason (cases.secret_reason holds only the current one).
CREATE TABLE case_secrecy_changes (
  id bigint GENERATED ALWAYS AS IDENTITY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  secret boolean NOT NULL,
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, id)
);
CREATE INDEX case_secrecy_changes_case_idx ON case_secrecy_changes (case_id, id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['case_routing_rules', 'case_routing_decisions', 'case_referrals', 'case_secrecy_changes'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY tenant ON %I TO samverkan_app
      USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
      WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)$p$, t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO samverkan_app', t);
  END LOOP;
END $$;
-- The secrecy history is only ever added to.
REVOKE UPDATE, DELETE ON case_secrecy_changes FROM samverkan_app;
