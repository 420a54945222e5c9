// Routes: an organisation's timeline of activities.
import { createRoute } from '@hono/zod-openapi';
import { errors, json, jsonBody, router } from '../../http/openapi.ts';
import type { AppDeps } from '../../http/context.ts';
import { inScope } from '../../http/scope.ts';
import { Activity, ActivityList, ActivityParams, CreateActivityBody, OrganisationParams } from './schema.ts';
import { addActivity, deleteActivity, listActivities } from './service.ts';

export function activityRoutes(deps: AppDeps) {
  const app = router();
  const tags = ['register'];
  const path = '/api/w/{workspaceId}/organisations/{organisationId}/activities';

  app.openapi(
    createRoute({ method: 'get', path, tags, summary: 'The organisation’s timeline, newest first', request: { params: OrganisationParams }, responses: { 200: json(ActivityList), ...errors(401, 404) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx) => listActivities(tx, c.req.valid('param').organisationId)), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path, tags, summary: 'Record a meeting, call, visit, note or delegation', request: { params: OrganisationParams, body: jsonBody(CreateActivityBody) }, responses: { 201: json(Activity, 'Created'), ...errors(401, 403, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'desk', (tx, actor) => addActivity(tx, actor, c.req.valid('param').organisationId, c.req.valid('json'))), 201),
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/w/{workspaceId}/activities/{activityId}', tags, summary: 'Delete an activity (officer)', request: { params: ActivityParams }, responses: { 204: { description: 'Deleted' }, ...errors(401, 403, 404) } }),
    async (c) => {
      await inScope(c, deps, 'officer', (tx, actor) => deleteActivity(tx, actor, c.req.valid('param').activityId));
      return c.body(null, 204);
    },
  );
  return app;
}
