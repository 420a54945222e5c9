// Project partners and the register: each partner is linked to an "EU project partnership"
// relation between our municipality and the partner organisation, made or found through the
// relations service; the relation carries the project's dates and a status that follows the
// project's. Removing a partner deletes the relation only when adding it created it.
import type { Tx } from '../../db/tenancy.ts';
import type { Locale } from '../../db/types.ts';
import { AppError } from '../../http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../members/service.ts';
import { createRelation, deleteRelation, followRelation, relationsBetween } from '../relations/service.ts';
import { relationStatusFor, type PartnerRole, type ProjectStatus } from './lifecycle.ts';
import { lockProject, type ProjectRow } from './queries.ts';
import { getProject } from './present.ts';

const PARTNERSHIP = 'eu_project_partnership';

type ProjectFacts = Pick<ProjectRow, 'id' | 'acronym' | 'status' | 'start_date' | 'end_date'>;

const relationFacts = (p: ProjectFacts) => ({ status: relationStatusFor(p.status as ProjectStatus), startDate: p.start_date, endDate: p.end_date });

/** Our own municipality in the register: every partnership runs from it. */
export async function ownOrganisation(tx: Tx) {
  const own = await tx.selectFrom('organisations').select(['id', 'name']).where('is_own', '=', true).where('merged_into', 'is', null).executeTakeFirst();
  if (!own) throw new AppError(422, 'project.no_own_organisation');
  return own;
}

/** Finds the partnership no other partner row links, or creates one. */
async function linkPartnership(tx: Tx, actor: Actor, project: ProjectFacts, ownId: string, organisationId: string) {
  const existing = await relationsBetween(tx, ownId, organisationId, PARTNERSHIP);
  if (existing.length) {
    const linked = await tx.selectFrom('project_partners').select('relation_id').where('relation_id', 'in', existing.map((r) => r.id)).execute();
    const taken = new Set(linked.map((l) => l.relation_id));
    const free = existing.find((r) => !taken.has(r.id));
    if (free) {
      await followRelation(tx, actor, free.id, relationFacts(project));
      return { relationId: free.id, created: false };
    }
  }
  const created = await createRelation(tx, actor, { fromId: ownId, toId: organisationId, type: PARTNERSHIP, ...relationFacts(project), notes: project.acronym, source: null });
  return { relationId: created.id, created: true };
}

/** The project's partnerships take its current status and dates (after a move or a change of dates). */
export async function followProject(tx: Tx, actor: Actor, project: ProjectFacts) {
  const rows = await tx.selectFrom('project_partners').select('relation_id').where('project_id', '=', project.id).where('relation_id', 'is not', null).orderBy('id').execute();
  for (const r of rows) await followRelation(tx, actor, r.relation_id!, relationFacts(project));
}

/** Deletes the relations the project's partners created (the project or the partner goes). */
export async function releasePartnerships(tx: Tx, actor: Actor, projectId: string, partnerId?: string) {
  let q = tx.selectFrom('project_partners').select('relation_id').where('project_id', '=', projectId).where('relation_created', '=', true).where('relation_id', 'is not', null);
  if (partnerId) q = q.where('id', '=', partnerId);
  for (const r of await q.execute()) await deleteRelation(tx, actor, r.relation_id!);
}

async function checkLead(tx: Tx, projectId: string, role: PartnerRole, selfId: string | null) {
  if (role !== 'lead') return;
  let q = tx.selectFrom('project_partners as pp').innerJoin('organisations as o', 'o.id', 'pp.organisation_id').select('o.name').where('pp.project_id', '=', projectId).where('pp.role', '=', 'lead');
  if (selfId) q = q.where('pp.id', '<>', selfId);
  const lead = await q.executeTakeFirst();
  if (lead) throw new AppError(422, 'problem.validation', { fields: [{ field: 'role', key: 'field.lead_exists', vars: { value: lead.name } }] });
}

/** Adds one partner to a locked project, with its partnership; returns the new row's id. */
export async function insertPartner(tx: Tx, actor: Actor, project: ProjectFacts, organisationId: string, role: PartnerRole) {
  const own = await ownOrganisation(tx);
  const org = await tx.selectFrom('organisations').select(['id', 'name']).where('id', '=', organisationId).where('merged_into', 'is', null).executeTakeFirst();
  if (!org) throw new AppError(404, 'problem.not_found');
  if (org.id === own.id) throw new AppError(422, 'problem.validation', { fields: [{ field: 'organisationId', key: 'field.partner_is_own' }] });
  const already = await tx.selectFrom('project_partners').select('id').where('project_id', '=', project.id).where('organisation_id', '=', org.id).executeTakeFirst();
  if (already) throw new AppError(422, 'problem.validation', { fields: [{ field: 'organisationId', key: 'field.partner_exists' }] });
  await checkLead(tx, project.id, role, null);
  const link = await linkPartnership(tx, actor, project, own.id, org.id);
  const row = await tx
    .insertInto('project_partners')
    .values({ workspace_id: actor.workspaceId, project_id: project.id, organisation_id: org.id, role, relation_id: link.relationId, relation_created: link.created })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, organisationId: org.id, organisation: org.name, role, relationId: link.relationId, relationCreated: link.created };
}

async function lockedProject(tx: Tx, projectId: string) {
  const p = await lockProject(tx, projectId);
  if (!p) throw new AppError(404, 'problem.not_found');
  return p;
}

/** A change of partners is a change of the project, but not of the fields its version guards. */
async function touch(tx: Tx, projectId: string, now: Date) {
  await tx.updateTable('projects').set({ updated_at: now }).where('id', '=', projectId).execute();
}

export async function addPartner(tx: Tx, actor: Actor, projectId: string, input: { organisationId: string; role: PartnerRole }, now: Date, locale: Locale) {
  const project = await lockedProject(tx, projectId);
  const added = await insertPartner(tx, actor, project, input.organisationId, input.role);
  await touch(tx, projectId, now);
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'project.partner_add', entityType: 'project', entityId: projectId, after: added });
  return getProject(tx, projectId, locale);
}

async function partnerOf(tx: Tx, projectId: string, partnerId: string) {
  const row = await tx.selectFrom('project_partners').selectAll().where('id', '=', partnerId).where('project_id', '=', projectId).executeTakeFirst();
  if (!row) throw new AppError(404, 'problem.not_found');
  return row;
}

export async function changePartnerRole(tx: Tx, actor: Actor, projectId: string, partnerId: string, role: PartnerRole, now: Date, locale: Locale) {
  await lockedProject(tx, projectId);
  const before = await partnerOf(tx, projectId, partnerId);
  if (before.role !== role) {
    await checkLead(tx, projectId, role, partnerId);
    await tx.updateTable('project_partners').set({ role }).where('id', '=', partnerId).execute();
    await touch(tx, projectId, now);
    await recordAudit(tx, {
      ...actor,
      actorId: actor.userId,
      action: 'project.partner_update',
      entityType: 'project',
      entityId: projectId,
      before: { partnerId, organisationId: before.organisation_id, role: before.role },
      after: { partnerId, organisationId: before.organisation_id, role },
    });
  }
  return getProject(tx, projectId, locale);
}

export async function removePartner(tx: Tx, actor: Actor, projectId: string, partnerId: string, now: Date, locale: Locale) {
  await lockedProject(tx, projectId);
  const before = await partnerOf(tx, projectId, partnerId);
  await releasePartnerships(tx, actor, projectId, partnerId);
  await tx.deleteFrom('project_partners').where('id', '=', partnerId).execute();
  await touch(tx, projectId, now);
  await recordAudit(tx, {
    ...actor,
    actorId: actor.userId,
    action: 'project.partner_remove',
    entityType: 'project',
    entityId: projectId,
    before: { partnerId, organisationId: before.organisation_id, role: before.role, relationId: before.relation_id, relationDeleted: before.relation_created && before.relation_id !== null },
  });
  return getProject(tx, projectId, locale);
}

/**
 * A duplicate merged into the organisation kept: its partner rows go over to the kept one (the
 * merge has already moved its relations). Where the kept organisation is a partner of the same
 * project already, that row stays and the duplicate's goes, with the partnership it created; a
 * row whose partnership the merge dropped as a twin is linked again.
 */
export async function movePartnersOnMerge(tx: Tx, actor: Actor, keptId: string, dupId: string) {
  const rows = await tx.selectFrom('project_partners').select(['id', 'project_id', 'relation_id', 'relation_created']).where('organisation_id', '=', dupId).orderBy('id').execute();
  const moved: string[] = [];
  for (const r of rows) {
    const kept = await tx.selectFrom('project_partners').select('id').where('project_id', '=', r.project_id).where('organisation_id', '=', keptId).executeTakeFirst();
    if (kept) {
      if (r.relation_created && r.relation_id) await deleteRelation(tx, actor, r.relation_id);
      await tx.deleteFrom('project_partners').where('id', '=', r.id).execute();
      continue;
    }
    let link = { relation_id: r.relation_id, relation_created: r.relation_created };
    if (!r.relation_id) {
      const project = await tx.selectFrom('projects').select(['id', 'acronym', 'status', 'start_date', 'end_date']).where('id', '=', r.project_id).executeTakeFirstOrThrow();
      const own = await ownOrganisation(tx);
      const made = await linkPartnership(tx, actor, project, own.id, keptId);
      link = { relation_id: made.relationId, relation_created: made.created };
    }
    await tx.updateTable('project_partners').set({ organisation_id: keptId, ...link }).where('id', '=', r.id).execute();
    moved.push(r.project_id);
  }
  return moved;
}
