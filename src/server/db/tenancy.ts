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
  // BEGIN and the settings travel as one statement batch: one round trip fewer on every request.
  // The ids are checked to be UUIDs, so writing them into the SQL text is safe.
  const begin = `begin; ${scopeSettings(scope)}`;
  return db.connection().execute(async (conn) => {
    await sql.raw(begin).execute(conn);
    let result: T;
    try {
      result = await fn(conn as unknown as Tx);
    } catch (err) {
      await sql.raw('rollback').execute(conn).catch(() => undefined);
      throw err;
    }
    await sql.raw('commit').execute(conn);
    return result;
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A request's work runs without parallel workers and without JIT (decision 014): requests are
 * short and many at a time; on two cores a parallel plan made the partner search 1.8 times slower,
 * and no request runs long enough to gain from compiling. Set here, per transaction, so that it
 * holds behind a connection pooler too.
 */
const REQUEST_SETTINGS = `set_config('max_parallel_workers_per_gather', '0', true), set_config('jit', 'off', true)`;

function scopeSettings(scope: Scope) {
  if (!UUID.test(scope.workspaceId) || (scope.userId && !UUID.test(scope.userId))) throw new Error('workspace and user ids must be UUIDs');
  return `select set_config('role', '${APP_ROLE}', true), set_config('app.workspace_id', '${scope.workspaceId}', true), set_config('app.user_id', '${scope.userId ?? ''}', true), ${REQUEST_SETTINGS}`;
}

/** Narrows an open transaction to one workspace under the app role, until it ends. */
export async function enterWorkspace(tx: Tx, scope: Scope) {
  await sql.raw(scopeSettings(scope)).execute(tx);
}

/**
 * A transaction as the owning role, for the few things that are not inside one workspace:
 * logging in, reading one's own memberships, accepting an invite by its token, migrations, the CLI.
 */
export async function asSystem<T>(db: Kysely<DB>, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}
