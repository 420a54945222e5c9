// Routes: routing rules (everybody reads them, admins keep them, anybody may try them) and a case's
// routing suggestion, which desk staff accept or ignore.
import { createRoute } from '@hono/zod-openapi';
import { errors, json, jsonBody, router } from '../../http/openapi.ts';
import type { AppDeps } from '../../http/context.ts';
import { inScope } from '../../http/scope.ts';
import { WorkspaceParams } from '../members/schema.ts';
import {
  CaseParams, CaseRouting, CreateRoutingRuleBody, RoutingDecisionBody, RoutingPreview, RoutingPreviewBody, RoutingRule, RoutingRuleList, RoutingRuleParams,
  UpdateRoutingRuleBody,
} from './routing-schema.ts';
import { caseRouting, createRoutingRule, decideRouting, deleteRoutingRule, listRoutingRules, previewRouting, updateRoutingRule } from './routing-service.ts';

export function caseRoutingRoutes(deps: AppDeps) {
  const app = router();
  const tags = ['case desk: routing'];
  const now = () => deps.now?.() ?? new Date();
  const rules = '/api/w/{workspaceId}/case-routing-rules';

  app.openapi(
    createRoute({ method: 'get', path: rules, tags, summary: 'Routing rules in the order they are tried', request: { params: WorkspaceParams }, responses: { 200: json(RoutingRuleList), ...errors(401, 404) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx) => listRoutingRules(tx)), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: rules,
      tags,
      summary: 'Add a routing rule: conditions (category, words, language) and the unit or partner it suggests (admin)',
      request: { params: WorkspaceParams, body: jsonBody(CreateRoutingRuleBody) },
      responses: { 201: json(RoutingRule, 'Created'), ...errors(401, 403, 404, 422) },
    }),
    async (c) => c.json(await inScope(c, deps, 'admin', (tx, actor) => createRoutingRule(tx, actor, c.req.valid('json'), now())), 201),
  );
  // Before …/{ruleId}: "preview" is not a rule id.
  app.openapi(
    createRoute({
      method: 'post',
      path: `${rules}/preview`,
      tags,
      summary: 'Which rule would suggest what for a case with this category, text and language (changes nothing)',
      request: { params: WorkspaceParams, body: jsonBody(RoutingPreviewBody) },
      responses: { 200: json(RoutingPreview), ...errors(401, 404, 422) },
    }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx) => previewRouting(tx, c.req.valid('json'))), 200),
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: `${rules}/{ruleId}`,
      tags,
      summary: 'Change a routing rule; send the version you read (admin)',
      request: { params: RoutingRuleParams, body: jsonBody(UpdateRoutingRuleBody) },
      responses: { 200: json(RoutingRule), ...errors(401, 403, 404, 409, 422) },
    }),
    async (c) => c.json(await inScope(c, deps, 'admin', (tx, actor) => updateRoutingRule(tx, actor, c.req.valid('param').ruleId, c.req.valid('json'), now())), 200),
  );
  app.openapi(
    createRoute({ method: 'delete', path: `${rules}/{ruleId}`, tags, summary: 'Remove a routing rule; decisions made on its suggestions keep its name (admin)', request: { params: RoutingRuleParams }, responses: { 204: { description: 'Removed' }, ...errors(401, 403, 404) } }),
    async (c) => {
      await inScope(c, deps, 'admin', (tx, actor) => deleteRoutingRule(tx, actor, c.req.valid('param').ruleId));
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/w/{workspaceId}/cases/{caseId}/routing',
      tags,
      summary: 'The unit or partner the first matching rule suggests for the case, the rule and words that matched, and earlier decisions',
      request: { params: CaseParams },
      responses: { 200: json(CaseRouting), ...errors(401, 404) },
    }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx) => caseRouting(tx, c.req.valid('param').caseId)), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/w/{workspaceId}/cases/{caseId}/routing',
      tags,
      summary: 'Accept the suggestion (the unit gets the case, or the partner is linked for referral) or ignore it',
      request: { params: CaseParams, body: jsonBody(RoutingDecisionBody) },
      responses: { 200: json(CaseRouting), ...errors(401, 403, 404, 409, 422) },
    }),
    async (c) => c.json(await inScope(c, deps, 'desk', (tx, actor) => decideRouting(tx, actor, c.req.valid('param').caseId, c.req.valid('json'), now())), 200),
  );
  return app;
}
