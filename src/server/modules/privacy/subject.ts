// A data subject: a person in the register and/or whoever asked questions from an e-mail address,
// and everything the workspace holds about them — the person record, the cases they asked (with
// their messages, internal notes and history), the e-mail sent to them, and who read their data.
// Found by person id, by e-mail address, or both; an address also finds the people holding it.
import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';
import { AppError } from '../../http/problem.ts';
import type { WorkspaceFacts } from '../cases/register.ts';
import { keptUntil } from './retention.ts';
import { inIds } from './sql.ts';

export interface SubjectQuery {
  personId?: string;
  email?: string;
}

async function findPeople(tx: Tx, q: SubjectQuery) {
  const people = await tx
    .selectFrom('people')
    .selectAll()
    .where((eb) => eb.or([...(q.personId ? [eb('id', '=', q.personId)] : []), ...(q.email ? [eb('email', '=', q.email)] : [])]))
    .orderBy('created_at')
    .execute();
  if (q.personId && !people.some((p) => p.id === q.personId)) throw new AppError(404, 'problem.not_found');
  if (!people.length) return [];
  const links = await tx
    .selectFrom('person_organisations as po')
    .innerJoin('organisations as o', 'o.id', 'po.organisation_id')
    .select(['po.person_id', 'po.organisation_id', 'o.name', 'po.role'])
    .where('po.person_id', 'in', people.map((p) => p.id))
    .orderBy('o.name')
    .execute();
  return people.map((p) => ({
    id: p.id,
    name: p.name,
    title: p.title,
    email: p.email,
    phone: p.phone,
    language: p.language,
    legalBasis: p.legal_basis,
    legalBasisDate: p.legal_basis_date,
    notes: p.notes,
    organisations: links.filter((l) => l.person_id === p.id).map((l) => ({ organisationId: l.organisation_id, name: l.name, role: l.role })),
    createdAt: p.created_at.toISOString(),
    updatedAt: p.updated_at.toISOString(),
  }));
}

/** What the rule of the case's category says about keeping it now. */
export function retentionOf(c: { status: string; closed_at: Date | null; disposed_at: Date | null; retention_years: number | null }, ws: WorkspaceFacts) {
  if (c.disposed_at) return { rule: 'disposed' as const, keptUntil: null };
  if (c.retention_years === null) return { rule: 'forever' as const, keptUntil: null };
  if (c.status !== 'closed' || !c.closed_at) return { rule: 'open' as const, keptUntil: null };
  return { rule: 'period' as const, keptUntil: keptUntil(c.closed_at, c.retention_years, ws) };
}

async function findCases(tx: Tx, ws: WorkspaceFacts, personIds: string[], emails: string[]) {
  if (!personIds.length && !emails.length) return [];
  const rows = await tx
    .selectFrom('case_requesters as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('case_categories as cat', 'cat.id', 'c.category_id')
    .leftJoin('organisations as o', 'o.id', 'r.organisation_id')
    .select([
      'c.id', 'c.reference', 'c.channel', 'c.language', 'c.title', 'c.description', 'c.status', 'c.received_at', 'c.answered_at', 'c.closed_at', 'c.disposed_at', 'c.secret',
      'cat.code as category_code', 'cat.labels as category_labels', 'cat.retention_years',
      'r.kind', 'r.name', 'r.email', 'r.phone', 'r.organisation_name', 'r.organisation_number', 'r.person_id', 'r.consent_at', 'o.name as register_organisation',
    ])
    .where((eb) => eb.or([...(personIds.length ? [eb('r.person_id', 'in', personIds)] : []), ...(emails.length ? [eb('r.email', 'in', emails)] : [])]))
    .orderBy('c.received_at')
    .orderBy('c.id')
    .execute();
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const messages = await tx
    .selectFrom('case_messages')
    .select(['case_id', 'direction', 'kind', 'channel', 'recipient', 'subject', 'body', 'created_at'])
    .where(inIds('case_id', ids))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const notes = await tx
    .selectFrom('case_notes as n')
    .leftJoin('users as u', 'u.id', 'n.author_id')
    .select(['n.case_id', 'n.body', 'u.name as author', 'n.created_at'])
    .where(inIds('n.case_id', ids))
    .orderBy('n.created_at')
    .orderBy('n.id')
    .execute();
  const history = await tx
    .selectFrom('case_status_changes')
    .select(['case_id', 'from_status', 'to_status', 'at', 'comment'])
    .where(inIds('case_id', ids))
    .orderBy('id')
    .execute();
  const attachments = await tx
    .selectFrom('case_attachments')
    .select(['case_id', 'filename', 'content_type', 'size_bytes', 'sha256', 'created_at'])
    .where(inIds('case_id', ids))
    .orderBy('created_at')
    .execute();
  return rows.map((c) => ({
    id: c.id,
    reference: c.reference,
    channel: c.channel,
    language: c.language,
    category: { code: c.category_code, labels: c.category_labels },
    title: c.title,
    question: c.description,
    status: c.status,
    secret: c.secret,
    receivedAt: c.received_at.toISOString(),
    answeredAt: c.answered_at?.toISOString() ?? null,
    closedAt: c.closed_at?.toISOString() ?? null,
    disposedAt: c.disposed_at?.toISOString() ?? null,
    retention: { years: c.retention_years, ...retentionOf(c, ws) },
    requester: {
      kind: c.kind,
      name: c.name,
      email: c.email,
      phone: c.phone,
      organisationName: c.organisation_name ?? c.register_organisation,
      organisationNumber: c.organisation_number,
      personId: c.person_id,
      consentAt: c.consent_at?.toISOString() ?? null,
    },
    messages: messages
      .filter((m) => m.case_id === c.id)
      .map((m) => ({ direction: m.direction, kind: m.kind, channel: m.channel, to: m.recipient, subject: m.subject, body: m.body, at: m.created_at.toISOString() })),
    notes: notes.filter((n) => n.case_id === c.id).map((n) => ({ body: n.body, author: n.author, at: n.created_at.toISOString() })),
    history: history.filter((h) => h.case_id === c.id).map((h) => ({ from: h.from_status, to: h.to_status, at: h.at.toISOString(), comment: h.comment })),
    // The files themselves are handed out from the case; the extract lists them.
    attachments: attachments
      .filter((a) => a.case_id === c.id)
      .map((a) => ({ filename: a.filename, contentType: a.content_type, size: a.size_bytes, sha256: a.sha256, at: a.created_at.toISOString() })),
  }));
}

async function findMail(tx: Tx, emails: string[]) {
  if (!emails.length) return [];
  const rows = await tx
    .selectFrom('mail_outbox')
    .select(['id', 'to_address', 'subject', 'body_text', 'language', 'status', 'related_type', 'related_id', 'created_at', 'sent_at'])
    .where('to_address', 'in', emails)
    .orderBy('seq')
    .execute();
  return rows.map((m) => ({
    id: m.id,
    to: m.to_address,
    subject: m.subject,
    text: m.body_text,
    language: m.language,
    status: m.status,
    caseId: m.related_type === 'case' ? m.related_id : null,
    createdAt: m.created_at.toISOString(),
    sentAt: m.sent_at?.toISOString() ?? null,
  }));
}

/** Who opened the person or read the requester's contact details of their cases, and when. */
async function findAccess(tx: Tx, personIds: string[], caseIds: string[]) {
  const conditions = [
    ...(personIds.length ? [sql<boolean>`(a.entity_type = 'person' and a.entity_id = any(${personIds}::text[]))`] : []),
    ...(caseIds.length ? [sql<boolean>`(a.entity_type = 'case' and a.entity_id = any(${caseIds}::text[]) and a.action in ('case.requester_read', 'case.requester_update'))`] : []),
  ];
  if (!conditions.length) return [];
  const rows = await tx
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .select(['a.at', 'a.action', 'a.entity_type', 'a.entity_id', 'u.name as actor'])
    .where(sql<boolean>`(${sql.join(conditions, sql` or `)})`)
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({ at: r.at.toISOString(), action: r.action, entityType: r.entity_type, entityId: r.entity_id, actor: r.actor }));
}

export async function collectSubject(tx: Tx, ws: WorkspaceFacts, q: SubjectQuery) {
  const people = await findPeople(tx, q);
  const personIds = people.map((p) => p.id);
  const emails = [...new Set([q.email, ...people.map((p) => p.email)].filter((e): e is string => Boolean(e)))];
  const cases = await findCases(tx, ws, personIds, emails);
  const mail = await findMail(tx, emails);
  const access = await findAccess(tx, personIds, cases.map((c) => c.id));
  // The addresses data was found under (the one asked for only if it found something).
  const held = new Set([...people.map((p) => p.email), ...cases.map((c) => c.requester.email), ...mail.map((m) => m.to)]);
  return { query: { personId: q.personId ?? null }, emails: emails.filter((e) => held.has(e)), people, cases, mail, access };
}

export type Subject = Awaited<ReturnType<typeof collectSubject>>;

/** A hash that names an e-mail-only subject in the audit log without storing the address. */
export const subjectKey = (q: SubjectQuery) => q.personId ?? `email-sha256:${crypto.createHash('sha256').update(q.email ?? '').digest('hex').slice(0, 32)}`;
