// Starts the real server (`samverkan serve`) as a child process for process-level tests.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BIN = path.join(ROOT, 'bin/samverkan.js');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export function tempDataDir(name: string) {
  const dir = path.join(ROOT, '.tmp', 'process', `${name}-${process.pid}-${Date.now().toString(36)}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export interface RunningServer {
  child: ChildProcess;
  port: number;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

export async function startServer(env: Record<string, string>, timeoutMs = 60_000): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ARGON2_FAST: 'true', LOG_LEVEL: 'warn', DEMO_PASSWORD: 'demo-password-123', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  let done = false;
  void exited.then(() => (done = true));
  while (Date.now() < deadline && !done) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return { child, port, url, output: () => out, exited };
    } catch {
      /* not yet listening */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become ready:\n${out}`);
}

export interface CliResult {
  /** The exit status; null when the command was killed for running past its time limit. */
  code: number | null;
  /** stdout and stderr as they came. */
  out: string;
  stdout: string;
  stderr: string;
}

/** Runs `samverkan ARGS` as a script would; a command still running after timeoutMs is killed. */
export function runCli(args: string[], env: Record<string, string>, opts: { cwd?: string; timeoutMs?: number } = {}) {
  return new Promise<CliResult>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: { ...process.env, ARGON2_FAST: 'true', LOG_LEVEL: 'warn', ...env } });
    let out = '';
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => ((out += d), (stdout += d)));
    child.stderr.on('data', (d) => ((out += d), (stderr += d)));
    const limit = opts.timeoutMs ?? 60_000;
    const timer = setTimeout(() => {
      out += `\n[samverkan ${args.join(' ')}: still running after ${limit} ms, killed]`;
      child.kill('SIGKILL');
    }, limit);
    // 'close', not 'exit': every byte of its output has been read then.
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, stdout, stderr });
    });
  });
}

export async function login(url: string, email: string, password: string) {
  const r = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  const body = await r.json();
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { status: r.status, body, cookie };
}
