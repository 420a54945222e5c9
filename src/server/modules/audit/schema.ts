// The audit log as admins read it.
import { z } from '@hono/zod-openapi';
import { Uuid } from '../../http/openapi.ts';

export const AuditQuery = z
  .object({
    action: z.string().max(100).optional(),
    entityType: z.string().max(100).optional(),
    entityId: z.string().max(100).optional(),
    actorId: Uuid.optional(),
    from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
    to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
    cursor: z.string().regex(/^\d+$/).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .openapi('AuditQuery');

export const AuditEntry = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actor: z.object({ id: Uuid, name: z.string() }).nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
  })
  .openapi('AuditEntry');

export const AuditPage = z
  .object({ items: z.array(AuditEntry), nextCursor: z.string().nullable(), actions: z.array(z.string()) })
  .openapi('AuditPage');
