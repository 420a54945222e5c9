// The real server (`node bin/samverkan.js serve`) as a child process on a PGlite data folder,
// and a tiny HTTP client for it. Used by the crash test.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin', 'samverkan.js');

export const DEMO_EMAIL = 'anna.lindqvist@ostanvik.example';
export const DEMO_PASSWORD = 'crash-test-password';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServerProcess {
  child: ChildProcess;
  pid: number;
  url: string;
  exited: Promise<Exit>;
  /** Has the process exited (and been reaped)? */
  hasExited(): boolean;
  output(): string;
}

const live = new Set<ChildProcess>();

/** SIGKILLs every server this file started that is still running (for afterAll). */
export function killAllServers() {
  for (const c of live) c.kill('SIGKILL');
}

/** Spawns `samverkan serve` on `dataDir` (PGlite: no DATABASE_URL reaches the child). Does not wait. */
export async function spawnServer(dataDir: string): Promise<ServerProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(DATABASE_URL|TEST_DATABASE_URL|NODE_OPTIONS|VITEST.*|DEMO|DATA_DIR|PORT|HOST)$/.test(k)) continue;
    env[k] = v;
  }
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO_PASSWORD,
    ARGON2_FAST: 'true',
    LOG_LEVEL: 'warn',
  });
  const child = spawn(process.execPath, [BIN, 'serve'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  let out = '';
  const keep = (b: Buffer) => {
    out = (out + b.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let done = false;
  // 'exit' fires after Node has reaped the child, so its pid is really gone (no zombie holding the lock).
  const exited = new Promise<Exit>((resolve) =>
    child.once('exit', (code, signal) => {
      done = true;
      live.delete(child);
      resolve({ code, signal });
    }),
  );
  return { child, pid: child.pid!, url: `http://127.0.0.1:${port}`, exited, hasExited: () => done, output: () => out };
}

/** Waits until /readyz answers 200; fails if the process exits first. */
export async function waitReady(server: ServerProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.hasExited()) throw new Error(`server exited before it was ready:\n${server.output()}`);
    try {
      const res = await fetch(`${server.url}/readyz`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  server.child.kill('SIGKILL');
  throw new Error(`server was not ready within ${timeoutMs} ms:\n${server.output()}`);
}

export async function startServer(dataDir: string) {
  const server = await spawnServer(dataDir);
  await waitReady(server);
  return server;
}

export async function stopServer(server: ServerProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<Exit> {
  if (!server.hasExited()) server.child.kill(signal);
  return server.exited;
}

export class ApiClient {
  cookie = '';
  csrf = '';
  workspaceId = '';
  constructor(public baseUrl: string) {}

  async request(method: string, url: string, body?: unknown) {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET' && this.csrf) headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(this.baseUrl + url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    return { status: res.status, headers: res.headers, body: json };
  }

  async login(email = DEMO_EMAIL, password = DEMO_PASSWORD) {
    const r = await this.request('POST', '/api/auth/login', { email, password });
    if (r.status !== 200) throw new Error(`login failed: ${r.status} ${JSON.stringify(r.body)}`);
    const m = /sv_session=([^;]+)/.exec(r.headers.get('set-cookie') ?? '');
    if (!m) throw new Error('no session cookie');
    this.cookie = `sv_session=${m[1]}`;
    this.csrf = r.body.csrfToken;
    this.workspaceId = r.body.workspaces[0].id;
    return r.body;
  }

  /** Every `after.name` of the user.update entries in the audit log, oldest first. */
  async auditedNames(): Promise<string[]> {
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = `/api/w/${this.workspaceId}/audit?action=user.update&limit=200${cursor ? `&cursor=${cursor}` : ''}`;
      const r = await this.request('GET', q);
      if (r.status !== 200) throw new Error(`audit read failed: ${r.status} ${JSON.stringify(r.body)}`);
      for (const item of r.body.items as { after: { name?: string } | null }[]) if (item.after?.name) names.push(item.after.name);
      cursor = r.body.nextCursor;
    } while (cursor);
    return names.reverse();
  }
}
