// Routes: admins invite people by link; the invited person previews and accepts the invite.
import { createRoute } from '@hono/zod-openapi';
import { errors, json, jsonBody, router } from '../../http/openapi.ts';
import type { AppDeps } from '../../http/context.ts';
import { requireRole, setSessionCookie } from '../../http/session.ts';
import { inWorkspace } from '../../db/tenancy.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { startSession } from '../auth/service.ts';
import { AcceptedInvite, AcceptInviteBody, CreatedInvite, CreateInviteBody, InviteList, InviteParams, InvitePreview, TokenParams } from './schema.ts';
import { acceptInvite, createInvite, listInvites, previewInvite, revokeInvite } from './service.ts';

export function inviteRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const now = () => deps.now?.() ?? new Date();
  const app = router();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/w/{workspaceId}/invites',
      tags: ['workspaces'],
      summary: 'Invitations of this workspace (admin)',
      request: { params: WorkspaceParams },
      responses: { 200: json(InviteList), ...errors(401, 403, 404) },
    }),
    async (c) => {
      const scope = requireRole(c, 'admin');
      const items = await inWorkspace(db, scope, (tx) => listInvites(tx, now()));
      return c.json({ items }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/w/{workspaceId}/invites',
      tags: ['workspaces'],
      summary: 'Invite someone by e-mail with a role; returns the link to send (admin)',
      request: { params: WorkspaceParams, body: jsonBody(CreateInviteBody) },
      responses: { 201: json(CreatedInvite, 'Created'), ...errors(401, 403, 404, 409, 422) },
    }),
    async (c) => {
      const scope = requireRole(c, 'admin');
      const actor = { ...scope, requestId: c.get('requestId') };
      const { token, ...invite } = await inWorkspace(db, scope, (tx) => createInvite(tx, actor, c.req.valid('json'), now(), deps.config.INVITE_DAYS));
      const base = deps.config.PUBLIC_URL ?? new URL(c.req.url).origin;
      return c.json({ ...invite, link: `${base}/invite/${token}` }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/w/{workspaceId}/invites/{inviteId}',
      tags: ['workspaces'],
      summary: 'Revoke a pending invitation (admin)',
      request: { params: InviteParams },
      responses: { 204: { description: 'Revoked' }, ...errors(401, 403, 404) },
    }),
    async (c) => {
      const scope = requireRole(c, 'admin');
      const { inviteId } = c.req.valid('param');
      await inWorkspace(db, scope, (tx) => revokeInvite(tx, { ...scope, requestId: c.get('requestId') }, inviteId, now()));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/invites/{token}',
      tags: ['invites'],
      summary: 'What an invitation link is for (no login needed)',
      request: { params: TokenParams },
      responses: { 200: json(InvitePreview), ...errors(410, 422) },
    }),
    async (c) => c.json(await previewInvite(db, c.req.valid('param').token, now()), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/invites/{token}/accept',
      tags: ['invites'],
      summary: 'Accept an invitation; creates the account if needed and logs in',
      request: { params: TokenParams, body: jsonBody(AcceptInviteBody) },
      responses: { 200: json(AcceptedInvite), ...errors(403, 410, 422) },
    }),
    async (c) => {
      const userId = await acceptInvite(db, c.req.valid('param').token, c.req.valid('json'), now(), c.get('requestId'));
      const out = await startSession(deps, userId);
      setSessionCookie(c, out.token, deps);
      return c.json(out.body, 200);
    },
  );

  return app;
}
