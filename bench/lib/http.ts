// Small HTTP helpers: demo login, a fixed-rate latency probe, percentiles.
import http from 'node:http';

export const DEMO_EMAIL = 'anna.lindqvist@ostanvik.example';

export interface Session {
  cookie: string;
  csrfToken: string;
  workspaceId: string;
}

export async function login(baseUrl: string, email: string, password: string): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${text}`);
  const body = JSON.parse(text) as { csrfToken: string; workspaces: { id: string }[] };
  const m = /sv_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '');
  if (!m) throw new Error('login answered 200 but set no sv_session cookie');
  const workspaceId = body.workspaces[0]?.id;
  if (!workspaceId) throw new Error('the demo admin has no workspace');
  return { cookie: `sv_session=${m[1]}`, csrfToken: body.csrfToken, workspaceId };
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function summarize(latencies: number[]) {
  const s = [...latencies].sort((a, b) => a - b);
  return { count: s.length, p50: percentile(s, 50), p99: percentile(s, 99), max: s[s.length - 1] ?? NaN };
}

export interface Probe {
  /** Stops sending and waits for the requests still out; returns each latency in ms. */
  stop(): Promise<number[]>;
}

/**
 * Sends GET `url` at a fixed rate, each on its own request (a keep-alive agent with no socket
 * limit, so a slow answer never delays the next send), and records send-to-last-byte latency.
 * Any status other than 200 or any error fails the probe.
 */
export function startProbe(url: string, ratePerSecond: number): Probe {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const latencies: number[] = [];
  const outstanding = new Set<Promise<void>>();
  const failures: string[] = [];
  const interval = 1000 / ratePerSecond;
  const t0 = performance.now();
  let i = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const fire = () => {
    const started = performance.now();
    const p = new Promise<void>((resolve) => {
      const req = http.get(url, { agent }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) latencies.push(performance.now() - started);
          else failures.push(`status ${res.statusCode}`);
          resolve();
        });
      });
      req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
      req.on('error', (err) => {
        failures.push(err.message);
        resolve();
      });
    });
    outstanding.add(p);
    void p.then(() => outstanding.delete(p));
  };
  const tick = () => {
    if (stopped) return;
    fire();
    i++;
    timer = setTimeout(tick, Math.max(0, t0 + i * interval - performance.now()));
  };
  tick();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await Promise.all([...outstanding]);
      agent.destroy();
      if (failures.length) throw new Error(`${failures.length} probe requests to ${url} failed, e.g. ${failures[0]}`);
      return latencies;
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
