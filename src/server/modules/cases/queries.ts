// SQL for cases: one case with what it points to, its history, notes, messages and links, and the
// filtered list. Nothing here writes.
import { sql, type SqlBool } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';
import type { CaseFilter } from './schema.ts';

function caseQuery(tx: Tx) {
  return tx
    .selectFrom('cases as c')
    .innerJoin('case_categories as cat', 'cat.id', 'c.category_id')
    .leftJoin('case_units as u', 'u.id', 'c.unit_id')
    .leftJoin('users as a', 'a.id', 'c.assignee_id')
    .leftJoin('case_requesters as r', 'r.case_id', 'c.id')
    .leftJoin('organisations as ro', 'ro.id', 'r.organisation_id')
    .select([
      'c.id', 'c.reference', 'c.register', 'c.year', 'c.number', 'c.status', 'c.priority', 'c.channel', 'c.language', 'c.title',
      'c.received_at', 'c.due_on', 'c.secret', 'c.assignee_id', 'a.name as assignee_name',
      'cat.code as category_code', 'cat.labels as category_labels', 'cat.response_days',
      'u.code as unit_code', 'u.labels as unit_labels',
      sql<string | null>`coalesce(ro.name, r.organisation_name)`.as('organisation_name'),
    ]);
}

export type CaseSummaryRow = Awaited<ReturnType<ReturnType<typeof caseQuery>['execute']>>[number];

export async function findCase(tx: Tx, id: string) {
  return caseQuery(tx)
    .leftJoin('organisations as ref', 'ref.id', 'c.referred_to_id')
    .leftJoin('users as cb', 'cb.id', 'c.created_by')
    .leftJoin('people as rp', 'rp.id', 'r.person_id')
    .select([
      'c.description', 'c.referred_to_id', 'ref.name as referred_to_name', 'c.answered_at', 'c.closed_at', 'c.secret_reason', 'c.dispose_after',
      'c.disposed_at', 'c.created_by', 'cb.name as created_by_name', 'c.version', 'c.created_at', 'c.updated_at', 'c.category_id', 'c.unit_id',
      'r.kind as requester_kind', 'r.organisation_name as requester_organisation_name', 'r.person_id', 'rp.name as person_name',
      'r.organisation_id', 'ro.name as requester_org_name', sql<boolean>`r.email is not null`.as('has_email'), sql<boolean>`r.phone is not null`.as('has_phone'),
    ])
    .where('c.id', '=', id)
    .executeTakeFirst();
}

export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

/** The case row locked for a change in this transaction (the status check and the write agree). */
export async function lockCase(tx: Tx, id: string) {
  return tx.selectFrom('cases').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function caseHistory(tx: Tx, id: string) {
  return tx
    .selectFrom('case_status_changes as h')
    .leftJoin('users as u', 'u.id', 'h.actor_id')
    .select(['h.from_status', 'h.to_status', 'h.at', 'h.actor_id', 'u.name as actor_name', 'h.comment'])
    .where('h.case_id', '=', id)
    .orderBy('h.id')
    .execute();
}

export async function caseNotes(tx: Tx, id: string) {
  return tx
    .selectFrom('case_notes as n')
    .leftJoin('users as u', 'u.id', 'n.author_id')
    .select(['n.id', 'n.body', 'n.author_id', 'u.name as author_name', 'n.created_at'])
    .where('n.case_id', '=', id)
    .orderBy('n.created_at')
    .orderBy('n.id')
    .execute();
}

export async function caseMessages(tx: Tx, id: string) {
  return tx
    .selectFrom('case_messages as m')
    .leftJoin('users as u', 'u.id', 'm.author_id')
    .select(['m.id', 'm.direction', 'm.kind', 'm.channel', 'm.subject', 'm.body', 'm.author_id', 'u.name as author_name', 'm.created_at'])
    .where('m.case_id', '=', id)
    .orderBy('m.created_at')
    .orderBy('m.id')
    .execute();
}

export async function caseLinks(tx: Tx, id: string) {
  return tx
    .selectFrom('case_links as l')
    .innerJoin('organisations as o', 'o.id', 'l.organisation_id')
    .select(['l.id', 'l.organisation_id', 'o.name', 'l.note', 'l.created_at'])
    .where('l.case_id', '=', id)
    .orderBy('l.created_at')
    .orderBy('l.id')
    .execute();
}

export interface ListCursor {
  k: string;
  id: string;
}

export const encodeListCursor = (c: ListCursor) => Buffer.from(JSON.stringify(c)).toString('base64url');

export function decodeListCursor(s: string | undefined): ListCursor | null {
  if (!s) return null;
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    if (typeof c?.k === 'string' && /^[0-9T:.\-Z+]{10,40}$/.test(c.k) && typeof c.id === 'string' && /^[0-9a-f-]{36}$/.test(c.id)) return c;
  } catch {
    /* a cursor we did not make: start from the top */
  }
  return null;
}

/** One page of cases; `today` is the workspace's local date, for "overdue". */
export async function listCases(tx: Tx, f: CaseFilter, userId: string, today: string) {
  let q = caseQuery(tx);
  if (f.status?.length) q = q.where('c.status', 'in', f.status);
  if (f.open === 'true') q = q.where('c.status', 'not in', ['answered', 'closed']);
  if (f.open === 'false') q = q.where('c.status', 'in', ['answered', 'closed']);
  if (f.overdue) q = q.where('c.status', 'not in', ['answered', 'closed']).where('c.due_on', '<', today);
  if (f.category) q = q.where('cat.code', '=', f.category);
  if (f.unit) q = q.where('u.code', '=', f.unit);
  if (f.assignee === 'me') q = q.where('c.assignee_id', '=', userId);
  else if (f.assignee === 'none') q = q.where('c.assignee_id', 'is', null);
  else if (f.assignee) q = q.where('c.assignee_id', '=', f.assignee);
  if (f.channel) q = q.where('c.channel', '=', f.channel);
  if (f.register) q = q.where('c.register', '=', f.register);
  if (f.year) q = q.where('c.year', '=', f.year);
  if (f.organisationId) {
    const org = f.organisationId;
    q = q.where((eb) =>
      eb.or([eb('r.organisation_id', '=', org), eb.exists(eb.selectFrom('case_links as l').select('l.id').whereRef('l.case_id', '=', 'c.id').where('l.organisation_id', '=', org))]),
    );
  }
  if (f.q) {
    for (const word of f.q.split(/\s+/).filter(Boolean).slice(0, 8)) {
      q = q.where(sql<SqlBool>`strpos(fold(c.reference || ' ' || c.title || ' ' || c.description), fold(${word})) > 0`);
    }
  }
  const cursor = decodeListCursor(f.cursor);
  if (f.sort === 'due') {
    if (cursor) q = q.where(sql<SqlBool>`(c.due_on, c.id) > (${cursor.k}::date, ${cursor.id}::uuid)`);
    q = q.orderBy('c.due_on').orderBy('c.id');
  } else {
    if (cursor) q = q.where(sql<SqlBool>`(c.received_at, c.id) < (${cursor.k}::timestamptz, ${cursor.id}::uuid)`);
    q = q.orderBy('c.received_at', 'desc').orderBy('c.id', 'desc');
  }
  const rows = await q.limit(f.limit + 1).execute();
  const page = rows.slice(0, f.limit);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > f.limit && last ? encodeListCursor({ k: f.sort === 'due' ? last.due_on : last.received_at.toISOString(), id: last.id }) : null;
  return { rows: page, nextCursor };
}
