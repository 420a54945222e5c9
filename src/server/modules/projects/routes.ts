// Routes: the EU project portfolio — programmes (catalogue and own), projects, their lifecycle
// moves and reopening, and their partners. Viewers read; officers change projects and partners;
// administrators keep the workspace's own programmes.
import { createRoute } from '@hono/zod-openapi';
import { errors, json, jsonBody, router } from '../../http/openapi.ts';
import type { AppDeps } from '../../http/context.ts';
import { inScope } from '../../http/scope.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { moveProject, reopenProject } from './moves.ts';
import { addPartner, changePartnerRole, removePartner } from './partners.ts';
import { getProject } from './present.ts';
import { CreateProgrammeBody, Programme, ProgrammeList, ProgrammeParams, ProgrammeQuery, UpdateProgrammeBody } from './programme-schema.ts';
import { createProgramme, deleteProgramme, listProgrammes, updateProgramme } from './programmes.ts';
import { AddPartnerBody, CreateProjectBody, MoveBody, PartnerParams, Project, ProjectPage, ProjectParams, ProjectQuery, UpdatePartnerBody, UpdateProjectBody } from './schema.ts';
import { createProject, deleteProject, listProjects, updateProject } from './service.ts';

export function projectRoutes(deps: AppDeps) {
  const app = router();
  const tags = ['projects'];
  const now = () => deps.now?.() ?? new Date();
  const programmes = '/api/w/{workspaceId}/programmes';
  const base = '/api/w/{workspaceId}/projects';
  const one = `${base}/{projectId}`;

  app.openapi(
    createRoute({ method: 'get', path: programmes, tags, summary: 'Funding programmes: the shipped catalogue and the workspace’s own, by name', request: { params: WorkspaceParams, query: ProgrammeQuery }, responses: { 200: json(ProgrammeList), ...errors(401, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx) => listProgrammes(tx, c.req.valid('query'), c.get('locale'))), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: programmes, tags, summary: 'Add a programme of the workspace’s own (administrator)', request: { params: WorkspaceParams, body: jsonBody(CreateProgrammeBody) }, responses: { 201: json(Programme, 'Created'), ...errors(401, 403, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'admin', (tx, actor) => createProgramme(tx, actor, c.req.valid('json'))), 201),
  );
  app.openapi(
    createRoute({ method: 'patch', path: `${programmes}/{programmeId}`, tags, summary: 'Change one of the workspace’s own programmes (administrator; the catalogue is read-only: 403)', request: { params: ProgrammeParams, body: jsonBody(UpdateProgrammeBody) }, responses: { 200: json(Programme), ...errors(401, 403, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'admin', (tx, actor) => updateProgramme(tx, actor, c.req.valid('param').programmeId, c.req.valid('json'))), 200),
  );
  app.openapi(
    createRoute({ method: 'delete', path: `${programmes}/{programmeId}`, tags, summary: 'Delete one of the workspace’s own programmes (administrator); refused while projects use it (409)', request: { params: ProgrammeParams }, responses: { 204: { description: 'Deleted' }, ...errors(401, 403, 404, 409) } }),
    async (c) => {
      await inScope(c, deps, 'admin', (tx, actor) => deleteProgramme(tx, actor, c.req.valid('param').programmeId));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: base, tags, summary: 'The portfolio: projects with filters, sort, pages and counts per status', request: { params: WorkspaceParams, query: ProjectQuery }, responses: { 200: json(ProjectPage), ...errors(401, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx) => listProjects(tx, c.req.valid('query'), c.get('locale'))), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: base, tags, summary: 'Start a project (as an idea)', request: { params: WorkspaceParams, body: jsonBody(CreateProjectBody) }, responses: { 201: json(Project, 'Created'), ...errors(401, 403, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'officer', (tx, actor) => createProject(tx, actor, c.req.valid('json'), now(), c.get('locale'))), 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: one, tags, summary: 'One project with its partners, history and allowed moves', request: { params: ProjectParams }, responses: { 200: json(Project), ...errors(401, 404) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx) => getProject(tx, c.req.valid('param').projectId, c.get('locale'))), 200),
  );
  app.openapi(
    createRoute({ method: 'patch', path: one, tags, summary: 'Change a project; send the version you read (409 when someone changed it since)', request: { params: ProjectParams, body: jsonBody(UpdateProjectBody) }, responses: { 200: json(Project), ...errors(401, 403, 404, 409, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'officer', (tx, actor) => updateProject(tx, actor, c.req.valid('param').projectId, c.req.valid('json'), now(), c.get('locale'))), 200),
  );
  app.openapi(
    createRoute({ method: 'delete', path: one, tags, summary: 'Delete a project with the relations its partners created', request: { params: ProjectParams }, responses: { 204: { description: 'Deleted' }, ...errors(401, 403, 404) } }),
    async (c) => {
      await inScope(c, deps, 'officer', (tx, actor) => deleteProject(tx, actor, c.req.valid('param').projectId, c.get('locale')));
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: `${one}/moves`, tags, summary: 'Move a project to its next status, dated; a move the lifecycle does not allow is a 422 naming both statuses', request: { params: ProjectParams, body: jsonBody(MoveBody) }, responses: { 200: json(Project), ...errors(401, 403, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'officer', (tx, actor) => moveProject(tx, actor, c.req.valid('param').projectId, c.req.valid('json'), now(), c.get('locale'))), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: `${one}/reopen`, tags, summary: 'Reopen a rejected or withdrawn project as a new idea with the same content and partners', request: { params: ProjectParams }, responses: { 201: json(Project, 'The new project'), ...errors(401, 403, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'officer', (tx, actor) => reopenProject(tx, actor, c.req.valid('param').projectId, now(), c.get('locale'))), 201),
  );
  app.openapi(
    createRoute({ method: 'post', path: `${one}/partners`, tags, summary: 'Add a partner from the register; links or creates the “EU project partnership” relation with our municipality', request: { params: ProjectParams, body: jsonBody(AddPartnerBody) }, responses: { 201: json(Project, 'Added'), ...errors(401, 403, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'officer', (tx, actor) => addPartner(tx, actor, c.req.valid('param').projectId, c.req.valid('json'), now(), c.get('locale'))), 201),
  );
  app.openapi(
    createRoute({ method: 'patch', path: `${one}/partners/{partnerId}`, tags, summary: 'Change a partner’s role', request: { params: PartnerParams, body: jsonBody(UpdatePartnerBody) }, responses: { 200: json(Project), ...errors(401, 403, 404, 422) } }),
    async (c) => {
      const { projectId, partnerId } = c.req.valid('param');
      return c.json(await inScope(c, deps, 'officer', (tx, actor) => changePartnerRole(tx, actor, projectId, partnerId, c.req.valid('json').role, now(), c.get('locale'))), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'delete', path: `${one}/partners/{partnerId}`, tags, summary: 'Remove a partner; the relation goes too when adding the partner created it', request: { params: PartnerParams }, responses: { 200: json(Project), ...errors(401, 403, 404) } }),
    async (c) => {
      const { projectId, partnerId } = c.req.valid('param');
      return c.json(await inScope(c, deps, 'officer', (tx, actor) => removePartner(tx, actor, projectId, partnerId, now(), c.get('locale'))), 200);
    },
  );
  return app;
}
