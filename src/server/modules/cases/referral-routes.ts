// Routes: referring cases to partner organisations (desk staff and up), reading referrals and
// their receipts (every member), and the partner's page behind the personal link (no login; no
// CSRF token, as there is no session; a cross-site Origin is still refused).
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errors, json, jsonBody, router } from '../../http/openapi.ts';
import type { AppDeps, AppEnv } from '../../http/context.ts';
import { problemResponse } from '../../http/problem.ts';
import { inScope } from '../../http/scope.ts';
import { confirmReceipt, publicReferral } from './referral-public.ts';
import {
  CaseParams, CaseReferrals, ConfirmReceiptBody, PublicReferral, PublicReferralParams, ReferBody, Referral, ReferralListQuery, ReferralPage, ReferralParams,
  ResendBody, WorkspaceParams,
} from './referral-schema.ts';
import { caseReferrals, listReferrals, referCase, resendReferral } from './referral-service.ts';

export function caseReferralRoutes(deps: AppDeps) {
  const app = router();
  const tags = ['case desk: referrals'];
  const now = () => deps.now?.() ?? new Date();
  const { db } = deps.database;
  const baseUrl = (c: Context<AppEnv>) => deps.config.PUBLIC_URL ?? new URL(c.req.url).origin;
  const base = '/api/w/{workspaceId}/cases/{caseId}/referrals';

  app.openapi(
    createRoute({ method: 'get', path: '/api/w/{workspaceId}/case-referrals', tags, summary: 'Referrals of all cases, newest first; filter by status to see which partners have not confirmed', request: { params: WorkspaceParams, query: ReferralListQuery }, responses: { 200: json(ReferralPage), ...errors(401, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx) => listReferrals(tx, c.req.valid('query'), now())), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: base, tags, summary: 'The case’s referrals and whether each partner has confirmed receipt (who and when)', request: { params: CaseParams }, responses: { 200: json(CaseReferrals), ...errors(401, 404) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx) => caseReferrals(tx, c.req.valid('param').caseId, now())), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: 'Refer the case to a partner organisation: the case becomes referred (the requester is told), the partner is e-mailed the case and a personal link to confirm receipt',
      description: 'The mail holds the title, the question, the note and (with includeContact) the requester’s name, organisation, e-mail and phone — never internal notes. A case with another status than the workflow allows, or already referred elsewhere, is a 409.',
      request: { params: CaseParams, body: jsonBody(ReferBody) },
      responses: { 201: json(Referral, 'Referred'), ...errors(401, 403, 404, 409, 422) },
    }),
    async (c) => {
      const ctx = { now: now(), locale: c.get('locale'), baseUrl: baseUrl(c) };
      const created = await inScope(c, deps, 'desk', (tx, actor) => referCase(tx, actor, c.req.valid('param').caseId, c.req.valid('json'), ctx));
      deps.mail?.wake();
      return c.json(created, 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/{referralId}/resend`,
      tags,
      summary: 'E-mail the partner a new link (the previous one stops working); only while receipt is not confirmed',
      request: { params: ReferralParams, body: jsonBody(ResendBody) },
      responses: { 200: json(Referral), ...errors(401, 403, 404, 409, 422) },
    }),
    async (c) => {
      const { caseId, referralId } = c.req.valid('param');
      const ctx = { now: now(), locale: c.get('locale'), baseUrl: baseUrl(c) };
      const sent = await inScope(c, deps, 'desk', (tx, actor) => resendReferral(tx, actor, caseId, referralId, c.req.valid('json').days, ctx));
      deps.mail?.wake();
      return c.json(sent, 200);
    },
  );

  const publicTags = ['case desk (public)'];
  const publicPath = '/api/public/{workspaceSlug}/referrals/{token}';
  app.openapi(
    createRoute({
      method: 'get',
      path: publicPath,
      tags: publicTags,
      summary: 'The referred case behind a partner’s personal link (no login): number, masked title, partner, and whether receipt is confirmed',
      description: 'An unknown token, or a token under another workspace’s address, is a 404; an unconfirmed link past its date (or replaced by a newer one) a 410.',
      request: { params: PublicReferralParams },
      responses: { 200: json(PublicReferral), ...errors(404, 410, 422) },
    }),
    async (c) => {
      const { workspaceSlug, token } = c.req.valid('param');
      return c.json(await publicReferral(db, workspaceSlug, token, now(), c.get('locale')), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${publicPath}/receipt`,
      tags: publicTags,
      summary: 'Confirm receipt of the referred case, with the name of who confirms (no login; once per referral)',
      middleware: [bodyLimit({ maxSize: 16 * 1024, onError: (c) => problemResponse(c as Context<AppEnv>, 413, 'problem.payload_too_large') })] as const,
      request: { params: PublicReferralParams, body: jsonBody(ConfirmReceiptBody) },
      responses: { 201: json(PublicReferral, 'Confirmed'), ...errors(400, 403, 404, 409, 410, 413, 422) },
    }),
    async (c) => {
      const { workspaceSlug, token } = c.req.valid('param');
      return c.json(await confirmReceipt(db, workspaceSlug, token, c.req.valid('json'), now(), c.get('requestId'), c.get('locale')), 201);
    },
  );
  return app;
}
