-- Relations register: organisations, their identifiers, people, relations, activities, and the
-- workspace vocabularies (themes, own relation types). Search columns are generated.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Case- and accent-folded text for search ('Ærø' -> 'aero', 'Łódź' -> 'lodz').
CREATE OR REPLACE FUNCTION fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT lower(public.unaccent('public.unaccent'::regdictionary, value))
$$;

-- array_to_string is only STABLE (its element output could depend on settings); for text[] it is not.
CREATE OR REPLACE FUNCTION words(value text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT array_to_string(value, ' ')
$$;

CREATE TABLE themes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  code text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9_-]{0,62}$'),
  labels jsonb NOT NULL,             -- {"sv": "...", "da": "...", "en": "...", "pl": "..."}
  sort integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, code)
);

CREATE TABLE relation_types (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  code text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9_-]{0,62}$'),
  labels jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, code)
);

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  names jsonb NOT NULL DEFAULT '{}',   -- names in other languages: {"en": "...", "pl": "..."}
  alt_names text NOT NULL DEFAULT '',  -- the values of `names`, for search (kept by the service)
  kind text NOT NULL CHECK (kind IN ('company', 'municipality', 'region', 'university', 'research', 'agency', 'network', 'association', 'other')),
  country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  city text CHECK (length(city) <= 200),
  lat double precision CHECK (lat BETWEEN -90 AND 90),
  lon double precision CHECK (lon BETWEEN -180 AND 180),
  nuts_code text CHECK (nuts_code ~ '^[A-Z]{2}[0-9A-Z]{0,3}$'),
  nace_code text CHECK (nace_code ~ '^[A-U]?[0-9]{0,2}(\.[0-9]{1,2})?$'),
  themes text[] NOT NULL DEFAULT '{}',
  theme_text text NOT NULL DEFAULT '', -- theme labels in every language, for search (kept by the service)
  sdgs smallint[] NOT NULL DEFAULT '{}' CHECK (sdgs <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]::smallint[]),
  website text CHECK (length(website) <= 500),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
  tags text[] NOT NULL DEFAULT '{}',
  responsible_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  is_local boolean NOT NULL DEFAULT false,
  is_own boolean NOT NULL DEFAULT false, -- our own municipality
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  merged_into uuid REFERENCES organisations (id) ON DELETE SET NULL,
  search_name text GENERATED ALWAYS AS (fold(name || ' ' || alt_names)) STORED,
  search_doc tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', fold(name || ' ' || alt_names)), 'A') ||
    setweight(to_tsvector('swedish', description || ' ' || theme_text || ' ' || words(tags)), 'B') ||
    setweight(to_tsvector('danish', description || ' ' || theme_text || ' ' || words(tags)), 'B') ||
    setweight(to_tsvector('english', description || ' ' || theme_text || ' ' || words(tags)), 'B') ||
    setweight(to_tsvector('simple', fold(description || ' ' || theme_text || ' ' || words(tags))), 'C') ||
    setweight(to_tsvector('simple', fold(coalesce(city, ''))), 'D')
  ) STORED
);
CREATE INDEX organisations_ws_name_idx ON organisations (workspace_id, name);
CREATE INDEX organisations_ws_country_idx ON organisations (workspace_id, country);
CREATE INDEX organisations_search_idx ON organisations USING gin (search_doc);
CREATE INDEX organisations_trgm_idx ON organisations USING gin (search_name gin_trgm_ops);
CREATE INDEX organisations_themes_idx ON organisations USING gin (themes);
CREATE UNIQUE INDEX organisations_own_idx ON organisations (workspace_id) WHERE is_own;

CREATE TABLE organisation_identifiers (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  scheme text NOT NULL CHECK (scheme IN ('se_orgnr', 'dk_cvr', 'pl_nip', 'no_orgnr', 'fi_ytunnus', 'eu_vat')),
  value text NOT NULL,
  PRIMARY KEY (organisation_id, scheme),
  UNIQUE (workspace_id, scheme, value)
);

CREATE TABLE people (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  title text CHECK (length(title) <= 200),
  email text CHECK (length(email) <= 254),
  phone text CHECK (length(phone) <= 50),
  language text CHECK (language ~ '^[a-z]{2}$'),
  legal_basis text NOT NULL CHECK (legal_basis IN ('consent', 'public_task', 'legitimate_interest')),
  legal_basis_date date NOT NULL,
  notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 5000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX people_ws_name_idx ON people (workspace_id, name);

CREATE TABLE person_organisations (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  role text CHECK (length(role) <= 200),
  PRIMARY KEY (person_id, organisation_id)
);
CREATE INDEX person_organisations_org_idx ON person_organisations (organisation_id);

CREATE TABLE relations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  from_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  to_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  type text NOT NULL CHECK (type ~ '^[a-z0-9][a-z0-9_-]{0,62}$'),
  status text NOT NULL CHECK (status IN ('proposed', 'active', 'dormant', 'ended')),
  start_date date,
  end_date date,
  source text CHECK (length(source) <= 500),
  notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 5000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (from_id <> to_id),
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX relations_from_idx ON relations (workspace_id, from_id);
CREATE INDEX relations_to_idx ON relations (workspace_id, to_id);
CREATE INDEX relations_type_idx ON relations (workspace_id, type);

CREATE TABLE activities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('meeting', 'call', 'visit', 'note', 'delegation')),
  occurred_on date NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 10000),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX activities_org_idx ON activities (workspace_id, organisation_id, occurred_on DESC);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['themes', 'relation_types', 'organisations', 'organisation_identifiers', 'people', 'person_organisations', 'relations', 'activities'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY tenant ON %I TO samverkan_app
      USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
      WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)$p$, t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO samverkan_app', t);
  END LOOP;
END $$;
