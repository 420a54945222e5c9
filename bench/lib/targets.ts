// Where a bench's server keeps its data: a fresh PGlite folder under .tmp/bench, or a fresh
// PostgreSQL database created through the admin connection (BENCH_DATABASE_URL) and dropped after.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ROOT } from './proc.ts';

export type DbKind = 'pglite' | 'postgres';

export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const BENCH_TMP = path.join(ROOT, '.tmp', 'bench');

export interface Target {
  kind: DbKind;
  /** Environment for the server: DATA_DIR or DATABASE_URL. */
  env: Record<string, string>;
  dispose(): Promise<void>;
}

export async function postgresReachable(url = ADMIN_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function withDatabase(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A fresh, empty database of the given kind; `label` names it (samverkan_bench_<label>). */
export async function freshTarget(kind: DbKind, label: string): Promise<Target> {
  const safe = label.toLowerCase().replace(/[^a-z0-9]+/g, '_');
  if (kind === 'pglite') {
    const dir = path.join(BENCH_TMP, `${safe}-${crypto.randomBytes(3).toString('hex')}`);
    fs.mkdirSync(dir, { recursive: true });
    return {
      kind,
      env: { DATA_DIR: dir },
      dispose: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `samverkan_bench_${safe}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    kind,
    env: { DATABASE_URL: withDatabase(ADMIN_URL, name) },
    async dispose() {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
