// Public routes (no login, no CSRF token: there is no session to protect) under
// /api/public/{workspaceSlug}: the question form and its submission. The submission passes the
// guard first — unknown workspace 404, rate limits 429 with Retry-After, size limit 413 — and
// every refusal after the workspace is known is counted by reason.
import { createRoute } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errors, json, jsonBody, router } from '../../http/openapi.ts';
import type { AppDeps, AppEnv } from '../../http/context.ts';
import { AppError, problemResponse } from '../../http/problem.ts';
import { clientIp } from '../../http/security.ts';
import { t } from '../../i18n/messages.ts';
import type { PublicFormGuard, RejectionReason } from './public-guard.ts';
import { PublicForm, PublicParams, PublicQuestionBody, PublicReceipt } from './public-schema.ts';
import { caseStatistics } from './analyze.ts';
import { findPublicWorkspace, publicForm, submitQuestion } from './public-service.ts';
import type { WorkspaceFacts } from './register.ts';

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/** The workspace the guard found for a request, for its handler. */
const found = new WeakMap<Context, WorkspaceFacts>();

function reasonFor(c: Context<AppEnv>): RejectionReason | null {
  if (c.error instanceof AppError && c.error.key === 'case.form_rejected') return 'honeypot';
  const status = c.res.status;
  if (status === 400 || status === 415 || status === 422) return 'invalid';
  return null;
}

export function publicCaseRoutes(deps: AppDeps, guard: PublicFormGuard) {
  const app = router();
  const tags = ['case desk (public)'];
  const now = () => deps.now?.() ?? new Date();
  const base = '/api/public/{workspaceSlug}/questions';
  const { db } = deps.database;
  const statistics = caseStatistics(deps.database, (err) => deps.logger.warn({ err }, 'analyze of the case tables failed'));

  const resolve = async (c: Context<AppEnv>) => {
    const ws = await findPublicWorkspace(db, c.req.param('workspaceSlug') ?? '');
    if (!ws) throw new AppError(404, 'problem.not_found');
    found.set(c, ws);
    return ws;
  };

  const sizeLimit = bodyLimit({ maxSize: deps.config.CASE_FORM_MAX_BYTES, onError: (c) => problemResponse(c as Context<AppEnv>, 413, 'problem.payload_too_large') });

  const guardSubmission: MiddlewareHandler<AppEnv> = async (c, next) => {
    const ws = await resolve(c);
    const ip = clientIp(c);
    const wait = guard.retryAfter(ip, ws.id);
    if (wait > 0) {
      await guard.refused(ws, 'rate_limited');
      throw new AppError(429, 'problem.too_many_requests', { retryAfter: wait });
    }
    guard.attempted(ip);
    const type = c.req.header('content-type');
    if (type && !JSON_TYPE.test(type)) {
      await guard.refused(ws, 'invalid');
      const locale = c.get('locale');
      return problemResponse(c, 415, 'problem.validation', { errors: [{ field: '(body)', code: 'json_required', message: t(locale, 'field.json_required') }] });
    }
    // The size limit answers by itself (413) when the body is too large, else runs the route.
    const tooLarge = await sizeLimit(c, next);
    if (tooLarge instanceof Response) {
      await guard.refused(ws, 'too_large');
      return tooLarge;
    }
    if (c.res.status === 201) guard.accepted(ws.id);
    const reason = reasonFor(c);
    if (reason) await guard.refused(ws, reason);
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/form`,
      tags,
      summary: 'What the public question form offers: topics, languages, the organisation-number scheme (no login)',
      request: { params: PublicParams },
      responses: { 200: json(PublicForm), ...errors(404) },
    }),
    async (c) => c.json(await publicForm(db, await resolve(c)), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: 'Ask a question (no login): registers a case and answers with its registration number; a receipt is e-mailed when an address is given',
      description:
        'Send JSON (anything else: 415). Limits: attempts per IP address and submissions per workspace in a sliding window (429 with Retry-After), body size (413). ' +
        'The hidden field `homepage` must stay empty. Refused submissions are counted per workspace, reason and day, and not stored.',
      middleware: [guardSubmission] as const,
      request: { params: PublicParams, body: jsonBody(PublicQuestionBody) },
      responses: { 201: json(PublicReceipt, 'Registered'), ...errors(400, 403, 404, 413, 422, 429) },
    }),
    async (c) => {
      const ws = found.get(c) ?? (await resolve(c));
      const receipt = await submitQuestion(db, ws, c.req.valid('json'), now(), c.get('requestId'));
      statistics.registered();
      return c.json(receipt, 201);
    },
  );
  return app;
}
