// Routes: the workspace, its members and their roles.
import { createRoute } from '@hono/zod-openapi';
import { errors, json, jsonBody, router } from '../../http/openapi.ts';
import type { AppDeps } from '../../http/context.ts';
import { requireRole } from '../../http/session.ts';
import { inWorkspace } from '../../db/tenancy.ts';
import { ChangeRoleBody, Member, MemberList, MemberParams, Workspace, WorkspaceParams } from './schema.ts';
import { changeRole, getWorkspace, listMembers, removeMember } from './service.ts';

export function memberRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const app = router();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/w/{workspaceId}',
      tags: ['workspaces'],
      summary: 'The workspace and my role in it',
      request: { params: WorkspaceParams },
      responses: { 200: json(Workspace), ...errors(401, 404) },
    }),
    async (c) => {
      const scope = requireRole(c, 'viewer');
      const w = await inWorkspace(db, scope, (tx) => getWorkspace(tx, scope.workspaceId));
      return c.json({ ...w, role: scope.role }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/w/{workspaceId}/members',
      tags: ['workspaces'],
      summary: 'Members and their roles, sorted by name in my language',
      request: { params: WorkspaceParams },
      responses: { 200: json(MemberList), ...errors(401, 403, 404) },
    }),
    async (c) => {
      const scope = requireRole(c, 'viewer');
      const items = await inWorkspace(db, scope, (tx) => listMembers(tx, c.get('locale')));
      return c.json({ items }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/w/{workspaceId}/members/{userId}',
      tags: ['workspaces'],
      summary: 'Change a member’s role (admin)',
      request: { params: MemberParams, body: jsonBody(ChangeRoleBody) },
      responses: { 200: json(Member.pick({ userId: true, role: true })), ...errors(401, 403, 404, 409, 422) },
    }),
    async (c) => {
      const scope = requireRole(c, 'admin');
      const { userId } = c.req.valid('param');
      const actor = { ...scope, requestId: c.get('requestId') };
      const out = await inWorkspace(db, scope, (tx) => changeRole(tx, actor, userId, c.req.valid('json').role));
      return c.json(out, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/w/{workspaceId}/members/{userId}',
      tags: ['workspaces'],
      summary: 'Remove a member from the workspace (admin)',
      request: { params: MemberParams },
      responses: { 204: { description: 'Removed' }, ...errors(401, 403, 404, 409) },
    }),
    async (c) => {
      const scope = requireRole(c, 'admin');
      const { userId } = c.req.valid('param');
      await inWorkspace(db, scope, (tx) => removeMember(tx, { ...scope, requestId: c.get('requestId') }, userId));
      return c.body(null, 204);
    },
  );

  return app;
}
