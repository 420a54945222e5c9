// casedesk-load: the public question form under load while staff work. `samverkan serve` (demo
// workspace) is a child process with the form's rate limits raised; this process sends public
// submissions at a fixed rate (open loop: the next one leaves on time whatever the answers do)
// while 20 staff sessions each list the newest cases and open one, with a pause between requests.
// Afterwards, with the server stopped, the registration numbers the clients received are compared
// with the database: every acknowledged question is there once, with the number it was told, and
// the register's numbers for the year run from 1 without a gap.
// PostgreSQL: one run at BENCH_RATE (200/s) for BENCH_DURATION_S (60 s). PGlite: steps of rising
// rate on one server (BENCH_STEP_S each), then full-length runs from the highest rate that held a
// step downwards until one holds for the whole duration.
import crypto from 'node:crypto';
import http from 'node:http';
import { sql } from 'kysely';
import type { Bench, BenchContext, Figures } from '../lib/bench.ts';
import { openDirect } from '../lib/direct-db.ts';
import { DEMO_EMAIL, login, percentile, round, sleep, type Session } from '../lib/http.ts';
import { SAMVERKAN_BIN, startServer, type ServerProcess } from '../lib/proc.ts';
import type { Target } from '../lib/targets.ts';

const RATE = Number(process.env.BENCH_RATE ?? 200);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 60);
const STEP_S = Number(process.env.BENCH_STEP_S ?? 20);
const STEPS = (process.env.BENCH_STEPS ?? '25,50,75,100,150,200').split(',').map(Number);
const STAFF = 20;
/** Mean pause of a staff session between two requests (uniform 0.5–1.5 × this). */
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 500);
const TIMEOUT_MS = 30_000;
/** A rate holds when nothing fails and submissions do not queue up: p95 within this. */
const HOLD_P95_MS = 1000;
const STAFF_TARGET_P95_MS = 100;
const SLUG = 'demo-ostanvik';

interface Answer {
  status: number;
  ms: number;
  body: string;
  error?: string;
}

function request(agent: http.Agent, url: string, method: 'GET' | 'POST', headers: Record<string, string>, body?: string): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request(url, { method, agent, headers: body ? { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, body: Buffer.concat(chunks).toString() }));
      res.on('error', (err) => resolve({ status: 0, ms: performance.now() - started, body: '', error: err.message }));
    });
    req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error('timeout')));
    req.on('error', (err) => resolve({ status: 0, ms: performance.now() - started, body: '', error: err.message }));
    if (body) req.write(body);
    req.end();
  });
}

interface Submission {
  marker: string;
  status: number;
  ms: number;
  reference?: string;
  error?: string;
}

/** Sends `rate` submissions a second for `seconds`, each on time, and waits for every answer. */
async function submit(url: string, rate: number, seconds: number, runId: string, offset: number, topics: string[]): Promise<Submission[]> {
  // A connection per submission, as visitors on the internet have: no keep-alive socket that the
  // server closes (idle for 5 s) just as the client sends on it.
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const total = Math.round(rate * seconds);
  const out: Promise<Submission>[] = [];
  const t0 = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = t0 + (i * 1000) / rate - performance.now();
    if (wait > 1) await sleep(wait);
    const n = offset + i;
    const marker = `Bench ${runId} #${n}`;
    const body = JSON.stringify({
      language: (['sv', 'da', 'en'] as const)[n % 3],
      requesterKind: 'newcomer',
      topic: topics[n % topics.length],
      subject: marker,
      question: `Hej! Jag har flyttat hit och undrar hur jag registrerar min enskilda firma. Fråga nummer ${n}.`,
      name: `Åsa Öberg ${n}`,
      email: `bench.${runId}.${n}@example.org`,
      consent: true,
    });
    out.push(
      request(agent, url, 'POST', { 'accept-language': 'sv' }, body).then((a) => {
        let reference: string | undefined;
        if (a.status === 201) reference = (JSON.parse(a.body) as { reference: string }).reference;
        return { marker, status: a.status, ms: a.ms, reference, error: a.error };
      }),
    );
  }
  const results = await Promise.all(out);
  agent.destroy();
  return results;
}

interface StaffSample {
  kind: 'list' | 'open';
  status: number;
  ms: number;
  error?: string;
}

/** Staff sessions until `stop` resolves: list the newest 50 cases, open one of them, pause, again. */
function staffWork(baseUrl: string, sessions: Session[], stop: Promise<void>) {
  const samples: StaffSample[] = [];
  let stopped = false;
  void stop.then(() => (stopped = true));
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const loops = sessions.map(async (s, k) => {
    const headers = { cookie: s.cookie, 'accept-language': 'sv' };
    const list = `${baseUrl}/api/w/${s.workspaceId}/cases?limit=50`;
    await sleep((k * THINK_MS) / sessions.length);
    while (!stopped) {
      const l = await request(agent, list, 'GET', headers);
      samples.push({ kind: 'list', status: l.status, ms: l.ms, error: l.error });
      if (stopped) break;
      await sleep(THINK_MS * (0.5 + Math.random()));
      const items = l.status === 200 ? (JSON.parse(l.body) as { items: { id: string }[] }).items : [];
      if (!items.length || stopped) continue;
      const o = await request(agent, `${baseUrl}/api/w/${s.workspaceId}/cases/${items[Math.floor(Math.random() * items.length)]!.id}`, 'GET', headers);
      samples.push({ kind: 'open', status: o.status, ms: o.ms, error: o.error });
      await sleep(THINK_MS * (0.5 + Math.random()));
    }
  });
  return {
    async done() {
      await Promise.all(loops);
      agent.destroy();
      return samples;
    },
  };
}

const p = (xs: number[], q: number) => round(percentile([...xs].sort((a, b) => a - b), q), 1);

interface Step {
  rate: number;
  seconds: number;
  submissions: Submission[];
  staff: StaffSample[];
}

function stepFigures(s: Step) {
  const ok = s.submissions.filter((x) => x.status === 201);
  const staffOk = s.staff.filter((x) => x.status === 200);
  const lastAnswer = Math.max(...s.submissions.map((x) => x.ms));
  return {
    sent: s.submissions.length,
    acknowledged: ok.length,
    fiveXx: s.submissions.filter((x) => x.status >= 500).length + s.staff.filter((x) => x.status >= 500).length,
    otherStatus: s.submissions.filter((x) => x.status !== 201 && x.status !== 0 && x.status < 500).length + s.staff.filter((x) => x.status !== 200 && x.status !== 0 && x.status < 500).length,
    networkErrors: s.submissions.filter((x) => x.status === 0).length + s.staff.filter((x) => x.status === 0).length,
    submitP50: p(ok.map((x) => x.ms), 50),
    submitP95: p(ok.map((x) => x.ms), 95),
    submitP99: p(ok.map((x) => x.ms), 99),
    achievedRate: round(ok.length / (s.seconds + lastAnswer / 1000), 1),
    staffRequests: s.staff.length,
    staffP50: p(staffOk.map((x) => x.ms), 50),
    staffP95: p(staffOk.map((x) => x.ms), 95),
    staffListP95: p(staffOk.filter((x) => x.kind === 'list').map((x) => x.ms), 95),
    staffOpenP95: p(staffOk.filter((x) => x.kind === 'open').map((x) => x.ms), 95),
  };
}

const holds = (f: ReturnType<typeof stepFigures>) => f.fiveXx === 0 && f.otherStatus === 0 && f.networkErrors === 0 && f.submitP95 <= HOLD_P95_MS;

async function runStep(ctx: BenchContext, server: ServerProcess, sessions: Session[], topics: string[], runId: string, offset: number, rate: number, seconds: number): Promise<Step> {
  let release!: () => void;
  const stop = new Promise<void>((r) => (release = r));
  const staff = staffWork(server.url, sessions, stop);
  await sleep(THINK_MS);
  const submissions = await submit(`${server.url}/api/public/${SLUG}/questions`, rate, seconds, runId, offset, topics);
  release();
  const step = { rate, seconds, submissions, staff: await staff.done() };
  const f = stepFigures(step);
  ctx.log(
    `${String(rate).padStart(4)}/s × ${seconds} s: ${f.acknowledged}/${f.sent} registered, 5xx ${f.fiveXx}, other ${f.otherStatus}, errors ${f.networkErrors}; ` +
      `submit p50/p95/p99 ${f.submitP50}/${f.submitP95}/${f.submitP99} ms; staff ${f.staffRequests} requests p95 ${f.staffP95} ms (list ${f.staffListP95}, open ${f.staffOpenP95})`,
  );
  const bad = [...submissions, ...step.staff].find((x) => x.status !== 201 && x.status !== 200);
  if (bad) ctx.log(`  e.g. ${bad.status} ${bad.error ?? ''}`);
  return step;
}

/** The numbers the clients were told against the database, read with the server stopped. */
async function verify(target: Target, runId: string, submissions: Submission[]) {
  const direct = await openDirect(target.env);
  try {
    const ws = await direct.db.selectFrom('workspaces').select('id').where('slug', '=', SLUG).executeTakeFirstOrThrow();
    const refs = submissions.filter((s) => s.reference).map((s) => s.reference!);
    const year = Number(refs[0]?.match(/ (\d{4})\//)?.[1] ?? new Date().getFullYear());
    const rows = await direct.db
      .selectFrom('cases')
      .select(['number', 'reference', 'title'])
      .where('workspace_id', '=', ws.id)
      .where('register', '=', 'KS')
      .where('year', '=', year)
      .orderBy('number')
      .execute();
    const numbers = rows.map((r) => r.number);
    const max = numbers.length ? numbers[numbers.length - 1]! : 0;
    const distinct = new Set(numbers).size;
    const byTitle = new Map<string, string[]>();
    for (const r of rows.filter((r) => r.title.startsWith(`Bench ${runId} `))) byTitle.set(r.title, [...(byTitle.get(r.title) ?? []), r.reference]);
    let lost = 0;
    let wrongNumber = 0;
    for (const s of submissions.filter((x) => x.reference)) {
      const found = byTitle.get(s.marker);
      if (!found) lost++;
      else if (!found.includes(s.reference!)) wrongNumber++;
    }
    const duplicated = [...byTitle.values()].reduce((n, r) => n + r.length - 1, 0) + (refs.length - new Set(refs).size);
    const unacknowledged = [...byTitle.keys()].filter((title) => !submissions.some((s) => s.marker === title && s.reference)).length;
    const receipts = await sql<{ n: number }>`select count(*)::int as n from mail_outbox where workspace_id = ${ws.id} and to_address like ${`bench.${runId}.%`}`.execute(direct.db);
    return {
      cases_in_register_year: rows.length,
      number_gaps: max - distinct,
      numbers_repeated: rows.length - distinct,
      cases_lost: lost,
      cases_duplicated: duplicated,
      cases_wrong_number: wrongNumber,
      cases_unacknowledged: unacknowledged,
      receipts_queued: receipts.rows[0]?.n ?? 0,
    };
  } finally {
    await direct.close();
  }
}

export const casedeskLoad: Bench = {
  name: 'casedesk-load',
  description: `public question form at ${RATE}/s for ${DURATION_S} s (PGlite: rising rate) while ${STAFF} staff sessions list and open cases; checks every registration number against the database`,
  dbs: ['pglite', 'postgres'],
  async run(ctx) {
    const target = await ctx.freshTarget('casedesk_load');
    const password = `bench-${crypto.randomBytes(6).toString('hex')}`;
    const runId = crypto.randomBytes(3).toString('hex');
    const limit = String(100_000_000);
    const server = await startServer({
      label: 'samverkan serve',
      args: [SAMVERKAN_BIN, 'serve'],
      env: { ...target.env, DEMO_PASSWORD: password, ARGON2_FAST: 'true', LOG_LEVEL: 'warn', CASE_FORM_IP_LIMIT: limit, CASE_FORM_WORKSPACE_LIMIT: limit },
      readyPath: '/readyz',
    });
    const all: Submission[] = [];
    const figures: Figures = {};
    try {
      const sessions: Session[] = [];
      for (let i = 0; i < STAFF; i++) sessions.push(await login(server.url, DEMO_EMAIL, password));
      const form = (await (await fetch(`${server.url}/api/public/${SLUG}/questions/form`)).json()) as { topics: { code: string }[] };
      const topics = form.topics.map((t) => t.code);
      // Unmeasured warm-up: the first requests compile code paths and fill caches.
      all.push(...(await runStep(ctx, server, sessions, topics, runId, 0, 20, 3)).submissions);

      let final: Step;
      if (ctx.db === 'postgres') {
        final = await runStep(ctx, server, sessions, topics, runId, all.length, RATE, DURATION_S);
        all.push(...final.submissions);
      } else {
        const held: number[] = [];
        for (const rate of STEPS) {
          const step = await runStep(ctx, server, sessions, topics, runId, all.length, rate, STEP_S);
          all.push(...step.submissions);
          const f = stepFigures(step);
          figures[`step_${rate}_submit_p95_ms`] = f.submitP95;
          figures[`step_${rate}_staff_p95_ms`] = f.staffP95;
          figures[`step_${rate}_errors`] = f.fiveXx + f.otherStatus + f.networkErrors;
          if (!holds(f)) break;
          held.push(rate);
          await sleep(3000);
        }
        if (!held.length) throw new Error(`not even ${STEPS[0]}/s held on PGlite`);
        // A rate holds only if it also holds for the full duration (the tables grow meanwhile);
        // from the highest that held a step, down, at most three tries.
        let last: Step | null = null;
        for (const rate of held.reverse().slice(0, 3)) {
          ctx.log(`${rate}/s held for ${STEP_S} s; now ${DURATION_S} s at that rate`);
          await sleep(3000);
          last = await runStep(ctx, server, sessions, topics, runId, all.length, rate, DURATION_S);
          all.push(...last.submissions);
          if (holds(stepFigures(last))) break;
        }
        final = last!;
        figures.max_rate_holding_per_s = holds(stepFigures(final)) ? final.rate : 0;
      }
      const f = stepFigures(final);
      Object.assign(figures, {
        submit_rate_per_s: final.rate,
        submit_duration_s: final.seconds,
        submissions_sent: f.sent,
        submissions_registered: f.acknowledged,
        achieved_rate_per_s: f.achievedRate,
        status_5xx: f.fiveXx,
        status_other: f.otherStatus,
        network_errors: f.networkErrors,
        submit_p50_ms: f.submitP50,
        submit_p95_ms: f.submitP95,
        submit_p99_ms: f.submitP99,
        staff_sessions: STAFF,
        staff_requests: f.staffRequests,
        staff_p50_ms: f.staffP50,
        staff_p95_ms: f.staffP95,
        staff_list_p95_ms: f.staffListP95,
        staff_open_p95_ms: f.staffOpenP95,
        staff_target_met: f.staffP95 <= STAFF_TARGET_P95_MS ? 1 : 0,
      });
    } catch (err) {
      ctx.log(`server output:\n${server.output()}`);
      throw err;
    } finally {
      await server.stop();
    }
    const check = await verify(target, runId, all);
    ctx.log(`database: ${JSON.stringify(check)}`);
    Object.assign(figures, check);
    if (check.cases_lost || check.cases_duplicated || check.number_gaps || check.numbers_repeated || check.cases_wrong_number) {
      throw new Error(`registrations lost or duplicated: ${JSON.stringify(check)}`);
    }
    if (ctx.db === 'postgres' && (figures.status_5xx || figures.network_errors)) throw new Error(`${figures.status_5xx} answers 5xx and ${figures.network_errors} failed requests under load`);
    return figures;
  },
};
