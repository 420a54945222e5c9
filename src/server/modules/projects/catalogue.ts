// The shipped programme catalogue, written into the database after every migration run: rows are
// upserted by their code, so a new release's corrections reach every installation and running it
// twice changes nothing. Runs as the owning role (the catalogue belongs to no workspace).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { programmeCatalogue } from '../../../shared/vocabularies/programmes.ts';

export async function upsertProgrammeCatalogue(db: Kysely<DB>): Promise<number> {
  if (!programmeCatalogue.length) return 0;
  const rows = programmeCatalogue.map((p) => ({
    workspace_id: null,
    code: p.code,
    name: p.name,
    fund: p.fund,
    period_start: p.periodStart,
    period_end: p.periodEnd,
    cci: p.cci,
    managing_authority: p.managingAuthority,
    eligible_nuts: sql`${sql.val(p.eligibleNuts)}::text[]`,
    max_cofinancing_rate: p.maxCofinancingRate,
    currency: p.currency,
    url: p.url,
  }));
  const changed = await db
    .insertInto('programmes')
    .values(rows)
    .onConflict((oc) =>
      oc
        .column('code')
        .where('workspace_id', 'is', null)
        .doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          fund: eb.ref('excluded.fund'),
          period_start: eb.ref('excluded.period_start'),
          period_end: eb.ref('excluded.period_end'),
          cci: eb.ref('excluded.cci'),
          managing_authority: eb.ref('excluded.managing_authority'),
          eligible_nuts: eb.ref('excluded.eligible_nuts'),
          max_cofinancing_rate: eb.ref('excluded.max_cofinancing_rate'),
          currency: eb.ref('excluded.currency'),
          url: eb.ref('excluded.url'),
          updated_at: sql`now()`,
        }))
        // Only rows that differ are rewritten: a start without catalogue changes writes nothing.
        .where(sql<boolean>`(programmes.name, programmes.fund, programmes.period_start, programmes.period_end, programmes.cci, programmes.managing_authority,
          programmes.eligible_nuts, programmes.max_cofinancing_rate, programmes.currency, programmes.url) is distinct from
          (excluded.name, excluded.fund, excluded.period_start, excluded.period_end, excluded.cci, excluded.managing_authority,
          excluded.eligible_nuts, excluded.max_cofinancing_rate, excluded.currency, excluded.url)`),
    )
    .returning('id')
    .execute();
  return changed.length;
}
