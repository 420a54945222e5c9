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

/**
 * A clock that browser tests can move (TEST_CLOCK=true only): work due on a later day, such as a
 * reminder two weeks before a deadline, is seen by moving the clock there and back again.
 */
export function testClock() {
  let offsetMs = 0;
  const now = () => new Date(Date.now() + offsetMs);
  const app = router();
  const Body = z.object({ at: z.iso.datetime({ offset: true }).nullable() }).strict().openapi('TestClockBody');
  const Clock = z.object({ now: z.string(), offsetMs: z.number() }).openapi('TestClock');
  app.openapi(
    createRoute({ method: 'put', path: '/api/test/clock', tags: ['system'], summary: 'Moves the server’s clock to a moment, or back to real time with null (only with TEST_CLOCK=true)', request: { body: { content: { 'application/json': { schema: Body } }, required: true } }, responses: { 200: json(Clock) } }),
    (c) => {
      const { at } = c.req.valid('json');
      offsetMs = at ? Date.parse(at) - Date.now() : 0;
      return c.json({ now: now().toISOString(), offsetMs }, 200);
    },
  );
  return { now, routes: app };
}
