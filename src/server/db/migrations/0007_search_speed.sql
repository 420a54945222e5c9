-- Register search at size (decision 009): indexes the list and search queries can walk in order,
-- a name-only text vector for the "name matches first" tier, and leakproof search operators so
-- row-level security does not keep the planner away from the GIN indexes.

-- The name (and names in other languages), folded, as its own vector: the first relevance tier.
ALTER TABLE organisations
  ADD COLUMN name_doc tsvector GENERATED ALWAYS AS (to_tsvector('simple', fold(name || ' ' || alt_names))) STORED;
CREATE INDEX organisations_name_doc_idx ON organisations USING gin (name_doc);

-- Sorted by name in each interface language (collate_key, decision 005), then by id for the cursor.
CREATE INDEX organisations_sort_sv_idx ON organisations (workspace_id, collate_key(name, 'sv'), id) WHERE merged_into IS NULL;
CREATE INDEX organisations_sort_da_idx ON organisations (workspace_id, collate_key(name, 'da'), id) WHERE merged_into IS NULL;
CREATE INDEX organisations_sort_en_idx ON organisations (workspace_id, collate_key(name, 'en'), id) WHERE merged_into IS NULL;
CREATE INDEX organisations_updated_idx ON organisations (workspace_id, updated_at DESC, id) WHERE merged_into IS NULL;

-- Row-level security evaluates the tenant policy before any condition whose function is not
-- LEAKPROOF, which rules out index scans on full-text, trigram, array-overlap and LIKE conditions
-- (measured: every search became a sequential scan of the workspace). These functions only
-- compare their arguments and raise no error that depends on a row's value, so they can be marked
-- leakproof. That needs a superuser; without one the search stays correct, only slower.
DO $$
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    ALTER FUNCTION ts_match_vq(tsvector, tsquery) LEAKPROOF;
    ALTER FUNCTION word_similarity_op(text, text) LEAKPROOF;
    ALTER FUNCTION similarity_op(text, text) LEAKPROOF;
    ALTER FUNCTION arrayoverlap(anyarray, anyarray) LEAKPROOF;
    ALTER FUNCTION textlike(text, text) LEAKPROOF;
  ELSE
    RAISE WARNING 'Samverkan: not a superuser, so search operators stay non-leakproof and searches scan the whole workspace. See README, "PostgreSQL".';
  END IF;
END
$$;

ANALYZE organisations;
