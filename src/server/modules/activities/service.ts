// The timeline of an organisation.
import type { z } from '@hono/zod-openapi';
import type { Tx } from '../../db/tenancy.ts';
import { AppError } from '../../http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../members/service.ts';
import type { CreateActivityBody } from './schema.ts';

function query(tx: Tx) {
  return tx
    .selectFrom('activities as a')
    .leftJoin('users as u', 'u.id', 'a.created_by')
    .select(['a.id', 'a.organisation_id', 'a.kind', 'a.occurred_on', 'a.title', 'a.notes', 'a.created_by', 'u.name as created_by_name', 'a.created_at']);
}

type Row = Awaited<ReturnType<ReturnType<typeof query>['executeTakeFirstOrThrow']>>;
const present = (r: Row) => ({
  id: r.id,
  organisationId: r.organisation_id,
  kind: r.kind,
  occurredOn: r.occurred_on,
  title: r.title,
  notes: r.notes,
  createdBy: r.created_by ? { id: r.created_by, name: r.created_by_name ?? '' } : null,
  createdAt: r.created_at.toISOString(),
});

export async function listActivities(tx: Tx, organisationId: string) {
  const org = await tx.selectFrom('organisations').select('id').where('id', '=', organisationId).where('merged_into', 'is', null).executeTakeFirst();
  if (!org) throw new AppError(404, 'problem.not_found');
  const rows = await query(tx).where('a.organisation_id', '=', organisationId).orderBy('a.occurred_on', 'desc').orderBy('a.created_at', 'desc').limit(500).execute();
  return { items: rows.map(present) };
}

export async function addActivity(tx: Tx, actor: Actor, organisationId: string, input: z.infer<typeof CreateActivityBody>) {
  const org = await tx.selectFrom('organisations').select('id').where('id', '=', organisationId).where('merged_into', 'is', null).executeTakeFirst();
  if (!org) throw new AppError(404, 'problem.not_found');
  const row = await tx
    .insertInto('activities')
    .values({ workspace_id: actor.workspaceId, organisation_id: organisationId, kind: input.kind, occurred_on: input.occurredOn, title: input.title, notes: input.notes, created_by: actor.userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  const created = present(await query(tx).where('a.id', '=', row.id).executeTakeFirstOrThrow());
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'activity.create', entityType: 'activity', entityId: row.id, after: created });
  return created;
}

export async function deleteActivity(tx: Tx, actor: Actor, id: string) {
  const row = await query(tx).where('a.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError(404, 'problem.not_found');
  await tx.deleteFrom('activities').where('id', '=', id).execute();
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'activity.delete', entityType: 'activity', entityId: id, before: present(row) });
}
