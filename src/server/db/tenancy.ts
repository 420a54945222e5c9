// Transactions scoped to one workspace. Every request's work runs inside `inWorkspace`: the
// transaction switches to the app role (which cannot bypass row-level security) and sets the
// workspace, so a query that forgets its `where workspace_id` still sees only this workspace.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from './types.ts';

export type Tx = Transaction<DB>;
export const APP_ROLE = 'samverkan_app';

export interface Scope {
  workspaceId: string;
  userId?: string | null;
}

export async function inWorkspace<T>(db: Kysely<DB>, scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await enterWorkspace(tx, scope);
    return fn(tx);
  });
}

/** Narrows an open transaction to one workspace under the app role, until it ends. */
export async function enterWorkspace(tx: Tx, scope: Scope) {
  await sql`select set_config('role', ${APP_ROLE}, true),
                   set_config('app.workspace_id', ${scope.workspaceId}, true),
                   set_config('app.user_id', ${scope.userId ?? ''}, true)`.execute(tx);
}

/**
 * A transaction as the owning role, for the few things that are not inside one workspace:
 * logging in, reading one's own memberships, accepting an invite by its token, migrations, the CLI.
 */
export async function asSystem<T>(db: Kysely<DB>, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}
