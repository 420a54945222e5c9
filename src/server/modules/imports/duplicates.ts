// Rows of an import whose name resembles an organisation already in the register, in the same
// country. Word similarity (`<%`, pg_trgm's GIN index, threshold 0.6) finds the candidates; the
// score is the trigram similarity to the stored name or to the name with its other-language names.
import { sql } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';

export const SIMILAR_NAME = 0.6;

export async function similarNames(tx: Tx, items: { row: number; name: string; country: string }[]) {
  const out = new Map<number, { id: string; name: string; score: number }>();
  // In slices: three array parameters each, whatever the file's size.
  for (let i = 0; i < items.length; i += 2000) {
    const slice = items.slice(i, i + 2000);
    const rows = await sql<{ row: number; id: string; name: string; score: number }>`
      select distinct on (r.row) r.row, o.id, o.name,
        greatest(similarity(o.search_name, fold(r.name)), similarity(fold(o.name), fold(r.name)))::float8 as score
      from unnest(${sql.val(slice.map((s) => s.row))}::int[], ${sql.val(slice.map((s) => s.name))}::text[], ${sql.val(slice.map((s) => s.country))}::text[]) as r(row, name, country)
      join organisations o on o.country = r.country and o.merged_into is null and fold(r.name) <% o.search_name
      where greatest(similarity(o.search_name, fold(r.name)), similarity(fold(o.name), fold(r.name))) > ${SIMILAR_NAME}
      order by r.row, score desc, o.id`.execute(tx);
    for (const r of rows.rows) out.set(r.row, { id: r.id, name: r.name, score: r.score });
  }
  return out;
}
