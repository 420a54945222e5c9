// The bench's own connection to a bench database, in this process: the same dialect as the server
// (PostgreSQL pool, or PGlite in its worker thread on a locked data folder), plus a log of every
// statement with its SQL, parameters and duration, so a bench can time the bare SQL of a request
// and EXPLAIN its slowest statement.
import path from 'node:path';
import { Kysely, PostgresDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import { pgliteCacheMb, pgTypes } from '../../src/server/db/connect.ts';
import { lockDataDir } from '../../src/server/db/lock.ts';
import { PGliteWorkerClient, PGliteWorkerDialect } from '../../src/server/db/pglite-dialect.ts';
import type { DB } from '../../src/server/db/types.ts';

export interface Statement {
  sql: string;
  parameters: readonly unknown[];
  ms: number;
}

export interface DirectDb {
  db: Kysely<DB>;
  /** Statements run since the last take(), oldest first. */
  take(): Statement[];
  close(): Promise<void>;
}

/** Opens the database a Target's env points at (DATABASE_URL or DATA_DIR). */
export async function openDirect(env: Record<string, string>): Promise<DirectDb> {
  let log: Statement[] = [];
  const onLog = (event: LogEvent) => {
    if (event.level === 'query') log.push({ sql: event.query.sql, parameters: event.query.parameters, ms: event.queryDurationMillis });
  };
  const take = () => {
    const out = log;
    log = [];
    return out;
  };
  if (env.DATABASE_URL) {
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2, types: pgTypes() });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), log: onLog });
    return { db, take, close: () => db.destroy() };
  }
  const dir = path.resolve(env.DATA_DIR!);
  const release = lockDataDir(dir);
  try {
    // The page cache the server under test has (PGLITE_CACHE_MB, else sized to the data as
    // openDatabase does), so the bare SQL runs alike.
    const cacheMb = env.PGLITE_CACHE_MB ?? process.env.PGLITE_CACHE_MB;
    const client = new PGliteWorkerClient(path.join(dir, 'pglite'), { cacheMb: cacheMb ? Number(cacheMb) : pgliteCacheMb(path.join(dir, 'pglite')) });
    await client.ready();
    const db = new Kysely<DB>({ dialect: new PGliteWorkerDialect(client), log: onLog });
    return {
      db,
      take,
      close: async () => {
        await db.destroy();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
