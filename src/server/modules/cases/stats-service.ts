// Deadline watch and response times. "Today", "overdue" and "answered within the target" are
// measured in the workspace's time zone: a case is answered within its target when the local day
// of its first answer is on or before its due date (the category's response days in working days).
// Medians are calendar days from receipt to the first answer, so reopening a case does not change
// how fast it was answered.
import { sql, type SqlBool } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';
import { AppError } from '../../http/problem.ts';
import type { Actor } from '../members/service.ts';
import { presentSummary } from './present.ts';
import { listCases } from './queries.ts';
import { todayIn, workspaceFacts } from './register.ts';
import { CaseQuery } from './schema.ts';
import type { StatsFilter } from './stats-schema.ts';

const OPEN = sql<SqlBool>`c.status not in ('answered', 'closed')`;

export async function caseDeadlines(tx: Tx, actor: Actor, now: Date) {
  const ws = await workspaceFacts(tx, actor.workspaceId);
  const today = todayIn(ws, now);
  const counts = await tx
    .selectFrom('cases as c')
    .select([
      sql<number>`count(*) filter (where ${OPEN})::int`.as('open'),
      sql<number>`count(*) filter (where ${OPEN} and c.due_on < ${today})::int`.as('overdue'),
      sql<number>`count(*) filter (where ${OPEN} and c.due_on = ${today})::int`.as('due_today'),
      sql<number>`count(*) filter (where ${OPEN} and c.unit_id is null and c.assignee_id is null)::int`.as('unassigned'),
      sql<number>`count(*) filter (where ${OPEN} and c.assignee_id = ${actor.userId})::int`.as('mine_open'),
      sql<number>`count(*) filter (where ${OPEN} and c.assignee_id = ${actor.userId} and c.due_on < ${today})::int`.as('mine_overdue'),
      sql<number>`count(*) filter (where ${OPEN} and c.assignee_id = ${actor.userId} and c.due_on = ${today})::int`.as('mine_due_today'),
    ])
    .executeTakeFirstOrThrow();
  const waiting = await tx
    .selectFrom('case_referrals')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('confirmed_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirstOrThrow();
  const mine = await listCases(tx, CaseQuery.parse({ assignee: 'me', open: 'true', sort: 'due', limit: '50' }), actor.userId, today);
  return {
    today,
    mine: { open: counts.mine_open, overdue: counts.mine_overdue, dueToday: counts.mine_due_today },
    all: { open: counts.open, overdue: counts.overdue, dueToday: counts.due_today, unassigned: counts.unassigned },
    referralsAwaitingReceipt: waiting.n,
    myCases: mine.rows.map((r) => presentSummary(r, today)),
  };
}

const DAY = 86_400_000;
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

function period(f: StatsFilter, today: string) {
  const to = f.to ?? today;
  const from = f.from ?? addDays(to, -364);
  const field = (key: 'field.period_order' | 'field.period_too_long') => new AppError(422, 'problem.validation', { fields: [{ field: 'from', key }] });
  if (from > to) throw field('field.period_order');
  if (Date.parse(to) - Date.parse(from) > 5 * 366 * DAY) throw field('field.period_too_long');
  return { from, to };
}

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

/** Received, answered, median days to answer and the share answered in time, per category and in all. */
export async function caseStatistics(tx: Tx, actor: Actor, f: StatsFilter, now: Date) {
  const ws = await workspaceFacts(tx, actor.workspaceId);
  const today = todayIn(ws, now);
  const { from, to } = period(f, today);
  const tz = ws.timeZone;
  const figures = {
    received: sql<number>`count(c.id)::int`,
    answered: sql<number>`count(c.answered_at)::int`,
    median: sql<number | null>`(percentile_cont(0.5) within group (order by extract(epoch from (c.answered_at - c.received_at)) / 86400) filter (where c.answered_at is not null))::float8`,
    within: sql<number>`(count(*) filter (where c.answered_at is not null and (c.answered_at at time zone ${tz})::date <= c.due_on))::int`,
    open: sql<number>`(count(*) filter (where c.id is not null and ${OPEN}))::int`,
    overdue: sql<number>`(count(*) filter (where c.id is not null and ${OPEN} and c.due_on < ${today}))::int`,
  };
  const inPeriod = sql<SqlBool>`(c.received_at at time zone ${tz})::date between ${from}::date and ${to}::date`;
  const rows = await tx
    .selectFrom('case_categories as cat')
    .leftJoin('cases as c', (j) => j.onRef('c.category_id', '=', 'cat.id').on(inPeriod))
    .select(['cat.code', 'cat.labels', 'cat.response_days', 'cat.active'])
    .select((eb) => [
      eb.fn.max('cat.sort').as('sort'),
      figures.received.as('received'), figures.answered.as('answered'), figures.median.as('median'), figures.within.as('within'), figures.open.as('open'), figures.overdue.as('overdue'),
    ])
    .groupBy(['cat.id', 'cat.code', 'cat.labels', 'cat.response_days', 'cat.active'])
    .orderBy('sort')
    .orderBy('cat.code')
    .execute();
  const total = await tx
    .selectFrom('cases as c')
    .select([figures.received.as('received'), figures.answered.as('answered'), figures.median.as('median'), figures.within.as('within'), figures.open.as('open'), figures.overdue.as('overdue')])
    .where(inPeriod)
    .executeTakeFirstOrThrow();
  const present = (r: { received: number; answered: number; median: number | null; within: number; open: number; overdue: number }) => ({
    received: r.received,
    answered: r.answered,
    medianDays: round1(r.median === null ? null : Number(r.median)),
    withinTarget: r.within,
    shareWithinTarget: r.answered ? Math.round((r.within / r.answered) * 1000) / 1000 : null,
    open: r.open,
    overdue: r.overdue,
  });
  return {
    from,
    to,
    categories: rows.filter((r) => r.active || r.received > 0).map((r) => ({ category: { code: r.code, labels: r.labels, responseDays: r.response_days }, ...present(r) })),
    total: present(total),
  };
}
