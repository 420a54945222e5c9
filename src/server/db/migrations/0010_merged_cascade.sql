-- A merged organisation stays as a row pointing at the one it was merged into. When that one is
-- deleted, the merged rows go with it: with ON DELETE SET NULL they came back into every list.
ALTER TABLE organisations DROP CONSTRAINT organisations_merged_into_fkey;
ALTER TABLE organisations ADD CONSTRAINT organisations_merged_into_fkey
  FOREIGN KEY (merged_into) REFERENCES organisations (id) ON DELETE CASCADE;
