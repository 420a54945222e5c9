// register-search: the relations register at the size the issue asks for (per workspace 100,000
// organisations, 1,000,000 relations, 200,000 people; bench/generate/register.ts). Twenty
// representative searches and the organisation page through the real HTTP API of `samverkan serve`,
// each also run as bare SQL in this process (the same service function on a direct connection,
// inside a workspace transaction, timing only the service's statements) for ratio_to_sql.
import fs from 'node:fs';
import path from 'node:path';
import { CompiledQuery, sql } from 'kysely';
import type { Bench, BenchContext, Figures } from '../lib/bench.ts';
import { openDirect, type DirectDb, type Statement } from '../lib/direct-db.ts';
import { login, percentile, round, type Session } from '../lib/http.ts';
import { ROOT, SAMVERKAN_BIN, startServer } from '../lib/proc.ts';
import type { Target } from '../lib/targets.ts';
import { BENCH_ADMIN, FULL_SIZE, HUB_RELATIONS, folderBytes, generateRegister, type GeneratedRegister } from '../generate/register.ts';
import { openDatabase } from '../../src/server/db/connect.ts';
import { migrateToLatest } from '../../src/server/db/migrate.ts';
import { inWorkspace, type Scope } from '../../src/server/db/tenancy.ts';
import { listOrganisations } from '../../src/server/modules/organisations/list.ts';
import { searchOrganisations } from '../../src/server/modules/organisations/search.ts';
import { OrganisationQuery } from '../../src/server/modules/organisations/schema.ts';
import { getOrganisation } from '../../src/server/modules/organisations/service.ts';
import { PartnerSearchBody } from '../../src/server/modules/partners/schema.ts';
import { partnerSearch } from '../../src/server/modules/partners/service.ts';
import { RelationQuery } from '../../src/server/modules/relations/schema.ts';
import { listRelations } from '../../src/server/modules/relations/service.ts';

/** Timed repetitions per query (after WARMUP unmeasured rounds); BENCH_REPS overrides. */
const REPS = Number(process.env.BENCH_REPS ?? 30);
const WARMUP = 3;
/**
 * Keeps a run bounded when queries take seconds (PGlite, or a regression): a query stops being
 * repeated once its timed samples add up to BUDGET_MS (it keeps at least MIN_REPS samples), its
 * warm-up stops after WARMUP_BUDGET_MS, and after the first block a query whose median is over a
 * second is not warmed up again. Each query's sample count is in the log.
 */
const BUDGET_MS = Number(process.env.BENCH_QUERY_BUDGET_MS ?? 20_000);
const MIN_REPS = 3;
const WARMUP_BUDGET_MS = 5_000;
const BLOCKS = 3;
/** p95 targets from the issue. */
const SEARCH_TARGET_MS = { postgres: 50, pglite: 250 } as const;
const ORG_PAGE_TARGET_MS = { postgres: 30 } as Partial<Record<string, number>>;

interface ListQuery {
  id: string;
  label: string;
  params: Record<string, string>;
  /** Measure the second page: the cursor comes from a first-page request made before measuring. */
  page2?: boolean;
  /** An organisation name the first page must contain (checked once). */
  expectName?: RegExp;
}
interface PartnerQuery {
  id: string;
  label: string;
  body: Record<string, unknown>;
}
type Query = ListQuery | PartnerQuery;

export const QUERIES: Query[] = [
  { id: 'q01', label: 'sv word: företag', params: { q: 'företag' } },
  { id: 'q02', label: 'da word: vindmøller', params: { q: 'vindmøller' } },
  { id: 'q03', label: 'en word: manufacturing', params: { q: 'manufacturing' } },
  { id: 'q04', label: 'pl word: przetwórstwo', params: { q: 'przetwórstwo' } },
  { id: 'q05', label: 'da stem: virksomhed', params: { q: 'virksomhed' } },
  { id: 'q06', label: 'misspelt name: Åkerstöms Mekaniska', params: { q: 'Åkerstöms Mekaniska' }, expectName: /Åkerströms Mekaniska/ },
  { id: 'q07', label: 'filter kind=company country=DK', params: { kind: 'company', country: 'DK' } },
  { id: 'q08', label: 'filter nuts=SE31 (prefix)', params: { nuts: 'SE31' } },
  { id: 'q09', label: 'filter nace=62 (prefix)', params: { nace: '62' } },
  { id: 'q10', label: 'filter theme=po2', params: { theme: 'po2' } },
  { id: 'q11', label: 'filter sdg=7', params: { sdg: '7' } },
  { id: 'q12', label: 'filter relationType=twin_town', params: { relationType: 'twin_town' } },
  { id: 'q13', label: 'filter local=true', params: { local: 'true' } },
  { id: 'q14', label: 'energi + country=SE kind=company', params: { q: 'energi', country: 'SE', kind: 'company' } },
  { id: 'q15', label: 'virksomhed + country=DK theme=po1', params: { q: 'virksomhed', country: 'DK', theme: 'po1' } },
  { id: 'q16', label: 'export + nuts=SE313 sdg=8', params: { q: 'export', nuts: 'SE313', sdg: '8' } },
  { id: 'q17', label: 'kind=company sort=name, page 2 (cursor)', params: { kind: 'company', sort: 'name' }, page2: true },
  { id: 'q18', label: 'first page, no query or filter', params: {} },
  {
    id: 'q19',
    label: 'partner search (sv idea, themes, countries, kinds)',
    body: {
      idea: 'Vi vill utveckla vätgas och förnybar energi för små och medelstora företag i hamnar',
      themes: ['po2'],
      countries: ['DK', 'PL', 'DE', 'EE', 'LT', 'LV', 'FI'],
      kinds: ['company', 'research', 'university', 'municipality'],
    },
  },
  {
    id: 'q20',
    label: 'partner search (en idea, themes, NUTS, NACE)',
    body: { idea: 'Digital tourism for coastal towns: cultural exchange and small businesses', themes: ['po4', 'po1'], nuts: ['DK05', 'PL63', 'SE31'], nace: ['79', '62'] },
  },
];

const isList = (q: Query): q is ListQuery => 'params' in q;

interface Sample {
  api: number[];
  sql: number[];
  /** Per statement (in the order the service runs them): its durations and one example. */
  statements: { ms: number[]; example: Statement }[];
  total?: number;
  warmApi: number;
  warmSql: number;
}

const p = (xs: number[], q: number) => percentile([...xs].sort((a, b) => a - b), q);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** Whether a query gets another warm-up run (`spent`: warm-up ms in this block; `xs`: its samples so far). */
const warm = (spent: number, xs: number[]) => spent < WARMUP_BUDGET_MS && (xs.length === 0 || p(xs, 50) < 1000);
/** Whether a query needs another timed sample in this block (BUDGET_MS and MIN_REPS spread over the blocks). */
const wanted = (xs: number[], block: number) => {
  const share = (block + 1) / BLOCKS;
  return xs.length < REPS && (xs.length < Math.ceil(MIN_REPS * share) || sum(xs) < BUDGET_MS * share);
};

// ---------------------------------------------------------------- HTTP

interface Api {
  url: string;
  session: Session;
}

async function apiRequest(api: Api, q: Query): Promise<{ ms: number; status: number; text: string }> {
  const ws = api.session.workspaceId;
  const headers: Record<string, string> = { cookie: api.session.cookie, 'accept-language': 'sv' };
  let url: string;
  let init: RequestInit;
  if (isList(q)) {
    url = `${api.url}/api/w/${ws}/organisations?${new URLSearchParams(q.params)}`;
    init = { headers };
  } else {
    url = `${api.url}/api/w/${ws}/partner-search`;
    init = { method: 'POST', headers: { ...headers, 'content-type': 'application/json', 'x-csrf-token': api.session.csrfToken }, body: JSON.stringify(q.body) };
  }
  const t0 = performance.now();
  const res = await fetch(url, init);
  const text = await res.text();
  return { ms: performance.now() - t0, status: res.status, text };
}

async function timedGet(url: string, api: Api) {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { cookie: api.session.cookie, 'accept-language': 'sv' } });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${text.slice(0, 300)}`);
  return { ms: performance.now() - t0, body: JSON.parse(text) };
}

// ---------------------------------------------------------------- SQL in this process

type Parsed = { kind: 'list'; filter: ReturnType<typeof OrganisationQuery.parse> } | { kind: 'partner'; input: ReturnType<typeof PartnerSearchBody.parse> };

function parse(q: Query): Parsed {
  return isList(q) ? { kind: 'list', filter: OrganisationQuery.parse(q.params) } : { kind: 'partner', input: PartnerSearchBody.parse(q.body) };
}

/** Runs the service function the route runs, inside a workspace transaction; times only its statements. */
async function sqlRun(direct: DirectDb, scope: Scope, parsed: Parsed) {
  return inWorkspace(direct.db, scope, async (tx) => {
    direct.take();
    const t0 = performance.now();
    if (parsed.kind === 'list') await listOrganisations(tx, parsed.filter, 'sv');
    else await partnerSearch(tx, parsed.input);
    const ms = performance.now() - t0;
    return { ms, statements: direct.take() };
  });
}

async function orgPageSql(direct: DirectDb, scope: Scope, hubId: string) {
  const rq = RelationQuery.parse({ organisationId: hubId, limit: String(HUB_RELATIONS) });
  return inWorkspace(direct.db, scope, async (tx) => {
    direct.take();
    const t0 = performance.now();
    await getOrganisation(tx, hubId);
    await listRelations(tx, rq);
    const ms = performance.now() - t0;
    return { ms, statements: direct.take() };
  });
}

function record(sample: Sample, run: { ms: number; statements: Statement[] }) {
  sample.sql.push(run.ms);
  run.statements.forEach((st, i) => {
    sample.statements[i] ??= { ms: [], example: st };
    sample.statements[i]!.ms.push(st.ms);
  });
}

async function explain(direct: DirectDb, scope: Scope, st: Statement): Promise<string> {
  return inWorkspace(direct.db, scope, async (tx) => {
    const r = await tx.executeQuery<Record<string, string>>(CompiledQuery.raw(`explain (analyze, buffers) ${st.sql}`, [...st.parameters]));
    return r.rows.map((row) => Object.values(row)[0]).join('\n');
  });
}

// ---------------------------------------------------------------- the bench

async function generate(ctx: BenchContext, target: Target, workspaces: number, scale: number) {
  const size = {
    organisations: Math.round(FULL_SIZE.organisations * scale),
    relations: Math.round(FULL_SIZE.relations * scale),
    people: Math.round(FULL_SIZE.people * scale),
  };
  const t0 = performance.now();
  const database = await openDatabase({ databaseUrl: target.env.DATABASE_URL, dataDir: target.env.DATA_DIR, poolSize: 2 });
  let gen: GeneratedRegister;
  let bytes: number;
  try {
    await migrateToLatest(database.db);
    gen = await generateRegister(database, { workspaces, size, log: (m) => ctx.log(m) });
    bytes = database.kind === 'postgres' ? Number((await sql<{ n: string }>`select pg_database_size(current_database())::text as n`.execute(database.db)).rows[0]!.n) : 0;
  } finally {
    await database.close();
  }
  let walBytes = 0;
  if (target.env.DATA_DIR) {
    bytes = folderBytes(target.env.DATA_DIR);
    walBytes = folderBytes(path.join(target.env.DATA_DIR, 'pglite', 'pg_wal'));
  }
  const seconds = (performance.now() - t0) / 1000;
  ctx.log(`generated in ${seconds.toFixed(1)} s (migrations included); ${ctx.db === 'pglite' ? `data folder ${(bytes / 2 ** 20).toFixed(0)} MiB, of which WAL ${(walBytes / 2 ** 20).toFixed(0)} MiB` : `database ${(bytes / 2 ** 20).toFixed(0)} MiB`}`);
  return { gen, seconds, bytes, walBytes };
}

export const registerSearch: Bench = {
  name: 'register-search',
  description: `20 register searches (incl. 2 partner searches) and the organisation page on a generated register (100k organisations, 1M relations, 200k people per workspace), API vs bare SQL`,
  dbs: ['pglite', 'postgres'],
  async run(ctx) {
    const workspaces = ctx.workspaces ?? 1;
    const scale = Number(process.env.BENCH_SCALE ?? 1);
    const target = await ctx.freshTarget('register_search');
    const { gen, seconds, bytes, walBytes } = await generate(ctx, target, workspaces, scale);
    const figures: Figures = {
      workspaces,
      organisations_per_workspace: gen.size.organisations,
      relations_per_workspace: gen.size.relations,
      people_per_workspace: gen.size.people,
      gen_seconds: round(seconds, 1),
      gen_rows_per_s: Math.round(Object.values(gen.rows).reduce((a, b) => a + b, 0) / seconds),
      gen_organisations_per_s: Math.round(gen.rows.organisations! / gen.seconds.load_organisations!),
      gen_relations_per_s: Math.round(gen.rows.relations! / gen.seconds.load_relations!),
      gen_index_seconds: gen.seconds.indexes!,
      data_mib: Math.round(bytes / 2 ** 20),
    };
    if (ctx.db === 'pglite') figures.data_wal_mib = Math.round(walBytes / 2 ** 20);
    return { ...figures, ...(await measureRegister(ctx, target.env, { workspaceId: gen.workspaces[0]!.id, hubId: gen.workspaces[0]!.hubId, adminUserId: gen.adminUserId }, workspaces, scale)) };
  },
};

export interface RegisterUnderTest {
  workspaceId: string;
  hubId: string;
  adminUserId: string;
}

/**
 * Measures a generated register: the API of `samverkan serve` started on `env`, and the bare SQL in
 * this process. The two alternate in BLOCKS blocks (server up: API rounds; server down: SQL rounds),
 * so a change in the machine's load during the run affects both alike.
 */
export async function measureRegister(ctx: BenchContext, env: Record<string, string>, reg: RegisterUnderTest, workspaces = 1, scale = 1): Promise<Figures> {
  const ws = { id: reg.workspaceId, hubId: reg.hubId };
  // A copy: the second-page queries get their cursor below.
  const queries = QUERIES.map((q) => ({ ...q }));
  const scope: Scope = { workspaceId: ws.id, userId: reg.adminUserId };
  const samples = new Map<string, Sample>(queries.map((q) => [q.id, { api: [], sql: [], statements: [], warmApi: 0, warmSql: 0 }]));
  const page: { org: number[]; relations: number[]; both: number[]; sql: number[]; statements: Sample['statements'] } = { org: [], relations: [], both: [], sql: [], statements: [] };
  let parsed: Map<string, Parsed> | undefined;

  ctx.log(`${BLOCKS} blocks of API rounds (server running) then SQL rounds (in-process); ${WARMUP} warm-up rounds in the first block, 1 in the others; ${REPS} timed rounds in all`);
  for (let block = 0; block < BLOCKS; block++) {
    const warmup = block === 0 ? WARMUP : 1;
    const rounds = Math.floor(REPS / BLOCKS) + (block < REPS % BLOCKS ? 1 : 0);
    for (const s of samples.values()) s.warmApi = s.warmSql = 0;

    // Through the API of a running server.
    const server = await startServer({
      label: 'samverkan serve',
      args: [SAMVERKAN_BIN, 'serve'],
      env: { ...env, DEMO: 'false', ARGON2_FAST: 'true', LOG_LEVEL: 'warn' },
      readyPath: '/readyz',
      timeoutMs: 180_000,
    });
    try {
      const session = await login(server.url, BENCH_ADMIN.email, BENCH_ADMIN.password);
      if (session.workspaceId !== ws.id) throw new Error(`logged in to workspace ${session.workspaceId}, expected ${ws.id}`);
      const api: Api = { url: server.url, session };

      // The second-page queries get their cursor from a first page.
      if (block === 0) {
        for (const q of queries.filter((x): x is ListQuery => isList(x) && !!x.page2)) {
          const first = await apiRequest(api, q);
          const cursor = (JSON.parse(first.text) as { nextCursor: string | null }).nextCursor;
          if (first.status !== 200 || !cursor) throw new Error(`${q.id}: first page answered ${first.status} without a cursor: ${first.text.slice(0, 300)}`);
          q.params = { ...q.params, cursor };
        }
        parsed = new Map(queries.map((q) => [q.id, parse(q)]));
      }

      const orgUrl = `${server.url}/api/w/${ws.id}/organisations/${ws.hubId}`;
      const relUrl = `${server.url}/api/w/${ws.id}/relations?organisationId=${ws.hubId}&limit=${HUB_RELATIONS}`;
      for (let round = 0; round < warmup + rounds; round++) {
        const check = block === 0 && round === 0;
        for (const q of queries) {
          const s = samples.get(q.id)!;
          if (!check && !(round < warmup ? warm(s.warmApi, s.api) : wanted(s.api, block))) continue;
          const r = await apiRequest(api, q);
          if (r.status !== 200) throw new Error(`${q.id} (${q.label}) answered ${r.status}: ${r.text.slice(0, 300)}`);
          if (round < warmup) s.warmApi += r.ms;
          else s.api.push(r.ms);
          if (check) {
            const body = JSON.parse(r.text) as { items: { name: string }[]; total?: number };
            if (!body.items.length) {
              // At full size every query has hits; a smaller BENCH_SCALE may leave a narrow one empty.
              if (scale >= 0.5) throw new Error(`${q.id} (${q.label}) found nothing — the query no longer fits the generated data`);
              ctx.log(`note: ${q.id} (${q.label}) found nothing at scale ${scale}`);
            }
            if (isList(q) && q.expectName && !body.items.some((i) => q.expectName!.test(i.name))) {
              throw new Error(`${q.id} (${q.label}): no ${q.expectName} on the first page: ${body.items.map((i) => i.name).join('; ')}`);
            }
            s.total = body.total ?? body.items.length;
          }
        }
        const o = await timedGet(orgUrl, api);
        const rel = await timedGet(relUrl, api);
        if (check) {
          if (o.body.counts?.relations !== HUB_RELATIONS) throw new Error(`the hub organisation has ${o.body.counts?.relations} relations, expected ${HUB_RELATIONS}`);
          if (rel.body.items?.length !== HUB_RELATIONS) throw new Error(`relations of the hub: ${rel.body.items?.length} items, expected ${HUB_RELATIONS}`);
        }
        if (round >= warmup) {
          page.org.push(o.ms);
          page.relations.push(rel.ms);
          page.both.push(o.ms + rel.ms);
        }
      }
    } catch (err) {
      ctx.log(`server output:\n${server.output()}`);
      throw err;
    } finally {
      await server.stop();
    }

    // The same service functions on a direct connection in this process (PGlite: its own worker,
    // opened once the server has released the data folder).
    const direct = await openDirect(env);
    try {
      for (let round = 0; round < warmup + rounds; round++) {
        for (const q of queries) {
          const s = samples.get(q.id)!;
          if (!(round < warmup ? warm(s.warmSql, s.sql) : wanted(s.sql, block))) continue;
          const run = await sqlRun(direct, scope, parsed!.get(q.id)!);
          if (round < warmup) s.warmSql += run.ms;
          else record(s, run);
        }
        const run = await orgPageSql(direct, scope, ws.hubId);
        if (round >= warmup) {
          page.sql.push(run.ms);
          run.statements.forEach((st, i) => {
            page.statements[i] ??= { ms: [], example: st };
            page.statements[i]!.ms.push(st.ms);
          });
        }
      }
    } finally {
      await direct.close();
    }
    ctx.log(`block ${block + 1}/${BLOCKS} done`);
  }

  const direct = await openDirect(env);
  const explains: string[] = [];
  let figures: Figures;
  try {
    // Stemming check: every description with a word starting 'virksomhed' (virksomheden,
    // virksomhederne, virksomhedens …) must be among the hits for 'virksomhed', read page by page.
    const stem = (
      await sql<{ ids: string[]; plural: string }>`select coalesce(array_agg(id::text) filter (where description ~* '\\mvirksomhed'), '{}') as ids,
        count(*) filter (where description ~* '\\mvirksomhederne')::text as plural
        from organisations where workspace_id = ${ws.id}`.execute(direct.db)
    ).rows[0]!;
    const found = new Set<string>();
    await inWorkspace(direct.db, scope, async (tx) => {
      let cursor: string | undefined;
      do {
        const page = await searchOrganisations(tx, { ...OrganisationQuery.parse({ q: 'virksomhed', limit: '200' }), cursor }, 'da');
        for (const r of page.rows) found.add(r.id);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    });
    const missed = stem.ids.filter((id) => !found.has(id)).length;
    ctx.log(`stemming: 'virksomhed' found ${found.size} organisations; ${stem.ids.length} descriptions have a word starting 'virksomhed', ${stem.plural} of them 'virksomhederne'; ${missed} missed`);
    if (missed) throw new Error(`'virksomhed' missed ${missed} of the ${stem.ids.length} organisations whose description has such a word`);

  // 3. Figures, and EXPLAIN ANALYZE of the slowest statement of each query that misses its target.
    const target95 = SEARCH_TARGET_MS[ctx.db];
    const allApi = [...samples.values()].flatMap((s) => s.api);
    const allSql = [...samples.values()].flatMap((s) => s.sql);
    figures = {
      overall_p50_ms: round(p(allApi, 50)),
      overall_p95_ms: round(p(allApi, 95)),
      sql_p50_ms: round(p(allSql, 50)),
      sql_p95_ms: round(p(allSql, 95)),
      ratio_to_sql: round(p(allApi, 95) / p(allSql, 95)),
      worst_query_p95_ms: round(Math.max(...[...samples.values()].map((s) => p(s.api, 95)))),
      queries_over_target: [...samples.values()].filter((s) => p(s.api, 95) > target95).length,
    };
    for (const q of queries) {
      const s = samples.get(q.id)!;
      figures[`${q.id}_p95_ms`] = round(p(s.api, 95));
      figures[`${q.id}_sql_p95_ms`] = round(p(s.sql, 95));
    }
    figures.org_page_p95_ms = round(p(page.both, 95));
    figures.org_page_org_p95_ms = round(p(page.org, 95));
    figures.org_page_relations_p95_ms = round(p(page.relations, 95));
    figures.org_page_sql_p95_ms = round(p(page.sql, 95));
    // The page cache the searches ran with (PGlite sizes its own to the data, PGLITE_CACHE_MB).
    const cache = await sql<{ mib: number }>`select (setting::bigint * 8192 / 1048576)::int as mib from pg_settings where name = 'shared_buffers'`.execute(direct.db);
    figures.db_cache_mib = cache.rows[0]!.mib;

    const lines = [`${'query'.padEnd(58)} ${'hits'.padStart(7)} ${'n'.padStart(3)} ${'api p50'.padStart(8)} ${'api p95'.padStart(8)} ${'sql p95'.padStart(8)}  statements (median ms)`];
    const slowest = (st: Sample['statements']) => st.reduce((best, x, i) => (p(x.ms, 50) > p(st[best]!.ms, 50) ? i : best), 0);
    for (const q of queries) {
      const s = samples.get(q.id)!;
      const over = p(s.api, 95) > target95 ? ' ✖' : '';
      lines.push(
        `${`${q.id} ${q.label}`.slice(0, 58).padEnd(58)} ${String(s.total ?? '').padStart(7)} ${String(s.api.length).padStart(3)} ${round(p(s.api, 50)).toFixed(1).padStart(8)} ${round(p(s.api, 95)).toFixed(1).padStart(8)} ${round(p(s.sql, 95)).toFixed(1).padStart(8)}  ${s.statements.map((x) => round(p(x.ms, 50), 1)).join(' + ')}${over}`,
      );
      if (over) {
        const st = s.statements[slowest(s.statements)]!;
        explains.push(`== ${q.id} ${q.label}: API p95 ${round(p(s.api, 95))} ms (target ${target95}); slowest statement, median ${round(p(st.ms, 50))} ms\n-- parameters: ${JSON.stringify(st.example.parameters)}\n${st.example.sql}\n\n${await explain(direct, scope, st.example)}\n`);
      }
    }
    const pageTarget = ORG_PAGE_TARGET_MS[ctx.db];
    lines.push(
      `${'org page: organisation + 500 relations'.padEnd(58)} ${''.padStart(7)} ${String(page.both.length).padStart(3)} ${round(p(page.both, 50)).toFixed(1).padStart(8)} ${round(p(page.both, 95)).toFixed(1).padStart(8)} ${round(p(page.sql, 95)).toFixed(1).padStart(8)}  ${page.statements.map((x) => round(p(x.ms, 50), 1)).join(' + ')}`,
    );
    if (pageTarget && p(page.both, 95) > pageTarget) {
      const st = page.statements[slowest(page.statements)]!;
      explains.push(`== org page: API p95 ${round(p(page.both, 95))} ms (target ${pageTarget}); slowest statement, median ${round(p(st.ms, 50))} ms\n-- parameters: ${JSON.stringify(st.example.parameters)}\n${st.example.sql}\n\n${await explain(direct, scope, st.example)}\n`);
    }
    ctx.log(`\n${lines.join('\n')}`);
    const over = figures.queries_over_target!;
    if (over) ctx.log(`WARNING: ${over} of ${queries.length} queries miss the p95 target of ${target95} ms on ${ctx.db}`);
    if (pageTarget && p(page.both, 95) > pageTarget) ctx.log(`WARNING: org page p95 ${round(p(page.both, 95))} ms (target ${pageTarget} ms)`);
  } finally {
    await direct.close();
  }

  const suffix = (workspaces > 1 ? `.ws${workspaces}` : '') + (ctx.db === 'pglite' && process.env.PGLITE_CACHE_MB ? `.cache${process.env.PGLITE_CACHE_MB}` : '');
  const explainFile = path.join(ROOT, 'bench', 'results', `register-search${suffix}.${ctx.db}.explain.txt`);
  if (explains.length) {
    fs.writeFileSync(explainFile, `# EXPLAIN (ANALYZE, BUFFERS) of the slowest statement of each query over its target, run as the app role in the workspace\n# ${new Date().toISOString()}, ${ctx.db}, ${workspaces} workspace(s)\n\n${explains.join('\n')}`);
    ctx.log(`plans → ${path.relative(ROOT, explainFile)}`);
  } else fs.rmSync(explainFile, { force: true });
  return figures;
}
