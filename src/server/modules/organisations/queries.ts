// SQL for organisations: one row with its identifiers and counts, and the search/list query.
import { sql } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';

export async function findOrganisation(tx: Tx, id: string) {
  const row = await tx
    .selectFrom('organisations as o')
    .leftJoin('users as u', 'u.id', 'o.responsible_user_id')
    .selectAll('o')
    .select(['u.name as responsible_name'])
    .select((eb) => [
      eb.selectFrom('relations').select((e) => e.fn.countAll<number>().as('n')).where((w) => w.or([w('from_id', '=', w.ref('o.id')), w('to_id', '=', w.ref('o.id'))])).as('relation_count'),
      eb.selectFrom('person_organisations').select((e) => e.fn.countAll<number>().as('n')).whereRef('organisation_id', '=', 'o.id').as('people_count'),
      eb.selectFrom('activities').select((e) => e.fn.countAll<number>().as('n')).whereRef('organisation_id', '=', 'o.id').as('activity_count'),
    ])
    .where('o.id', '=', id)
    .where('o.merged_into', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  const identifiers = await tx.selectFrom('organisation_identifiers').select(['scheme', 'value']).where('organisation_id', '=', id).orderBy('scheme').execute();
  return { ...row, identifiers };
}

/** Splits a search box into safe tsquery terms with prefix matching: 'Företag i Malmö' → 'företag:* & i:* & malmö:*'. */
export function toPrefixQuery(q: string): string | null {
  const terms = q
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  return terms.length ? terms.map((t) => `${t}:*`).join(' & ') : null;
}

/**
 * The text-search query over every language we stem (sv, da, en) plus folded 'simple' for Polish
 * and names, as tsquery text. The stemmers often agree ('företag' is 'företag' in all three), so
 * identical variants are dropped: each one left is another scan of the GIN index. Computed in its
 * own statement so the search statements carry it as a value the planner can estimate.
 */
export async function tsQueryText(tx: Tx, prefix: string): Promise<string | null> {
  const row = await sql<{ q: string | null }>`select string_agg(distinct '(' || v || ')', ' | ') as q from unnest(array[
    to_tsquery('swedish', ${prefix})::text, to_tsquery('danish', ${prefix})::text,
    to_tsquery('english', ${prefix})::text, to_tsquery('simple', fold(${prefix}))::text]) as v where v <> ''`.execute(tx);
  return row.rows[0]?.q ?? null;
}

/** The same query inline, for statements that run once per request. */
export function tsQuery(prefix: string) {
  return sql`(to_tsquery('swedish', ${prefix}) || to_tsquery('danish', ${prefix}) || to_tsquery('english', ${prefix}) || to_tsquery('simple', fold(${prefix})))`;
}

export interface Cursor {
  /** The relevance tier the page ended in (search.ts); absent for the plain sorts. */
  t?: number;
  k: string | number;
  id: string;
}

export const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
export function decodeCursor(s: string | undefined): Cursor | null {
  if (!s) return null;
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    if ((typeof c.k === 'string' || typeof c.k === 'number') && (c.t === undefined || Number.isInteger(c.t)) && typeof c.id === 'string' && /^[0-9a-f-]{36}$/.test(c.id)) return c;
  } catch {
    /* fall through */
  }
  return null;
}

export interface ListRow {
  id: string;
  name: string;
  kind: string;
  country: string;
  city: string | null;
  nuts_code: string | null;
  nace_code: string | null;
  themes: string[];
  sdgs: number[];
  is_local: boolean;
  is_own: boolean;
  sort_key: string | number;
}

/** Why each hit matched, computed for one page of ids only. */
export async function matchReasons(tx: Tx, ids: string[], q: string, prefix: string) {
  if (!ids.length) return new Map<string, string[]>();
  const tsq = tsQuery(prefix);
  const simple = sql`to_tsquery('simple', fold(${prefix}))`;
  const rows = await sql<{ id: string; name: boolean; similar_name: boolean; description: boolean; theme: boolean; tag: boolean; place: boolean }>`
    select o.id,
      to_tsvector('simple', o.search_name) @@ ${simple} as name,
      fold(${q}) <% o.search_name as similar_name,
      (to_tsvector('swedish', o.description) || to_tsvector('danish', o.description) || to_tsvector('english', o.description) || to_tsvector('simple', fold(o.description))) @@ ${tsq} as description,
      (to_tsvector('swedish', o.theme_text) || to_tsvector('danish', o.theme_text) || to_tsvector('english', o.theme_text) || to_tsvector('simple', fold(o.theme_text))) @@ ${tsq} as theme,
      to_tsvector('simple', fold(words(o.tags))) @@ ${simple} as tag,
      to_tsvector('simple', fold(coalesce(o.city, ''))) @@ ${simple} as place
    from organisations o where o.id = any(${sql.val(ids)}::uuid[])`.execute(tx);
  const out = new Map<string, string[]>();
  for (const r of rows.rows) {
    const reasons = (['name', 'similar_name', 'description', 'theme', 'tag', 'place'] as const).filter((k) => r[k]);
    // A fuzzy match only counts as a reason when the name did not match outright.
    out.set(r.id, reasons.includes('name') ? reasons.filter((x) => x !== 'similar_name') : reasons);
  }
  return out;
}

export async function relationCounts(tx: Tx, ids: string[]) {
  if (!ids.length) return new Map<string, number>();
  const rows = await sql<{ id: string; n: number }>`
    select x.id, count(*)::int as n from (
      select from_id as id from relations where from_id = any(${sql.val(ids)}::uuid[])
      union all select to_id from relations where to_id = any(${sql.val(ids)}::uuid[])
    ) x group by x.id`.execute(tx);
  return new Map(rows.rows.map((r) => [r.id, r.n]));
}
