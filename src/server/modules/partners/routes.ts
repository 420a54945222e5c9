// Route: partner search.
import { createRoute } from '@hono/zod-openapi';
import { errors, json, jsonBody, router } from '../../http/openapi.ts';
import type { AppDeps } from '../../http/context.ts';
import { inScope } from '../../http/scope.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { PartnerResult, PartnerSearchBody } from './schema.ts';
import { partnerSearch } from './service.ts';

export function partnerRoutes(deps: AppDeps) {
  const app = router();
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/w/{workspaceId}/partner-search',
      tags: ['register'],
      summary: 'Rank organisations as partners for a project idea, with the reasons for each',
      request: { params: WorkspaceParams, body: jsonBody(PartnerSearchBody) },
      responses: { 200: json(PartnerResult), ...errors(401, 403, 404, 422) },
    }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx) => partnerSearch(tx, c.req.valid('json'))), 200),
  );
  return app;
}
