-- Scheduled work for the whole product (decision 017): one table of jobs on the database itself,
-- so work survives restarts and runs once when several server processes share a PostgreSQL.
-- A job is one-off (done when it has run) or recurring (every `every_seconds`, one row that
-- comes round again). A process claims due jobs with FOR UPDATE SKIP LOCKED and holds each for a
-- lease; a process that dies mid-run leaves a lease that runs out, and the job is claimed again.
-- Read and written only by the scheduler as the owning role; handlers enter a workspace
-- themselves.

CREATE TABLE jobs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_.]{0,62}$'),
  -- At most one job per key that is not finished: a recurring job's key is its kind; a one-off
  -- job's key says what it is about, so queuing it twice queues it once.
  key text NOT NULL CHECK (length(key) BETWEEN 1 AND 300),
  workspace_id uuid REFERENCES workspaces (id) ON DELETE CASCADE,
  payload jsonb NOT NULL DEFAULT '{}',
  every_seconds integer CHECK (every_seconds >= 10),
  run_at timestamptz NOT NULL,
  state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  max_attempts integer NOT NULL DEFAULT 5 CHECK (max_attempts >= 1),
  locked_until timestamptz,
  locked_by text CHECK (length(locked_by) <= 200),
  last_error text CHECK (length(last_error) <= 2000),
  last_run_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  CHECK ((state = 'running') = (locked_until IS NOT NULL)),
  CHECK (every_seconds IS NULL OR state <> 'done')
);
CREATE UNIQUE INDEX jobs_open_key_idx ON jobs (key) WHERE state IN ('queued', 'running');
CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE state = 'queued';
CREATE INDEX jobs_lease_idx ON jobs (locked_until) WHERE state = 'running';
CREATE INDEX jobs_finished_idx ON jobs (finished_at) WHERE state IN ('done', 'failed');

-- A workspace's request may queue a job about itself in its own transaction (and later show it);
-- only the scheduler, as the owning role, claims and runs them.
ALTER TABLE jobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON jobs TO samverkan_app
  USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
  WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);
GRANT SELECT, INSERT ON jobs TO samverkan_app;
