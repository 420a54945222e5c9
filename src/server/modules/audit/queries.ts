// Reading the audit log, newest first, with a keyset cursor on the id.
import type { z } from '@hono/zod-openapi';
import type { Tx } from '../../db/tenancy.ts';
import type { AuditQuery } from './schema.ts';

export async function readAudit(tx: Tx, q: z.infer<typeof AuditQuery>) {
  let query = tx
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .select(['a.id', 'a.at', 'a.actor_id', 'u.name as actor_name', 'a.action', 'a.entity_type', 'a.entity_id', 'a.before', 'a.after', 'a.request_id'])
    .orderBy('a.id', 'desc')
    .limit(q.limit + 1);
  if (q.action) query = query.where('a.action', '=', q.action);
  if (q.entityType) query = query.where('a.entity_type', '=', q.entityType);
  if (q.entityId) query = query.where('a.entity_id', '=', q.entityId);
  if (q.actorId) query = query.where('a.actor_id', '=', q.actorId);
  if (q.from) query = query.where('a.at', '>=', new Date(q.from));
  if (q.to) query = query.where('a.at', '<', q.to.length === 10 ? new Date(new Date(q.to).getTime() + 86400_000) : new Date(q.to));
  if (q.cursor) query = query.where('a.id', '<', Number(q.cursor));
  const rows = await query.execute();
  const page = rows.slice(0, q.limit);
  const actions = await tx.selectFrom('audit_log').select('action').distinct().orderBy('action').execute();
  return {
    items: page.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actor: r.actor_id ? { id: r.actor_id, name: r.actor_name ?? '' } : null,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: r.before ?? null,
      after: r.after ?? null,
      requestId: r.request_id,
    })),
    nextCursor: rows.length > q.limit ? String(page[page.length - 1]!.id) : null,
    actions: actions.map((a) => a.action),
  };
}
