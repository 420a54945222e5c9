// Relations: typed, dated links between two organisations of the workspace, audited.
import type { z } from '@hono/zod-openapi';
import type { Tx } from '../../db/tenancy.ts';
import { AppError } from '../../http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../members/service.ts';
import { BUILTIN_RELATION_TYPES, type CreateRelationBody, type RelationQuery, type RelationStatus, type UpdateRelationBody } from './schema.ts';

const orgCols = (alias: 'f' | 't') =>
  [`${alias}.id as ${alias}_id`, `${alias}.name as ${alias}_name`, `${alias}.country as ${alias}_country`, `${alias}.kind as ${alias}_kind`, `${alias}.lat as ${alias}_lat`, `${alias}.lon as ${alias}_lon`] as const;

function baseQuery(tx: Tx) {
  return tx
    .selectFrom('relations as r')
    .innerJoin('organisations as f', 'f.id', 'r.from_id')
    .innerJoin('organisations as t', 't.id', 'r.to_id')
    .select(['r.id', 'r.type', 'r.status', 'r.start_date', 'r.end_date', 'r.source', 'r.notes', 'r.created_at', 'r.updated_at'])
    .select(orgCols('f'))
    .select(orgCols('t'));
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function present(r: Row) {
  const ref = (p: 'f' | 't') => ({ id: r[`${p}_id`], name: r[`${p}_name`], country: r[`${p}_country`], kind: r[`${p}_kind`], lat: r[`${p}_lat`], lon: r[`${p}_lon`] });
  return {
    id: r.id,
    from: ref('f'),
    to: ref('t'),
    type: r.type,
    status: r.status,
    startDate: r.start_date,
    endDate: r.end_date,
    source: r.source,
    notes: r.notes,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export async function getRelation(tx: Tx, id: string) {
  const r = await baseQuery(tx).where('r.id', '=', id).executeTakeFirst();
  if (!r) throw new AppError(404, 'problem.not_found');
  return present(r);
}

export async function listRelations(tx: Tx, q: z.infer<typeof RelationQuery>) {
  let query = baseQuery(tx).orderBy('r.created_at', 'desc').orderBy('r.id').limit(q.limit + 1);
  if (q.organisationId) query = query.where((eb) => eb.or([eb('r.from_id', '=', q.organisationId!), eb('r.to_id', '=', q.organisationId!)]));
  if (q.type) query = query.where('r.type', '=', q.type);
  if (q.status) query = query.where('r.status', '=', q.status);
  if (q.cursor) {
    const [at, id] = Buffer.from(q.cursor, 'base64url').toString().split('|');
    if (at && id && /^[0-9a-f-]{36}$/.test(id)) {
      const when = new Date(at);
      query = query.where((eb) => eb.or([eb('r.created_at', '<', when), eb.and([eb('r.created_at', '=', when), eb('r.id', '>', id)])]));
    }
  }
  const rows = await query.execute();
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(present),
    nextCursor: rows.length > q.limit && last ? Buffer.from(`${last.created_at.toISOString()}|${last.id}`).toString('base64url') : null,
  };
}

async function checkType(tx: Tx, type: string) {
  if ((BUILTIN_RELATION_TYPES as readonly string[]).includes(type)) return;
  const custom = await tx.selectFrom('relation_types').select('code').where('code', '=', type).executeTakeFirst();
  if (!custom) throw new AppError(422, 'problem.validation', { fields: [{ field: 'type', key: 'field.unknown_code', vars: { value: type } }] });
}

export async function createRelation(tx: Tx, actor: Actor, input: z.infer<typeof CreateRelationBody>) {
  await checkType(tx, input.type);
  const orgs = await tx.selectFrom('organisations').select('id').where('id', 'in', [input.fromId, input.toId]).where('merged_into', 'is', null).execute();
  const found = new Set(orgs.map((o) => o.id));
  const missing = (['fromId', 'toId'] as const).filter((k) => !found.has(input[k]));
  if (missing.length) throw new AppError(422, 'problem.validation', { fields: missing.map((field) => ({ field, key: 'problem.not_found' as const })) });
  const row = await tx
    .insertInto('relations')
    .values({
      workspace_id: actor.workspaceId,
      from_id: input.fromId,
      to_id: input.toId,
      type: input.type,
      status: input.status,
      start_date: input.startDate ?? null,
      end_date: input.endDate ?? null,
      source: input.source ?? null,
      notes: input.notes,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const created = await getRelation(tx, row.id);
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'relation.create', entityType: 'relation', entityId: row.id, after: created });
  return created;
}

export async function updateRelation(tx: Tx, actor: Actor, id: string, patch: z.infer<typeof UpdateRelationBody>) {
  const before = await getRelation(tx, id);
  if (patch.type) await checkType(tx, patch.type);
  const start = patch.startDate !== undefined ? patch.startDate : before.startDate;
  const end = patch.endDate !== undefined ? patch.endDate : before.endDate;
  if (start && end && end < start) throw new AppError(422, 'problem.validation', { fields: [{ field: 'endDate', key: 'field.end_before_start' }] });
  const set: Record<string, unknown> = { updated_at: new Date() };
  if (patch.type !== undefined) set.type = patch.type;
  if (patch.status !== undefined) set.status = patch.status;
  if (patch.startDate !== undefined) set.start_date = patch.startDate;
  if (patch.endDate !== undefined) set.end_date = patch.endDate;
  if (patch.source !== undefined) set.source = patch.source;
  if (patch.notes !== undefined) set.notes = patch.notes;
  await tx.updateTable('relations').set(set).where('id', '=', id).execute();
  const after = await getRelation(tx, id);
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'relation.update', entityType: 'relation', entityId: id, before, after });
  return after;
}

export async function deleteRelation(tx: Tx, actor: Actor, id: string) {
  const before = await getRelation(tx, id);
  await tx.deleteFrom('relations').where('id', '=', id).execute();
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'relation.delete', entityType: 'relation', entityId: id, before });
}

/** Relations of one type between two organisations, in either direction, oldest first. */
export async function relationsBetween(tx: Tx, a: string, b: string, type: string) {
  const rows = await baseQuery(tx)
    .where('r.type', '=', type)
    .where((eb) => eb.or([eb.and([eb('r.from_id', '=', a), eb('r.to_id', '=', b)]), eb.and([eb('r.from_id', '=', b), eb('r.to_id', '=', a)])]))
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
  return rows.map(present);
}

/**
 * Brings a relation's status and dates to the given ones, for a module whose records a relation
 * follows (a project's partnerships follow the project). Writes and audits only what differs.
 */
export async function followRelation(tx: Tx, actor: Actor, id: string, want: { status: z.infer<typeof RelationStatus>; startDate: string | null; endDate: string | null }) {
  const current = await getRelation(tx, id);
  if (current.status === want.status && current.startDate === want.startDate && current.endDate === want.endDate) return current;
  return updateRelation(tx, actor, id, want);
}
