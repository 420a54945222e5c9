-- Imports that recognise what they read (decision 015): the same organisation on many rows of a
-- file becomes one, found in the register by any identifier or by name and country; the findings
-- of the check and the outcome of the run are kept per sheet row, complete (no cap), for paging
-- and reports; value mappings and column mappings are saved per file shape for the next file.

-- Identifiers of published lists: a Wikidata item and the EU's participant identification code.
ALTER TABLE organisation_identifiers DROP CONSTRAINT organisation_identifiers_scheme_check;
ALTER TABLE organisation_identifiers ADD CONSTRAINT organisation_identifiers_scheme_check
  CHECK (scheme IN ('se_orgnr', 'dk_cvr', 'pl_nip', 'no_orgnr', 'fi_ytunnus', 'eu_vat', 'wikidata', 'eu_pic'));

-- Per sheet row: the first row of its organisation when several rows are one (that row itself
-- included), what the check or the run found, the organisation it is or became, and the details
-- (problems in every language, what matched, values that differ from the first row's).
ALTER TABLE import_rows
  ADD COLUMN group_row integer,
  ADD COLUMN outcome text CHECK (outcome IN ('error', 'new', 'repeat', 'match', 'similar', 'exists',
    'created', 'updated', 'matched', 'repeated', 'skipped', 'failed')),
  ADD COLUMN organisation_id uuid,
  ADD COLUMN relation_id uuid,
  ADD COLUMN detail jsonb;
CREATE INDEX import_rows_group_idx ON import_rows (import_id, group_row) WHERE group_row IS NOT NULL;
CREATE INDEX import_rows_outcome_idx ON import_rows (import_id, outcome, row_number) WHERE outcome IS NOT NULL;

-- What the last check found, with the plan it was made for; the run's further counts.
ALTER TABLE imports
  ADD COLUMN checked jsonb,
  ADD COLUMN matched integer NOT NULL DEFAULT 0,
  ADD COLUMN updated integer NOT NULL DEFAULT 0,
  ADD COLUMN repeated integer NOT NULL DEFAULT 0;

-- A column mapping, its defaults and value choices, saved for files with the same columns.
CREATE TABLE import_templates (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('organisations', 'relations')),
  shape text NOT NULL,                 -- the file's folded column names, sorted, joined by |
  mapping jsonb NOT NULL,
  defaults jsonb NOT NULL DEFAULT '{}',
  "values" jsonb NOT NULL DEFAULT '{}',
  options jsonb NOT NULL DEFAULT '{}', -- what to do with organisations found in the register
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, kind, shape)
);
ALTER TABLE import_templates ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON import_templates TO samverkan_app
  USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
  WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON import_templates TO samverkan_app;
