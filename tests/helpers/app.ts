// A fresh database and app per test file, and a small client with a cookie jar and CSRF token.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { inject } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig, type Config } from '../../src/server/config.ts';
import { openDatabase, type Database } from '../../src/server/db/connect.ts';
import { asSystem } from '../../src/server/db/tenancy.ts';
import { hashPassword, useFastHashing } from '../../src/server/http/passwords.ts';
import type { Role } from '../../src/server/db/types.ts';
import { seedWorkspaceVocabularies } from '../../src/server/modules/vocabularies/service.ts';
import { TMP_ROOT, withDatabase } from './global-setup.ts';

export interface TestApp {
  app: ReturnType<typeof buildApp>;
  database: Database;
  config: Config;
  clock: { now: Date };
  close(): Promise<void>;
}

/** Opens a fresh, migrated database (a copy of the run's template) and builds the app on it. */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const tpl = inject('dbTemplate');
  const id = crypto.randomBytes(4).toString('hex');
  let database: Database;
  let cleanup: () => Promise<void>;
  if (tpl.kind === 'postgres') {
    const name = `samverkan_t${id}_${tpl.template.replace('samverkan_tpl_', '')}`;
    const admin = new pg.Client({ connectionString: tpl.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${tpl.template}`);
    database = await openDatabase({ databaseUrl: withDatabase(tpl.url, name), poolSize: 4 });
    cleanup = async () => {
      // pg's pool.end() resolves before its sockets close; a forced drop would then kill a
      // closing connection and surface as an unhandled FATAL 57P01. Wait for them to go first.
      for (let i = 0; i < 50; i++) {
        const open = await admin.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
        if (open.rows[0].n === 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  } else {
    const dir = path.join(TMP_ROOT, `db-${tpl.runId}-${id}`);
    fs.cpSync(tpl.dir, dir, { recursive: true });
    fs.rmSync(path.join(dir, 'samverkan.lock'), { force: true });
    database = await openDatabase({ dataDir: dir });
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const config = loadConfig({}, { ARGON2_FAST: 'true', DEMO: 'false', LOG_LEVEL: 'silent', ...overrides });
  useFastHashing(true);
  const clock = { now: new Date() };
  const app = buildApp({ database, config, logger: pino({ level: 'silent' }), now: () => clock.now });
  return {
    app,
    database,
    config,
    clock,
    async close() {
      await database.close();
      await cleanup();
    },
  };
}

let counter = 0;
export const uniq = (prefix: string) => `${prefix}-${process.pid}-${++counter}-${crypto.randomBytes(2).toString('hex')}`;

export async function buildWorkspace(t: TestApp, name = uniq('Kommun')) {
  const slug = uniq('ws').toLowerCase();
  return asSystem(t.database.db, async (tx) => {
    const ws = await tx.insertInto('workspaces').values({ slug, name }).returning(['id', 'slug', 'name']).executeTakeFirstOrThrow();
    await seedWorkspaceVocabularies(tx, ws.id);
    return ws;
  });
}

export const TEST_PASSWORD = 'correct horse battery';

export async function buildUser(t: TestApp, opts: { workspaceId?: string; role?: Role; name?: string; email?: string; password?: string } = {}) {
  const email = opts.email ?? `${uniq('user')}@example.org`.toLowerCase();
  const hash = await hashPassword(opts.password ?? TEST_PASSWORD);
  return asSystem(t.database.db, async (tx) => {
    const u = await tx.insertInto('users').values({ email, name: opts.name ?? 'Test Person', password_hash: hash, locale: null }).returning(['id', 'email', 'name']).executeTakeFirstOrThrow();
    if (opts.workspaceId) await tx.insertInto('memberships').values({ workspace_id: opts.workspaceId, user_id: u.id, role: opts.role ?? 'admin' }).execute();
    return u;
  });
}

/** An HTTP client over app.request() that keeps the session cookie and sends the CSRF token. */
export class Client {
  cookie = '';
  csrf = '';
  constructor(private t: TestApp, public lang = 'en') {}

  async request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
    const h: Record<string, string> = { 'accept-language': this.lang, ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET') h['x-csrf-token'] = this.csrf;
    if (body !== undefined) h['content-type'] = 'application/json';
    const res = await this.t.app.request(url, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    const set = res.headers.get('set-cookie');
    if (set) {
      const m = /sv_session=([^;]*)/.exec(set);
      if (m) this.cookie = m[1] ? `sv_session=${m[1]}` : '';
    }
    const text = await res.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    return { status: res.status, headers: res.headers, body: json };
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body ?? {});
  delete = (url: string) => this.request('DELETE', url);

  async login(email: string, password = TEST_PASSWORD) {
    const r = await this.post('/api/auth/login', { email, password });
    if (r.status !== 200) throw new Error(`login failed: ${r.status} ${JSON.stringify(r.body)}`);
    this.csrf = r.body.csrfToken;
    return r.body;
  }
}

/** A workspace with an admin who is logged in. */
export async function adminSession(t: TestApp, lang = 'en') {
  const ws = await buildWorkspace(t);
  const user = await buildUser(t, { workspaceId: ws.id, role: 'admin' });
  const client = new Client(t, lang);
  await client.login(user.email);
  return { ws, user, client };
}
