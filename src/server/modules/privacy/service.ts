// The GDPR requests as the routes call them: look a data subject up (with the erasure plan),
// export what is held (JSON or PDF), erase. Each is audited without the personal data itself:
// the audit entry names the subject by person id, or by a hash of the e-mail address.
import type { Tx } from '../../db/tenancy.ts';
import type { Locale } from '../../db/types.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../members/service.ts';
import { workspaceFacts } from '../cases/register.ts';
import { erasurePlan, eraseSubject } from './erasure.ts';
import { subjectPdf } from './pdf.ts';
import { collectSubject, subjectKey, type SubjectQuery } from './subject.ts';

const audit = (tx: Tx, actor: Actor, action: string, q: SubjectQuery, after: Record<string, unknown>) =>
  recordAudit(tx, { ...actor, actorId: actor.userId, action, entityType: 'data_subject', entityId: subjectKey(q), after });

export async function lookUpSubject(tx: Tx, actor: Actor, q: SubjectQuery, locale: Locale, now: Date) {
  const ws = await workspaceFacts(tx, actor.workspaceId);
  const s = await collectSubject(tx, ws, q);
  const plan = await erasurePlan(tx, ws, s, locale, now);
  await audit(tx, actor, 'privacy.lookup', q, { people: s.people.map((p) => p.id), cases: s.cases.map((c) => c.reference) });
  return {
    emails: s.emails,
    people: s.people.map((p) => ({ id: p.id, name: p.name, email: p.email, legalBasis: p.legalBasis })),
    cases: s.cases.map((c) => ({ id: c.id, reference: c.reference, title: c.title, status: c.status, receivedAt: c.receivedAt, disposedAt: c.disposedAt })),
    mail: s.mail.length,
    access: s.access.length,
    plan: { erase: plan.erase, keep: plan.keep },
  };
}

/**
 * What is held, as the JSON document, and what the PDF is drawn from. The PDF is rendered after
 * the transaction (renderPdf), so drawing it holds no database connection.
 */
export async function exportSubject(tx: Tx, actor: Actor, q: SubjectQuery, format: 'json' | 'pdf', locale: Locale, now: Date) {
  const ws = await workspaceFacts(tx, actor.workspaceId);
  const s = await collectSubject(tx, ws, q);
  await audit(tx, actor, 'privacy.export', q, { format, people: s.people.map((p) => p.id), cases: s.cases.map((c) => c.reference), mail: s.mail.length });
  const doc = {
    format: 'samverkan.data-subject/1' as const,
    generatedAt: now.toISOString(),
    workspace: ws.name,
    query: s.query,
    emails: s.emails,
    people: s.people,
    cases: s.cases,
    mail: s.mail,
    access: s.access,
  };
  return { doc, renderPdf: () => subjectPdf(s, { locale, workspace: ws.name, timeZone: ws.timeZone, now }) };
}

export async function erase(tx: Tx, actor: Actor, q: SubjectQuery, locale: Locale, now: Date) {
  const ws = await workspaceFacts(tx, actor.workspaceId);
  const s = await collectSubject(tx, ws, q);
  return eraseSubject(tx, actor, ws, q, s, locale, now);
}
