// Projects: the portfolio list, create, change (with the version read) and delete, validated
// against the workspace's programmes, themes and members, audited. A change of dates carries over
// to the partners' relations; deleting a project deletes the relations its partners created.
import { sql } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';
import type { Locale } from '../../db/types.ts';
import { AppError } from '../../http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import { todayIn, workspaceFacts } from '../cases/register.ts';
import type { Actor } from '../members/service.ts';
import { checkThemes, knownMembers, knownThemes, type FieldProblem } from '../organisations/reference.ts';
import { followProject, releasePartnerships } from './partners.ts';
import { getProject, presentSummary } from './present.ts';
import { programmeExists } from './programmes.ts';
import { PREPARATION_STATUSES, RUNNING_STATUSES } from './lifecycle.ts';
import { listProjectRows, lockProject } from './queries.ts';
import type { ProjectFilter, ProjectInput, ProjectPatch } from './schema.ts';

export async function listProjects(tx: Tx, f: ProjectFilter, locale: Locale) {
  const { rows, total, statusCounts } = await listProjectRows(tx, f, locale);
  return { items: rows.map(presentSummary), total, statusCounts };
}

/** The start page's figures: projects in all, under way (approved to final report) and in preparation (idea to submitted). */
export async function portfolioFigures(tx: Tx) {
  const row = await tx
    .selectFrom('projects')
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`count(*) filter (where status = any(${sql.val([...RUNNING_STATUSES])}::text[]))::int`.as('running'),
      sql<number>`count(*) filter (where status = any(${sql.val([...PREPARATION_STATUSES])}::text[]))::int`.as('preparing'),
    ])
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), running: Number(row.running), inPreparation: Number(row.preparing) };
}

/**
 * `current` the project's programme and call before a change: a call must be one of the programme
 * the project has after it (a new programme leaves the old call refused, in words).
 */
async function validate(tx: Tx, input: Partial<ProjectInput>, current: { programme_id: string | null; call_id: string | null } | null = null) {
  const problems: FieldProblem[] = [];
  if (input.programmeId && !(await programmeExists(tx, input.programmeId))) problems.push({ field: 'programmeId', key: 'field.programme_not_found' });
  const callId = input.callId !== undefined ? input.callId : (current?.call_id ?? null);
  if (callId) {
    const programmeId = input.programmeId !== undefined ? input.programmeId : (current?.programme_id ?? null);
    const call = await tx.selectFrom('calls').select('programme_id').where('id', '=', callId).executeTakeFirst();
    if (!call) problems.push({ field: 'callId', key: 'field.call_not_found' });
    else if (call.programme_id !== programmeId) problems.push({ field: 'callId', key: 'field.call_other_programme' });
  }
  if (input.themes?.length) checkThemes(input.themes, await knownThemes(tx, input.themes), problems);
  if (input.officerId && !(await knownMembers(tx, [input.officerId])).has(input.officerId)) problems.push({ field: 'officerId', key: 'field.not_member' });
  if (problems.length) throw new AppError(422, 'problem.validation', { fields: problems });
}

/** The table's columns for an input; shared by create, change and reopen. */
export function projectColumns(input: Partial<ProjectInput>) {
  const out: Record<string, unknown> = {};
  const map: [keyof ProjectInput, string][] = [
    ['acronym', 'acronym'], ['title', 'title'], ['summary', 'summary'], ['programmeId', 'programme_id'], ['callId', 'call_id'],
    ['startDate', 'start_date'], ['endDate', 'end_date'], ['ourRole', 'our_role'], ['officerId', 'officer_id'],
  ];
  for (const [from, to] of map) if (input[from] !== undefined) out[to] = input[from] ?? null;
  if (input.themes !== undefined) out.themes = sql`${sql.val([...new Set(input.themes)])}::text[]`;
  if (input.sdgs !== undefined) out.sdgs = sql`${sql.val([...new Set(input.sdgs)].sort((a, b) => a - b))}::int[]`;
  return out;
}

/** Writes a new project in status idea, dated today, with its first history entry. */
export async function insertProject(tx: Tx, actor: Actor, input: ProjectInput, now: Date, reopenedFrom: string | null = null) {
  const today = todayIn(await workspaceFacts(tx, actor.workspaceId), now);
  const row = await tx
    .insertInto('projects')
    .values({ workspace_id: actor.workspaceId, ...projectColumns(input), status: 'idea', status_date: today, reopened_from: reopenedFrom, created_by: actor.userId, created_at: now, updated_at: now } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx.insertInto('project_status_changes').values({ workspace_id: actor.workspaceId, project_id: row.id, from_status: null, to_status: 'idea', changed_on: today, note: '', actor_id: actor.userId }).execute();
  return row.id;
}

export async function createProject(tx: Tx, actor: Actor, input: ProjectInput, now: Date, locale: Locale) {
  await validate(tx, input);
  const id = await insertProject(tx, actor, input, now);
  const created = await getProject(tx, id, locale);
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'project.create', entityType: 'project', entityId: id, after: created });
  return created;
}

export async function updateProject(tx: Tx, actor: Actor, id: string, patch: ProjectPatch, now: Date, locale: Locale) {
  const current = await lockProject(tx, id);
  if (!current) throw new AppError(404, 'problem.not_found');
  if (current.version !== patch.version) throw new AppError(409, 'problem.stale');
  const { version: _v, ...input } = patch;
  const start = input.startDate !== undefined ? input.startDate : current.start_date;
  const end = input.endDate !== undefined ? input.endDate : current.end_date;
  if (start && end && end < start) throw new AppError(422, 'problem.validation', { fields: [{ field: 'endDate', key: 'field.end_before_start' }] });
  await validate(tx, input, current);
  const before = await getProject(tx, id, locale);
  await tx.updateTable('projects').set({ ...projectColumns(input), version: current.version + 1, updated_at: now } as never).where('id', '=', id).execute();
  if (start !== current.start_date || end !== current.end_date) {
    await followProject(tx, actor, { ...current, start_date: start ?? null, end_date: end ?? null });
  }
  const after = await getProject(tx, id, locale);
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'project.update', entityType: 'project', entityId: id, before, after });
  return after;
}

export async function deleteProject(tx: Tx, actor: Actor, id: string, locale: Locale) {
  const current = await lockProject(tx, id);
  if (!current) throw new AppError(404, 'problem.not_found');
  const before = await getProject(tx, id, locale);
  await releasePartnerships(tx, actor, id);
  await tx.deleteFrom('projects').where('id', '=', id).execute();
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'project.delete', entityType: 'project', entityId: id, before });
}
