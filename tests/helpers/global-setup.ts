// Migrates one template database per run; each test file then copies it (PGlite: the data
// folder; PostgreSQL when TEST_DATABASE_URL is set: CREATE DATABASE … TEMPLATE).
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/connect.ts';
import { migrateToLatest } from '../../src/server/db/migrate.ts';

export const TMP_ROOT = path.resolve('.tmp/test');

export default async function setup(project: TestProject) {
  fs.mkdirSync(TMP_ROOT, { recursive: true });
  const runId = `${Date.now().toString(36)}${process.pid}`;
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const template = `samverkan_tpl_${runId}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${template}`);
    const tplUrl = withDatabase(url, template);
    const database = await openDatabase({ databaseUrl: tplUrl, poolSize: 1 });
    await migrateToLatest(database.db);
    await database.close();
    project.provide('dbTemplate', { kind: 'postgres', url, template });
    return async () => {
      const dbs = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'samverkan_t%_${runId}%'`);
      for (const r of dbs.rows) await admin.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
      await admin.end();
    };
  }
  const dir = path.join(TMP_ROOT, `template-${runId}`);
  const database = await openDatabase({ dataDir: dir });
  await migrateToLatest(database.db);
  await database.close();
  project.provide('dbTemplate', { kind: 'pglite', dir, runId });
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

export function withDatabase(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: { kind: 'pglite'; dir: string; runId: string } | { kind: 'postgres'; url: string; template: string };
  }
}
