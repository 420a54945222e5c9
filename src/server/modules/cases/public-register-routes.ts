// Routes: the public register of cases (no login) and secrecy marking (desk staff and up; reading
// the marking and its history is for every member).
import { createRoute } from '@hono/zod-openapi';
import { errors, json, jsonBody, router } from '../../http/openapi.ts';
import type { AppDeps } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { inScope } from '../../http/scope.ts';
import { CaseParams, CaseSecrecy, PublicParams, PublicRegisterPage, PublicRegisterQuery, SecrecyBody } from './public-register-schema.ts';
import { caseSecrecy, changeSecrecy } from './public-register-secrecy.ts';
import { publicRegister } from './public-register-service.ts';
import { findPublicWorkspace } from './public-service.ts';

export function publicRegisterRoutes(deps: AppDeps) {
  const app = router();
  const now = () => deps.now?.() ?? new Date();
  const { db } = deps.database;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/public/{workspaceSlug}/cases',
      tags: ['case desk (public)'],
      summary: 'The public register of cases, newest first (no login): number, date, category, status and title with personal data masked; secret cases show only number and date',
      request: { params: PublicParams, query: PublicRegisterQuery },
      responses: { 200: json(PublicRegisterPage), ...errors(404, 422) },
    }),
    async (c) => {
      const ws = await findPublicWorkspace(db, c.req.valid('param').workspaceSlug);
      if (!ws) throw new AppError(404, 'problem.not_found');
      return c.json(await publicRegister(db, ws, c.req.valid('query'), c.get('locale')), 200);
    },
  );

  const tags = ['case desk: secrecy'];
  const path = '/api/w/{workspaceId}/cases/{caseId}/secrecy';
  app.openapi(
    createRoute({ method: 'get', path, tags, summary: 'Whether the case is marked secret, why, and every marking and unmarking with its reason', request: { params: CaseParams }, responses: { 200: json(CaseSecrecy), ...errors(401, 404) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx) => caseSecrecy(tx, c.req.valid('param').caseId)), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path,
      tags,
      summary: 'Mark the case secret, or remove the marking; a reason is required either way (audited)',
      request: { params: CaseParams, body: jsonBody(SecrecyBody) },
      responses: { 200: json(CaseSecrecy), ...errors(401, 403, 404, 409, 422) },
    }),
    async (c) => c.json(await inScope(c, deps, 'desk', (tx, actor) => changeSecrecy(tx, actor, c.req.valid('param').caseId, c.req.valid('json'), now())), 200),
  );
  return app;
}
