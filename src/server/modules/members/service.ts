// Members: list, change role, remove. The workspace keeps at least one admin.
import { sql } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';
import type { Locale, Role } from '../../db/types.ts';
import { AppError } from '../../http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import { timeZoneOf } from '../cases/due-dates.ts';

export interface Actor {
  workspaceId: string;
  userId: string;
  requestId: string;
}

export async function getWorkspace(tx: Tx, workspaceId: string) {
  const w = await tx.selectFrom('workspaces').selectAll().where('id', '=', workspaceId).executeTakeFirst();
  if (!w) throw new AppError(404, 'problem.not_found');
  return { id: w.id, slug: w.slug, name: w.name, country: w.country, defaultLocale: w.default_locale, timeZone: timeZoneOf(w.country), isDemo: w.is_demo };
}

export async function listMembers(tx: Tx, locale: Locale) {
  const rows = await tx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.email', 'u.name', 'm.role', 'm.created_at'])
    .orderBy(sql`collate_key(u.name, ${locale})`)
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({ userId: r.id, email: r.email, name: r.name, role: r.role, since: r.created_at.toISOString() }));
}

async function adminCount(tx: Tx) {
  const r = await tx.selectFrom('memberships').select((eb) => eb.fn.countAll<number>().as('n')).where('role', '=', 'admin').executeTakeFirstOrThrow();
  return Number(r.n);
}

async function findMember(tx: Tx, userId: string) {
  const m = await tx.selectFrom('memberships').select(['user_id', 'role']).where('user_id', '=', userId).forUpdate().executeTakeFirst();
  if (!m) throw new AppError(404, 'problem.not_found');
  return m;
}

export async function changeRole(tx: Tx, actor: Actor, userId: string, role: Role) {
  const before = await findMember(tx, userId);
  if (before.role === 'admin' && role !== 'admin' && (await adminCount(tx)) <= 1) {
    throw new AppError(409, 'member.last_admin');
  }
  await tx.updateTable('memberships').set({ role }).where('user_id', '=', userId).execute();
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'member.role_change', entityType: 'membership', entityId: userId, before: { role: before.role }, after: { role } });
  return { userId, role };
}

export async function removeMember(tx: Tx, actor: Actor, userId: string) {
  const before = await findMember(tx, userId);
  if (before.role === 'admin' && (await adminCount(tx)) <= 1) throw new AppError(409, 'member.last_admin');
  await tx.deleteFrom('memberships').where('user_id', '=', userId).execute();
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'member.remove', entityType: 'membership', entityId: userId, before: { role: before.role }, after: null });
}
