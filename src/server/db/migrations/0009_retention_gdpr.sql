-- Retention (gallring) and GDPR requests. A disposal run removes the personal data of cases whose
-- category's retention period has passed and keeps their register line; each run is recorded once
-- (its fingerprint is the list it was confirmed with), so repeating the confirmation changes
-- nothing. Erasure and disposal also strip personal data from old audit entries, which the app
-- role may otherwise only read and append: a narrow function does that, and nothing else.

CREATE TABLE disposal_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  fingerprint text NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
  as_of date NOT NULL,                 -- the workspace's date the preview and the run were made on
  run_at timestamptz NOT NULL,
  actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
  case_count integer NOT NULL CHECK (case_count >= 0),
  summary jsonb NOT NULL,              -- per case: reference, category, what was removed (counts, no personal data)
  UNIQUE (workspace_id, fingerprint)
);
CREATE INDEX disposal_runs_recent_idx ON disposal_runs (workspace_id, run_at DESC);

ALTER TABLE disposal_runs ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON disposal_runs TO samverkan_app
  USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
  WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);
GRANT SELECT, INSERT ON disposal_runs TO samverkan_app;

-- Finding what is due, and finding a person's cases and mail by address.
CREATE INDEX cases_disposal_idx ON cases (workspace_id, closed_at) WHERE status = 'closed' AND disposed_at IS NULL;
CREATE INDEX case_requesters_email_idx ON case_requesters (workspace_id, email) WHERE email IS NOT NULL;
CREATE INDEX people_email_idx ON people (workspace_id, email) WHERE email IS NOT NULL;
CREATE INDEX mail_outbox_to_idx ON mail_outbox (workspace_id, to_address);

-- Removes top-level keys from the before/after of the current workspace's audit entries about the
-- given entities and marks them redacted. Runs as the table owner; it cannot add, change or
-- delete entries otherwise, and it sees only the workspace of the transaction.
CREATE OR REPLACE FUNCTION privacy_redact_audit(p_entity_type text, p_entity_ids text[], p_keys text[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  ws uuid := nullif(current_setting('app.workspace_id', true), '')::uuid;
  n integer;
BEGIN
  IF ws IS NULL THEN
    RAISE EXCEPTION 'privacy_redact_audit needs a workspace';
  END IF;
  UPDATE audit_log
     SET before = CASE WHEN jsonb_typeof(before) = 'object' AND before ?| p_keys THEN (before - p_keys) || '{"redacted": true}'::jsonb ELSE before END,
         after = CASE WHEN jsonb_typeof(after) = 'object' AND after ?| p_keys THEN (after - p_keys) || '{"redacted": true}'::jsonb ELSE after END
   WHERE workspace_id = ws
     AND entity_type = p_entity_type
     AND entity_id = ANY (p_entity_ids)
     AND (coalesce(jsonb_typeof(before), '') = 'object' AND before ?| p_keys
          OR coalesce(jsonb_typeof(after), '') = 'object' AND after ?| p_keys);
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$;
REVOKE ALL ON FUNCTION privacy_redact_audit(text, text[], text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION privacy_redact_audit(text, text[], text[]) TO samverkan_app;
