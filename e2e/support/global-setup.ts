// Once per run: build the web app if needed, then start the real server on a fresh data folder
// with the demo workspace plus a second workspace ("Annan kommun") that demo users must never see.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ensureWebBuild } from './build.ts';
import { cli, DEMO_PASSWORD, freePort, REPO, serverEnv, startServer } from './server.ts';

export const DEMO_ADMIN = 'anna.lindqvist@ostanvik.example';
export const OTHER_ADMIN = 'bo.andersen@annan.example';
export const OTHER_PASSWORD = 'annan-kommun-password-1';

export interface E2EContext {
  baseURL: string;
  demoPassword: string;
  demoWorkspaceId: string;
  otherWorkspaceId: string;
}

async function workspaceIdOf(baseURL: string, email: string, password: string) {
  const res = await fetch(`${baseURL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`Login as ${email} failed: ${res.status} ${await res.text()}`);
  const me = (await res.json()) as { workspaces: { id: string }[] };
  return me.workspaces[0]!.id;
}

/** With TEST_DATABASE_URL the browser tests run on a fresh PostgreSQL database made through it. */
async function postgresDatabase(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) return null;
  const name = `samverkan_e2e_${process.pid}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  const database = await postgresDatabase();
  if (database) process.env.E2E_DATABASE_URL = database.url;
  const rebuilt = ensureWebBuild();
  const root = path.join(REPO, '.tmp/e2e');
  fs.mkdirSync(root, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(root, 'data-'));
  const port = await freePort();

  // The demo is seeded only into an empty database, so: start once (seed), stop, add the
  // second workspace with the CLI (one process per data folder), start again.
  const first = await startServer(dataDir, port);
  await first.stop();
  const env = serverEnv(dataDir, port);
  cli(['workspace', 'create', '--slug', 'other', '--name', 'Annan kommun', '--country', 'DK', '--locale', 'da'], env);
  cli(['user', 'create', '--email', OTHER_ADMIN, '--name', 'Bo Andersen', '--workspace', 'other', '--role', 'admin', '--password', OTHER_PASSWORD], env);
  const server = await startServer(dataDir, port);

  project.provide('e2e', {
    baseURL: server.url,
    demoPassword: DEMO_PASSWORD,
    demoWorkspaceId: await workspaceIdOf(server.url, DEMO_ADMIN, DEMO_PASSWORD),
    otherWorkspaceId: await workspaceIdOf(server.url, OTHER_ADMIN, OTHER_PASSWORD),
  });
  process.stdout.write(`e2e: ${rebuilt ? 'built the web app, ' : ''}server on ${database ? 'PostgreSQL' : 'PGlite'} ready at ${server.url} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

  return async () => {
    await server.stop();
    if (!process.env.E2E_KEEP_DATA) {
      fs.rmSync(dataDir, { recursive: true, force: true });
      await database?.drop();
    }
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2EContext;
  }
}
