// Routes: the workspace's start page in figures, for every member; what a role may not read
// elsewhere comes back as null here too.
import { createRoute } from '@hono/zod-openapi';
import { errors, json, router } from '../../http/openapi.ts';
import type { AppDeps } from '../../http/context.ts';
import { inScope } from '../../http/scope.ts';
import { requireRole } from '../../http/session.ts';
import { Overview, WorkspaceParams } from './schema.ts';
import { workspaceOverview } from './service.ts';

export function overviewRoutes(deps: AppDeps) {
  const app = router();
  const now = () => deps.now?.() ?? new Date();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/w/{workspaceId}/overview',
      tags: ['workspaces'],
      summary: 'The start page’s figures: organisations, people and relations by type; open, overdue and this month’s cases; the caller’s cases and the nearest deadlines; imports in progress',
      request: { params: WorkspaceParams },
      responses: { 200: json(Overview), ...errors(401, 404) },
    }),
    async (c) => {
      const { role } = requireRole(c, 'viewer');
      return c.json(await inScope(c, deps, 'viewer', (tx, actor) => workspaceOverview(tx, actor, role, now())), 200);
    },
  );
  return app;
}
