// The partner's side of a referral: the page behind the personal link, without logging in. The
// referral is found by the hash of the token and the workspace's public address together (as the
// owning role: there is no session to say which workspace), so a token only works under the
// address of the workspace that made it. Confirming receipt is recorded once, with the name the
// partner gives, and audited in that workspace.
import type { Kysely } from 'kysely';
import type { DB, Locale } from '../../db/types.ts';
import { asSystem, enterWorkspace, type Tx } from '../../db/tenancy.ts';
import { AppError } from '../../http/problem.ts';
import { sha256 } from '../../http/session.ts';
import { recordAudit } from '../audit/service.ts';
import { timeZoneOf } from './due-dates.ts';
import { publicTitle } from './public-register-service.ts';
import type { ConfirmInput } from './referral-schema.ts';

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

async function openReferral(tx: Tx, slug: string, token: string, lock = false) {
  if (!TOKEN.test(token)) throw new AppError(404, 'problem.not_found');
  let q = tx
    .selectFrom('case_referrals as f')
    .innerJoin('workspaces as w', 'w.id', 'f.workspace_id')
    .select(['f.id', 'f.workspace_id', 'f.case_id', 'f.organisation_id', 'f.organisation_name', 'f.language', 'f.created_at', 'f.expires_at', 'f.confirmed_at', 'f.confirmed_name', 'w.name as workspace_name', 'w.slug', 'w.country'])
    .where('f.token_hash', '=', sha256(token))
    .where('w.slug', '=', slug);
  if (lock) q = q.forUpdate('f');
  const r = await q.executeTakeFirst();
  if (!r) throw new AppError(404, 'problem.not_found');
  return r;
}

type Opened = Awaited<ReturnType<typeof openReferral>>;

async function present(tx: Tx, r: Opened, locale: Locale, confirmed: { at: Date; name: string } | null) {
  await enterWorkspace(tx, { workspaceId: r.workspace_id });
  const c = await tx.selectFrom('cases').select(['reference']).where('id', '=', r.case_id).executeTakeFirstOrThrow();
  return {
    workspace: { name: r.workspace_name, slug: r.slug, timeZone: timeZoneOf(r.country) },
    reference: c.reference,
    title: await publicTitle(tx, r.case_id, locale),
    partner: r.organisation_name,
    language: r.language,
    referredAt: r.created_at.toISOString(),
    expiresAt: r.expires_at.toISOString(),
    status: (confirmed ? 'confirmed' : 'pending') as 'pending' | 'confirmed',
    receipt: confirmed ? { at: confirmed.at.toISOString(), name: confirmed.name } : null,
  };
}

/** What the link is about. A confirmed referral stays readable; an unconfirmed one expires. */
export async function publicReferral(db: Kysely<DB>, slug: string, token: string, now: Date, locale: Locale) {
  return asSystem(db, async (tx) => {
    const r = await openReferral(tx, slug, token);
    if (r.confirmed_at) return present(tx, r, locale, { at: r.confirmed_at, name: r.confirmed_name ?? '' });
    if (r.expires_at.getTime() <= now.getTime()) throw new AppError(410, 'referral.link_expired');
    return present(tx, r, locale, null);
  });
}

/** Writes the receipt and its audit entry in the referral's workspace (the demo uses it directly). */
export async function recordReceipt(tx: Tx, r: { id: string; workspaceId: string; caseId: string; organisationId: string | null }, input: ConfirmInput, now: Date, requestId: string | null) {
  await tx.updateTable('case_referrals').set({ confirmed_at: now, confirmed_name: input.name, confirmed_note: input.note }).where('id', '=', r.id).where('confirmed_at', 'is', null).execute();
  // The partner's person is not a user: the entry has no actor and names the referral, not them.
  await recordAudit(tx, {
    workspaceId: r.workspaceId,
    actorId: null,
    action: 'case.referral_receipt',
    entityType: 'case',
    entityId: r.caseId,
    after: { referralId: r.id, organisationId: r.organisationId, confirmedAt: now.toISOString() },
    requestId,
  });
}

/** Records the receipt once: a second confirmation is a 409, an expired link a 410. */
export async function confirmReceipt(db: Kysely<DB>, slug: string, token: string, input: ConfirmInput, now: Date, requestId: string, locale: Locale) {
  return asSystem(db, async (tx) => {
    const r = await openReferral(tx, slug, token, true);
    if (r.confirmed_at) throw new AppError(409, 'referral.already_confirmed');
    if (r.expires_at.getTime() <= now.getTime()) throw new AppError(410, 'referral.link_expired');
    await enterWorkspace(tx, { workspaceId: r.workspace_id });
    await recordReceipt(tx, { id: r.id, workspaceId: r.workspace_id, caseId: r.case_id, organisationId: r.organisation_id }, input, now, requestId);
    return present(tx, r, locale, { at: now, name: input.name });
  });
}
