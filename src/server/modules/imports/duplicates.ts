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
    // Each row's folded name once (materialized), not once per organisation it is compared with,
    // and its country as char(2) like the column, so the join compares them without a cast; the
    // score once per pair (the fence keeps the planner from copying it into the filter).
    const rows = await sql<{ row: number; id: string; name: string; score: number }>`
      with r as materialized (
        select r.row, r.country, fold(r.name) as folded
        from unnest(${sql.val(slice.map((s) => s.row))}::int[], ${sql.val(slice.map((s) => s.name))}::text[], ${sql.val(slice.map((s) => s.country))}::char(2)[]) as r(row, name, country)
      )
      select distinct on (p.row) p.row, p.id, p.name, p.score
      from (
        select r.row, o.id, o.name, greatest(similarity(o.search_name, r.folded), similarity(fold(o.name), r.folded))::float8 as score
        from r join organisations o on o.country = r.country and o.merged_into is null and r.folded <% o.search_name
        offset 0
      ) p
      where p.score > ${SIMILAR_NAME}
      order by p.row, p.score desc, p.id`.execute(tx);
    for (const r of rows.rows) out.set(r.row, { id: r.id, name: r.name, score: r.score });
  }
  return out;
}
