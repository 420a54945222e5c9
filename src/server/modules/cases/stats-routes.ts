// Routes: the deadline watch (the caller's own cases, overdue and due today) and response-time
// statistics per category. Every member reads them.
import { createRoute } from '@hono/zod-openapi';
import { errors, json, router } from '../../http/openapi.ts';
import type { AppDeps } from '../../http/context.ts';
import { inScope } from '../../http/scope.ts';
import { Deadlines, Statistics, StatsQuery, WorkspaceParams } from './stats-schema.ts';
import { caseDeadlines, caseStatistics } from './stats-service.ts';

export function caseStatsRoutes(deps: AppDeps) {
  const app = router();
  const tags = ['case desk: deadlines'];
  const now = () => deps.now?.() ?? new Date();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/w/{workspaceId}/case-deadlines',
      tags,
      summary: 'Open, overdue and due-today counts for the caller and for everyone, unassigned cases, referrals awaiting receipt, and the caller’s open cases by due date',
      request: { params: WorkspaceParams },
      responses: { 200: json(Deadlines), ...errors(401, 404) },
    }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx, actor) => caseDeadlines(tx, actor, now())), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/w/{workspaceId}/case-statistics',
      tags,
      summary: 'Response times per category for cases received in a period: median days to the first answer and the share answered by the due date',
      request: { params: WorkspaceParams, query: StatsQuery },
      responses: { 200: json(Statistics), ...errors(401, 404, 422) },
    }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx, actor) => caseStatistics(tx, actor, c.req.valid('query'), now())), 200),
  );
  return app;
}
