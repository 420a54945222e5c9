// The register list and search query (decision 009). Every sort walks an index in order and stops
// at one page; the total is counted only up to TOTAL_CAP. Relevance is tiered so each tier can be
// read in index order too: names that match, then any other text match, then names that are only
// similar (typos), the last ordered by similarity.
import { CompiledQuery, sql, type Expression, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';
import type { DB, Locale } from '../../db/types.ts';
import { decodeCursor, encodeCursor, toPrefixQuery, tsQueryText, type ListRow } from './queries.ts';
import type { OrganisationFilter } from './schema.ts';

/** Totals above this are reported as "more than TOTAL_CAP". */
export const TOTAL_CAP = 1000;
/** Matches the planner must expect before the total is reported capped without counting. */
export const UNCOUNTED_ABOVE = 20 * TOTAL_CAP;

/** The planner's estimate of the rows a query returns (EXPLAIN; nothing runs). */
export async function expectedRows(tx: Tx, query: { compile(): CompiledQuery }): Promise<number> {
  const compiled = query.compile();
  const r = await tx.executeQuery<Record<string, unknown>>(CompiledQuery.raw(`explain (format json) ${compiled.sql}`, [...compiled.parameters]));
  const raw = Object.values(r.rows[0] ?? {})[0];
  const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [{ Plan: { 'Plan Rows': number } }];
  return plan[0].Plan['Plan Rows'];
}

type OrgQuery = SelectQueryBuilder<DB & { o: DB['organisations'] }, 'o', object>;
type Key = RawBuilder<string>;

/** The name sort key in the user's language; a literal language so the planner matches the index. */
const nameKey = (locale: Locale): Key => sql<string>`collate_key(o.name, ${sql.lit(locale)})`;

function sortKey(sort: 'name' | 'updated' | 'country', locale: Locale): Key {
  if (sort === 'updated') return sql<string>`to_char(o.updated_at at time zone 'UTC', 'YYYYMMDDHH24MISSUS')`;
  if (sort === 'country') return sql<string>`(o.country || ' ' || ${nameKey(locale)})`;
  return nameKey(locale);
}

/** The filters of the list (everything but the search words). */
function filtered(tx: Tx, f: OrganisationFilter): OrgQuery {
  let query = tx.selectFrom('organisations as o').where('o.merged_into', 'is', null) as OrgQuery;
  if (f.kind?.length) query = query.where('o.kind', 'in', f.kind);
  if (f.country?.length) query = query.where('o.country', 'in', f.country);
  if (f.nuts?.length) query = query.where((eb) => eb.or(f.nuts!.map((code: string) => eb('o.nuts_code', 'like', `${code}%`))));
  if (f.nace?.length) query = query.where((eb) => eb.or(f.nace!.map((code: string) => eb('o.nace_code', 'like', `${code}%`))));
  if (f.theme?.length) query = query.where(sql<SqlBool>`o.themes && ${sql.val(f.theme)}::text[]`);
  if (f.sdg?.length) query = query.where(sql<SqlBool>`o.sdgs && ${sql.val(f.sdg)}::smallint[]`);
  if (f.local) query = query.where('o.is_local', '=', f.local === 'true');
  if (f.relationType?.length) {
    // The organisations on either end of a relation of these types, as a set the planner can hash.
    const types = sql.val(f.relationType);
    query = query.where(
      sql<SqlBool>`o.id in (select r.from_id from relations r where r.type = any(${types}::text[]) union all select r.to_id from relations r where r.type = any(${types}::text[]))`,
    );
  }
  return query;
}

interface Tier {
  /** 3 = name matches, 2 = other text matches, 1 = similar names; 0 for the plain sorts. */
  t: number;
  where: Expression<SqlBool> | null;
  key: Key;
  descending: boolean;
}

/** The tiers to read in order, and what any hit matches (for the total). */
function tiers(f: OrganisationFilter, prefix: string | null, tsText: string | null, locale: Locale): { plan: Tier[]; matching: Expression<SqlBool> | null } {
  const sort = f.sort ?? (prefix ? 'relevance' : 'name');
  const folded = f.q ?? '';
  if (!prefix) return { plan: [{ t: 0, where: null, key: sortKey(sort === 'relevance' ? 'name' : sort, locale), descending: sort === 'updated' }], matching: null };
  // A query of stop words only ('och') has no text part; the similar-name part still applies.
  const text = tsText ? sql<SqlBool>`o.search_doc @@ ${tsText}::tsquery` : sql<SqlBool>`false`;
  const similar = sql<SqlBool>`fold(${folded}) <% o.search_name`;
  const matching = sql<SqlBool>`(${text} or ${similar})`;
  if (sort !== 'relevance') return { plan: [{ t: 0, where: matching, key: sortKey(sort, locale), descending: sort === 'updated' }], matching };
  const name = sql<SqlBool>`o.name_doc @@ to_tsquery('simple', fold(${prefix}))`;
  // Most similar first: 1 − similarity as a fixed-width number, then the name, in one sortable key.
  const similarity = sql<string>`(to_char(1 - word_similarity(fold(${folded}), o.search_name), 'FM0.000000') || ' ' || ${nameKey(locale)})`;
  // The name is in search_doc too (folded, weight A), so the first two tiers are the text matches.
  const plan = [
    { t: 3, where: name, key: nameKey(locale), descending: false },
    { t: 2, where: sql<SqlBool>`(${text} and not ${name})`, key: nameKey(locale), descending: false },
    { t: 1, where: sql<SqlBool>`(${similar} and not ${text})`, key: similarity, descending: false },
  ];
  return { plan, matching };
}

export async function searchOrganisations(tx: Tx, f: OrganisationFilter, locale: Locale) {
  const prefix = f.q ? toPrefixQuery(f.q) : null;
  const base = filtered(tx, f);
  const { plan, matching } = tiers(f, prefix, prefix ? await tsQueryText(tx, prefix) : null, locale);

  // When the planner expects far more matches than the cap, the total is shown as capped without
  // counting: building the index bitmaps for a common word cost 15–30 ms at 100,000 organisations
  // and 60–160 ms with ten such workspaces in the table. Its estimates for prefix queries run up to
  // 6.5 times too high (virksomhed: 50,800 expected, 7,873 found), never 20 times in the bench.
  const hits = (matching ? base.where(matching) : base).select(sql`1`.as('one'));
  let n = TOTAL_CAP + 1;
  if ((await expectedRows(tx, hits)) < UNCOUNTED_ABOVE) {
    // Counting stops at TOTAL_CAP + 1 rows: an exact total of a large register costs a full scan.
    // Stopping early only pays off when the scan does not depend on where the matches lie in the
    // table, so the count reads bitmaps of the indexes (measured: a sequential scan stopped after
    // 40,000 rows when the generated matches were clustered).
    await sql`select set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)`.execute(tx);
    const counted = await tx
      .selectFrom(hits.limit(TOTAL_CAP + 1).as('hits'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    n = Number(counted.n);
  }
  // The count also tells the tiers how to read. Many matches: walking the name index stops after a
  // page. A few: the walk may cross most of the register before it fills one (the planner cannot
  // see that conditions like 'export' and NUTS SE313 rarely meet), so read the matches by bitmap
  // and sort them.
  const few = n <= TOTAL_CAP;
  await sql`select set_config('enable_seqscan', 'on', true), set_config('enable_indexscan', ${few ? 'off' : 'on'}, true)`.execute(tx);

  const cursor = decodeCursor(f.cursor);
  const rows: (ListRow & { tier: number })[] = [];
  for (const tier of plan) {
    if (cursor && tier.t > (cursor.t ?? 0)) continue; // an earlier tier, already read
    const want = f.limit + 1 - rows.length;
    if (want <= 0) break;
    let query = tier.where ? base.where(tier.where) : base;
    if (cursor && (cursor.t ?? 0) === tier.t) {
      const k = String(cursor.k);
      query = query.where(
        tier.descending
          ? sql<SqlBool>`(${tier.key} < ${k} or (${tier.key} = ${k} and o.id > ${cursor.id}::uuid))`
          : sql<SqlBool>`(${tier.key} > ${k} or (${tier.key} = ${k} and o.id > ${cursor.id}::uuid))`,
      );
    }
    const found = await query
      .select(['o.id', 'o.name', 'o.kind', 'o.country', 'o.city', 'o.nuts_code', 'o.nace_code', 'o.themes', 'o.sdgs', 'o.is_local', 'o.is_own'])
      .select(tier.key.as('sort_key'))
      .orderBy(tier.key, tier.descending ? 'desc' : 'asc')
      .orderBy('o.id')
      .limit(want)
      .execute();
    rows.push(...(found as unknown as ListRow[]).map((r) => ({ ...r, tier: tier.t })));
  }

  if (few) await sql`select set_config('enable_indexscan', 'on', true)`.execute(tx);

  const page = rows.slice(0, f.limit);
  const last = page[page.length - 1];
  return {
    rows: page,
    total: Math.min(n, TOTAL_CAP),
    totalCapped: n > TOTAL_CAP,
    nextCursor: rows.length > f.limit && last ? encodeCursor({ t: last.tier, k: String(last.sort_key), id: last.id }) : null,
    prefix,
  };
}
