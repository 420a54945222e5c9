// Routes: relations between organisations.
import { createRoute } from '@hono/zod-openapi';
import { errors, json, jsonBody, router } from '../../http/openapi.ts';
import type { AppDeps } from '../../http/context.ts';
import { inScope } from '../../http/scope.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { CreateRelationBody, GraphQuery, Relation, RelationGraph, RelationList, RelationMap, RelationParams, RelationQuery, UpdateRelationBody } from './schema.ts';
import { relationGraph, relationMap } from './network.ts';
import { createRelation, deleteRelation, getRelation, listRelations, updateRelation } from './service.ts';

export function relationRoutes(deps: AppDeps) {
  const app = router();
  const tags = ['register'];
  const base = '/api/w/{workspaceId}/relations';

  app.openapi(
    createRoute({ method: 'get', path: base, tags, summary: 'Relations, newest first; of one organisation with organisationId', request: { params: WorkspaceParams, query: RelationQuery }, responses: { 200: json(RelationList), ...errors(401, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx) => listRelations(tx, c.req.valid('query'))), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: base, tags, summary: 'Link two organisations', request: { params: WorkspaceParams, body: jsonBody(CreateRelationBody) }, responses: { 201: json(Relation, 'Created'), ...errors(401, 403, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'desk', (tx, actor) => createRelation(tx, actor, c.req.valid('json'))), 201),
  );
  // Declared before /{relationId} so that 'map' and 'graph' are not read as ids.
  app.openapi(
    createRoute({ method: 'get', path: `${base}/map`, tags, summary: 'Our relations for the world map: lines from our municipality, relations per country', request: { params: WorkspaceParams }, responses: { 200: json(RelationMap), ...errors(401, 404) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx) => relationMap(tx)), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/graph`, tags, summary: 'Relations as a network graph (newest first, up to limit edges)', request: { params: WorkspaceParams, query: GraphQuery }, responses: { 200: json(RelationGraph), ...errors(401, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx) => relationGraph(tx, c.req.valid('query'))), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/{relationId}`, tags, summary: 'One relation', request: { params: RelationParams }, responses: { 200: json(Relation), ...errors(401, 404) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx) => getRelation(tx, c.req.valid('param').relationId)), 200),
  );
  app.openapi(
    createRoute({ method: 'patch', path: `${base}/{relationId}`, tags, summary: 'Change a relation', request: { params: RelationParams, body: jsonBody(UpdateRelationBody) }, responses: { 200: json(Relation), ...errors(401, 403, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'desk', (tx, actor) => updateRelation(tx, actor, c.req.valid('param').relationId, c.req.valid('json'))), 200),
  );
  app.openapi(
    createRoute({ method: 'delete', path: `${base}/{relationId}`, tags, summary: 'Delete a relation (officer)', request: { params: RelationParams }, responses: { 204: { description: 'Deleted' }, ...errors(401, 403, 404) } }),
    async (c) => {
      await inScope(c, deps, 'officer', (tx, actor) => deleteRelation(tx, actor, c.req.valid('param').relationId));
      return c.body(null, 204);
    },
  );
  return app;
}
