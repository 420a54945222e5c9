// Child-process servers for the benches: start on a free port, wait until a URL answers 200, stop.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SAMVERKAN_BIN = path.join(ROOT, 'bin', 'samverkan.js');

const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

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

export interface ServerProcess {
  label: string;
  url: string;
  pid: number;
  /** The last 20 kB of stdout and stderr. */
  output(): string;
  /** SIGTERM, then SIGKILL after 15 s; resolves with the exit code. */
  stop(): Promise<number | null>;
}

export interface StartOptions {
  label: string;
  /** Arguments after `node`, e.g. [SAMVERKAN_BIN, 'serve'] or ['--import', 'tsx', file]. */
  args: string[];
  env: Record<string, string | undefined>;
  /** Polled until it answers 200. */
  readyPath: string;
  timeoutMs?: number;
}

/** The environment for a child server: ours, minus anything that would point it at another database. */
export function childEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['DATABASE_URL', 'TEST_DATABASE_URL', 'DATA_DIR', 'PORT', 'HOST', 'NODE_OPTIONS', 'DEMO', 'DEMO_PASSWORD', 'LOG_LEVEL']) delete env[k];
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

export async function startServer(opts: StartOptions): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, opts.args, {
    cwd: ROOT,
    env: childEnv({ HOST: '127.0.0.1', ...opts.env, PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let out = '';
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code, signal) => {
      live.delete(child);
      exitCode = code ?? (signal ? 128 : null);
      resolve(code);
    }),
  );

  const deadline = Date.now() + (opts.timeoutMs ?? 90_000);
  for (;;) {
    if (exitCode !== undefined) throw new Error(`${opts.label} exited (code ${exitCode}) before it was ready:\n${out}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${opts.label} was not ready within ${opts.timeoutMs ?? 90_000} ms:\n${out}`);
    }
    try {
      const res = await fetch(url + opts.readyPath, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    label: opts.label,
    url,
    pid: child.pid!,
    output: () => out,
    async stop() {
      if (exitCode !== undefined) return exitCode;
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exited;
      clearTimeout(force);
      return code;
    },
  };
}

/** Kills every child still running (used on Ctrl-C). */
export function killAll() {
  for (const child of live) child.kill('SIGKILL');
}
