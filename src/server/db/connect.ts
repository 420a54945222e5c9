// Opens the database: PostgreSQL when a URL is given, else PGlite in a worker on a locked data folder.
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { typeParsers } from './parsers.ts';
import { PGliteWorkerClient, PGliteWorkerDialect } from './pglite-dialect.ts';
import { lockDataDir } from './lock.ts';
import type { DB } from './types.ts';

export type DbKind = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  kind: DbKind;
  /** PGlite only: a gzip tarball of the data folder, consistent (taken between transactions). */
  dump?: () => Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir?: string;
  poolSize?: number;
}

export function pgTypes() {
  return {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      const parser = typeParsers[oid];
      if (parser && format !== 'binary') return parser;
      return pg.types.getTypeParser(oid, format);
    },
  };
}

/**
 * Server settings for every connection the application opens (decision 014): its requests are
 * short, many at a time, and measured in milliseconds. Parallel workers made the partner search
 * 1.8 times slower on a two-core server (a parallel bitmap scan, its leader and two workers on two
 * cores), and JIT compiles queries whose estimated cost passes 100,000 (common at a million rows)
 * for longer than they run. An `options` parameter in the database URL replaces these.
 */
export const SESSION_OPTIONS = '-c max_parallel_workers_per_gather=0 -c jit=off';

/** The pool's settings for a PostgreSQL URL: our type parsers and session settings. */
export function poolConfig(databaseUrl: string, max: number): pg.PoolConfig {
  const own = new URL(databaseUrl).searchParams.has('options');
  return { connectionString: databaseUrl, max, types: pgTypes(), ...(own ? {} : { options: SESSION_OPTIONS }) };
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool(poolConfig(opts.databaseUrl, opts.poolSize ?? 10));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const dataDir = path.resolve(opts.dataDir ?? './data');
  const pgliteDir = path.join(dataDir, 'pglite');
  const release = lockDataDir(dataDir);
  try {
    const client = new PGliteWorkerClient(pgliteDir);
    await client.ready();
    const db = new Kysely<DB>({ dialect: new PGliteWorkerDialect(client) });
    return {
      db,
      kind: 'pglite',
      dump: () => client.dump(),
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
