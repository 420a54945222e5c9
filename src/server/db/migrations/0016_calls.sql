-- Calls for proposals of the programmes, followed by officers, with reminder mail before each
-- deadline; a project may answer a call. A deadline is kept as published — a wall-clock time in
-- its time zone (EU deadlines are Brussels time) — and as the instant that wall time is.

CREATE TABLE calls (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  programme_id uuid NOT NULL REFERENCES programmes (id) ON DELETE RESTRICT,
  identifier text CHECK (length(identifier) BETWEEN 1 AND 100),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
  opens_on date,
  time_zone text NOT NULL DEFAULT 'Europe/Brussels' CHECK (length(time_zone) BETWEEN 1 AND 64),
  deadline_local timestamp NOT NULL,
  deadline_at timestamptz NOT NULL,
  -- Two-stage calls: the second stage's deadline (full proposals of those invited).
  stage2_deadline_local timestamp,
  stage2_deadline_at timestamptz,
  themes text[] NOT NULL DEFAULT '{}',
  policy_objectives text[] NOT NULL DEFAULT '{}',
  budget_minor bigint CHECK (budget_minor >= 0),
  budget_currency char(3) CHECK (budget_currency ~ '^[A-Z]{3}$'),
  url text CHECK (length(url) <= 500),
  notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 5000),
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((budget_minor IS NULL) = (budget_currency IS NULL)),
  CHECK ((stage2_deadline_local IS NULL) = (stage2_deadline_at IS NULL)),
  CHECK (stage2_deadline_at IS NULL OR stage2_deadline_at > deadline_at)
);
CREATE UNIQUE INDEX calls_identifier_idx ON calls (workspace_id, programme_id, lower(identifier)) WHERE identifier IS NOT NULL;
CREATE INDEX calls_ws_deadline_idx ON calls (workspace_id, deadline_at);
CREATE INDEX calls_ws_programme_idx ON calls (workspace_id, programme_id);

CREATE TABLE call_followers (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  call_id uuid NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (call_id, user_id)
);
CREATE INDEX call_followers_user_idx ON call_followers (workspace_id, user_id);

-- One row per reminder sent: per follower, stage, days before, and the deadline it was for (a
-- deadline moved later gets its own reminders).
CREATE TABLE call_reminders (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  call_id uuid NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  stage smallint NOT NULL CHECK (stage IN (1, 2)),
  days_before smallint NOT NULL CHECK (days_before BETWEEN 0 AND 365),
  deadline_at timestamptz NOT NULL,
  mail_id uuid,
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (call_id, user_id, stage, days_before, deadline_at)
);

-- How many days before a deadline followers are reminded; 14 and 3 unless the workspace says.
CREATE TABLE call_settings (
  workspace_id uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
  reminder_days smallint[] NOT NULL DEFAULT '{14,3}' CHECK (cardinality(reminder_days) <= 10),
  updated_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE projects ADD COLUMN call_id uuid REFERENCES calls (id) ON DELETE SET NULL;
CREATE INDEX projects_call_idx ON projects (call_id) WHERE call_id IS NOT NULL;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['calls', 'call_followers', 'call_reminders', 'call_settings'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY tenant ON %I TO samverkan_app
      USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
      WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)$p$, t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO samverkan_app', t);
  END LOOP;
END $$;
