// Moving a case through its workflow. The case row is locked, the transition checked against
// workflow.ts (a refused one is a 409 in the caller's language, saying where the case can go), and
// what the new status needs is done in the same transaction: an assignee, the partner and the
// referral mail, the answer mail, the retention date on closing. Every move is in the history.
import type { Tx } from '../../db/tenancy.ts';
import type { Locale } from '../../db/types.ts';
import { AppError } from '../../http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../members/service.ts';
import { unitByCode } from './categories.ts';
import { addYears } from './due-dates.ts';
import { queueCaseAnswer, queueReferralNotice, queueReferralToPartner } from './mail.ts';
import { lockCase } from './queries.ts';
import { todayIn, workspaceFacts } from './register.ts';
import type { TransitionInput } from './schema.ts';
import { checkMember, getCase } from './service.ts';
import { canMove, isReopening, transitionVars } from './workflow.ts';

const fieldError = (field: string, key: 'field.assignment_required' | 'field.required' | 'problem.not_found' | 'field.requester_has_no_email') =>
  new AppError(422, 'problem.validation', { fields: [{ field, key }] });

async function requesterOf(tx: Tx, caseId: string) {
  return tx.selectFrom('case_requesters').selectAll().where('case_id', '=', caseId).executeTakeFirstOrThrow();
}

async function officerName(tx: Tx, userId: string) {
  return (await tx.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirst())?.name ?? '';
}

/** What the partner reads: the question, who asked and how to reach them, and the officer's note. */
function referralText(c: { title: string; description: string }, r: Awaited<ReturnType<typeof requesterOf>>, comment: string | null) {
  const who = [r.name, r.organisation_name, r.email, r.phone].filter(Boolean).join(', ');
  return [c.title, c.description, who, comment].filter((s) => s && s.trim()).join('\n\n');
}

export async function moveCase(tx: Tx, actor: Actor, id: string, input: TransitionInput, now: Date, locale: Locale) {
  const ws = await workspaceFacts(tx, actor.workspaceId);
  const c = await lockCase(tx, id);
  if (!c) throw new AppError(404, 'problem.not_found');
  const from = c.status;
  const to = input.status;
  if (!canMove(from, to)) {
    throw new AppError(409, 'case.transition_forbidden', { fields: [{ field: 'status', key: 'field.case_transition', vars: transitionVars(from, locale) }] });
  }
  let unitId = c.unit_id;
  let assigneeId = c.assignee_id;
  if (input.unit) unitId = (await unitByCode(tx, input.unit, 'unit')).id;
  if (input.assigneeId) {
    await checkMember(tx, input.assigneeId, 'assigneeId');
    assigneeId = input.assigneeId;
  }
  const set: Record<string, unknown> = { status: to, updated_at: now, version: c.version + 1 };
  const mail = { ws, caseId: id, reference: c.reference, language: c.language, authorId: actor.userId };
  let referredToId = c.referred_to_id;

  if (to === 'assigned' && !unitId && !assigneeId) throw fieldError('unit', 'field.assignment_required');
  // Starting work on a case nobody holds: the one who starts it takes it.
  if (to === 'in_progress' && !assigneeId) assigneeId = actor.userId;
  if (to === 'referred') {
    if (!input.referredToId) throw fieldError('referredToId', 'field.required');
    const partner = await tx.selectFrom('organisations').select(['id', 'name']).where('id', '=', input.referredToId).where('merged_into', 'is', null).executeTakeFirst();
    if (!partner) throw fieldError('referredToId', 'problem.not_found');
    referredToId = partner.id;
    await tx
      .insertInto('case_links')
      .values({ workspace_id: ws.id, case_id: id, organisation_id: partner.id, note: null, created_by: actor.userId, created_at: now })
      .onConflict((oc) => oc.columns(['case_id', 'organisation_id']).doNothing())
      .execute();
    const requester = await requesterOf(tx, id);
    if (requester.email) await queueReferralNotice(tx, mail, requester.email, partner.name);
    if (input.partnerEmail) {
      await queueReferralToPartner(tx, mail, input.partnerEmail, partner.name, referralText(c, requester, input.comment), await officerName(tx, actor.userId));
    }
  }
  if (to === 'answered') {
    set.answered_at = c.answered_at ?? now;
    if (input.answer) {
      const requester = await requesterOf(tx, id);
      if (!requester.email) throw fieldError('answer', 'field.requester_has_no_email');
      await queueCaseAnswer(tx, mail, requester.email, input.answer, await officerName(tx, actor.userId));
    }
  }
  if (to === 'closed') {
    set.closed_at = now;
    const category = await tx.selectFrom('case_categories').select('retention_years').where('id', '=', c.category_id).executeTakeFirstOrThrow();
    set.dispose_after = category.retention_years === null ? null : addYears(todayIn(ws, now), category.retention_years);
  }
  if (isReopening(from, to)) {
    set.closed_at = null;
    set.dispose_after = null;
  }
  set.unit_id = unitId;
  set.assignee_id = assigneeId;
  set.referred_to_id = referredToId;
  await tx.updateTable('cases').set(set).where('id', '=', id).execute();
  await tx.insertInto('case_status_changes').values({ workspace_id: ws.id, case_id: id, from_status: from, to_status: to, at: now, actor_id: actor.userId, comment: input.comment }).execute();
  await recordAudit(tx, {
    ...actor,
    actorId: actor.userId,
    action: 'case.status_change',
    entityType: 'case',
    entityId: id,
    before: { status: from, unitId: c.unit_id, assigneeId: c.assignee_id, referredToId: c.referred_to_id },
    after: { status: to, unitId, assigneeId, referredToId, answered: Boolean(input.answer), partnerMailed: Boolean(to === 'referred' && input.partnerEmail) },
  });
  return getCase(tx, ws, id, now);
}
