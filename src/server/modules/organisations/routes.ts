// Routes: the register's organisations — search/list, create, read, change, delete.
import { createRoute } from '@hono/zod-openapi';
import { errors, json, jsonBody, router } from '../../http/openapi.ts';
import type { AppDeps } from '../../http/context.ts';
import { requireRole } from '../../http/session.ts';
import { inWorkspace } from '../../db/tenancy.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { CreateOrganisationBody, Organisation, OrganisationPage, OrganisationParams, OrganisationQuery, UpdateOrganisationBody } from './schema.ts';
import { createOrganisation, deleteOrganisation, getOrganisation, updateOrganisation } from './service.ts';
import { listOrganisations } from './list.ts';

export function organisationRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const app = router();
  const tags = ['register'];

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/w/{workspaceId}/organisations',
      tags,
      summary: 'Search and list organisations: one box over names, descriptions, themes and places (sv, da, en, pl), filters, cursor pages',
      request: { params: WorkspaceParams, query: OrganisationQuery },
      responses: { 200: json(OrganisationPage), ...errors(401, 404, 422) },
    }),
    async (c) => {
      const scope = requireRole(c, 'viewer');
      const page = await inWorkspace(db, scope, (tx) => listOrganisations(tx, c.req.valid('query'), c.get('locale')));
      return c.json(page, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/w/{workspaceId}/organisations',
      tags,
      summary: 'Add an organisation to the register',
      request: { params: WorkspaceParams, body: jsonBody(CreateOrganisationBody) },
      responses: { 201: json(Organisation, 'Created'), ...errors(401, 403, 404, 422) },
    }),
    async (c) => {
      const scope = requireRole(c, 'desk');
      const actor = { ...scope, requestId: c.get('requestId') };
      const org = await inWorkspace(db, scope, (tx) => createOrganisation(tx, actor, c.req.valid('json')));
      return c.json(org, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/w/{workspaceId}/organisations/{organisationId}',
      tags,
      summary: 'One organisation with its identifiers and counts',
      request: { params: OrganisationParams },
      responses: { 200: json(Organisation), ...errors(401, 404) },
    }),
    async (c) => {
      const scope = requireRole(c, 'viewer');
      const org = await inWorkspace(db, scope, (tx) => getOrganisation(tx, c.req.valid('param').organisationId));
      return c.json(org, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/w/{workspaceId}/organisations/{organisationId}',
      tags,
      summary: 'Change an organisation; send the version you read (409 when someone changed it since)',
      request: { params: OrganisationParams, body: jsonBody(UpdateOrganisationBody) },
      responses: { 200: json(Organisation), ...errors(401, 403, 404, 409, 422) },
    }),
    async (c) => {
      const scope = requireRole(c, 'desk');
      const actor = { ...scope, requestId: c.get('requestId') };
      const org = await inWorkspace(db, scope, (tx) => updateOrganisation(tx, actor, c.req.valid('param').organisationId, c.req.valid('json')));
      return c.json(org, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/w/{workspaceId}/organisations/{organisationId}',
      tags,
      summary: 'Delete an organisation with its relations, links to people and activities (officer)',
      request: { params: OrganisationParams },
      responses: { 204: { description: 'Deleted' }, ...errors(401, 403, 404) },
    }),
    async (c) => {
      const scope = requireRole(c, 'officer');
      const actor = { ...scope, requestId: c.get('requestId') };
      await inWorkspace(db, scope, (tx) => deleteOrganisation(tx, actor, c.req.valid('param').organisationId));
      return c.body(null, 204);
    },
  );

  return app;
}
