// Cases as staff handle them: register one that came by phone, visit, e-mail or chat; read and
// list; change its fields. Status changes are in transitions.ts, notes/messages/links in entries.ts.
import type { Tx } from '../../db/tenancy.ts';
import { AppError } from '../../http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../members/service.ts';
import { categoryByCode, registerByCode, unitByCode } from './categories.ts';
import { dueDate } from './due-dates.ts';
import { presentCase, presentSummary } from './present.ts';
import { caseHistory, caseLinks, caseMessages, caseNotes, findCase, listCases } from './queries.ts';
import { registerCase, todayIn, workspaceFacts, type WorkspaceFacts } from './register.ts';
import { resolveRequester } from './requester.ts';
import type { CaseFilter, CasePatch, RegisterCaseInput } from './schema.ts';
import { recordSecrecyChange } from './public-register-secrecy.ts';

const fieldError = (field: string, key: 'field.not_member' | 'problem.not_found' | 'field.required' | 'field.received_in_future' | 'field.received_too_old') =>
  new AppError(422, 'problem.validation', { fields: [{ field, key }] });

export async function checkMember(tx: Tx, userId: string, field: string) {
  const m = await tx.selectFrom('memberships').select('user_id').where('user_id', '=', userId).executeTakeFirst();
  if (!m) throw fieldError(field, 'field.not_member');
}

export async function checkOrganisations(tx: Tx, ids: string[], field: string) {
  if (!ids.length) return;
  const found = new Set((await tx.selectFrom('organisations').select('id').where('id', 'in', ids).where('merged_into', 'is', null).execute()).map((o) => o.id));
  const bad = ids.findIndex((id) => !found.has(id));
  if (bad >= 0) throw fieldError(`${field}.${bad}`, 'problem.not_found');
}

export async function getCase(tx: Tx, ws: WorkspaceFacts, id: string, now: Date) {
  const row = await findCase(tx, id);
  if (!row) throw new AppError(404, 'problem.not_found');
  const [history, notes, messages, links] = [await caseHistory(tx, id), await caseNotes(tx, id), await caseMessages(tx, id), await caseLinks(tx, id)];
  return presentCase(row, { history, notes, messages, links }, todayIn(ws, now));
}

export async function caseList(tx: Tx, actor: Actor, f: CaseFilter, now: Date) {
  const ws = await workspaceFacts(tx, actor.workspaceId);
  const today = todayIn(ws, now);
  const { rows, nextCursor } = await listCases(tx, f, actor.userId, today);
  return { items: rows.map((r) => presentSummary(r, today)), nextCursor };
}

/** A case that came in by phone, visit, e-mail, chat or letter, registered by staff. */
export async function createCase(tx: Tx, actor: Actor, input: RegisterCaseInput, now: Date) {
  const ws = await workspaceFacts(tx, actor.workspaceId);
  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
  if (receivedAt.getTime() > now.getTime() + 5 * 60_000) throw fieldError('receivedAt', 'field.received_in_future');
  if (receivedAt.getTime() < now.getTime() - 366 * 86_400_000) throw fieldError('receivedAt', 'field.received_too_old');
  if (input.secret && !input.secretReason) throw fieldError('secretReason', 'field.required');
  const register = await registerByCode(tx, ws.id, input.register, 'register');
  const category = await categoryByCode(tx, input.category, 'category');
  const unit = input.unit ? await unitByCode(tx, input.unit, 'unit') : null;
  if (input.assigneeId) await checkMember(tx, input.assigneeId, 'assigneeId');
  await checkOrganisations(tx, input.organisationIds, 'organisationIds');
  const language = input.language ?? ws.defaultLocale;
  const requester = await resolveRequester(tx, actor, ws, input.requester ?? { kind: 'other' }, language, now, 'requester.');
  if (input.sendReceipt && !requester.email) throw fieldError('requester.email', 'field.required');
  const created = await registerCase(
    tx,
    ws,
    { userId: actor.userId, requestId: actor.requestId },
    {
      register,
      channel: input.channel,
      receivedAt,
      language,
      category,
      title: input.title,
      description: input.description,
      priority: input.priority,
      unitId: unit?.id ?? null,
      assigneeId: input.assigneeId ?? null,
      requester,
      organisationIds: input.organisationIds,
      secret: input.secret,
      secretReason: input.secretReason,
    },
    now,
    input.sendReceipt ? requester.email : null,
  );
  return getCase(tx, ws, created.id, now);
}

/**
 * Changes a case's fields (send the version you read; 409 when it changed since). A new category
 * moves the due date to its response time unless a due date is given too. Giving a case that is
 * still `received` a unit or officer moves it to `assigned`.
 */
export async function updateCase(tx: Tx, actor: Actor, id: string, patch: CasePatch, now: Date) {
  const ws = await workspaceFacts(tx, actor.workspaceId);
  const before = await tx.selectFrom('cases').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!before) throw new AppError(404, 'problem.not_found');
  if (before.version !== patch.version) throw new AppError(409, 'problem.stale');
  const set: Record<string, unknown> = {};
  for (const [k, col] of [['channel', 'channel'], ['language', 'language'], ['title', 'title'], ['description', 'description'], ['priority', 'priority'], ['dueOn', 'due_on']] as const) {
    if (patch[k] !== undefined) set[col] = patch[k];
  }
  if (patch.category !== undefined) {
    const category = await categoryByCode(tx, patch.category, 'category');
    set.category_id = category.id;
    if (patch.dueOn === undefined && category.id !== before.category_id) set.due_on = dueDate(before.received_at, category.response_days, ws.country);
  }
  if (patch.unit !== undefined) set.unit_id = patch.unit === null ? null : (await unitByCode(tx, patch.unit, 'unit')).id;
  if (patch.assigneeId !== undefined) {
    if (patch.assigneeId) await checkMember(tx, patch.assigneeId, 'assigneeId');
    set.assignee_id = patch.assigneeId;
  }
  // Secrecy: marking, a new reason and unmarking each need a reason and go into the secrecy
  // history, as through the secrecy page (public-register-secrecy.ts).
  const secret = patch.secret ?? before.secret;
  const secrecyReason = patch.secretReason ?? null;
  const secrecyChanged = secret !== before.secret || (secret && patch.secretReason !== undefined && patch.secretReason !== before.secret_reason);
  if (secrecyChanged) {
    if (!secrecyReason) throw fieldError('secretReason', 'field.required');
    set.secret = secret;
    set.secret_reason = secret ? secrecyReason : null;
  }
  const assigned = (set.unit_id ?? before.unit_id) || (set.assignee_id !== undefined ? set.assignee_id : before.assignee_id);
  const becomesAssigned = before.status === 'received' && Boolean(assigned) && (patch.unit !== undefined || patch.assigneeId !== undefined);
  if (becomesAssigned) set.status = 'assigned';
  const row = await tx
    .updateTable('cases')
    .set({ ...set, updated_at: now, version: before.version + 1 })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  if (secrecyChanged) {
    await recordSecrecyChange(tx, actor, id, secret, secrecyReason!, now);
  }
  if (becomesAssigned) {
    await tx.insertInto('case_status_changes').values({ workspace_id: ws.id, case_id: id, from_status: 'received', to_status: 'assigned', at: now, actor_id: actor.userId, comment: null }).execute();
  }
  const changed = Object.keys(set);
  const pick = (r: typeof before) => Object.fromEntries(changed.map((k) => [k, (r as Record<string, unknown>)[k]]));
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'case.update', entityType: 'case', entityId: id, before: pick(before), after: pick(row) });
  return getCase(tx, ws, id, now);
}

