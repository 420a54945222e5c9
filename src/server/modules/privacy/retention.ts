// Retention rules per case category: a closed case is kept N years after the day it was closed
// (in the workspace's time zone), then its personal data is disposed of; a category without a
// period is kept for ever. The rule in force now decides, so changing a category's period moves
// every closed case of it. A case is due on the day after its date ("kept until and including").
import { sql } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';
import { addYears, localDate } from '../cases/due-dates.ts';
import type { WorkspaceFacts } from '../cases/register.ts';

/** The last day a case closed at `closedAt` is kept under a rule of `years`. */
export function keptUntil(closedAt: Date, years: number, ws: Pick<WorkspaceFacts, 'timeZone'>): string {
  return addYears(localDate(closedAt, ws.timeZone), years);
}

/** Whether a case kept until `until` is due for disposal on the workspace's date `today`. */
export const isDue = (until: string, today: string) => today > until;

/** At most this many cases go in one run; the next preview shows the rest. */
export const MAX_PER_RUN = 1000;

export interface DueCase {
  id: string;
  reference: string;
  received_at: Date;
  closed_at: Date;
  title: string;
  category_code: string;
  category_labels: Record<string, string>;
  retention_years: number;
  keptUntil: string;
}

/**
 * Closed, not yet disposed cases whose category's period has passed on `today`, oldest closing
 * first. The SQL narrows by instant (a day of slack either side of the time-zone question); the
 * exact date is computed here, the same way as everywhere else.
 */
export async function dueCases(tx: Tx, ws: WorkspaceFacts, today: string, now: Date, limit = MAX_PER_RUN): Promise<{ cases: DueCase[]; more: number }> {
  const horizon = new Date(now.getTime() + 2 * 86_400_000);
  const rows = await tx
    .selectFrom('cases as c')
    .innerJoin('case_categories as cat', 'cat.id', 'c.category_id')
    .select(['c.id', 'c.reference', 'c.received_at', 'c.closed_at', 'c.title', 'cat.code as category_code', 'cat.labels as category_labels', 'cat.retention_years'])
    .where('c.status', '=', 'closed')
    .where('c.disposed_at', 'is', null)
    .where('c.closed_at', 'is not', null)
    .where('cat.retention_years', 'is not', null)
    .where(sql<boolean>`c.closed_at < ${horizon}::timestamptz - make_interval(years => cat.retention_years)`)
    .orderBy('c.closed_at')
    .orderBy('c.id')
    .execute();
  const due = rows
    .map((r) => ({ ...r, closed_at: r.closed_at!, retention_years: r.retention_years!, keptUntil: keptUntil(r.closed_at!, r.retention_years!, ws) }))
    .filter((r) => isDue(r.keptUntil, today));
  return { cases: due.slice(0, limit), more: Math.max(0, due.length - limit) };
}

/** Each category's rule with how many cases it holds, how many are due now, and when the next one is. */
export async function retentionRules(tx: Tx, ws: WorkspaceFacts, today: string) {
  const categories = await tx.selectFrom('case_categories').select(['id', 'code', 'labels', 'retention_years', 'active']).orderBy('sort').orderBy('code').execute();
  const counts = await tx
    .selectFrom('cases')
    .select(['category_id', sql<number>`count(*) filter (where status <> 'closed')::int`.as('open'), sql<number>`count(*) filter (where disposed_at is not null)::int`.as('disposed')])
    .groupBy('category_id')
    .execute();
  const closed = await tx.selectFrom('cases').select(['category_id', 'closed_at']).where('status', '=', 'closed').where('disposed_at', 'is', null).execute();
  const byCategory = new Map(counts.map((c) => [c.category_id, c]));
  return categories.map((cat) => {
    const mine = closed.filter((c) => c.category_id === cat.id && c.closed_at);
    const dates = cat.retention_years === null ? [] : mine.map((c) => keptUntil(c.closed_at!, cat.retention_years!, ws));
    const waiting = dates.filter((d) => !isDue(d, today)).sort();
    return {
      code: cat.code,
      labels: cat.labels,
      active: cat.active,
      retentionYears: cat.retention_years,
      openCases: byCategory.get(cat.id)?.open ?? 0,
      closedCases: mine.length,
      dueNow: dates.length - waiting.length,
      disposedCases: byCategory.get(cat.id)?.disposed ?? 0,
      nextDisposal: waiting[0] ? addDays(waiting[0], 1) : null,
    };
  });
}

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
