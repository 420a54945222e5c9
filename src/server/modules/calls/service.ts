// Calls for proposals: list, read, create, change (with the version read), delete, follow and
// unfollow, and the workspace's reminder days; validated against the workspace's programmes,
// themes and the Interreg policy objectives, audited.
import { sql } from 'kysely';
import { interregPolicyObjective } from '../../../shared/vocabularies/interreg.ts';
import type { Tx } from '../../db/tenancy.ts';
import type { Locale } from '../../db/types.ts';
import { AppError } from '../../http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../members/service.ts';
import { checkThemes, knownThemes, type FieldProblem } from '../organisations/reference.ts';
import { programmeExists } from '../projects/programmes.ts';
import { callStatus, instantOf, isTimeZone, nextDeadline } from './deadlines.ts';
import { callRow, listCallRows, lockCall, type CallRow } from './queries.ts';
import type { CallData, CallFilter, CallInput, CallPatch } from './schema.ts';

export const DEFAULT_REMINDER_DAYS = [14, 3];

export function presentCall(r: CallRow, now: Date): CallData {
  const dates = { opensOn: r.opens_on, timeZone: r.time_zone, deadlineAt: r.deadline_at, stage2DeadlineAt: r.stage2_deadline_at };
  const next = nextDeadline(dates, now);
  return {
    id: r.id,
    programme: { id: r.programme_id, name: r.programme_name, fund: r.programme_fund as CallData['programme']['fund'], code: r.programme_code },
    identifier: r.identifier,
    title: r.title,
    opensOn: r.opens_on,
    timeZone: r.time_zone,
    deadline: { local: r.deadline_local, at: r.deadline_at.toISOString() },
    stage2Deadline: r.stage2_deadline_at && r.stage2_local ? { local: r.stage2_local, at: r.stage2_deadline_at.toISOString() } : null,
    twoStage: r.stage2_deadline_at !== null,
    status: callStatus(dates, now),
    nextDeadline: next ? { stage: next.stage, at: next.at.toISOString(), local: next.stage === 1 ? r.deadline_local : r.stage2_local! } : null,
    themes: r.themes,
    policyObjectives: r.policy_objectives,
    budget: r.budget_minor !== null && r.budget_currency ? { amountMinor: Number(r.budget_minor), currency: r.budget_currency } : null,
    url: r.url,
    notes: r.notes,
    followerCount: r.follower_count,
    following: r.following,
    projectCount: r.project_count,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export async function listCalls(tx: Tx, actor: Actor, f: CallFilter, now: Date, locale: Locale) {
  const { rows, total, statusCounts } = await listCallRows(tx, f, actor.userId, now, locale);
  return { items: rows.map((r) => presentCall(r, now)), total, statusCounts };
}

export async function getCall(tx: Tx, actor: Actor, id: string, now: Date) {
  const row = await callRow(tx, id, actor.userId);
  if (!row) throw new AppError(404, 'problem.not_found');
  return presentCall(row, now);
}

type Resolved = { deadlineAt?: Date; stage2At?: Date | null };

/** Checks references and dates; returns the instants of the deadlines given. */
async function validate(tx: Tx, input: Partial<CallInput>, current: { timeZone: string; deadline: string; stage2: string | null } | null): Promise<Resolved> {
  const problems: FieldProblem[] = [];
  if (input.programmeId && !(await programmeExists(tx, input.programmeId))) problems.push({ field: 'programmeId', key: 'field.programme_not_found' });
  if (input.themes?.length) checkThemes(input.themes, await knownThemes(tx, input.themes), problems);
  input.policyObjectives?.forEach((code, i) => {
    if (!interregPolicyObjective(code)) problems.push({ field: `policyObjectives.${i}`, key: 'field.unknown_code', vars: { value: code } });
  });
  const zone = input.timeZone ?? current?.timeZone ?? 'Europe/Brussels';
  if (input.timeZone !== undefined && !isTimeZone(zone)) problems.push({ field: 'timeZone', key: 'field.time_zone_unknown', vars: { value: zone } });
  const out: Resolved = {};
  const zoneOk = isTimeZone(zone);
  const resolve = (field: 'deadline' | 'stage2Deadline', local: string) => {
    const r = instantOf(local, zone);
    if ('problem' in r) problems.push({ field, key: r.problem === 'skipped' ? 'field.time_skipped' : 'field.invalid_format', vars: { zone } });
    return 'at' in r ? r.at : undefined;
  };
  // A new zone moves both deadlines' instants: their wall times stay as published.
  const deadline = input.deadline ?? (input.timeZone !== undefined ? current?.deadline : undefined);
  const stage2 = input.stage2Deadline !== undefined ? input.stage2Deadline : input.timeZone !== undefined ? current?.stage2 : undefined;
  if (zoneOk && deadline) out.deadlineAt = resolve('deadline', deadline);
  if (zoneOk && stage2 !== undefined) out.stage2At = stage2 ? resolve('stage2Deadline', stage2) : null;
  const firstLocal = deadline ?? current?.deadline;
  const secondLocal = stage2 !== undefined ? stage2 : current?.stage2;
  if (firstLocal && secondLocal && secondLocal <= firstLocal) problems.push({ field: 'stage2Deadline', key: 'field.stage2_before_stage1' });
  if (input.opensOn && firstLocal && input.opensOn > firstLocal.slice(0, 10)) problems.push({ field: 'opensOn', key: 'field.opens_after_deadline' });
  if (problems.length) throw new AppError(422, 'problem.validation', { fields: problems });
  return out;
}

function columns(input: Partial<CallInput>, resolved: Resolved) {
  const out: Record<string, unknown> = {};
  const map: [keyof CallInput, string][] = [['programmeId', 'programme_id'], ['identifier', 'identifier'], ['title', 'title'], ['opensOn', 'opens_on'], ['timeZone', 'time_zone'], ['url', 'url'], ['notes', 'notes']];
  for (const [from, to] of map) if (input[from] !== undefined) out[to] = input[from] ?? null;
  if (resolved.deadlineAt) {
    out.deadline_at = resolved.deadlineAt;
    out.deadline_local = sql`${input.deadline ?? null}::timestamp`;
  }
  if (resolved.stage2At !== undefined) {
    out.stage2_deadline_at = resolved.stage2At;
    out.stage2_deadline_local = resolved.stage2At ? sql`${input.stage2Deadline ?? null}::timestamp` : null;
  }
  if (input.themes !== undefined) out.themes = sql`${sql.val([...new Set(input.themes)])}::text[]`;
  if (input.policyObjectives !== undefined) out.policy_objectives = sql`${sql.val([...new Set(input.policyObjectives)])}::text[]`;
  if (input.budget !== undefined) {
    out.budget_minor = input.budget?.amountMinor ?? null;
    out.budget_currency = input.budget?.currency ?? null;
  }
  return out;
}

async function sameIdentifier(tx: Tx, programmeId: string, identifier: string | null | undefined, selfId: string | null) {
  if (!identifier) return;
  let q = tx.selectFrom('calls').select('id').where('programme_id', '=', programmeId).where(sql<boolean>`lower(identifier) = lower(${identifier})`);
  if (selfId) q = q.where('id', '<>', selfId);
  if (await q.executeTakeFirst()) throw new AppError(422, 'problem.validation', { fields: [{ field: 'identifier', key: 'field.call_identifier_taken', vars: { value: identifier } }] });
}

export async function createCall(tx: Tx, actor: Actor, input: CallInput, now: Date) {
  const resolved = await validate(tx, input, null);
  await sameIdentifier(tx, input.programmeId, input.identifier, null);
  const row = await tx
    .insertInto('calls')
    .values({ workspace_id: actor.workspaceId, ...columns(input, resolved), created_by: actor.userId, created_at: now, updated_at: now } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  const created = await getCall(tx, actor, row.id, now);
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'call.create', entityType: 'call', entityId: row.id, after: created });
  return created;
}

export async function updateCall(tx: Tx, actor: Actor, id: string, patch: CallPatch, now: Date) {
  const current = await lockCall(tx, id);
  if (!current) throw new AppError(404, 'problem.not_found');
  if (current.version !== patch.version) throw new AppError(409, 'problem.stale');
  const { version: _v, ...input } = patch;
  const resolved = await validate(tx, input, { timeZone: current.time_zone, deadline: current.deadline_local, stage2: current.stage2_local });
  // The wall times written are the ones given, or the current ones under a new zone.
  const withLocals = { ...input, deadline: input.deadline ?? current.deadline_local, stage2Deadline: input.stage2Deadline !== undefined ? input.stage2Deadline : current.stage2_local };
  await sameIdentifier(tx, input.programmeId ?? current.programme_id, input.identifier, id);
  const before = await getCall(tx, actor, id, now);
  await tx.updateTable('calls').set({ ...columns(withLocals, resolved), version: current.version + 1, updated_at: now } as never).where('id', '=', id).execute();
  const after = await getCall(tx, actor, id, now);
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'call.update', entityType: 'call', entityId: id, before, after });
  return after;
}

/** Deletes a call; projects that answered it keep their programme and lose only the link. */
export async function deleteCall(tx: Tx, actor: Actor, id: string, now: Date) {
  const current = await lockCall(tx, id);
  if (!current) throw new AppError(404, 'problem.not_found');
  const before = await getCall(tx, actor, id, now);
  await tx.deleteFrom('calls').where('id', '=', id).execute();
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'call.delete', entityType: 'call', entityId: id, before });
}

/** Follows a call (idempotent): the follower gets a reminder before each deadline. */
export async function followCall(tx: Tx, actor: Actor, id: string, follow: boolean, now: Date) {
  if (!(await lockCall(tx, id))) throw new AppError(404, 'problem.not_found');
  if (follow) {
    const added = await tx.insertInto('call_followers').values({ workspace_id: actor.workspaceId, call_id: id, user_id: actor.userId, created_at: now }).onConflict((oc) => oc.columns(['call_id', 'user_id']).doNothing()).returning('user_id').executeTakeFirst();
    if (added) await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'call.follow', entityType: 'call', entityId: id });
  } else {
    const removed = await tx.deleteFrom('call_followers').where('call_id', '=', id).where('user_id', '=', actor.userId).returning('user_id').executeTakeFirst();
    if (removed) await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'call.unfollow', entityType: 'call', entityId: id });
  }
  return getCall(tx, actor, id, now);
}

export async function reminderDays(tx: Tx): Promise<number[]> {
  const row = await tx.selectFrom('call_settings').select('reminder_days').executeTakeFirst();
  return row ? row.reminder_days.map(Number) : DEFAULT_REMINDER_DAYS;
}

export async function setReminderDays(tx: Tx, actor: Actor, days: number[], now: Date) {
  const before = { reminderDays: await reminderDays(tx) };
  const sorted = [...new Set(days)].sort((a, b) => b - a);
  await tx
    .insertInto('call_settings')
    .values({ workspace_id: actor.workspaceId, reminder_days: sql`${sql.val(sorted)}::smallint[]`, updated_at: now })
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet({ reminder_days: sql`excluded.reminder_days`, updated_at: now }))
    .execute();
  const after = { reminderDays: sorted };
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'call_settings.update', entityType: 'call_settings', entityId: actor.workspaceId, before, after });
  return after;
}
