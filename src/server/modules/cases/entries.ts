// What is added to a case as it is handled: internal notes (never shown to the requester), messages
// to and from the requester, and links to organisations in the register.
import type { Tx } from '../../db/tenancy.ts';
import { AppError } from '../../http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../members/service.ts';
import { queueMail } from '../mail/service.ts';
import { htmlFromText } from '../mail/templates.ts';
import { mailLanguage } from './mail.ts';
import { workspaceFacts } from './register.ts';
import type { CaseChannel } from '../../db/types.ts';

async function touchCase(tx: Tx, id: string, now: Date) {
  const c = await tx
    .updateTable('cases')
    .set({ updated_at: now })
    .where('id', '=', id)
    .returning(['id', 'reference', 'language'])
    .executeTakeFirst();
  if (!c) throw new AppError(404, 'problem.not_found');
  return c;
}

const authorOf = async (tx: Tx, userId: string) => ({ id: userId, name: (await tx.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirst())?.name ?? '' });

export async function addNote(tx: Tx, actor: Actor, caseId: string, body: string, now: Date) {
  await touchCase(tx, caseId, now);
  const row = await tx.insertInto('case_notes').values({ workspace_id: actor.workspaceId, case_id: caseId, body, author_id: actor.userId, created_at: now }).returning('id').executeTakeFirstOrThrow();
  // The note's text is internal and may be long; the audit entry says that one was written.
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'case.note_add', entityType: 'case', entityId: caseId, after: { noteId: row.id, length: body.length } });
  return { id: row.id, body, author: await authorOf(tx, actor.userId), createdAt: now.toISOString() };
}

/**
 * Records a message to or from the requester. An outgoing e-mail is also sent (queued in this
 * transaction) to the requester's address; other channels record what was said by phone or letter.
 */
export async function addMessage(tx: Tx, actor: Actor, caseId: string, input: { direction: 'in' | 'out'; channel: CaseChannel; subject: string | null; body: string }, now: Date) {
  const c = await touchCase(tx, caseId, now);
  let recipient: string | null = null;
  if (input.direction === 'out' && input.channel === 'email') {
    const r = await tx.selectFrom('case_requesters').select('email').where('case_id', '=', caseId).executeTakeFirst();
    if (!r?.email) throw new AppError(422, 'problem.validation', { fields: [{ field: 'channel', key: 'field.requester_has_no_email' }] });
    recipient = r.email;
    const ws = await workspaceFacts(tx, actor.workspaceId);
    const language = mailLanguage(c.language, ws);
    const subject = input.subject ?? `${ws.name} – ${c.reference}`;
    await queueMail(tx, {
      workspaceId: ws.id,
      to: recipient,
      language,
      subject,
      text: input.body,
      html: htmlFromText(input.body, subject, language),
      template: 'case.message',
      related: { type: 'case', id: caseId },
      createdBy: actor.userId,
    });
  }
  const row = await tx
    .insertInto('case_messages')
    .values({ workspace_id: actor.workspaceId, case_id: caseId, direction: input.direction, kind: 'message', channel: input.channel, recipient, subject: input.subject, body: input.body, author_id: actor.userId, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'case.message_add', entityType: 'case', entityId: caseId, after: { messageId: row.id, direction: input.direction, channel: input.channel, mailed: Boolean(recipient) } });
  return {
    id: row.id,
    direction: input.direction,
    kind: 'message' as const,
    channel: input.channel,
    subject: input.subject,
    body: input.body,
    author: await authorOf(tx, actor.userId),
    createdAt: now.toISOString(),
  };
}

export async function addLink(tx: Tx, actor: Actor, caseId: string, input: { organisationId: string; note: string | null }, now: Date) {
  await touchCase(tx, caseId, now);
  const org = await tx.selectFrom('organisations').select(['id', 'name']).where('id', '=', input.organisationId).where('merged_into', 'is', null).executeTakeFirst();
  if (!org) throw new AppError(422, 'problem.validation', { fields: [{ field: 'organisationId', key: 'problem.not_found' }] });
  const row = await tx
    .insertInto('case_links')
    .values({ workspace_id: actor.workspaceId, case_id: caseId, organisation_id: org.id, note: input.note, created_by: actor.userId, created_at: now })
    .onConflict((oc) => oc.columns(['case_id', 'organisation_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) throw new AppError(409, 'problem.conflict', { fields: [{ field: 'organisationId', key: 'problem.conflict' }] });
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'case.link_add', entityType: 'case', entityId: caseId, after: { linkId: row.id, organisationId: org.id } });
  return { id: row.id, type: 'organisation' as const, organisation: { id: org.id, name: org.name }, note: input.note, createdAt: now.toISOString() };
}

export async function removeLink(tx: Tx, actor: Actor, caseId: string, linkId: string, now: Date) {
  await touchCase(tx, caseId, now);
  const row = await tx.deleteFrom('case_links').where('id', '=', linkId).where('case_id', '=', caseId).returning(['id', 'organisation_id']).executeTakeFirst();
  if (!row) throw new AppError(404, 'problem.not_found');
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'case.link_remove', entityType: 'case', entityId: caseId, before: { linkId: row.id, organisationId: row.organisation_id } });
}
