// api-overhead: throughput and latency of a small authenticated read on the real server
// (`samverkan serve` as a child process), against a bare Hono hello-world measured the same way.
import crypto from 'node:crypto';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import type { Bench, Figures } from '../lib/bench.ts';
import { DEMO_EMAIL, login, round } from '../lib/http.ts';
import { ROOT, SAMVERKAN_BIN, startServer } from '../lib/proc.ts';

const CONNECTIONS = 50;
const DURATION_S = 10;
/** Unmeasured load first, the same for both servers, so JIT warm-up is not in the figures. */
const WARMUP_S = 2;

async function load(url: string, headers: Record<string, string>, duration: number): Promise<Result> {
  return autocannon({ url, connections: CONNECTIONS, duration, headers, timeout: 10 });
}

function assertClean(label: string, r: Result) {
  if (r.non2xx !== 0 || r.errors !== 0 || r.timeouts !== 0) {
    throw new Error(
      `${label}: ${r.non2xx} non-2xx responses, ${r.errors} errors, ${r.timeouts} timeouts ` +
        `(status codes: ${JSON.stringify(r.statusCodeStats)}) — the figures would be meaningless`,
    );
  }
  if (r.requests.total === 0) throw new Error(`${label}: no requests completed`);
}

export const apiOverhead: Bench = {
  name: 'api-overhead',
  description: `GET /api/w/{ws}/members with a session cookie, autocannon ${CONNECTIONS} connections × ${DURATION_S} s, vs a bare Hono hello-world`,
  dbs: ['pglite', 'postgres'],
  async run(ctx) {
    const password = `bench-${crypto.randomBytes(6).toString('hex')}`;
    const target = await ctx.freshTarget('api_overhead');
    let ours: Result;
    const server = await startServer({
      label: 'samverkan serve',
      args: [SAMVERKAN_BIN, 'serve'],
      env: { ...target.env, DEMO_PASSWORD: password, ARGON2_FAST: 'true', LOG_LEVEL: 'warn' },
      readyPath: '/readyz',
    });
    try {
      const session = await login(server.url, DEMO_EMAIL, password);
      const url = `${server.url}/api/w/${session.workspaceId}/members`;
      const headers = { cookie: session.cookie };
      const check = await fetch(url, { headers });
      const body = await check.text();
      if (check.status !== 200 || !body.includes(DEMO_EMAIL)) throw new Error(`members answered ${check.status}: ${body.slice(0, 300)}`);

      ctx.log(`samverkan: warm-up ${WARMUP_S} s, then ${DURATION_S} s × ${CONNECTIONS} connections on ${url}`);
      assertClean('samverkan warm-up', await load(url, headers, WARMUP_S));
      ours = await load(url, headers, DURATION_S);
      assertClean('samverkan', ours);
    } catch (err) {
      ctx.log(`server output:\n${server.output()}`);
      throw err;
    } finally {
      await server.stop();
    }

    let bare: Result;
    const bareServer = await startServer({
      label: 'bare hono',
      args: ['--import', 'tsx', path.join(ROOT, 'bench/servers/bare-hono.ts')],
      env: {},
      readyPath: '/',
    });
    try {
      // Same path and headers as above; the bare server answers any GET.
      const url = `${bareServer.url}/api/w/00000000-0000-0000-0000-000000000000/members`;
      const headers = { cookie: 'sv_session=bench' };
      ctx.log(`bare hono: warm-up ${WARMUP_S} s, then ${DURATION_S} s × ${CONNECTIONS} connections`);
      assertClean('bare warm-up', await load(url, headers, WARMUP_S));
      bare = await load(url, headers, DURATION_S);
      assertClean('bare hono', bare);
    } finally {
      await bareServer.stop();
    }

    const figures: Figures = {
      req_per_s: round(ours.requests.average, 1),
      latency_p50_ms: ours.latency.p50,
      latency_p99_ms: ours.latency.p99,
      non_2xx: ours.non2xx,
      bare_req_per_s: round(bare.requests.average, 1),
      bare_latency_p50_ms: bare.latency.p50,
      bare_latency_p99_ms: bare.latency.p99,
      ratio_to_bare: round(ours.requests.average / bare.requests.average, 3),
    };
    return figures;
  },
};
