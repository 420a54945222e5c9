// The list/search answer: one page of hits, each with why it matched and its relation count.
import type { Tx } from '../../db/tenancy.ts';
import type { Locale } from '../../db/types.ts';
import { matchReasons, relationCounts } from './queries.ts';
import { searchOrganisations } from './search.ts';
import type { OrganisationFilter } from './schema.ts';

export async function listOrganisations(tx: Tx, f: OrganisationFilter, locale: Locale) {
  const { rows, total, totalCapped, nextCursor, prefix } = await searchOrganisations(tx, f, locale);
  const ids = rows.map((r) => r.id);
  const reasons = prefix && f.q ? await matchReasons(tx, ids, f.q, prefix) : new Map<string, string[]>();
  const counts = await relationCounts(tx, ids);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind as 'company',
      country: r.country,
      city: r.city,
      nutsCode: r.nuts_code,
      naceCode: r.nace_code,
      themes: r.themes,
      sdgs: r.sdgs,
      isLocal: r.is_local,
      isOwn: r.is_own,
      relationCount: counts.get(r.id) ?? 0,
      reasons: (reasons.get(r.id) ?? []) as ('name' | 'similar_name' | 'description' | 'theme' | 'tag' | 'place')[],
    })),
    nextCursor,
    total,
    totalCapped,
  };
}
