// Merge suggestions. The unique index stops one number being entered twice in one scheme, but the
// same company can still be there twice: once by its Swedish organisation number and once by its
// VAT number (SE + number + 01), or with a name typed a little differently in the same country.
import { sql } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';

/** One key per national number, whichever scheme it was entered in ('SE5560125790'). */
const identifierKey = sql`case i.scheme
  when 'eu_vat' then case when i.value like 'SE%' then left(i.value, 12) else i.value end
  when 'se_orgnr' then 'SE' || i.value
  when 'dk_cvr' then 'DK' || i.value
  when 'pl_nip' then 'PL' || i.value
  when 'fi_ytunnus' then 'FI' || i.value
  when 'no_orgnr' then 'NO' || i.value
end`;

interface Pair {
  a: string;
  b: string;
  score: number;
}

async function sameIdentifier(tx: Tx, limit: number) {
  const rows = await sql<Pair>`
    with keys as (
      select i.organisation_id as id, ${identifierKey} as key
      from organisation_identifiers i join organisations o on o.id = i.organisation_id and o.merged_into is null
    )
    select distinct x.id as a, y.id as b, 1::float8 as score
    from keys x join keys y on x.key = y.key and x.id < y.id
    order by a, b limit ${limit}`.execute(tx);
  return rows.rows;
}

async function similarNames(tx: Tx, limit: number) {
  // The threshold of `%`, so that pg_trgm's GIN index finds the candidates.
  await sql`select set_config('pg_trgm.similarity_threshold', '0.6', true)`.execute(tx);
  // The five most alike per organisation first, then the identifier check on those few pairs
  // only, so that a register with many look-alike names does not check and sort every pair.
  const rows = await sql<Pair>`
    select a.id as a, m.id as b, m.score
    from organisations a
    cross join lateral (
      select b.id, similarity(a.search_name, b.search_name)::float8 as score
      from organisations b
      where b.search_name % a.search_name and b.id > a.id and b.country = a.country and b.merged_into is null
      order by score desc, b.id limit 5
    ) m
    where a.merged_into is null
      -- Two different numbers in the same scheme are two legal entities, however alike the names.
      and not exists (
        select 1 from organisation_identifiers ia join organisation_identifiers ib on ib.scheme = ia.scheme and ib.value <> ia.value
        where ia.organisation_id = a.id and ib.organisation_id = m.id)
    order by m.score desc, a.id, m.id limit ${limit}`.execute(tx);
  return rows.rows;
}

export async function duplicateSuggestions(tx: Tx, limit: number) {
  const byId = await sameIdentifier(tx, limit);
  const seen = new Set(byId.map((p) => `${p.a}|${p.b}`));
  const byName = (await similarNames(tx, limit)).filter((p) => !seen.has(`${p.a}|${p.b}`));
  const pairs = [...byId.map((p) => ({ ...p, reason: 'identifier' as const })), ...byName.map((p) => ({ ...p, reason: 'similar_name' as const }))].slice(0, limit);
  const ids = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
  if (!ids.length) return { items: [] };
  const orgs = await tx.selectFrom('organisations').select(['id', 'name', 'kind', 'country', 'city', 'created_at']).where('id', 'in', ids).execute();
  const identifiers = await tx.selectFrom('organisation_identifiers').select(['organisation_id', 'scheme', 'value']).where('organisation_id', 'in', ids).orderBy('scheme').execute();
  const side = (id: string) => {
    const o = orgs.find((x) => x.id === id)!;
    return {
      id,
      name: o.name,
      kind: o.kind,
      country: o.country,
      city: o.city,
      identifiers: identifiers.filter((i) => i.organisation_id === id).map((i) => ({ scheme: i.scheme, value: i.value })),
      createdAt: o.created_at.toISOString(),
    };
  };
  return {
    items: pairs.map((p) => {
      const [x, y] = [side(p.a), side(p.b)];
      return { reason: p.reason, score: Math.round(p.score * 100) / 100, organisations: (x.createdAt <= y.createdAt ? [x, y] : [y, x]) as [typeof x, typeof x] };
    }),
  };
}
