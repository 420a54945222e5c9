// portfolio: the project list at the size the issue asks for — 2,000 projects and 20,000
// partners in a workspace (on a generated register of BENCH_PORTFOLIO_ORGS organisations), plus
// 300 calls — through the real HTTP API of `samverkan serve`, each query also run as bare SQL in
// this process (the same service function on a direct connection inside a workspace transaction)
// for ratio_to_sql. Budget lines and the dashboard totals come with budgets (issue 11); until then
// this bench measures the list, its filters, the board's page and the calls list.
import { sql } from 'kysely';
import type { Bench, Figures } from '../lib/bench.ts';
import { openDirect, type DirectDb } from '../lib/direct-db.ts';
import { login, percentile, round, type Session } from '../lib/http.ts';
import { SAMVERKAN_BIN, startServer } from '../lib/proc.ts';
import { BENCH_ADMIN, generateRegister } from '../generate/register.ts';
import { openDatabase } from '../../src/server/db/connect.ts';
import { migrateToLatest } from '../../src/server/db/migrate.ts';
import { upsertProgrammeCatalogue } from '../../src/server/modules/projects/catalogue.ts';
import { inWorkspace, type Scope } from '../../src/server/db/tenancy.ts';
import { ProjectQuery } from '../../src/server/modules/projects/schema.ts';
import { listProjects } from '../../src/server/modules/projects/service.ts';
import { CallQuery } from '../../src/server/modules/calls/schema.ts';
import { listCalls } from '../../src/server/modules/calls/service.ts';

const PROJECTS = Number(process.env.BENCH_PORTFOLIO_PROJECTS ?? 2_000);
const PARTNERS_PER_PROJECT = 10;
const CALLS = 300;
const ORGS = Number(process.env.BENCH_PORTFOLIO_ORGS ?? 20_000);
const REPS = Number(process.env.BENCH_REPS ?? 30);
const WARMUP = 3;
const TARGET_MS = { postgres: 50, pglite: 250 } as const;
/** The offset of a page half way through the list (975 at 2,000 projects). */
const MIDDLE = Math.floor(PROJECTS / 2 / 25) * 25 - 25;

interface Query {
  id: string;
  label: string;
  path: 'projects' | 'calls';
  params: Record<string, string>;
}

const QUERIES: Query[] = [
  { id: 'p01', label: 'first page, newest changed first', path: 'projects', params: {} },
  { id: 'p02', label: 'status=running', path: 'projects', params: { status: 'running' } },
  { id: 'p03', label: 'fund=interreg year=2026 sort=acronym', path: 'projects', params: { fund: 'interreg', year: '2026', sort: 'acronym' } },
  { id: 'p04', label: 'theme=po2 sdg=7', path: 'projects', params: { theme: 'po2', sdg: '7' } },
  { id: 'p05', label: 'text: GREEN', path: 'projects', params: { q: 'GREEN' } },
  { id: 'p06', label: 'role=lead_partner officer, sort=-start_date', path: 'projects', params: { role: 'lead_partner', sort: '-start_date' } },
  { id: 'p07', label: `a page of 25 half way (offset ${MIDDLE})`, path: 'projects', params: { limit: '25', offset: String(MIDDLE), sort: 'title' } },
  { id: 'p08', label: 'board: 200 cards, statuses idea..final_report', path: 'projects', params: { limit: '200', status: 'idea,in_preparation,submitted,approved,contracted,running,final_report', sort: 'acronym' } },
  { id: 'c01', label: 'calls: open, soonest deadline first', path: 'calls', params: { status: 'open' } },
  { id: 'c02', label: 'calls: all, by title', path: 'calls', params: { sort: 'title', limit: '50' } },
];

const STATUSES = ['idea', 'in_preparation', 'submitted', 'approved', 'rejected', 'withdrawn', 'contracted', 'running', 'final_report', 'closed'];
const WORDS = ['GREEN', 'BLUE', 'SMART', 'PORT', 'DIGI', 'CLIMA', 'TOUR', 'AGRI', 'WIND', 'CARE', 'HERIT', 'SKILL'];

/** 2,000 projects over the catalogue's programmes in every status, ten partners each (one lead), 300 calls. */
async function seedPortfolio(db: Parameters<typeof generateRegister>[0]['db'], workspaceId: string, officerId: string) {
  const programmes = (await db.selectFrom('programmes').select('id').where('workspace_id', 'is', null).orderBy('code').execute()).map((p) => p.id);
  if (!programmes.length) throw new Error('no catalogue programmes to put the projects on');
  await sql`
    insert into projects (workspace_id, acronym, title, summary, programme_id, themes, sdgs, start_date, end_date, our_role, officer_id, status, status_date, created_by, created_at, updated_at)
    select ${workspaceId}::uuid,
      (${sql.val(WORDS)}::text[])[1 + g % ${WORDS.length}] || '-' || g,
      'Projekt ' || g || ': ' || (${sql.val(WORDS)}::text[])[1 + (g / 7) % ${WORDS.length}] || ' i Östersjöregionen',
      'Sammanfattning av projekt ' || g,
      (${sql.val(programmes)}::uuid[])[1 + g % ${programmes.length}],
      array['po' || (1 + g % 5)],
      array[1 + g % 17, 1 + (g * 7) % 17],
      date '2021-01-01' + (g * 37) % 2190,
      date '2021-01-01' + (g * 37) % 2190 + 730 + (g % 365),
      (array['lead_partner', 'partner', 'associated_partner'])[1 + g % 3],
      ${officerId}::uuid,
      (${sql.val(STATUSES)}::text[])[1 + g % 10],
      date '2026-01-01' + (g % 300),
      ${officerId}::uuid,
      now() - (g || ' minutes')::interval,
      now() - (g || ' minutes')::interval
    from generate_series(1, ${PROJECTS}) g`.execute(db);
  await sql`
    insert into project_status_changes (workspace_id, project_id, from_status, to_status, changed_on, actor_id)
    select workspace_id, id, null, status, status_date, officer_id from projects where workspace_id = ${workspaceId}::uuid`.execute(db);
  // Ten distinct organisations per project: a stride through the register.
  await sql`
    with p as (select id, row_number() over (order by id) as n from projects where workspace_id = ${workspaceId}::uuid),
         o as (select id, row_number() over (order by id) as n, count(*) over () as total from organisations where workspace_id = ${workspaceId}::uuid)
    insert into project_partners (workspace_id, project_id, organisation_id, role)
    select ${workspaceId}::uuid, p.id, o.id, case when k = 0 then 'lead' when k = 9 then 'associated' else 'partner' end
    from p cross join generate_series(0, ${PARTNERS_PER_PROJECT - 1}) k
    join o on o.n = 1 + ((p.n * 37 + k * 1009) % o.total)`.execute(db);
  await sql`
    insert into calls (workspace_id, programme_id, identifier, title, opens_on, time_zone, deadline_local, deadline_at, policy_objectives, created_by, created_at, updated_at)
    select ${workspaceId}::uuid, (${sql.val(programmes)}::uuid[])[1 + g % ${programmes.length}], 'CALL-' || g, 'Utlysning ' || g,
      current_date - 30 + (g % 90), 'Europe/Brussels',
      (current_date + (g % 400) - 100 + time '17:00')::timestamp,
      ((current_date + (g % 400) - 100 + time '17:00')::timestamp at time zone 'Europe/Brussels'),
      array['PO' || (1 + g % 5)], ${officerId}::uuid, now(), now()
    from generate_series(1, ${CALLS}) g`.execute(db);
  await sql`analyze`.execute(db);
  const n = async (table: 'projects' | 'project_partners' | 'calls') => Number((await db.selectFrom(table).select(sql<number>`count(*)::int`.as('n')).where('workspace_id', '=', workspaceId).executeTakeFirstOrThrow()).n);
  return { projects: await n('projects'), partners: await n('project_partners'), calls: await n('calls') };
}

async function apiGet(url: string, session: Session) {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { cookie: session.cookie, 'accept-language': 'sv' } });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${text.slice(0, 300)}`);
  return { ms: performance.now() - t0, body: JSON.parse(text) as { total: number; items: unknown[] } };
}

async function sqlRun(direct: DirectDb, scope: Scope & { userId: string }, q: Query) {
  return inWorkspace(direct.db, scope, async (tx) => {
    direct.take();
    const t0 = performance.now();
    if (q.path === 'projects') await listProjects(tx, ProjectQuery.parse(q.params), 'sv');
    else await listCalls(tx, { workspaceId: scope.workspaceId, userId: scope.userId, requestId: 'bench' }, CallQuery.parse(q.params), new Date(), 'sv');
    return performance.now() - t0;
  });
}

const p = (xs: number[], q: number) => percentile([...xs].sort((a, b) => a - b), q);

export const portfolio: Bench = {
  name: 'portfolio',
  description: `project list (2,000 projects, 20,000 partners) with filters, the board's page and the calls list, API vs bare SQL`,
  dbs: ['pglite', 'postgres'],
  async run(ctx) {
    const target = await ctx.freshTarget('portfolio');
    const t0 = performance.now();
    const database = await openDatabase({ databaseUrl: target.env.DATABASE_URL, dataDir: target.env.DATA_DIR, poolSize: 2 });
    let generated: { workspaceId: string; adminUserId: string; rows: Awaited<ReturnType<typeof seedPortfolio>> };
    try {
      await migrateToLatest(database.db);
      // The server writes the programme catalogue at start; the projects need it before.
      await upsertProgrammeCatalogue(database.db);
      const gen = await generateRegister(database, { size: { organisations: ORGS, relations: ORGS * 2, people: 1_000 }, log: (m) => ctx.log(m) });
      const ws = gen.workspaces[0]!.id;
      generated = { workspaceId: ws, adminUserId: gen.adminUserId, rows: await seedPortfolio(database.db, ws, gen.adminUserId) };
    } finally {
      await database.close();
    }
    const { workspaceId, adminUserId, rows } = generated;
    ctx.log(`generated in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${rows.projects} projects, ${rows.partners} partners, ${rows.calls} calls`);
    const api = new Map<string, number[]>(QUERIES.map((q) => [q.id, []]));
    const bare = new Map<string, number[]>(QUERIES.map((q) => [q.id, []]));
    const totals = new Map<string, number>();

    const server = await startServer({ label: 'samverkan serve', args: [SAMVERKAN_BIN, 'serve'], env: { ...target.env, DEMO: 'false', ARGON2_FAST: 'true', LOG_LEVEL: 'warn' }, readyPath: '/readyz', timeoutMs: 180_000 });
    try {
      const session = await login(server.url, BENCH_ADMIN.email, BENCH_ADMIN.password);
      for (let round = 0; round < WARMUP + REPS; round++) {
        for (const q of QUERIES) {
          const r = await apiGet(`${server.url}/api/w/${workspaceId}/${q.path}?${new URLSearchParams(q.params)}`, session);
          if (round === 0) {
            if (!r.body.items.length) throw new Error(`${q.id} (${q.label}) found nothing`);
            totals.set(q.id, r.body.total);
          }
          if (round >= WARMUP) api.get(q.id)!.push(r.ms);
        }
      }
    } finally {
      await server.stop();
    }
    const direct = await openDirect(target.env);
    try {
      const scope = { workspaceId, userId: adminUserId };
      for (let round = 0; round < WARMUP + REPS; round++) {
        for (const q of QUERIES) {
          const ms = await sqlRun(direct, scope, q);
          if (round >= WARMUP) bare.get(q.id)!.push(ms);
        }
      }
    } finally {
      await direct.close();
    }

    const figures: Figures = { projects: rows.projects, partners: rows.partners, calls: rows.calls, organisations: ORGS, reps: REPS };
    let worst = 0;
    let over = 0;
    for (const q of QUERIES) {
      const a = api.get(q.id)!;
      const s = bare.get(q.id)!;
      const p95 = round(p(a, 95), 1);
      figures[`${q.id}_p50_ms`] = round(p(a, 50), 1);
      figures[`${q.id}_p95_ms`] = p95;
      figures[`${q.id}_sql_p50_ms`] = round(p(s, 50), 1);
      figures[`${q.id}_total`] = totals.get(q.id) ?? 0;
      worst = Math.max(worst, p95);
      if (p95 > TARGET_MS[ctx.db]) over++;
      ctx.log(`${q.id} ${q.label.padEnd(48)} total ${String(totals.get(q.id)).padStart(5)}  api p50 ${p(a, 50).toFixed(1)} p95 ${p95} ms  sql p50 ${p(s, 50).toFixed(1)} ms`);
    }
    figures.worst_p95_ms = worst;
    figures.target_p95_ms = TARGET_MS[ctx.db];
    figures.queries_over_target = over;
    const apiAll = QUERIES.flatMap((q) => api.get(q.id)!);
    const sqlAll = QUERIES.flatMap((q) => bare.get(q.id)!);
    figures.ratio_to_sql = round(p(apiAll, 50) / p(sqlAll, 50), 2);
    return figures;
  },
};
