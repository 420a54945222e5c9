// Opens the database: PostgreSQL when a URL is given, else PGlite in a worker on a locked data folder.
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { typeParsers } from './parsers.ts';
import { PGliteWorkerClient, PGliteWorkerDialect } from './pglite-dialect.ts';
import { lockDataDir } from './lock.ts';
import { folderBytes } from './folder-size.ts';
import type { DB } from './types.ts';
import type { Config } from '../config.ts';

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
  /** PGlite: MiB of database pages kept in memory (shared_buffers). */
  pgliteCacheMb?: number;
}

/** The database settings of the configuration, for openDatabase. */
export const databaseOptions = (config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR' | 'PGLITE_CACHE_MB'>): DatabaseOptions => ({
  databaseUrl: config.DATABASE_URL,
  dataDir: config.DATA_DIR,
  pgliteCacheMb: config.PGLITE_CACHE_MB,
});

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
 * PGlite's page cache when PGLITE_CACHE_MB is not set: as large as the tables and indexes on disk,
 * between PGlite's own 128 MiB and 512 MiB. A small register keeps PGlite's default (start-up and
 * memory as before); at 100,000 organisations (550 MiB) the cache of 512 MiB made the bench's
 * searches about a quarter faster, for some 360 MiB more memory and 2 s more start-up. A register
 * that grows while the server runs gets the larger cache at the next start.
 */
export function pgliteCacheMb(pgliteDir: string): number {
  const base = path.join(pgliteDir, 'base');
  const mib = fs.existsSync(base) ? folderBytes(base) / 2 ** 20 : 0;
  return Math.min(512, Math.max(128, Math.ceil(mib / 16) * 16));
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10, types: pgTypes() });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const dataDir = path.resolve(opts.dataDir ?? './data');
  const pgliteDir = path.join(dataDir, 'pglite');
  const release = lockDataDir(dataDir);
  try {
    const client = new PGliteWorkerClient(pgliteDir, { cacheMb: opts.pgliteCacheMb ?? pgliteCacheMb(pgliteDir) });
    await client.ready();
    const db = new Kysely<DB>({ dialect: new PGliteWorkerDialect(client) });
    return {
      db,
      kind: 'pglite',
      dump: () => client.dump(),
      close: async () => {
        await db.destroy();
        // Kysely destroys its driver only when a query ran; a process that only dumped (backup)
        // would otherwise keep the worker, and so itself, alive with PGlite still open.
        await client.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
