// Erasure of a data subject, where no retention rule forbids it. A case is a public record kept
// under its category's rule: until its period has passed it keeps the requester's details as given
// (the answer says until when and why); a case past its period is disposed of now. The person in
// the register is deleted (their links to organisations and cases go with them), e-mail to them
// that belongs to no kept case is deleted, and old audit entries about the person lose their
// personal data. The plan is what the confirmation shows; the erasure carries out the same plan.
import { sql } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';
import type { Locale } from '../../db/types.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../members/service.ts';
import { todayIn, type WorkspaceFacts } from '../cases/register.ts';
import { disposeCases } from './dispose.ts';
import { isDue } from './retention.ts';
import { retentionOf, subjectKey, type Subject, type SubjectQuery } from './subject.ts';
import { sentence, yearsText } from './texts.ts';

/** Keys of a person's audit entries that hold personal data. */
export const PERSON_AUDIT_KEYS = ['name', 'title', 'email', 'phone', 'notes', 'language', 'organisations'];

export interface PlanItem {
  kind: 'person' | 'case' | 'mail' | 'audit';
  id: string | null;
  label: string;
  rule: 'erasable' | 'period' | 'open' | 'forever' | 'disposed' | 'with_case';
  keptUntil: string | null;
  text: string;
}

const label = (labels: Record<string, string>, locale: Locale) => labels[locale] ?? labels.sv ?? Object.values(labels)[0] ?? '';

async function auditEntriesAbout(tx: Tx, personIds: string[]) {
  if (!personIds.length) return 0;
  const r = await sql<{ n: number }>`
    select count(*)::int as n from audit_log
    where entity_type = 'person' and entity_id = any(${personIds}::text[])
      and (jsonb_typeof(before) = 'object' and before ?| ${PERSON_AUDIT_KEYS}::text[] or jsonb_typeof(after) = 'object' and after ?| ${PERSON_AUDIT_KEYS}::text[])`.execute(tx);
  return r.rows[0]?.n ?? 0;
}

/** Retention of cases that mail belongs to but that the subject did not ask (a referral to them, say). */
async function otherCases(tx: Tx, ws: WorkspaceFacts, ids: string[], today: string) {
  if (!ids.length) return new Map<string, { reference: string; kept: boolean }>();
  const rows = await tx
    .selectFrom('cases as c')
    .innerJoin('case_categories as cat', 'cat.id', 'c.category_id')
    .select(['c.id', 'c.reference', 'c.status', 'c.closed_at', 'c.disposed_at', 'cat.retention_years'])
    .where('c.id', 'in', ids)
    .execute();
  return new Map(
    rows.map((c) => {
      const r = retentionOf(c, ws);
      return [c.id, { reference: c.reference, kept: r.rule === 'forever' || r.rule === 'open' || (r.rule === 'period' && !isDue(r.keptUntil!, today)) }];
    }),
  );
}

export async function erasurePlan(tx: Tx, ws: WorkspaceFacts, s: Subject, locale: Locale, now: Date) {
  const today = todayIn(ws, now);
  const erase: PlanItem[] = [];
  const keep: PlanItem[] = [];
  for (const p of s.people) {
    erase.push({ kind: 'person', id: p.id, label: p.name, rule: 'erasable', keptUntil: null, text: sentence(locale, 'erasePerson', { name: p.name, links: p.organisations.length }) });
  }
  const audit = await auditEntriesAbout(tx, s.people.map((p) => p.id));
  if (audit) erase.push({ kind: 'audit', id: null, label: String(audit), rule: 'erasable', keptUntil: null, text: sentence(locale, 'eraseAudit', { count: audit }) });
  const keptCases = new Set<string>();
  for (const c of s.cases) {
    const vars = { reference: c.reference, category: label(c.category.labels, locale), years: c.retention.years === null ? '' : yearsText(locale, c.retention.years), date: c.retention.keptUntil ?? '' };
    const base = { kind: 'case' as const, id: c.id, label: c.reference, keptUntil: c.retention.keptUntil };
    if (c.retention.rule === 'disposed') {
      keep.push({ ...base, rule: 'disposed', text: sentence(locale, 'alreadyDisposed', { reference: c.reference, date: c.disposedAt!.slice(0, 10) }) });
    } else if (c.retention.rule === 'period' && isDue(c.retention.keptUntil!, today)) {
      erase.push({ ...base, rule: 'erasable', text: sentence(locale, 'eraseCase', { ...vars, messages: c.messages.length, notes: c.notes.length, attachments: c.attachments.length }) });
    } else {
      keptCases.add(c.id);
      const key = c.retention.rule === 'forever' ? 'keepForever' : c.retention.rule === 'open' ? 'keepOpen' : 'keepRetention';
      keep.push({ ...base, rule: c.retention.rule, text: sentence(locale, key, vars) });
    }
  }
  const mine = new Set(s.cases.map((c) => c.id));
  const others = await otherCases(tx, ws, [...new Set(s.mail.map((m) => m.caseId).filter((id): id is string => Boolean(id) && !mine.has(id!)))], today);
  const erasedMail = s.mail.filter((m) => !(m.caseId && (keptCases.has(m.caseId) || others.get(m.caseId)?.kept)));
  const byCase = new Map<string, number>();
  for (const m of s.mail) if (!erasedMail.includes(m)) byCase.set(m.caseId!, (byCase.get(m.caseId!) ?? 0) + 1);
  for (const [caseId, count] of byCase) {
    const reference = s.cases.find((c) => c.id === caseId)?.reference ?? others.get(caseId)?.reference ?? '';
    keep.push({ kind: 'mail', id: caseId, label: reference, rule: 'with_case', keptUntil: null, text: sentence(locale, 'keepMail', { count, reference }) });
  }
  for (const email of s.emails) {
    const count = erasedMail.filter((m) => m.to === email).length;
    if (count) erase.push({ kind: 'mail', id: null, label: email, rule: 'erasable', keptUntil: null, text: sentence(locale, 'eraseMail', { count, email }) });
  }
  return { today, erase, keep, mailIds: erasedMail.map((m) => m.id) };
}

export type ErasurePlan = Awaited<ReturnType<typeof erasurePlan>>;

/** Carries out the plan in the caller's transaction and audits it (counts and references only). */
export async function eraseSubject(tx: Tx, actor: Actor, ws: WorkspaceFacts, q: SubjectQuery, s: Subject, locale: Locale, now: Date) {
  const plan = await erasurePlan(tx, ws, s, locale, now);
  const due = plan.erase.filter((i) => i.kind === 'case');
  const disposed = await disposeCases(tx, due.map((i) => i.id!), new Map(due.map((i) => [i.id!, i.keptUntil!])), now);
  if (plan.mailIds.length) await tx.deleteFrom('mail_outbox').where('id', 'in', plan.mailIds).execute();
  const personIds = s.people.map((p) => p.id);
  let auditEntries = 0;
  if (personIds.length) {
    const r = await sql<{ n: number }>`select privacy_redact_audit('person', ${personIds}::text[], ${PERSON_AUDIT_KEYS}::text[]) as n`.execute(tx);
    auditEntries = r.rows[0]?.n ?? 0;
    await tx.deleteFrom('people').where('id', 'in', personIds).execute();
  }
  await recordAudit(tx, {
    ...actor,
    actorId: actor.userId,
    action: 'privacy.erase',
    entityType: 'data_subject',
    entityId: subjectKey(q),
    after: {
      people: personIds,
      disposedCases: disposed.map((d) => d.reference),
      mail: plan.mailIds.length,
      auditEntries,
      keptCases: plan.keep.filter((i) => i.kind === 'case' && i.rule !== 'disposed').map((i) => i.label),
    },
  });
  return { erased: plan.erase, kept: plan.keep };
}
