-- EU project portfolio: funding programmes (a shipped catalogue every workspace reads, plus each
-- workspace's own), projects with their lifecycle and its dated history, and project partners,
-- which link to the register's "EU project partnership" relations.

CREATE TABLE programmes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- NULL: the shipped catalogue, read by every workspace and written only at start-up.
  workspace_id uuid REFERENCES workspaces (id) ON DELETE CASCADE,
  code text CHECK (length(code) BETWEEN 1 AND 100),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  fund text NOT NULL CHECK (fund ~ '^[a-z][a-z0-9_]{0,39}$'),
  period_start integer NOT NULL CHECK (period_start BETWEEN 1950 AND 2100),
  period_end integer NOT NULL CHECK (period_end BETWEEN 1950 AND 2100),
  cci text CHECK (length(cci) <= 40),
  managing_authority text CHECK (length(managing_authority) <= 300),
  eligible_nuts text[] NOT NULL DEFAULT '{}',
  max_cofinancing_rate numeric(5,2) CHECK (max_cofinancing_rate BETWEEN 0 AND 100),
  currency char(3) NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
  url text CHECK (length(url) <= 500),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (period_end >= period_start),
  CHECK (workspace_id IS NOT NULL OR code IS NOT NULL)
);
CREATE UNIQUE INDEX programmes_catalogue_code_idx ON programmes (code) WHERE workspace_id IS NULL;
CREATE UNIQUE INDEX programmes_own_name_idx ON programmes (workspace_id, lower(name)) WHERE workspace_id IS NOT NULL;

CREATE TABLE projects (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  acronym text NOT NULL CHECK (length(acronym) BETWEEN 1 AND 40),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
  summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 5000),
  programme_id uuid REFERENCES programmes (id) ON DELETE RESTRICT,
  themes text[] NOT NULL DEFAULT '{}',
  sdgs integer[] NOT NULL DEFAULT '{}' CHECK (sdgs <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]),
  start_date date,
  end_date date,
  our_role text NOT NULL CHECK (our_role IN ('lead_partner', 'partner', 'associated_partner')),
  officer_id uuid REFERENCES users (id) ON DELETE SET NULL,
  status text NOT NULL DEFAULT 'idea' CHECK (status IN ('idea', 'in_preparation', 'submitted', 'approved', 'rejected', 'withdrawn', 'contracted', 'running', 'final_report', 'closed')),
  status_date date NOT NULL,
  reopened_from uuid REFERENCES projects (id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX projects_ws_status_idx ON projects (workspace_id, status);
CREATE INDEX projects_ws_programme_idx ON projects (workspace_id, programme_id);
CREATE INDEX projects_ws_acronym_idx ON projects (workspace_id, lower(acronym));
CREATE INDEX projects_reopened_from_idx ON projects (reopened_from) WHERE reopened_from IS NOT NULL;
CREATE INDEX projects_themes_idx ON projects USING gin (themes);

CREATE TABLE project_status_changes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  from_status text,
  to_status text NOT NULL,
  changed_on date NOT NULL,
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
  -- The statement's own time, so that several moves in one transaction keep their order.
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX project_status_changes_project_idx ON project_status_changes (workspace_id, project_id, changed_on, created_at);

CREATE TABLE project_partners (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('lead', 'partner', 'associated')),
  relation_id uuid REFERENCES relations (id) ON DELETE SET NULL,
  -- True when adding the partner created the relation: removing the partner then deletes it.
  relation_created boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (project_id, organisation_id)
);
CREATE UNIQUE INDEX project_partners_lead_idx ON project_partners (project_id) WHERE role = 'lead';
CREATE INDEX project_partners_org_idx ON project_partners (workspace_id, organisation_id);
CREATE INDEX project_partners_relation_idx ON project_partners (relation_id) WHERE relation_id IS NOT NULL;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['projects', 'project_status_changes', 'project_partners'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY tenant ON %I TO samverkan_app
      USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
      WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)$p$, t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO samverkan_app', t);
  END LOOP;
END $$;

-- Programmes: a workspace writes only its own; it reads its own and the catalogue. The catalogue
-- is readable through a SELECT-only policy, so no workspace can change or delete it.
ALTER TABLE programmes ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON programmes TO samverkan_app
  USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
  WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);
CREATE POLICY catalogue ON programmes FOR SELECT TO samverkan_app
  USING (workspace_id IS NULL);
GRANT SELECT, INSERT, UPDATE, DELETE ON programmes TO samverkan_app;
