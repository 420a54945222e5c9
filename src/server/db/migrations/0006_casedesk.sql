-- Case desk ("en väg in"): every question from the public form, the phone, a visit, e-mail or chat
-- becomes a case with a registration number (KS 2026/0042) that is unique and without gaps per
-- workspace, register and year. Categories carry a response-time target and a retention period;
-- units are the workspace's own vocabulary of who can take a case.

CREATE TABLE case_registers (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  code text NOT NULL CHECK (code ~ '^[A-ZÅÄÖÆØ][A-ZÅÄÖÆØ0-9-]{0,9}$'),
  labels jsonb NOT NULL,
  is_default boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, code)
);
CREATE UNIQUE INDEX case_registers_default_idx ON case_registers (workspace_id) WHERE is_default;

-- One row per workspace, register and year; the insert of a case locks it (upsert) in the same
-- transaction, so numbers follow each other without gaps and a rollback gives its number back.
CREATE TABLE case_number_counters (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  register text NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 9999),
  last_number integer NOT NULL CHECK (last_number >= 1),
  PRIMARY KEY (workspace_id, register, year),
  FOREIGN KEY (workspace_id, register) REFERENCES case_registers (workspace_id, code) ON DELETE CASCADE
);

CREATE TABLE case_categories (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  code text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9_-]{0,62}$'),
  labels jsonb NOT NULL,
  response_days integer NOT NULL CHECK (response_days BETWEEN 1 AND 365),
  retention_years integer CHECK (retention_years BETWEEN 0 AND 100), -- null: kept for ever (bevaras)
  is_public boolean NOT NULL DEFAULT true,                           -- offered on the public form
  active boolean NOT NULL DEFAULT true,
  sort integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, code)
);

CREATE TABLE case_units (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  code text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9_-]{0,62}$'),
  labels jsonb NOT NULL,
  active boolean NOT NULL DEFAULT true,
  sort integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, code)
);

CREATE TABLE cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  register text NOT NULL,
  year integer NOT NULL,
  number integer NOT NULL CHECK (number >= 1),
  reference text NOT NULL CHECK (length(reference) <= 40),
  channel text NOT NULL CHECK (channel IN ('web', 'phone', 'visit', 'email', 'chat', 'letter')),
  language text NOT NULL CHECK (language ~ '^[a-z]{2}$'),
  category_id uuid NOT NULL REFERENCES case_categories (id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
  status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'assigned', 'in_progress', 'referred', 'answered', 'closed')),
  priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  unit_id uuid REFERENCES case_units (id),
  assignee_id uuid REFERENCES users (id) ON DELETE SET NULL,
  referred_to_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  received_at timestamptz NOT NULL,
  due_on date NOT NULL,
  answered_at timestamptz,  -- the first answer, for response times
  closed_at timestamptz,
  secret boolean NOT NULL DEFAULT false,
  secret_reason text CHECK (length(secret_reason) <= 500),
  dispose_after date,       -- set on closing from the category's retention period
  disposed_at timestamptz,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL, -- null: the public form
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, register, year, number),
  FOREIGN KEY (workspace_id, register) REFERENCES case_registers (workspace_id, code),
  CHECK (secret OR secret_reason IS NULL)
);
CREATE INDEX cases_received_idx ON cases (workspace_id, received_at DESC, id DESC);
CREATE INDEX cases_status_idx ON cases (workspace_id, status);
CREATE INDEX cases_assignee_idx ON cases (workspace_id, assignee_id) WHERE assignee_id IS NOT NULL;
CREATE INDEX cases_unit_idx ON cases (workspace_id, unit_id) WHERE unit_id IS NOT NULL;
CREATE INDEX cases_open_due_idx ON cases (workspace_id, due_on) WHERE status NOT IN ('answered', 'closed');

-- Who asked, as they gave it, and (when known) the matching person and organisation in the register.
CREATE TABLE case_requesters (
  case_id uuid PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('company', 'newcomer', 'other')),
  name text CHECK (length(name) BETWEEN 1 AND 200),
  email text CHECK (length(email) <= 254),
  phone text CHECK (length(phone) <= 50),
  organisation_name text CHECK (length(organisation_name) <= 300),
  organisation_number text CHECK (length(organisation_number) <= 40),
  organisation_number_scheme text CHECK (organisation_number_scheme IN ('se_orgnr', 'dk_cvr', 'pl_nip', 'no_orgnr', 'fi_ytunnus', 'eu_vat')),
  person_id uuid REFERENCES people (id) ON DELETE SET NULL,
  organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  consent_at timestamptz,   -- the public form's information on personal data was acknowledged
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((organisation_number IS NULL) = (organisation_number_scheme IS NULL))
);
CREATE INDEX case_requesters_person_idx ON case_requesters (workspace_id, person_id) WHERE person_id IS NOT NULL;
CREATE INDEX case_requesters_org_idx ON case_requesters (workspace_id, organisation_id) WHERE organisation_id IS NOT NULL;

CREATE TABLE case_status_changes (
  id bigint GENERATED ALWAYS AS IDENTITY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  from_status text,         -- null: registered
  to_status text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
  comment text CHECK (length(comment) <= 2000),
  PRIMARY KEY (workspace_id, id)
);
CREATE INDEX case_status_changes_case_idx ON case_status_changes (case_id, id);

-- Internal notes: never shown or sent to the requester.
CREATE TABLE case_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
  author_id uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_notes_case_idx ON case_notes (case_id, created_at);

-- What went to and came from the requester: receipts, answers, referrals, other messages.
CREATE TABLE case_messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  direction text NOT NULL CHECK (direction IN ('in', 'out')),
  kind text NOT NULL CHECK (kind IN ('receipt', 'answer', 'referral', 'message')),
  channel text NOT NULL CHECK (channel IN ('web', 'phone', 'visit', 'email', 'chat', 'letter')),
  recipient text CHECK (length(recipient) <= 254),
  subject text CHECK (length(subject) <= 300),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  author_id uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_messages_case_idx ON case_messages (case_id, created_at);

-- Links from a case to other records. One target column per kind of record; projects and events
-- get their own nullable column (and the CHECK grows) when those tables exist.
CREATE TABLE case_links (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  organisation_id uuid REFERENCES organisations (id) ON DELETE CASCADE,
  note text CHECK (length(note) <= 500),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (num_nonnulls(organisation_id) = 1),
  UNIQUE (case_id, organisation_id)
);
CREATE INDEX case_links_org_idx ON case_links (workspace_id, organisation_id) WHERE organisation_id IS NOT NULL;

-- Refused public submissions are counted, never stored.
CREATE TABLE case_form_rejections (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  day date NOT NULL,
  reason text NOT NULL CHECK (reason IN ('honeypot', 'rate_limited', 'too_large', 'invalid')),
  count integer NOT NULL CHECK (count >= 0),
  PRIMARY KEY (workspace_id, day, reason)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['case_registers', 'case_number_counters', 'case_categories', 'case_units', 'cases', 'case_requesters',
                           'case_status_changes', 'case_notes', 'case_messages', 'case_links', 'case_form_rejections'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY tenant ON %I TO samverkan_app
      USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
      WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)$p$, t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO samverkan_app', t);
  END LOOP;
END $$;
