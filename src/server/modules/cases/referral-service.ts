// Referring a case to a partner organisation in the register (the regional business agency, the
// employment service, the county board, the chamber of commerce, International House): the case
// moves to `referred` (through the workflow, which tells the requester) and stays in our register;
// the partner gets the case by e-mail with a personal link to confirm receipt. The link's token is
// random and only its SHA-256 is stored; a new link (resend) replaces it.
import type { Tx } from '../../db/tenancy.ts';
import type { Locale } from '../../db/types.ts';
import { AppError } from '../../http/problem.ts';
import { randomToken, sha256 } from '../../http/session.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../members/service.ts';
import { MASK_MARKERS, maskPersonalData } from './public-register-mask.ts';
import { decodeListCursor, encodeListCursor, lockCase } from './queries.ts';
import { queueReferralMail } from './referral-mail.ts';
import type { ReferInput, ReferralFilter } from './referral-schema.ts';
import { workspaceFacts, type WorkspaceFacts } from './register.ts';
import { TransitionBody } from './schema.ts';
import { moveCase } from './transitions.ts';
import { canMove, transitionVars } from './workflow.ts';

export interface ReferContext {
  now: Date;
  /** The caller's language, for a refused move's message. */
  locale: Locale;
  /** Where links point: PUBLIC_URL, else the request's origin. */
  baseUrl: string;
  /** The demo records referrals without mailing anyone. */
  sendMail?: boolean;
}

const DAY = 86_400_000;

function referralQuery(tx: Tx) {
  return tx
    .selectFrom('case_referrals as f')
    .leftJoin('users as u', 'u.id', 'f.created_by')
    .select([
      'f.id', 'f.case_id', 'f.organisation_id', 'f.organisation_name', 'f.email', 'f.note', 'f.language', 'f.include_contact', 'f.expires_at', 'f.sent_count',
      'f.last_sent_at', 'f.created_by', 'u.name as created_by_name', 'f.created_at', 'f.confirmed_at', 'f.confirmed_name', 'f.confirmed_note',
    ]);
}

type ReferralRow = Awaited<ReturnType<ReturnType<typeof referralQuery>['execute']>>[number];

export function referralStatus(r: { confirmed_at: Date | null; expires_at: Date }, now: Date) {
  return r.confirmed_at ? 'confirmed' : r.expires_at.getTime() <= now.getTime() ? 'expired' : 'pending';
}

function presentReferral(r: ReferralRow, now: Date) {
  return {
    id: r.id,
    caseId: r.case_id,
    organisation: r.organisation_id ? { id: r.organisation_id, name: r.organisation_name } : null,
    organisationName: r.organisation_name,
    email: r.email,
    note: r.note,
    language: r.language,
    includeContact: r.include_contact,
    status: referralStatus(r, now) as 'pending' | 'confirmed' | 'expired',
    expiresAt: r.expires_at.toISOString(),
    sentCount: r.sent_count,
    lastSentAt: r.last_sent_at?.toISOString() ?? null,
    createdBy: r.created_by ? { id: r.created_by, name: r.created_by_name ?? '' } : null,
    createdAt: r.created_at.toISOString(),
    receipt: r.confirmed_at ? { at: r.confirmed_at.toISOString(), name: r.confirmed_name ?? '', note: r.confirmed_note } : null,
  };
}

/** The case's referrals, newest first, and the latest one's status. */
export async function caseReferrals(tx: Tx, caseId: string, now: Date) {
  if (!(await tx.selectFrom('cases').select('id').where('id', '=', caseId).executeTakeFirst())) throw new AppError(404, 'problem.not_found');
  const rows = await referralQuery(tx).where('f.case_id', '=', caseId).orderBy('f.created_at', 'desc').orderBy('f.id', 'desc').execute();
  const items = rows.map((r) => presentReferral(r, now));
  return { state: items[0]?.status ?? ('none' as const), items };
}

/** The workspace's referrals, newest first: which partners have not confirmed yet. */
export async function listReferrals(tx: Tx, f: ReferralFilter, now: Date) {
  let q = referralQuery(tx)
    .innerJoin('cases as c', 'c.id', 'f.case_id')
    .select(['c.reference', 'c.title', 'c.status as case_status'])
    .orderBy('f.created_at', 'desc')
    .orderBy('f.id', 'desc');
  if (f.status === 'confirmed') q = q.where('f.confirmed_at', 'is not', null);
  if (f.status === 'pending') q = q.where('f.confirmed_at', 'is', null).where('f.expires_at', '>', now);
  if (f.status === 'expired') q = q.where('f.confirmed_at', 'is', null).where('f.expires_at', '<=', now);
  const cursor = decodeListCursor(f.cursor);
  if (cursor) q = q.where((eb) => eb.or([eb('f.created_at', '<', new Date(cursor.k)), eb.and([eb('f.created_at', '=', new Date(cursor.k)), eb('f.id', '<', cursor.id)])]));
  const rows = await q.limit(f.limit + 1).execute();
  const page = rows.slice(0, f.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({ ...presentReferral(r, now), case: { id: r.case_id, reference: r.reference, title: r.title, status: r.case_status } })),
    nextCursor: rows.length > f.limit && last ? encodeListCursor({ k: last.created_at.toISOString(), id: last.id }) : null,
  };
}

async function requesterNames(tx: Tx, caseId: string) {
  const r = await tx.selectFrom('case_requesters as q').leftJoin('people as p', 'p.id', 'q.person_id').select(['q.name', 'p.name as person_name']).where('q.case_id', '=', caseId).executeTakeFirst();
  return [r?.name, r?.person_name];
}

async function officerName(tx: Tx, userId: string) {
  return (await tx.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirst())?.name ?? '';
}

/** Mails the partner the case and a fresh link; returns nothing the caller needs. */
async function mailPartner(tx: Tx, actor: Actor, ws: WorkspaceFacts, r: { caseId: string; to: string; partner: string; language: Locale; includeContact: boolean; note: string | null; expiresAt: Date }, token: string, baseUrl: string) {
  const c = await tx.selectFrom('cases').select(['reference', 'title', 'description']).where('id', '=', r.caseId).executeTakeFirstOrThrow();
  const who = r.includeContact
    ? await tx
        .selectFrom('case_requesters as q')
        .leftJoin('organisations as o', 'o.id', 'q.organisation_id')
        .leftJoin('people as p', 'p.id', 'q.person_id')
        .select(['q.name', 'p.name as person_name', 'q.organisation_name', 'o.name as org_name', 'q.email', 'q.phone'])
        .where('q.case_id', '=', r.caseId)
        .executeTakeFirst()
    : undefined;
  // Without contact details, the names and numbers in the title and question are masked too.
  const names = r.includeContact ? [] : await requesterNames(tx, r.caseId);
  const hide = (text: string) => (r.includeContact ? text : maskPersonalData(text, { names, marker: MASK_MARKERS[r.language] }));
  await queueReferralMail(tx, {
    ws,
    caseId: r.caseId,
    language: r.language,
    to: r.to,
    partner: r.partner,
    reference: c.reference,
    title: hide(c.title),
    question: hide(c.description),
    contact: who ? { name: who.name ?? who.person_name, organisation: who.org_name ?? who.organisation_name, email: who.email, phone: who.phone } : null,
    note: r.note,
    officer: await officerName(tx, actor.userId),
    link: `${baseUrl.replace(/\/+$/, '')}/public/${ws.slug}/referrals/${token}`,
    expiresAt: r.expiresAt,
    authorId: actor.userId,
  });
}

const forbidden = (from: Parameters<typeof transitionVars>[0], locale: Locale) =>
  new AppError(409, 'case.transition_forbidden', { fields: [{ field: 'status', key: 'field.case_transition', vars: transitionVars(from, locale) }] });

/**
 * Refers a case: checks the partner, moves the case to `referred` (unless it already is, to this
 * partner), stores the referral with the hash of a new token and mails the partner the link.
 */
export async function referCase(tx: Tx, actor: Actor, caseId: string, input: ReferInput, ctx: ReferContext) {
  const ws = await workspaceFacts(tx, actor.workspaceId);
  const c = await lockCase(tx, caseId);
  if (!c) throw new AppError(404, 'problem.not_found');
  const partner = await tx.selectFrom('organisations').select(['id', 'name']).where('id', '=', input.organisationId).where('merged_into', 'is', null).executeTakeFirst();
  if (!partner) throw new AppError(422, 'problem.validation', { fields: [{ field: 'organisationId', key: 'problem.not_found' }] });
  if (c.status === 'referred') {
    // Already with a partner: a referral to the same one records the link; another needs the case taken back first.
    if (c.referred_to_id !== partner.id) throw forbidden(c.status, ctx.locale);
  } else {
    if (!canMove(c.status, 'referred')) throw forbidden(c.status, ctx.locale);
    await moveCase(tx, actor, caseId, TransitionBody.parse({ status: 'referred', referredToId: partner.id, comment: input.note }), ctx.now, ctx.locale);
  }
  const language = input.language ?? ws.defaultLocale;
  const token = randomToken();
  const expiresAt = new Date(ctx.now.getTime() + input.days * DAY);
  const send = ctx.sendMail !== false;
  const row = await tx
    .insertInto('case_referrals')
    .values({
      workspace_id: ws.id,
      case_id: caseId,
      organisation_id: partner.id,
      organisation_name: partner.name,
      email: input.email!,
      note: input.note,
      language,
      include_contact: input.includeContact,
      token_hash: sha256(token),
      expires_at: expiresAt,
      sent_count: send ? 1 : 0,
      last_sent_at: send ? ctx.now : null,
      created_by: actor.userId,
      created_at: ctx.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (send) {
    await mailPartner(tx, actor, ws, { caseId, to: input.email!, partner: partner.name, language, includeContact: input.includeContact, note: input.note, expiresAt }, token, ctx.baseUrl);
  }
  // The audit names the case, the partner and the referral, not the address the mail went to.
  await recordAudit(tx, {
    ...actor,
    actorId: actor.userId,
    action: 'case.referral',
    entityType: 'case',
    entityId: caseId,
    after: { referralId: row.id, organisationId: partner.id, language, includeContact: input.includeContact, expiresAt: expiresAt.toISOString(), mailed: send },
  });
  const created = await referralQuery(tx).where('f.id', '=', row.id).executeTakeFirstOrThrow();
  return presentReferral(created, ctx.now);
}

/** A new link for a referral not yet confirmed (the old one stops working), mailed again. */
export async function resendReferral(tx: Tx, actor: Actor, caseId: string, referralId: string, days: number, ctx: ReferContext) {
  const ws = await workspaceFacts(tx, actor.workspaceId);
  const r = await tx.selectFrom('case_referrals').selectAll().where('id', '=', referralId).where('case_id', '=', caseId).forUpdate().executeTakeFirst();
  if (!r) throw new AppError(404, 'problem.not_found');
  if (r.confirmed_at) throw new AppError(409, 'referral.not_pending');
  const token = randomToken();
  const expiresAt = new Date(ctx.now.getTime() + days * DAY);
  await tx
    .updateTable('case_referrals')
    .set({ token_hash: sha256(token), expires_at: expiresAt, sent_count: r.sent_count + 1, last_sent_at: ctx.now })
    .where('id', '=', referralId)
    .execute();
  await mailPartner(tx, actor, ws, { caseId, to: r.email, partner: r.organisation_name, language: r.language, includeContact: r.include_contact, note: r.note, expiresAt }, token, ctx.baseUrl);
  await recordAudit(tx, {
    ...actor,
    actorId: actor.userId,
    action: 'case.referral_resend',
    entityType: 'case',
    entityId: caseId,
    before: { expiresAt: r.expires_at.toISOString(), sentCount: r.sent_count },
    after: { referralId, expiresAt: expiresAt.toISOString(), sentCount: r.sent_count + 1 },
  });
  return presentReferral(await referralQuery(tx).where('f.id', '=', referralId).executeTakeFirstOrThrow(), ctx.now);
}
