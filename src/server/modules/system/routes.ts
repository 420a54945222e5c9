// Liveness and readiness probes.
import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import { json, router } from '../../http/openapi.ts';
import type { AppDeps } from '../../http/context.ts';

const Health = z.object({ status: z.enum(['ok', 'unavailable']), db: z.string().optional() }).openapi('Health');

export function systemRoutes(deps: AppDeps, state: { shuttingDown: boolean }) {
  const app = router();
  app.openapi(
    createRoute({ method: 'get', path: '/healthz', tags: ['system'], summary: 'The process is alive', responses: { 200: json(Health) } }),
    (c) => c.json({ status: 'ok' as const }, 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/readyz',
      tags: ['system'],
      summary: 'The database answers and the server is not shutting down',
      responses: { 200: json(Health), 503: json(Health, 'Not ready') },
    }),
    async (c) => {
      if (state.shuttingDown) return c.json({ status: 'unavailable' as const }, 503);
      try {
        await sql`select 1`.execute(deps.database.db);
        return c.json({ status: 'ok' as const, db: deps.database.kind }, 200);
      } catch {
        return c.json({ status: 'unavailable' as const, db: deps.database.kind }, 503);
      }
    },
  );
  return app;
}
