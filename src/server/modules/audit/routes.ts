// Route: admins read the audit log with filters.
import { createRoute } from '@hono/zod-openapi';
import { errors, json, router } from '../../http/openapi.ts';
import type { AppDeps } from '../../http/context.ts';
import { requireRole } from '../../http/session.ts';
import { inWorkspace } from '../../db/tenancy.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { AuditPage, AuditQuery } from './schema.ts';
import { readAudit } from './queries.ts';

export function auditRoutes(deps: AppDeps) {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/w/{workspaceId}/audit',
      tags: ['audit'],
      summary: 'The audit log, newest first, filtered (admin)',
      request: { params: WorkspaceParams, query: AuditQuery },
      responses: { 200: json(AuditPage), ...errors(401, 403, 404, 422) },
    }),
    async (c) => {
      const scope = requireRole(c, 'admin');
      const page = await inWorkspace(deps.database.db, scope, (tx) => readAudit(tx, c.req.valid('query')));
      return c.json(page, 200);
    },
  );
  return app;
}
