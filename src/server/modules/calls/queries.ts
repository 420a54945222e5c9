// Calls' SQL: the row with its programme and counts, the list's filters, sort and per-status counts.
// A call's status depends on the moment asked about, so it is computed in the query from `now`.
import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';
import type { Locale } from '../../db/types.ts';
import type { CallFilter } from './schema.ts';

export interface CallRow {
  id: string;
  programme_id: string;
  programme_name: string;
  programme_fund: string;
  programme_code: string | null;
  identifier: string | null;
  title: string;
  opens_on: string | null;
  time_zone: string;
  deadline_local: string;
  deadline_at: Date;
  stage2_local: string | null;
  stage2_deadline_at: Date | null;
  themes: string[];
  policy_objectives: string[];
  budget_minor: number | null;
  budget_currency: string | null;
  url: string | null;
  notes: string;
  version: number;
  created_at: Date;
  updated_at: Date;
  follower_count: number;
  following: boolean;
  project_count: number;
}

/** forthcoming before its opening day in its zone, closed from its (first) deadline, else open. */
const statusSql = (now: Date) => sql<string>`case
  when c.opens_on is not null and c.opens_on > (${now}::timestamptz at time zone c.time_zone)::date then 'forthcoming'
  when c.deadline_at <= ${now}::timestamptz then 'closed'
  else 'open' end`;

function selectCalls(userId: string) {
  return sql`
    select c.id, c.programme_id, g.name as programme_name, g.fund as programme_fund, g.code as programme_code,
      c.identifier, c.title, c.opens_on, c.time_zone,
      to_char(c.deadline_local, 'YYYY-MM-DD"T"HH24:MI') as deadline_local, c.deadline_at,
      to_char(c.stage2_deadline_local, 'YYYY-MM-DD"T"HH24:MI') as stage2_local, c.stage2_deadline_at,
      c.themes, c.policy_objectives, c.budget_minor, c.budget_currency, c.url, c.notes, c.version, c.created_at, c.updated_at,
      (select count(*) from call_followers f where f.call_id = c.id)::int as follower_count,
      exists (select 1 from call_followers f where f.call_id = c.id and f.user_id = ${userId}::uuid) as following,
      (select count(*) from projects p where p.call_id = c.id)::int as project_count
    from calls c join programmes g on g.id = c.programme_id`;
}

export async function callRow(tx: Tx, id: string, userId: string): Promise<CallRow | undefined> {
  const { rows } = await sql<CallRow>`${selectCalls(userId)} where c.id = ${id}::uuid`.execute(tx);
  return rows[0];
}

function conditions(f: CallFilter, userId: string) {
  const c: RawBuilder<boolean>[] = [];
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    c.push(sql<boolean>`fold(coalesce(c.identifier, '') || ' ' || c.title) like fold(${like})`);
  }
  if (f.programmeId) c.push(sql<boolean>`c.programme_id = ${f.programmeId}::uuid`);
  if (f.fund) c.push(sql<boolean>`g.fund = ${f.fund}`);
  if (f.following === 'true') c.push(sql<boolean>`exists (select 1 from call_followers f where f.call_id = c.id and f.user_id = ${userId}::uuid)`);
  return c;
}

const all = (c: RawBuilder<boolean>[]) => (c.length ? sql<boolean>`${sql.join(c, sql` and `)}` : sql<boolean>`true`);

function sortKey(column: string, locale: Locale) {
  switch (column) {
    case 'title':
      return sql`collate_key(c.title, ${sql.lit(locale)})`;
    case 'opens_on':
      return sql`c.opens_on`;
    case 'updated_at':
      return sql`c.updated_at`;
    default:
      return sql`c.deadline_at`;
  }
}

export async function listCallRows(tx: Tx, f: CallFilter, userId: string, now: Date, locale: Locale) {
  const desc = f.sort.startsWith('-');
  const key = sortKey(desc ? f.sort.slice(1) : f.sort, locale);
  const where = conditions(f, userId);
  const statusWhere = f.status?.length ? [...where, sql<boolean>`${statusSql(now)} = any(${sql.val(f.status)}::text[])`] : where;
  const { rows } = await sql<CallRow>`
    ${selectCalls(userId)} where ${all(statusWhere)}
    order by ${key} ${sql.raw(desc ? 'desc' : 'asc')} nulls last, c.id
    limit ${f.limit} offset ${f.offset}`.execute(tx);
  const counts = await sql<{ status: string; n: number }>`
    select ${statusSql(now)} as status, count(*)::int as n
    from calls c join programmes g on g.id = c.programme_id where ${all(where)} group by 1`.execute(tx);
  const statusCounts: Record<string, number> = { forthcoming: 0, open: 0, closed: 0 };
  for (const r of counts.rows) statusCounts[r.status] = Number(r.n);
  const total = f.status?.length ? f.status.reduce((n, s) => n + (statusCounts[s] ?? 0), 0) : Object.values(statusCounts).reduce((a, b) => a + b, 0);
  return { rows, total, statusCounts };
}

export async function lockCall(tx: Tx, id: string) {
  return tx.selectFrom('calls').select(['id', 'version', 'programme_id', 'time_zone']).select(sql<string>`to_char(deadline_local, 'YYYY-MM-DD"T"HH24:MI')`.as('deadline_local')).select(sql<string | null>`to_char(stage2_deadline_local, 'YYYY-MM-DD"T"HH24:MI')`.as('stage2_local')).where('id', '=', id).forUpdate().executeTakeFirst();
}
