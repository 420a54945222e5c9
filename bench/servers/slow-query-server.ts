// Bench only: the real app (buildApp) on the real database path, plus GET /bench/sleep?s=N, which
// runs `select pg_sleep(N)` through the same Kysely instance. Used by the event-loop bench.
//
//   DATABASE_URL set                      → PostgreSQL (openAndMigrate, as `samverkan serve`)
//   else BENCH_PGLITE_MODE=worker (default) → PGlite in its worker thread (openAndMigrate)
//   else BENCH_PGLITE_MODE=main-thread      → control: PGlite opened in this thread, no worker, so
//                                            a long query blocks the HTTP event loop.
import path from 'node:path';
import http from 'node:http';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { Kysely, sql } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { buildApp } from '../../src/server/app.ts';
import { createLogger, loadConfig, openAndMigrate } from '../../src/server/bootstrap.ts';
import type { Database } from '../../src/server/db/connect.ts';
import { lockDataDir } from '../../src/server/db/lock.ts';
import { migrateToLatest } from '../../src/server/db/migrate.ts';
import { typeParsers } from '../../src/server/db/parsers.ts';
import { PGliteWorkerDialect, type PGliteWorkerClient } from '../../src/server/db/pglite-dialect.ts';
import type { WorkerRequest, WorkerResponse } from '../../src/server/db/pglite-protocol.ts';
import type { DB } from '../../src/server/db/types.ts';

const config = loadConfig(process.env, { DEMO: 'false' });
const logger = createLogger(config);
const mode = config.DATABASE_URL ? 'postgres' : (process.env.BENCH_PGLITE_MODE ?? 'worker');

/** PGlite in this thread behind the worker client's interface, so the very same dialect is used. */
async function openMainThreadPGlite(dataDir: string): Promise<Database> {
  const dir = path.resolve(dataDir);
  const release = lockDataDir(dir);
  const pg = await PGlite.create(path.join(dir, 'pglite'), { extensions: { pg_trgm, unaccent }, parsers: typeParsers });
  const client = {
    ready: async () => undefined,
    async request(req: WorkerRequest): Promise<WorkerResponse & { ok: true }> {
      if (req.op === 'query') {
        const r = await pg.query<Record<string, unknown>>(req.sql, req.params);
        return { id: 0, ok: true, rows: r.rows, affectedRows: r.affectedRows };
      }
      if (req.op === 'exec') {
        const results = await pg.exec(req.sql);
        const last = results[results.length - 1];
        return { id: 0, ok: true, rows: (last?.rows ?? []) as Record<string, unknown>[], affectedRows: last?.affectedRows };
      }
      throw new Error(`op ${req.op} is not supported by the main-thread control`);
    },
    close: () => pg.close(),
  };
  const db = new Kysely<DB>({ dialect: new PGliteWorkerDialect(client as unknown as PGliteWorkerClient) });
  await migrateToLatest(db);
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await db.destroy();
      release();
    },
  };
}

const database = mode === 'main-thread' ? await openMainThreadPGlite(config.DATA_DIR) : (await openAndMigrate(config, logger)).database;
const app = buildApp({ database, config, logger });

const bench = new Hono();
bench.get('/bench/sleep', async (c) => {
  const seconds = Math.min(10, Math.max(0, Number(c.req.query('s') ?? '1')));
  const started = performance.now();
  await sql`select pg_sleep(${seconds})`.execute(database.db);
  return c.json({ seconds, ms: performance.now() - started, mode });
});

const server = serve({
  fetch: (req, env) => (new URL(req.url).pathname === '/bench/sleep' ? bench.fetch(req, env) : app.fetch(req, env)),
  port: config.PORT,
  hostname: config.HOST,
}) as http.Server;
server.once('listening', () => process.stdout.write(`slow-query server (${mode}) listening on port ${config.PORT}\n`));

process.once('SIGTERM', () => {
  server.close();
  server.closeIdleConnections();
  void database.close().then(() => process.exit(0));
});
