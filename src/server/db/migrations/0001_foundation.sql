-- Foundation: workspaces, users, memberships, sessions, invites, audit log, and the app role.

-- The role every request runs as. It owns nothing and cannot bypass row-level security.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'samverkan_app') THEN
    CREATE ROLE samverkan_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
  END IF;
END $$;

GRANT USAGE ON SCHEMA public TO samverkan_app;

-- Sort key that puts Swedish Å Ä Ö and Danish Æ Ø Å after Z on any collation (PGlite has only C).
-- Letters after z are mapped to the ASCII characters after 'z' ({ | }) in each language's order.
CREATE OR REPLACE FUNCTION collate_key(value text, lang text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE lang
    WHEN 'da' THEN translate(lower(value), 'æäøöåéèêëáàâíìîóòôúùûüýÿçñ', '{{||}eeeeaaaiiiooouuuyyycn')
    WHEN 'sv' THEN translate(lower(value), 'åäæöøéèêëáàâíìîóòôúùûüýÿçñ', '{||}}eeeeaaaiiioooouuyyycn')
    ELSE translate(lower(value), 'åäæöøéèêëáàâíìîóòôúùûüýÿçñ', 'aaaooeeeeaaaiiiooouuuuyycn')
  END
$$;

CREATE TABLE workspaces (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  country char(2) NOT NULL DEFAULT 'SE',
  default_locale text NOT NULL DEFAULT 'sv' CHECK (default_locale IN ('sv', 'da', 'en')),
  is_demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  password_hash text NOT NULL,
  locale text CHECK (locale IN ('sv', 'da', 'en')),
  created_at timestamptz NOT NULL DEFAULT now(),
  disabled_at timestamptz
);
CREATE UNIQUE INDEX users_email_key ON users (email);

CREATE TABLE memberships (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('admin', 'officer', 'desk', 'viewer')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, user_id)
);
CREATE INDEX memberships_user_idx ON memberships (user_id);

CREATE TABLE sessions (
  id text PRIMARY KEY,               -- sha256 of the cookie value; the value itself is never stored
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

CREATE TABLE invites (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  email text NOT NULL CHECK (email = lower(email)),
  role text NOT NULL CHECK (role IN ('admin', 'officer', 'desk', 'viewer')),
  token_hash text NOT NULL UNIQUE,
  invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  accepted_by uuid REFERENCES users (id) ON DELETE SET NULL,
  revoked_at timestamptz
);
CREATE INDEX invites_workspace_idx ON invites (workspace_id, created_at DESC);

CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id text NOT NULL,
  before jsonb,
  after jsonb,
  request_id text,
  PRIMARY KEY (workspace_id, id)
);
CREATE INDEX audit_log_at_idx ON audit_log (workspace_id, at DESC, id DESC);
CREATE INDEX audit_log_entity_idx ON audit_log (workspace_id, entity_type, entity_id);

-- Row-level security: the app role sees only the workspace set for the transaction.
ALTER TABLE workspaces ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON workspaces TO samverkan_app
  USING (id = nullif(current_setting('app.workspace_id', true), '')::uuid);

ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON memberships TO samverkan_app
  USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
  WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);

ALTER TABLE invites ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON invites TO samverkan_app
  USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
  WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON audit_log TO samverkan_app
  USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
  WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);

-- Users are shared across workspaces; the app role reads only members of the current workspace.
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY members ON users TO samverkan_app
  USING (id IN (SELECT user_id FROM memberships
                WHERE workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
         OR id = nullif(current_setting('app.user_id', true), '')::uuid);

GRANT SELECT ON workspaces TO samverkan_app;
GRANT SELECT, UPDATE (name, locale) ON users TO samverkan_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON memberships, invites TO samverkan_app;
GRANT SELECT, INSERT ON audit_log TO samverkan_app;
