// Finding a file's organisations in the register: by any identifier (the organisation a merged one
// went into counts), else by the same name (folded) in the same country where no identifier of the
// same scheme says otherwise. Each query takes a whole batch; similar names are in duplicates.ts.
import { sql } from 'kysely';
import { foldWords } from '../../../shared/text.ts';
import type { Tx } from '../../db/tenancy.ts';
import { identifierOwners } from '../organisations/reference.ts';
import { twins, type Identifier } from './identity.ts';

export interface Holder {
  id: string;
  name: string;
  country: string;
}

/**
 * Who holds these identifiers (`scheme:value` → organisation): the register's own per-pair lookup
 * (organisations/reference.ts, which explains its form), then the few hits read by id, so that an
 * identifier of a merged organisation leads to the one it went into.
 */
export async function identifierHolders(tx: Tx, ids: Identifier[]) {
  const owners = await identifierOwners(tx, ids);
  const byId = await organisationsById(tx, [...owners.values()].map((o) => o.id));
  const out = new Map<string, Holder>();
  for (const [key, owner] of owners) {
    const holder = byId.get(owner.id);
    if (holder) out.set(key, holder);
  }
  return out;
}

/**
 * Organisations of the register with the same name (folded: case, accents, punctuation and spacing
 * aside) and country as each item, keyed by the item's `key`. Candidates come through the
 * case-insensitive sort index (collate_key), and are then compared folded; an organisation that
 * has a number of a scheme the item gives with another value is not the same organisation.
 */
export async function sameNames(tx: Tx, items: { key: number; name: string; country: string; identifiers: Identifier[] }[]) {
  const out = new Map<number, Holder[]>();
  for (let i = 0; i < items.length; i += 2000) {
    const slice = items.slice(i, i + 2000);
    const { rows } = await sql<{ key: number; id: string; name: string; country: string }>`
      select x.key, o.id, o.name, o.country
      from unnest(${sql.val(slice.map((s) => s.key))}::int[], ${sql.val(slice.map((s) => s.name))}::text[], ${sql.val(slice.map((s) => s.country))}::char(2)[]) as x(key, name, country)
      join organisations o on o.workspace_id = current_setting('app.workspace_id')::uuid
        and collate_key(o.name, 'en') = collate_key(x.name, 'en') and o.country = x.country and o.merged_into is null`.execute(tx);
    const byKey = new Map(slice.map((s) => [s.key, s]));
    const hits = rows.filter((r) => foldWords(r.name) === foldWords(byKey.get(r.key)!.name));
    if (!hits.length) continue;
    // Their identifiers, for the few that share a name: one with another number of a scheme is another organisation.
    const ids = await tx.selectFrom('organisation_identifiers').select(['organisation_id', 'scheme', 'value']).where('organisation_id', 'in', [...new Set(hits.map((h) => h.id))]).execute();
    const theirs = new Map<string, Map<string, string>>();
    for (const r of ids) for (const t of twins(r as Identifier)) (theirs.get(r.organisation_id) ?? theirs.set(r.organisation_id, new Map()).get(r.organisation_id)!).set(t.scheme, t.value);
    for (const r of hits) {
      const mine = byKey.get(r.key)!.identifiers.flatMap(twins);
      const held = theirs.get(r.id) ?? new Map<string, string>();
      if (mine.some((m) => held.has(m.scheme) && held.get(m.scheme) !== m.value)) continue;
      out.set(r.key, [...(out.get(r.key) ?? []), { id: r.id, name: r.name, country: r.country }]);
    }
  }
  return out;
}

/** The register's organisations by id (those merged away lead to the one they went into). */
export async function organisationsById(tx: Tx, ids: string[]) {
  const unique = [...new Set(ids)];
  const out = new Map<string, Holder>();
  if (!unique.length) return out;
  const { rows } = await sql<{ asked: string; id: string; name: string; country: string }>`
    select x.id as asked, coalesce(m.id, x.id) as id, coalesce(m.name, x.name) as name, coalesce(m.country, x.country) as country
    from organisations x left join organisations m on m.id = x.merged_into
    where x.id = any(${sql.val(unique)}::uuid[])`.execute(tx);
  for (const r of rows) out.set(r.asked, { id: r.id, name: r.name, country: r.country });
  return out;
}
