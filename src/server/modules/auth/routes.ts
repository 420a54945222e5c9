// Routes: log in, log out, who am I, my profile, my password.
import { createRoute } from '@hono/zod-openapi';
import { router, errors, json, jsonBody } from '../../http/openapi.ts';
import type { AppDeps } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { LoginThrottle } from '../../http/throttle.ts';
import { clearSessionCookie, requireSession, setSessionCookie } from '../../http/session.ts';
import { ChangePasswordBody, LoginBody, Me, UpdateMeBody } from './schema.ts';
import { changePassword, checkCredentials, listMyWorkspaces, startSession, updateProfile } from './service.ts';
import { clientIp } from '../../http/security.ts';

export function authRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const app = router();
  const clock = () => (deps.now?.() ?? new Date()).getTime();
  // Wrong passwords slow down the address that sends them, not the account's owner elsewhere.
  const throttle = new LoginThrottle(undefined, clock);

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/login',
      tags: ['auth'],
      summary: 'Log in with e-mail and password; sets the session cookie',
      request: { body: jsonBody(LoginBody) },
      responses: { 200: json(Me), ...errors(401, 403, 422, 429) },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const ip = clientIp(c);
      const wait = throttle.retryAfter(email, ip);
      if (wait > 0) throw new AppError(429, 'problem.too_many_requests', { retryAfter: wait });
      const userId = await checkCredentials(db, email, password);
      if (!userId) {
        throttle.failed(email, ip);
        throw new AppError(401, 'auth.invalid_credentials');
      }
      throttle.succeeded(email, ip);
      const result = await startSession(deps, userId);
      setSessionCookie(c, result.token, deps);
      c.get('log').info({ event: 'login' }, 'session created');
      return c.json(result.body, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/logout',
      tags: ['auth'],
      summary: 'Log out: the session is deleted on the server',
      responses: { 204: { description: 'Logged out' }, ...errors(401, 403) },
    }),
    async (c) => {
      const s = requireSession(c);
      await db.deleteFrom('sessions').where('id', '=', s.sessionId).execute();
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/me',
      tags: ['auth'],
      summary: 'The current user, their workspaces and the CSRF token for writes',
      responses: { 200: json(Me), ...errors(401) },
    }),
    async (c) => {
      const s = requireSession(c);
      return c.json({ user: s.user, workspaces: await listMyWorkspaces(db, s.user.id), csrfToken: s.csrfToken }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/me',
      tags: ['auth'],
      summary: 'Change my name or language',
      request: { body: jsonBody(UpdateMeBody) },
      responses: { 200: json(Me.shape.user), ...errors(401, 403, 422) },
    }),
    async (c) => {
      const s = requireSession(c);
      const user = await updateProfile(db, s.user.id, c.req.valid('json'), c.get('requestId'));
      return c.json(user, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/me/password',
      tags: ['auth'],
      summary: 'Change my password; my other sessions end',
      request: { body: jsonBody(ChangePasswordBody) },
      responses: { 204: { description: 'Changed' }, ...errors(401, 403, 422) },
    }),
    async (c) => {
      const s = requireSession(c);
      const body = c.req.valid('json');
      await changePassword(db, s.user.id, s.sessionId, body.currentPassword, body.newPassword, c.get('requestId'));
      return c.body(null, 204);
    },
  );

  return app;
}

