-- Outgoing e-mail. A message is written to the outbox in the same transaction as the change that
-- causes it (a case registered, a question referred), so it exists only if that change commits;
-- the mail sender delivers it after commit through SMTP, or marks it held when none is configured.

CREATE TABLE mail_outbox (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  seq bigint GENERATED ALWAYS AS IDENTITY,     -- insertion order: newest first, and the page cursor
  to_address text NOT NULL CHECK (length(to_address) BETWEEN 3 AND 254),
  reply_to text CHECK (length(reply_to) <= 254),
  subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 500),
  body_text text NOT NULL CHECK (length(body_text) <= 100000),
  body_html text CHECK (length(body_html) <= 300000),
  language text NOT NULL CHECK (language IN ('sv', 'da', 'en')),
  template text CHECK (template ~ '^[a-z][a-z0-9_.]{0,62}$'),
  related_type text CHECK (related_type ~ '^[a-z][a-z0-9_]{0,62}$'),
  related_id text CHECK (length(related_id) <= 100),
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed', 'held')),
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  -- Set while a sender is delivering the message: a claimed message is never claimed again, so
  -- two senders (or a restarted one) cannot both send it.
  claimed_at timestamptz,
  last_error text CHECK (length(last_error) <= 2000),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  PRIMARY KEY (workspace_id, id),
  CHECK ((related_type IS NULL) = (related_id IS NULL)),
  CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);
CREATE INDEX mail_outbox_list_idx ON mail_outbox (workspace_id, seq DESC);
CREATE INDEX mail_outbox_status_idx ON mail_outbox (workspace_id, status, seq DESC);
CREATE INDEX mail_outbox_related_idx ON mail_outbox (workspace_id, related_type, related_id) WHERE related_type IS NOT NULL;
-- What the sender looks for on every pass, across workspaces.
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE status = 'queued';

ALTER TABLE mail_outbox ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON mail_outbox TO samverkan_app
  USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
  WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON mail_outbox TO samverkan_app;
