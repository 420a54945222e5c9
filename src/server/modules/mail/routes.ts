// Routes: admins read the outbox (every message the workspace sent, is sending, failed to send or
// holds) and send a failed or held message again.
import { createRoute } from '@hono/zod-openapi';
import { errors, json, router } from '../../http/openapi.ts';
import type { AppDeps } from '../../http/context.ts';
import { inScope } from '../../http/scope.ts';
import { MailMessage, MailParams, OutboxPage, OutboxQuery } from './schema.ts';
import { listOutbox, retryMail, showMail } from './service.ts';
import { WorkspaceParams } from '../members/schema.ts';

export function mailRoutes(deps: AppDeps) {
  const app = router();
  const tags = ['mail'];
  const now = () => deps.now?.() ?? new Date();
  const base = '/api/w/{workspaceId}/outbox';

  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: 'Outgoing mail, newest first, optionally one status (admin)',
      request: { params: WorkspaceParams, query: OutboxQuery },
      responses: { 200: json(OutboxPage), ...errors(401, 403, 404, 422) },
    }),
    async (c) => {
      const page = await inScope(c, deps, 'admin', (tx) => listOutbox(tx, c.req.valid('query')));
      return c.json({ ...page, delivery: deps.config.SMTP_URL ? ('smtp' as const) : ('held' as const) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{mailId}`,
      tags,
      summary: 'One outgoing message with its text (admin; the reading is audited)',
      request: { params: MailParams },
      responses: { 200: json(MailMessage), ...errors(401, 403, 404) },
    }),
    async (c) => c.json(await inScope(c, deps, 'admin', (tx, actor) => showMail(tx, actor, c.req.valid('param').mailId)), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/{mailId}/retry`,
      tags,
      summary: 'Send a failed or held message again (admin)',
      request: { params: MailParams },
      responses: { 200: json(MailMessage), ...errors(401, 403, 404, 409) },
    }),
    async (c) => {
      const mail = await inScope(c, deps, 'admin', (tx, actor) => retryMail(tx, actor, c.req.valid('param').mailId, now()));
      deps.mail?.wake();
      return c.json(mail, 200);
    },
  );

  return app;
}
