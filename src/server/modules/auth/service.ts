// Logging in and out, the current user, profile and password. Runs as the system role: the
// user and their memberships span workspaces.
import type { Kysely } from 'kysely';
import type { DB, Locale } from '../../db/types.ts';
import { asSystem, type Tx } from '../../db/tenancy.ts';
import { AppError } from '../../http/problem.ts';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../../http/passwords.ts';
import { recordAudit } from '../audit/service.ts';
import { createSession } from '../../http/session.ts';
import type { AppDeps } from '../../http/context.ts';

export async function findLoginUser(db: Kysely<DB>, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'password_hash', 'disabled_at'])
    .where('email', '=', email)
    .executeTakeFirst();
}

/** Checks the password; returns the user id or null. Takes the same time whether or not the account exists. */
export async function checkCredentials(db: Kysely<DB>, email: string, password: string): Promise<string | null> {
  const user = await findLoginUser(db, email);
  if (!user) return verifyAgainstDummy(password).then(() => null);
  const ok = await verifyPassword(user.password_hash, password);
  return ok && !user.disabled_at ? user.id : null;
}

export async function listMyWorkspaces(tx: Tx | Kysely<DB>, userId: string) {
  const rows = await tx
    .selectFrom('memberships as m')
    .innerJoin('workspaces as w', 'w.id', 'm.workspace_id')
    .select(['w.id', 'w.slug', 'w.name', 'w.is_demo', 'm.role'])
    .where('m.user_id', '=', userId)
    .orderBy('w.name')
    .execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, role: r.role, isDemo: r.is_demo }));
}

async function auditInAllWorkspaces(tx: Tx, userId: string, action: string, before: unknown, after: unknown, requestId: string) {
  const spaces = await tx.selectFrom('memberships').select('workspace_id').where('user_id', '=', userId).execute();
  for (const s of spaces) {
    await recordAudit(tx, { workspaceId: s.workspace_id, actorId: userId, action, entityType: 'user', entityId: userId, before, after, requestId });
  }
}

export async function updateProfile(db: Kysely<DB>, userId: string, patch: { name?: string; locale?: Locale }, requestId: string) {
  return asSystem(db, async (tx) => {
    const before = await tx.selectFrom('users').select(['name', 'locale']).where('id', '=', userId).executeTakeFirstOrThrow();
    const after = await tx
      .updateTable('users')
      .set(patch)
      .where('id', '=', userId)
      .returning(['id', 'email', 'name', 'locale'])
      .executeTakeFirstOrThrow();
    await auditInAllWorkspaces(tx, userId, 'user.update', before, { name: after.name, locale: after.locale }, requestId);
    return after;
  });
}

export async function changePassword(db: Kysely<DB>, userId: string, currentSessionId: string, current: string, next: string, requestId: string) {
  const user = await db.selectFrom('users').select('password_hash').where('id', '=', userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, current))) {
    throw new AppError(422, 'problem.validation', { fields: [{ field: 'currentPassword', key: 'auth.wrong_password' }] });
  }
  const hash = await hashPassword(next);
  await asSystem(db, async (tx) => {
    await tx.updateTable('users').set({ password_hash: hash }).where('id', '=', userId).execute();
    // Every other session of this user ends: a changed password locks out whoever had the old one.
    await tx.deleteFrom('sessions').where('user_id', '=', userId).where('id', '!=', currentSessionId).execute();
    await auditInAllWorkspaces(tx, userId, 'user.password_change', null, null, requestId);
  });
}

/** Opens a session for the user; returns the cookie token and the body of GET /api/me. */
export async function startSession(deps: AppDeps, userId: string) {
  return asSystem(deps.database.db, async (tx) => {
    const { token, csrfToken } = await createSession(tx, deps, userId);
    const user = await tx.selectFrom('users').select(['id', 'email', 'name', 'locale']).where('id', '=', userId).executeTakeFirstOrThrow();
    return { token, body: { user, workspaces: await listMyWorkspaces(tx, userId), csrfToken } };
  });
}
