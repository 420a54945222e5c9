// Secrecy marking of a case (sekretessmarkering): what the public register hides. Marking and
// removing the marking each need a reason; both are kept in the case's secrecy history and the
// audit log. Marking a case that is already secret records the new reason.
import type { Tx } from '../../db/tenancy.ts';
import { AppError } from '../../http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../members/service.ts';
import type { SecrecyInput } from './public-register-schema.ts';

export async function caseSecrecy(tx: Tx, caseId: string) {
  const c = await tx.selectFrom('cases').select(['id', 'secret', 'secret_reason', 'version']).where('id', '=', caseId).executeTakeFirst();
  if (!c) throw new AppError(404, 'problem.not_found');
  const history = await tx
    .selectFrom('case_secrecy_changes as s')
    .leftJoin('users as u', 'u.id', 's.actor_id')
    .select(['s.secret', 's.reason', 's.actor_id', 'u.name as actor_name', 's.at'])
    .where('s.case_id', '=', caseId)
    .orderBy('s.id', 'desc')
    .execute();
  return {
    caseId: c.id,
    secret: c.secret,
    reason: c.secret_reason,
    version: c.version,
    history: history.map((h) => ({ secret: h.secret, reason: h.reason, actor: h.actor_id ? { id: h.actor_id, name: h.actor_name ?? '' } : null, at: h.at.toISOString() })),
  };
}

/** One line of a case's secrecy history: marked or unmarked, why, by whom, when. */
export async function recordSecrecyChange(tx: Tx, actor: Actor, caseId: string, secret: boolean, reason: string, at: Date) {
  await tx.insertInto('case_secrecy_changes').values({ workspace_id: actor.workspaceId, case_id: caseId, secret, reason, actor_id: actor.userId, at }).execute();
}

export async function changeSecrecy(tx: Tx, actor: Actor, caseId: string, input: SecrecyInput, now: Date) {
  const before = await tx.selectFrom('cases').select(['id', 'secret', 'secret_reason', 'version']).where('id', '=', caseId).forUpdate().executeTakeFirst();
  if (!before) throw new AppError(404, 'problem.not_found');
  if (!input.secret && !before.secret) throw new AppError(409, 'case.secrecy_unchanged');
  await tx
    .updateTable('cases')
    .set({ secret: input.secret, secret_reason: input.secret ? input.reason : null, version: before.version + 1, updated_at: now })
    .where('id', '=', caseId)
    .execute();
  await recordSecrecyChange(tx, actor, caseId, input.secret, input.reason, now);
  await recordAudit(tx, {
    ...actor,
    actorId: actor.userId,
    action: input.secret ? 'case.secrecy_mark' : 'case.secrecy_unmark',
    entityType: 'case',
    entityId: caseId,
    before: { secret: before.secret, secretReason: before.secret_reason },
    after: { secret: input.secret, secretReason: input.secret ? input.reason : null, reason: input.reason },
  });
  return caseSecrecy(tx, caseId);
}
