// The audit trail: every write records who, when, which entity, before and after — in the
// caller's transaction, so the record and the change commit or roll back together.
import type { Tx } from '../../db/tenancy.ts';

export interface AuditEntry {
  workspaceId: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

// Secrets never enter the audit trail.
const SECRET_KEYS = new Set(['password', 'password_hash', 'passwordHash', 'token', 'token_hash', 'csrf_token']);

function scrub(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (k, v) => (SECRET_KEYS.has(k) ? undefined : v));
}

export async function recordAudit(tx: Tx, e: AuditEntry) {
  await tx
    .insertInto('audit_log')
    .values({
      workspace_id: e.workspaceId,
      actor_id: e.actorId,
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId,
      before: scrub(e.before),
      after: scrub(e.after),
      request_id: e.requestId ?? null,
    })
    .execute();
}
