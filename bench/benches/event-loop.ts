// event-loop: does a long query stall other requests? One client runs `select pg_sleep(1)` through
// the real database path (bench/servers/slow-query-server.ts) ten times back to back while a probe
// hits /healthz at a fixed rate. Compared with a baseline without the slow query and, on PGlite,
// with a control server that opens PGlite in its main thread (what the worker thread avoids).
import path from 'node:path';
import type { Bench, BenchContext, Figures } from '../lib/bench.ts';
import { round, sleep, startProbe, summarize } from '../lib/http.ts';
import { ROOT, startServer } from '../lib/proc.ts';

const PROBE_RATE = 50; // /healthz requests per second (no database: measures the event loop)
const DB_PROBE_RATE = 5; // /readyz requests per second (select 1: measures waiting for the database)
const BASELINE_MS = 5_000;
const SLOW_QUERIES = 10;
const SLOW_QUERY_S = 1;
const TARGET_P99_MS = 100;


async function measure(ctx: BenchContext, label: string, env: Record<string, string>) {
  const target = await ctx.freshTarget(`event_loop_${label}`);
  const server = await startServer({
    label: `slow-query server (${label})`,
    args: ['--import', 'tsx', path.join(ROOT, 'bench/servers/slow-query-server.ts')],
    env: { ...target.env, ...env, LOG_LEVEL: 'warn' },
    readyPath: '/readyz',
  });
  try {
    const healthz = `${server.url}/healthz`;
    // Warm up the route and the slow path once.
    for (let i = 0; i < 20; i++) await (await fetch(healthz)).arrayBuffer();
    const warm = await fetch(`${server.url}/bench/sleep?s=0.01`);
    if (warm.status !== 200) throw new Error(`/bench/sleep answered ${warm.status}: ${await warm.text()}`);

    ctx.log(`${label}: baseline, /healthz at ${PROBE_RATE}/s for ${BASELINE_MS / 1000} s`);
    let probe = startProbe(healthz, PROBE_RATE);
    let dbProbe = startProbe(`${server.url}/readyz`, DB_PROBE_RATE);
    await sleep(BASELINE_MS);
    const baseline = summarize(await probe.stop());
    const baselineDb = summarize(await dbProbe.stop());

    ctx.log(`${label}: ${SLOW_QUERIES} × pg_sleep(${SLOW_QUERY_S}) back to back, /healthz at ${PROBE_RATE}/s`);
    probe = startProbe(healthz, PROBE_RATE);
    dbProbe = startProbe(`${server.url}/readyz`, DB_PROBE_RATE);
    await sleep(200);
    const slowQueryMs: number[] = [];
    for (let i = 0; i < SLOW_QUERIES; i++) {
      const started = performance.now();
      const res = await fetch(`${server.url}/bench/sleep?s=${SLOW_QUERY_S}`);
      const text = await res.text();
      if (res.status !== 200) throw new Error(`/bench/sleep answered ${res.status}: ${text}`);
      slowQueryMs.push(performance.now() - started);
    }
    const slow = summarize(await probe.stop());
    const slowDb = summarize(await dbProbe.stop());
    return { baseline, slow, baselineDb, slowDb, slowQueryMs };
  } catch (err) {
    ctx.log(`server output:\n${server.output()}`);
    throw err;
  } finally {
    await server.stop();
  }
}

export const eventLoop: Bench = {
  name: 'event-loop',
  description: `/healthz latency at ${PROBE_RATE} req/s while ${SLOW_QUERIES} × select pg_sleep(${SLOW_QUERY_S}) run through the real database path`,
  dbs: ['pglite', 'postgres'],
  async run(ctx) {
    const { baseline, slow, baselineDb, slowDb, slowQueryMs } = await measure(
      ctx,
      ctx.db === 'pglite' ? 'worker' : 'postgres',
      ctx.db === 'pglite' ? { BENCH_PGLITE_MODE: 'worker' } : {},
    );
    const mean = slowQueryMs.reduce((a, b) => a + b, 0) / slowQueryMs.length;
    const figures: Figures = {
      healthz_p50_ms: round(slow.p50),
      healthz_p99_ms: round(slow.p99),
      healthz_max_ms: round(slow.max),
      healthz_samples: slow.count,
      slow_queries: slowQueryMs.length,
      slow_query_mean_ms: round(mean, 1),
      baseline_healthz_p50_ms: round(baseline.p50),
      baseline_healthz_p99_ms: round(baseline.p99),
      stall_ratio: round(slow.p99 / baseline.p99),
      // Requests that do need the database: PGlite has one connection, so they wait for the slow query.
      readyz_p50_ms: round(slowDb.p50),
      readyz_p99_ms: round(slowDb.p99),
      baseline_readyz_p99_ms: round(baselineDb.p99),
    };
    if (slow.p99 >= TARGET_P99_MS) ctx.log(`WARNING: healthz p99 ${round(slow.p99)} ms while a slow query runs (target < ${TARGET_P99_MS} ms)`);

    if (ctx.db === 'pglite') {
      const control = await measure(ctx, 'main_thread', { BENCH_PGLITE_MODE: 'main-thread' });
      figures.main_thread_healthz_p50_ms = round(control.slow.p50);
      figures.main_thread_healthz_p99_ms = round(control.slow.p99);
      figures.main_thread_healthz_max_ms = round(control.slow.max);
      figures.main_thread_baseline_healthz_p99_ms = round(control.baseline.p99);
      figures.main_thread_stall_ratio = round(control.slow.p99 / control.baseline.p99);
    }
    return figures;
  },
};
