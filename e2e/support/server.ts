// Starts and stops `samverkan serve` as a child process, the way an operator runs it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Which checkout's server to run: this one, unless E2E_SERVER_ROOT points elsewhere. */
export const SERVER_ROOT = process.env.E2E_SERVER_ROOT ? path.resolve(process.env.E2E_SERVER_ROOT) : REPO;
export const DEMO_PASSWORD = 'demo-password-e2e-123';

export function serverEnv(dataDir: string, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    DEMO_PASSWORD,
    ARGON2_FAST: 'true',
    // Info: the start-up steps (migrations, demo, statistics) show where a slow start spent its time.
    LOG_LEVEL: 'info',
    // The calls journey moves the server's clock to a reminder's day and back, and the job
    // scheduler looks for due work every second instead of every 15.
    TEST_CLOCK: 'true',
    JOBS_POLL_SECONDS: '1',
  };
  // PostgreSQL when the run has one (global-setup creates E2E_DATABASE_URL from TEST_DATABASE_URL),
  // else the embedded database in dataDir.
  if (process.env.E2E_DATABASE_URL) env.DATABASE_URL = process.env.E2E_DATABASE_URL;
  else delete env.DATABASE_URL;
  delete env.PUBLIC_URL;
  return env;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Runs the CLI to completion (e.g. `workspace create`); throws with its output on failure. */
export function cli(args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(process.execPath, ['bin/samverkan.js', ...args], { cwd: SERVER_ROOT, env, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`samverkan ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

export async function startServer(dataDir: string, port: number): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, ['bin/samverkan.js', 'serve'], {
    cwd: SERVER_ROOT,
    env: serverEnv(dataDir, port),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The newest 20,000 characters of the server's output, for the error when it fails.
  let output = '';
  const keep = (d: Buffer) => (output = (output + d.toString()).slice(-20_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const started = Date.now();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 120_000;
  for (;;) {
    // A process ended by a signal has no exit code, only a signal code.
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The server ended (${child.exitCode ?? child.signalCode}) before it was ready:\n${output}`);
    try {
      const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server was not ready within ${Math.round((Date.now() - started) / 1000)} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exited;
      clearTimeout(timer);
      if (code !== 0) process.stderr.write(`samverkan serve exited with ${code}:\n${output}\n`);
    },
  };
}
