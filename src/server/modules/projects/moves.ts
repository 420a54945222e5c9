// Moving a project through its lifecycle, and reopening a rejected or withdrawn one as a new
// idea. A move is dated (today in the workspace's time zone unless given; never before the
// previous move, never in the future), kept in the history, and carried over to the partners'
// relations. A refused move says, in the caller's language, where the project is and may go.
import type { Tx } from '../../db/tenancy.ts';
import type { Locale } from '../../db/types.ts';
import { AppError } from '../../http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import { todayIn, workspaceFacts } from '../cases/register.ts';
import type { Actor } from '../members/service.ts';
import { canMove, canReopen, MOVES, moveVars, type OurRole, type PartnerRole, type ProjectStatus } from './lifecycle.ts';
import { followProject, insertPartner } from './partners.ts';
import { getProject } from './present.ts';
import { lockProject } from './queries.ts';
import type { MoveInput } from './schema.ts';
import { insertProject } from './service.ts';

const dateProblem = (key: 'field.date_in_future' | 'field.before_previous_move', value?: string) =>
  new AppError(422, 'problem.validation', { fields: [{ field: 'on', key, vars: value ? { value } : undefined }] });

export async function moveProject(tx: Tx, actor: Actor, id: string, input: MoveInput, now: Date, locale: Locale) {
  const p = await lockProject(tx, id);
  if (!p) throw new AppError(404, 'problem.not_found');
  const from = p.status as ProjectStatus;
  const to = input.to;
  if (!canMove(from, to)) {
    const key = MOVES[from].length ? 'field.project_move' : 'field.project_move_end';
    throw new AppError(422, 'project.move_forbidden', { fields: [{ field: 'to', key, vars: moveVars(from, to, locale) }] });
  }
  const today = todayIn(await workspaceFacts(tx, actor.workspaceId), now);
  const on = input.on ?? today;
  if (on > today) throw dateProblem('field.date_in_future');
  if (on < p.status_date) throw dateProblem('field.before_previous_move', p.status_date);
  await tx.updateTable('projects').set({ status: to, status_date: on, version: p.version + 1, updated_at: now }).where('id', '=', id).execute();
  await tx.insertInto('project_status_changes').values({ workspace_id: actor.workspaceId, project_id: id, from_status: from, to_status: to, changed_on: on, note: input.note, actor_id: actor.userId }).execute();
  await followProject(tx, actor, { ...p, status: to });
  await recordAudit(tx, {
    ...actor,
    actorId: actor.userId,
    action: 'project.move',
    entityType: 'project',
    entityId: id,
    before: { status: from, statusDate: p.status_date },
    after: { status: to, statusDate: on, note: input.note },
  });
  return getProject(tx, id, locale);
}

/** A new idea with the old project's content and partners; the old project stays as it was. */
export async function reopenProject(tx: Tx, actor: Actor, id: string, now: Date, locale: Locale) {
  const p = await lockProject(tx, id);
  if (!p) throw new AppError(404, 'problem.not_found');
  if (!canReopen(p.status as ProjectStatus)) throw new AppError(422, 'project.reopen_forbidden');
  const partners = await tx.selectFrom('project_partners').select(['organisation_id', 'role']).where('project_id', '=', id).orderBy('created_at').orderBy('id').execute();
  const newId = await insertProject(
    tx,
    actor,
    { acronym: p.acronym, title: p.title, summary: p.summary, programmeId: p.programme_id, themes: p.themes, sdgs: p.sdgs, ourRole: p.our_role as OurRole, officerId: p.officer_id, startDate: null, endDate: null },
    now,
    id,
  );
  const fresh = { id: newId, acronym: p.acronym, status: 'idea' as const, start_date: null, end_date: null };
  const added = [];
  for (const partner of partners) {
    // A partner merged into another since is left out; the rest come along with new partnerships.
    const org = await tx.selectFrom('organisations').select('id').where('id', '=', partner.organisation_id).where('merged_into', 'is', null).where('is_own', '=', false).executeTakeFirst();
    if (org) added.push(await insertPartner(tx, actor, fresh, partner.organisation_id, partner.role as PartnerRole));
  }
  const created = await getProject(tx, newId, locale);
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'project.reopen', entityType: 'project', entityId: newId, after: { ...created, reopenedFrom: { id, acronym: p.acronym }, partnersAdded: added.length } });
  return created;
}
