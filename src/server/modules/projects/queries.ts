// SQL for projects: one project with what its page shows, the portfolio list with its filters,
// sort and status counts, and the rows a change locks or reads.
import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';
import type { Locale } from '../../db/types.ts';
import { PROJECT_STATUSES, type ProjectStatus } from './lifecycle.ts';
import type { ProjectFilter } from './schema.ts';

function summaryQuery(tx: Tx) {
  return tx
    .selectFrom('projects as p')
    .leftJoin('programmes as g', 'g.id', 'p.programme_id')
    .leftJoin('calls as k', 'k.id', 'p.call_id')
    .leftJoin('users as u', 'u.id', 'p.officer_id')
    .selectAll('p')
    .select(['g.name as programme_name', 'g.fund as programme_fund', 'u.name as officer_name', 'k.title as call_title', 'k.identifier as call_identifier'])
    .select((eb) => eb.selectFrom('project_partners as pp').select(sql<number>`count(*)::int`.as('n')).whereRef('pp.project_id', '=', 'p.id').as('partner_count'));
}

export type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

export function findProject(tx: Tx, id: string) {
  return summaryQuery(tx).where('p.id', '=', id).executeTakeFirst();
}

/** The project row, locked until the transaction ends: moves and changes of one project queue. */
export function lockProject(tx: Tx, id: string) {
  return tx.selectFrom('projects').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}
export type ProjectRow = NonNullable<Awaited<ReturnType<typeof lockProject>>>;

export function projectPartners(tx: Tx, projectId: string, locale: Locale) {
  return tx
    .selectFrom('project_partners as pp')
    .innerJoin('organisations as o', 'o.id', 'pp.organisation_id')
    .select(['pp.id', 'pp.role', 'pp.relation_id', 'pp.relation_created', 'pp.organisation_id', 'o.name', 'o.country', 'o.nuts_code', 'o.kind', 'o.lat', 'o.lon'])
    .where('pp.project_id', '=', projectId)
    .orderBy(sql`array_position(array['lead', 'partner', 'associated'], pp.role)`)
    .orderBy(sql`collate_key(o.name, ${sql.lit(locale)})`)
    .orderBy('pp.id')
    .execute();
}

export function projectHistory(tx: Tx, projectId: string) {
  return tx
    .selectFrom('project_status_changes as h')
    .leftJoin('users as u', 'u.id', 'h.actor_id')
    .select(['h.id', 'h.from_status', 'h.to_status', 'h.changed_on', 'h.note', 'h.actor_id', 'u.name as actor_name', 'h.created_at'])
    .where('h.project_id', '=', projectId)
    .orderBy('h.changed_on')
    .orderBy('h.created_at')
    .execute();
}

export async function reopenings(tx: Tx, id: string, reopenedFrom: string | null) {
  const as = await tx.selectFrom('projects').select(['id', 'acronym']).where('reopened_from', '=', id).orderBy('created_at').orderBy('id').execute();
  const from = reopenedFrom ? await tx.selectFrom('projects').select(['id', 'acronym']).where('id', '=', reopenedFrom).executeTakeFirst() : undefined;
  return { reopenedAs: as, reopenedFrom: from ?? null };
}

/** Every filter but the status one: the status tabs count under these. */
function conditions(f: ProjectFilter) {
  const c: RawBuilder<boolean>[] = [];
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    c.push(sql<boolean>`fold(p.acronym || ' ' || p.title) like fold(${like})`);
  }
  if (f.programmeId) c.push(sql<boolean>`p.programme_id = ${f.programmeId}::uuid`);
  if (f.callId) c.push(sql<boolean>`p.call_id = ${f.callId}::uuid`);
  if (f.fund) c.push(sql<boolean>`g.fund = ${f.fund}`);
  if (f.role) c.push(sql<boolean>`p.our_role = ${f.role}`);
  if (f.theme) c.push(sql<boolean>`p.themes @> array[${f.theme}]::text[]`);
  if (f.sdg) c.push(sql<boolean>`p.sdgs @> array[${f.sdg}]::int[]`);
  if (f.officerId) c.push(sql<boolean>`p.officer_id = ${f.officerId}::uuid`);
  // Runs in the year: starts by its last day and ends (or, without an end, starts) after its first.
  if (f.year) c.push(sql<boolean>`p.start_date <= ${`${f.year}-12-31`}::date and coalesce(p.end_date, p.start_date) >= ${`${f.year}-01-01`}::date`);
  return c;
}

const all = (c: RawBuilder<boolean>[]) => (c.length ? sql<boolean>`${sql.join(c, sql` and `)}` : sql<boolean>`true`);

function sortKey(column: string, locale: Locale) {
  switch (column) {
    case 'acronym':
      return sql`collate_key(p.acronym, ${sql.lit(locale)})`;
    case 'title':
      return sql`collate_key(p.title, ${sql.lit(locale)})`;
    case 'status':
      return sql`array_position(${sql.val([...PROJECT_STATUSES])}::text[], p.status)`;
    case 'start_date':
      return sql`p.start_date`;
    case 'end_date':
      return sql`p.end_date`;
    default:
      return sql`p.updated_at`;
  }
}

export async function listProjectRows(tx: Tx, f: ProjectFilter, locale: Locale) {
  const desc = f.sort.startsWith('-');
  const key = sortKey(desc ? f.sort.slice(1) : f.sort, locale);
  const where = conditions(f);
  const statusWhere = f.status?.length ? [...where, sql<boolean>`p.status = any(${sql.val(f.status)}::text[])`] : where;
  const rows = await summaryQuery(tx)
    .where(all(statusWhere))
    // Dates a project does not have yet sort last either way.
    .orderBy(sql`${key} ${sql.raw(desc ? 'desc' : 'asc')} nulls last`)
    .orderBy('p.id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  const byStatus = await tx
    .selectFrom('projects as p')
    .leftJoin('programmes as g', 'g.id', 'p.programme_id')
    .select(['p.status', sql<number>`count(*)::int`.as('n')])
    .where(all(where))
    .groupBy('p.status')
    .execute();
  const statusCounts = Object.fromEntries(PROJECT_STATUSES.map((s) => [s, 0])) as Record<ProjectStatus, number>;
  for (const r of byStatus) statusCounts[r.status as ProjectStatus] = Number(r.n);
  const counted: readonly ProjectStatus[] = f.status?.length ? f.status : PROJECT_STATUSES;
  const total = counted.reduce((sum: number, s) => sum + statusCounts[s], 0);
  return { rows, total, statusCounts };
}
