// Outgoing mail. Modules call queueMail inside their own transaction: the message is written to
// the outbox with the business change, so it exists only if that change commits, and the
// sender (sender.ts) delivers it after commit. Admins read the outbox and retry failed mail.
import { z } from 'zod';
import type { Tx } from '../../db/tenancy.ts';
import type { Locale, MailStatus } from '../../db/types.ts';
import { AppError } from '../../http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../members/service.ts';
import { countByStatus, insertMail, requeueMail, selectMail, selectOutboxPage } from './queries.ts';
import { MAIL_STATUSES } from './schema.ts';

export interface OutgoingMail {
  workspaceId: string;
  /** One recipient's address. */
  to: string;
  replyTo?: string | null;
  language: Locale;
  subject: string;
  text: string;
  html?: string | null;
  /** The template it was rendered from (renderMail sets it). */
  template?: string | null;
  /** What the mail is about, e.g. { type: 'case', id }: lets a case page list its mail. */
  related?: { type: string; id: string } | null;
  /** The user whose action sent it; null for the system. */
  createdBy?: string | null;
}

const Address = z.email().max(254);

/**
 * Queues a message in the caller's transaction; it is sent after that transaction commits and
 * never if it rolls back. With a rendered template:
 *   queueMail(tx, { workspaceId, to, related: { type: 'case', id }, ...renderMail('case.receipt', 'sv', vars) })
 */
export async function queueMail(tx: Tx, mail: OutgoingMail): Promise<{ id: string }> {
  const fields: { field: string; key: 'field.email' }[] = [];
  if (!Address.safeParse(mail.to).success) fields.push({ field: 'to', key: 'field.email' });
  if (mail.replyTo && !Address.safeParse(mail.replyTo).success) fields.push({ field: 'replyTo', key: 'field.email' });
  if (fields.length) throw new AppError(422, 'problem.validation', { fields });
  return insertMail(tx, {
    workspace_id: mail.workspaceId,
    to_address: mail.to,
    reply_to: mail.replyTo ?? null,
    // A subject is one line: a line break there would start a new mail header.
    subject: mail.subject.replace(/[\r\n]+/g, ' ').trim().slice(0, 500),
    body_text: mail.text,
    body_html: mail.html ?? null,
    language: mail.language,
    template: mail.template ?? null,
    related_type: mail.related?.type ?? null,
    related_id: mail.related?.id ?? null,
    created_by: mail.createdBy ?? null,
  });
}

type SummaryRow = NonNullable<Awaited<ReturnType<typeof selectMail>>>;

function presentSummary(r: Omit<SummaryRow, 'reply_to' | 'body_text' | 'body_html'>) {
  return {
    id: r.id,
    to: r.to_address,
    subject: r.subject,
    status: r.status,
    language: r.language,
    template: r.template,
    related: r.related_type && r.related_id ? { type: r.related_type, id: r.related_id } : null,
    attempts: r.attempts,
    lastError: r.last_error,
    createdAt: r.created_at.toISOString(),
    sentAt: r.sent_at?.toISOString() ?? null,
    nextAttemptAt: r.status === 'queued' ? r.next_attempt_at.toISOString() : null,
  };
}

function presentMessage(r: SummaryRow) {
  return { ...presentSummary(r), replyTo: r.reply_to, text: r.body_text, html: r.body_html };
}

/** The outbox, newest first, optionally one status; with the number of messages per status. */
export async function listOutbox(tx: Tx, q: { status?: MailStatus; cursor?: string; limit: number }) {
  const rows = await selectOutboxPage(tx, q);
  const page = rows.slice(0, q.limit);
  const counts = Object.fromEntries(MAIL_STATUSES.map((s) => [s, 0])) as Record<MailStatus, number>;
  for (const c of await countByStatus(tx)) counts[c.status] = Number(c.n);
  return {
    items: page.map(presentSummary),
    nextCursor: rows.length > q.limit ? String(page[page.length - 1]!.seq) : null,
    counts,
  };
}

/** One message with its body. Reading it is reading personal data, so it is audited. */
export async function showMail(tx: Tx, actor: Actor, id: string) {
  const row = await selectMail(tx, id);
  if (!row) throw new AppError(404, 'problem.not_found');
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'mail.read', entityType: 'mail', entityId: id });
  return presentMessage(row);
}

/** Puts a failed or held message back in the queue; the sender takes it on its next pass. */
export async function retryMail(tx: Tx, actor: Actor, id: string, now: Date) {
  const before = await selectMail(tx, id);
  if (!before) throw new AppError(404, 'problem.not_found');
  if (!(await requeueMail(tx, id, now))) throw new AppError(409, 'mail.not_retryable');
  await recordAudit(tx, {
    ...actor,
    actorId: actor.userId,
    action: 'mail.retry',
    entityType: 'mail',
    entityId: id,
    before: { status: before.status, attempts: before.attempts },
    after: { status: 'queued' },
  });
  return presentMessage((await selectMail(tx, id))!);
}
