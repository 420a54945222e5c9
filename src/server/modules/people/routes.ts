// Routes: people in the register.
import { createRoute } from '@hono/zod-openapi';
import { errors, json, jsonBody, router } from '../../http/openapi.ts';
import type { AppDeps } from '../../http/context.ts';
import { inScope } from '../../http/scope.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { CreatePersonBody, PeoplePage, PeopleQuery, Person, PersonParams, UpdatePersonBody } from './schema.ts';
import { createPerson, deletePerson, listPeople, readPerson, updatePerson } from './service.ts';

export function peopleRoutes(deps: AppDeps) {
  const app = router();
  const tags = ['register'];
  const base = '/api/w/{workspaceId}/people';

  app.openapi(
    createRoute({ method: 'get', path: base, tags, summary: 'People, sorted by name; contact details only on the detail route', request: { params: WorkspaceParams, query: PeopleQuery }, responses: { 200: json(PeoplePage), ...errors(401, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx) => listPeople(tx, c.req.valid('query'), c.get('locale'))), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: base, tags, summary: 'Add a person with the legal basis for keeping them', request: { params: WorkspaceParams, body: jsonBody(CreatePersonBody) }, responses: { 201: json(Person, 'Created'), ...errors(401, 403, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'desk', (tx, actor) => createPerson(tx, actor, c.req.valid('json'))), 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/{personId}`, tags, summary: 'A person’s details (the read is audited)', request: { params: PersonParams }, responses: { 200: json(Person), ...errors(401, 404) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx, actor) => readPerson(tx, actor, c.req.valid('param').personId)), 200),
  );
  app.openapi(
    createRoute({ method: 'patch', path: `${base}/{personId}`, tags, summary: 'Change a person', request: { params: PersonParams, body: jsonBody(UpdatePersonBody) }, responses: { 200: json(Person), ...errors(401, 403, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'desk', (tx, actor) => updatePerson(tx, actor, c.req.valid('param').personId, c.req.valid('json'))), 200),
  );
  app.openapi(
    createRoute({ method: 'delete', path: `${base}/{personId}`, tags, summary: 'Delete a person (officer)', request: { params: PersonParams }, responses: { 204: { description: 'Deleted' }, ...errors(401, 403, 404) } }),
    async (c) => {
      await inScope(c, deps, 'officer', (tx, actor) => deletePerson(tx, actor, c.req.valid('param').personId));
      return c.body(null, 204);
    },
  );
  return app;
}
