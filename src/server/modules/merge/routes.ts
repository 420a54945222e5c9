// Routes: merge suggestions for the register, and merging a duplicate into the organisation kept.
import { createRoute } from '@hono/zod-openapi';
import { errors, json, jsonBody, router } from '../../http/openapi.ts';
import type { AppDeps } from '../../http/context.ts';
import { inScope } from '../../http/scope.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { Organisation, OrganisationParams } from '../organisations/schema.ts';
import { duplicateSuggestions } from './duplicates.ts';
import { DuplicateList, DuplicatesQuery, MergeBody } from './schema.ts';
import { mergeOrganisations } from './service.ts';

export function mergeRoutes(deps: AppDeps) {
  const app = router();
  const tags = ['register'];

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/w/{workspaceId}/organisations/duplicates',
      tags,
      summary: 'Merge suggestions: the same number in two schemes (SE org number and SE VAT number), or similar names in one country, most alike first',
      request: { params: WorkspaceParams, query: DuplicatesQuery },
      responses: { 200: json(DuplicateList), ...errors(401, 404, 422) },
    }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx) => duplicateSuggestions(tx, c.req.valid('query').limit)), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/w/{workspaceId}/organisations/{organisationId}/merge',
      tags,
      summary: 'Merge a duplicate into this organisation (officer): its relations, people and activities move here, missing details are copied, and it leaves the register’s lists',
      request: { params: OrganisationParams, body: jsonBody(MergeBody) },
      responses: { 200: json(Organisation), ...errors(401, 403, 404, 422) },
    }),
    async (c) => {
      const { organisationId } = c.req.valid('param');
      const { duplicateId } = c.req.valid('json');
      return c.json(await inScope(c, deps, 'officer', (tx, actor) => mergeOrganisations(tx, actor, organisationId, duplicateId)), 200);
    },
  );

  return app;
}
