// The usual shape of a workspace handler: check the role, open the workspace transaction, and
// hand the service its transaction and the acting user.
import type { Context } from 'hono';
import type { AppDeps, AppEnv } from './context.ts';
import { requireRole } from './session.ts';
import { inWorkspace, type Tx } from '../db/tenancy.ts';
import type { Role } from '../db/types.ts';
import type { Actor } from '../modules/members/service.ts';

export function inScope<T>(c: Context<AppEnv>, deps: AppDeps, min: Role, fn: (tx: Tx, actor: Actor) => Promise<T>): Promise<T> {
  const scope = requireRole(c, min);
  const actor: Actor = { workspaceId: scope.workspaceId, userId: scope.userId, requestId: c.get('requestId') };
  return inWorkspace(deps.database.db, scope, (tx) => fn(tx, actor));
}
