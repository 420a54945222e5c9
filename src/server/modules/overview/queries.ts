// Counts the start page needs and no module offers yet (the register's list counts at most 1,000
// hits; the case desk counts open and overdue cases but not what came in this month). Read-only,
// inside the caller's workspace transaction, so row-level security keeps them to one workspace.
import { sql } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';

export async function registerCounts(tx: Tx) {
  const row = await tx
    .selectNoFrom((eb) => [
      eb.selectFrom('organisations').select(sql<number>`count(*)::int`.as('n')).where('merged_into', 'is', null).as('organisations'),
      eb.selectFrom('people').select(sql<number>`count(*)::int`.as('n')).as('people'),
    ])
    .executeTakeFirstOrThrow();
  return { organisations: Number(row.organisations ?? 0), people: Number(row.people ?? 0) };
}

/** Relations per type, most first. */
export async function relationsByType(tx: Tx) {
  const rows = await tx
    .selectFrom('relations')
    .select(['type', sql<number>`count(*)::int`.as('n')])
    .groupBy('type')
    .orderBy('n', 'desc')
    .orderBy('type')
    .execute();
  return rows.map((r) => ({ type: r.type, count: Number(r.n) }));
}

/** Cases received on or after `firstDay` (YYYY-MM-DD) as counted in the workspace's time zone. */
export async function casesReceivedSince(tx: Tx, firstDay: string, timeZone: string) {
  const row = await tx
    .selectFrom('cases')
    .select(sql<number>`count(*)::int`.as('n'))
    .where(sql<boolean>`received_at >= (${firstDay}::date::timestamp at time zone ${timeZone})`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
