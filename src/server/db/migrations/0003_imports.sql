-- Register imports: an uploaded file's rows wait here while a person maps columns, looks at a dry
-- run and runs the import in batches. Progress lives on the import row and is written in the same
-- transaction as each batch, so a crashed or interrupted import resumes after its last batch.

CREATE TABLE imports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('organisations', 'relations')),
  filename text CHECK (length(filename) <= 255),
  format text NOT NULL CHECK (format IN ('csv', 'xlsx')),
  encoding text,                         -- what the CSV was read as (utf-8, windows-1252, utf-16le)
  delimiter text,                        -- the CSV delimiter that was sniffed
  columns jsonb NOT NULL,                -- header names, in file order
  total integer NOT NULL CHECK (total >= 0),
  status text NOT NULL DEFAULT 'uploaded' CHECK (status IN ('uploaded', 'running', 'done')),
  plan jsonb,                            -- {mapping, defaults, skipRows}, fixed when the run starts
  last_row integer NOT NULL DEFAULT 0,   -- the sheet row number the last committed batch ended on
  processed integer NOT NULL DEFAULT 0,
  created integer NOT NULL DEFAULT 0,
  skipped integer NOT NULL DEFAULT 0,
  failed integer NOT NULL DEFAULT 0,
  problems jsonb NOT NULL DEFAULT '[]',  -- rows that failed during the run (capped), in sv, da and en
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX imports_ws_created_idx ON imports (workspace_id, created_at DESC);

-- One row of the sheet: its number as the person sees it (header = 1) and its cells as text.
-- Deleted when the import is done; the import row keeps the counts and problems.
CREATE TABLE import_rows (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  import_id uuid NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  row_number integer NOT NULL,
  cells jsonb NOT NULL,
  PRIMARY KEY (import_id, row_number)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['imports', 'import_rows'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY tenant ON %I TO samverkan_app
      USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)
      WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid)$p$, t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO samverkan_app', t);
  END LOOP;
END $$;
