// Invitations: created by an admin, accepted by following the link. The link carries a random
// token; only its SHA-256 is stored. Accepting creates the account (or asks for the existing
// account's password) and the membership, in one transaction.
import type { Kysely } from 'kysely';
import type { DB, Role } from '../../db/types.ts';
import { asSystem, type Tx } from '../../db/tenancy.ts';
import { AppError } from '../../http/problem.ts';
import { hashPassword, verifyPassword } from '../../http/passwords.ts';
import { randomToken, sha256 } from '../../http/session.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../members/service.ts';

type InviteRow = { id: string; email: string; role: Role; created_at: Date; expires_at: Date; accepted_at: Date | null; revoked_at: Date | null; invited_by_name: string | null };

function present(r: InviteRow, now: Date) {
  const status = r.accepted_at ? 'accepted' : r.revoked_at ? 'revoked' : r.expires_at <= now ? 'expired' : 'pending';
  return {
    id: r.id,
    email: r.email,
    role: r.role,
    status: status as 'pending' | 'accepted' | 'revoked' | 'expired',
    createdAt: r.created_at.toISOString(),
    expiresAt: r.expires_at.toISOString(),
    invitedBy: r.invited_by_name,
  };
}

const inviteColumns = ['i.id', 'i.email', 'i.role', 'i.created_at', 'i.expires_at', 'i.accepted_at', 'i.revoked_at', 'u.name as invited_by_name'] as const;

export async function listInvites(tx: Tx, now: Date) {
  const rows = await tx
    .selectFrom('invites as i')
    .leftJoin('users as u', 'u.id', 'i.invited_by')
    .select(inviteColumns)
    .orderBy('i.created_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => present(r, now));
}

export async function createInvite(tx: Tx, actor: Actor, input: { email: string; role: Role }, now: Date, days: number) {
  const existing = await tx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('u.id')
    .where('u.email', '=', input.email)
    .executeTakeFirst();
  if (existing) throw new AppError(409, 'invite.already_member', { fields: [{ field: 'email', key: 'invite.already_member' }] });
  const token = randomToken();
  const row = await tx
    .insertInto('invites')
    .values({
      workspace_id: actor.workspaceId,
      email: input.email,
      role: input.role,
      token_hash: sha256(token),
      invited_by: actor.userId,
      created_at: now,
      expires_at: new Date(now.getTime() + days * 86400_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'invite.create', entityType: 'invite', entityId: row.id, after: input });
  const full = await tx.selectFrom('invites as i').leftJoin('users as u', 'u.id', 'i.invited_by').select(inviteColumns).where('i.id', '=', row.id).executeTakeFirstOrThrow();
  return { ...present(full, now), token };
}

export async function revokeInvite(tx: Tx, actor: Actor, inviteId: string, now: Date) {
  const row = await tx
    .updateTable('invites')
    .set({ revoked_at: now })
    .where('id', '=', inviteId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .returning(['id', 'email', 'role'])
    .executeTakeFirst();
  if (!row) throw new AppError(404, 'problem.not_found');
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'invite.revoke', entityType: 'invite', entityId: inviteId, before: { email: row.email, role: row.role }, after: { revoked: true } });
}

async function findOpenInvite(tx: Tx | Kysely<DB>, token: string, now: Date) {
  const row = await tx
    .selectFrom('invites as i')
    .innerJoin('workspaces as w', 'w.id', 'i.workspace_id')
    .leftJoin('users as u', 'u.email', 'i.email')
    .select(['i.id', 'i.workspace_id', 'i.email', 'i.role', 'w.name as workspace_name', 'u.id as user_id', 'u.password_hash'])
    .where('i.token_hash', '=', sha256(token))
    .where('i.accepted_at', 'is', null)
    .where('i.revoked_at', 'is', null)
    .where('i.expires_at', '>', now)
    .executeTakeFirst();
  if (!row) throw new AppError(410, 'invite.invalid');
  return row;
}

export async function previewInvite(db: Kysely<DB>, token: string, now: Date) {
  const r = await findOpenInvite(db, token, now);
  return { workspaceName: r.workspace_name, email: r.email, role: r.role, existingUser: !!r.user_id };
}

/** Accepts an invite: a new account gets name + password; an existing account proves its password. */
export async function acceptInvite(db: Kysely<DB>, token: string, input: { name?: string; password: string }, now: Date, requestId: string) {
  const pre = await findOpenInvite(db, token, now);
  let newHash: string | null = null;
  if (pre.user_id) {
    if (!(await verifyPassword(pre.password_hash!, input.password))) {
      throw new AppError(422, 'problem.validation', { fields: [{ field: 'password', key: 'auth.wrong_password' }] });
    }
  } else {
    const fields: { field: string; key: 'field.required' | 'field.password_weak' }[] = [];
    if (!input.name) fields.push({ field: 'name', key: 'field.required' });
    if (input.password.length < 10) fields.push({ field: 'password', key: 'field.password_weak' });
    if (fields.length) throw new AppError(422, 'problem.validation', { fields });
    newHash = await hashPassword(input.password);
  }
  return asSystem(db, async (tx) => {
    // Lock the invite row so two clicks on the link cannot both accept it.
    const inv = await tx.selectFrom('invites').select(['id', 'accepted_at']).where('id', '=', pre.id).forUpdate().executeTakeFirstOrThrow();
    if (inv.accepted_at) throw new AppError(410, 'invite.invalid');
    let userId = pre.user_id;
    if (!userId) {
      const u = await tx
        .insertInto('users')
        .values({ email: pre.email, name: input.name!, password_hash: newHash! })
        .onConflict((oc) => oc.column('email').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!u) throw new AppError(410, 'invite.invalid');
      userId = u.id;
    }
    await tx
      .insertInto('memberships')
      .values({ workspace_id: pre.workspace_id, user_id: userId, role: pre.role })
      .onConflict((oc) => oc.columns(['workspace_id', 'user_id']).doNothing())
      .execute();
    await tx.updateTable('invites').set({ accepted_at: now, accepted_by: userId }).where('id', '=', pre.id).execute();
    await recordAudit(tx, {
      workspaceId: pre.workspace_id,
      actorId: userId,
      action: 'invite.accept',
      entityType: 'membership',
      entityId: userId,
      after: { email: pre.email, role: pre.role },
      requestId,
    });
    return userId;
  });
}
