// register-import: a 100,000-row organisations CSV (bench/generate/import-csv.ts) through the real
// HTTP API of `samverkan serve`, as the import page drives it: upload (multipart), dry run, then
// `run` called again and again until the import is done, with the page's once-a-second poll of the
// import's state alongside. Against it, in the same run, COPY of the same rows into a bare table
// with the organisations table's columns (no indexes, constraints, row-level security, audit), once
// before and once after the import: ratio_to_copy.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Bench, BenchContext, Figures } from '../lib/bench.ts';
import { DEMO_EMAIL, login, round, sleep, type Session } from '../lib/http.ts';
import { SAMVERKAN_BIN, startServer, type ServerProcess } from '../lib/proc.ts';
import type { Target } from '../lib/targets.ts';
import { IMPORT_HEADERS, importFile, type ImportFile } from '../generate/import-csv.ts';
import type { OrgRow } from '../generate/register.ts';
import { openDatabase } from '../../src/server/db/connect.ts';
import { lockDataDir } from '../../src/server/db/lock.ts';
import { migrateToLatest } from '../../src/server/db/migrate.ts';
import { readSheet } from '../../src/server/modules/imports/read.ts';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const PASSWORD = 'bench-register-import';

// ---------------------------------------------------------------- COPY baseline

/** The columns an import fills, in the order of the COPY text (workspace_id is a constant). */
const COPY_COLUMNS = [
  'id', 'workspace_id', 'name', 'names', 'alt_names', 'kind', 'country', 'city', 'lat', 'lon', 'nuts_code', 'nace_code',
  'themes', 'theme_text', 'sdgs', 'website', 'description', 'tags', 'is_local', 'is_own', 'created_at', 'updated_at',
];
const COPY_WORKSPACE = '00000000-0000-4000-8000-000000000001';

/** COPY's text format: tab-separated, \N for null, backslash escapes. */
function copyText(rows: OrgRow[]): string {
  const esc = (v: unknown) =>
    v === null || v === undefined ? '\\N' : typeof v === 'boolean' ? (v ? 't' : 'f') : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
  const lines: string[] = [];
  for (const r of rows) {
    const [id, ...rest] = r;
    lines.push([id, COPY_WORKSPACE, ...rest].map(esc).join('\t'));
  }
  return lines.join('\n') + '\n';
}

/**
 * Tables with the organisations table's columns, each dropped again after its COPY. The two bare
 * ones (`LIKE organisations`: no indexes, no constraints but NOT NULL, no row-level security, no
 * triggers): `generated` computes the generated search columns (search_name, search_doc) for every
 * row as the real table does, and is the baseline of ratio_to_copy; `plain` has them as ordinary
 * empty columns. `indexed` (`including all`) adds the real table's indexes and checks (not its
 * foreign keys or row-level security): what loading the rows costs with nothing of the import around it.
 */
const TABLES = {
  generated: 'create table bench_copy_generated (like organisations including defaults including generated)',
  plain: 'create table bench_copy_plain (like organisations including defaults)',
  indexed: 'create table bench_copy_indexed (like organisations including all)',
} as const;
type CopyKind = keyof typeof TABLES;
const COPY_LABEL: Record<CopyKind, string> = {
  generated: 'a bare table with the generated search columns',
  plain: 'a bare table, plain columns',
  indexed: 'a table with the indexes too',
};

type CopyRound = Record<CopyKind, number>;

interface CopyTarget {
  exec(sql: string): Promise<void>;
  copy(table: string, text: string): Promise<number>;
  count(sql: string): Promise<number>;
  close(): Promise<void>;
}

async function copyTarget(target: Target): Promise<CopyTarget> {
  if (target.env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: target.env.DATABASE_URL });
    await client.connect();
    return {
      exec: async (sql) => void (await client.query(sql)),
      async copy(table, text) {
        const t0 = performance.now();
        // Sent in 64 kB chunks, as a client streams a file.
        const chunks = function* () {
          for (let i = 0; i < text.length; i += 65_536) yield text.slice(i, i + 65_536);
        };
        await pipeline(Readable.from(chunks()), client.query(copyFrom(`copy ${table} (${COPY_COLUMNS.join(', ')}) from stdin`)));
        return (performance.now() - t0) / 1000;
      },
      count: async (sql) => Number((await client.query<{ n: string }>(sql)).rows[0]!.n),
      close: () => client.end(),
    };
  }
  // PGlite: in this process (its worker protocol has no COPY), on the folder the server released.
  const dir = path.resolve(target.env.DATA_DIR!);
  const release = lockDataDir(dir);
  try {
    const db = await PGlite.create(path.join(dir, 'pglite'), { extensions: { pg_trgm, unaccent } });
    return {
      exec: async (sql) => void (await db.exec(sql)),
      async copy(table, text) {
        const blob = new Blob([text]);
        const t0 = performance.now();
        await db.query(`copy ${table} (${COPY_COLUMNS.join(', ')}) from '/dev/blob'`, [], { blob });
        return (performance.now() - t0) / 1000;
      },
      count: async (sql) => Number((await db.query<{ n: string }>(sql)).rows[0]!.n),
      async close() {
        await db.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

async function copyRound(db: CopyTarget, text: string, rows: number, ctx: BenchContext): Promise<CopyRound> {
  const out = {} as CopyRound;
  for (const kind of Object.keys(TABLES) as CopyKind[]) {
    const table = `bench_copy_${kind}`;
    await db.exec(`drop table if exists ${table}`);
    await db.exec(TABLES[kind]);
    // A checkpoint first, so that neither COPY pays for writing out the other's pages.
    await db.exec('checkpoint');
    const s = await db.copy(table, text);
    const n = await db.count(`select count(*)::text as n from ${table}`);
    if (n !== rows) throw new Error(`COPY into ${table} loaded ${n} rows, expected ${rows}`);
    await db.exec(`drop table ${table}`);
    out[kind] = s;
    ctx.log(`COPY ${rows.toLocaleString('en')} rows into ${COPY_LABEL[kind]}: ${s.toFixed(2)} s, ${Math.round(rows / s).toLocaleString('en')} rows/s`);
  }
  return out;
}

async function copyBaseline(target: Target, file: ImportFile, ctx: BenchContext) {
  const text = copyText(file.orgRows);
  const db = await copyTarget(target);
  try {
    return await copyRound(db, text, file.rows, ctx);
  } finally {
    await db.close();
  }
}

// ---------------------------------------------------------------- the import through the API

interface State {
  status: 'uploaded' | 'running' | 'done';
  total: number;
  processed: number;
  created: number;
  repeated: number;
  matched: number;
  skipped: number;
  failed: number;
  problems: { row: number }[];
}

interface CheckSummary {
  total: number;
  valid: number;
  errorRows: number;
  repeats: number;
  organisations: number;
  new: number;
  existing: { identifier: number; name: number };
  similar: number;
}

/** Every row with one of these outcomes, paging through the import's rows. */
async function rowsWith(api: { url: string; session: Session }, base: string, outcome: string, keep: (item: { problems: { message: string }[] }) => boolean = () => true) {
  const rows: number[] = [];
  for (let after = 0; ; ) {
    const page = await call<{ items: { row: number; problems: { message: string }[] }[]; next: number | null }>(api, 'GET', `${base}/rows?outcome=${outcome}&after=${after}&limit=1000`);
    rows.push(...page.items.filter(keep).map((i) => i.row));
    if (page.next === null) return rows;
    after = page.next;
  }
}

async function call<T>(s: { url: string; session: Session }, method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { cookie: s.session.cookie, 'x-csrf-token': s.session.csrfToken, 'accept-language': 'sv' };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const res = await fetch(`${s.url}${url}`, { method, headers, body: payload });
  const text = await res.text();
  if (res.status < 200 || res.status > 299) throw new Error(`${method} ${url} answered ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}

/** The server's peak resident memory so far (Linux: VmHWM of the process, PGlite's worker included). */
function peakRssMib(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

async function importThroughApi(ctx: BenchContext, server: ServerProcess, file: ImportFile): Promise<Figures> {
  const session = await login(server.url, DEMO_EMAIL, PASSWORD);
  const api = { url: server.url, session };
  const base = `/api/w/${session.workspaceId}/imports`;
  const rssBefore = peakRssMib(server.pid);

  // 1. Upload, as the page sends it: a multipart form with the file.
  const t0 = performance.now();
  const form = new FormData();
  form.append('file', new File([file.bytes as Uint8Array<ArrayBuffer>], 'register-100k.csv', { type: 'text/csv' }));
  const upload = await call<{ id: string; total: number; columns: string[]; suggestedMapping: Record<string, string> }>(api, 'POST', `${base}?kind=organisations`, form);
  const t1 = performance.now();
  if (upload.total !== file.rows) throw new Error(`upload read ${upload.total} rows, expected ${file.rows}`);
  const unmapped = IMPORT_HEADERS.filter((h) => !upload.suggestedMapping[h]);
  if (unmapped.length) throw new Error(`the import suggested no field for ${unmapped.join(', ')}`);
  ctx.log(`upload: ${((t1 - t0) / 1000).toFixed(2)} s (${(file.bytes.length / 2 ** 20).toFixed(1)} MiB, ${upload.total.toLocaleString('en')} rows)`);

  // 2. Dry run with the suggested mapping: exactly the planted rows are wrong, but a number given
  // twice, which makes the later row the same organisation as the earlier one (a repeat).
  const mapping = upload.suggestedMapping;
  const dry = await call<CheckSummary>(api, 'POST', `${base}/${upload.id}/dry-run`, { mapping, defaults: {} });
  const t2 = performance.now();
  const errorRows = new Set(await rowsWith(api, `${base}/${upload.id}`, 'error'));
  // The generator gives some companies of one country the same name and different numbers; a
  // row of that name without a number could be any of them, and says so (the rule, not a defect).
  const ambiguous = new Set(
    (await rowsWith(api, `${base}/${upload.id}`, 'error', (i) => i.problems.some((p) => /kan vara organisationen på flera rader/.test(p.message)))),
  );
  for (const r of ambiguous) if (!file.failing.has(r)) errorRows.delete(r);
  const repeatRows = new Set(await rowsWith(api, `${base}/${upload.id}`, 'repeat'));
  const planted = [...file.failing].filter(([, p]) => p !== 'number_twice').map(([r]) => r);
  const twiceRows = [...file.failing].filter(([, p]) => p === 'number_twice').map(([r]) => r);
  const unexpected = [...errorRows].filter((r) => !file.failing.has(r));
  const missed = planted.filter((r) => !errorRows.has(r));
  const notRepeated = twiceRows.filter((r) => !repeatRows.has(r));
  if (dry.total !== file.rows || dry.errorRows !== planted.length + [...ambiguous].filter((r) => !file.failing.has(r)).length || unexpected.length || missed.length || notRepeated.length || dry.organisations + dry.repeats + dry.errorRows !== file.rows) {
    throw new Error(`dry run: total ${dry.total}, ${dry.errorRows} rows with errors, ${dry.repeats} repeats, ${dry.organisations} organisations; expected errors in exactly the ${planted.length} planted rows (unexpected: ${unexpected.slice(0, 5).join(', ')}; missed: ${missed.slice(0, 5).join(', ')}) and the ${twiceRows.length} numbers given twice as repeats (not: ${notRepeated.slice(0, 5).join(', ')})`);
  }
  ctx.log(`dry run: ${((t2 - t1) / 1000).toFixed(2)} s (${dry.organisations.toLocaleString('en')} organisations, ${dry.repeats} rows repeating one, ${dry.errorRows} rows with errors of which ${ambiguous.size} a shared name without a number, ${dry.similar} similar names)`);

  // 3. Run: the page calls `run` (with the plan, then without) until done, polling the state each second.
  let polls = 0;
  let polling = true;
  const poller = (async () => {
    while (polling) {
      await sleep(1000);
      if (!polling) break;
      await call<State>(api, 'GET', `${base}/${upload.id}`);
      polls++;
    }
  })();
  let state: State;
  let calls = 0;
  let lastLog = performance.now();
  try {
    state = await call<State>(api, 'POST', `${base}/${upload.id}/run`, { mapping, defaults: {}, skipRows: [], similar: 'create' });
    calls++;
    while (state.status !== 'done') {
      state = await call<State>(api, 'POST', `${base}/${upload.id}/run`, {});
      calls++;
      if (performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        ctx.log(`  run: ${state.processed.toLocaleString('en')}/${state.total.toLocaleString('en')} rows, ${Math.round(state.processed / ((lastLog - t2) / 1000)).toLocaleString('en')} rows/s`);
      }
    }
  } finally {
    polling = false;
    await poller;
  }
  const t3 = performance.now();
  // One organisation per organisation of the file (similar names created too, as asked); every
  // repeated row leads to its first row's organisation; exactly the planted rows fail.
  // (The demo workspace's own organisations are found, not created again.)
  const inRegister = dry.existing.identifier + dry.existing.name;
  if (state.processed !== file.rows || state.created !== dry.new + dry.similar || state.matched !== inRegister || state.repeated !== dry.repeats || state.failed !== dry.errorRows || state.skipped !== 0) {
    throw new Error(`run ended with processed ${state.processed}, created ${state.created}, repeated ${state.repeated}, skipped ${state.skipped}, matched ${state.matched}, failed ${state.failed}; expected ${file.rows} processed, ${dry.new + dry.similar} created, ${inRegister} matched, ${dry.repeats} repeated and ${dry.errorRows} failed`);
  }
  ctx.log(`run: ${((t3 - t2) / 1000).toFixed(2)} s in ${calls} requests (${state.created.toLocaleString('en')} created, ${state.repeated} repeated, ${state.failed} failed; ${polls} state polls)`);

  const s = (ms: number) => round(ms / 1000, 2);
  const perS = (ms: number) => Math.round(file.rows / (ms / 1000));
  return {
    upload_s: s(t1 - t0),
    dry_run_s: s(t2 - t1),
    run_s: s(t3 - t2),
    total_s: s(t3 - t0),
    rows_per_s: perS(t3 - t0),
    upload_rows_per_s: perS(t1 - t0),
    dry_run_rows_per_s: perS(t2 - t1),
    run_rows_per_s: perS(t3 - t2),
    run_requests: calls,
    created: state.created,
    repeated: state.repeated,
    skipped: state.skipped,
    failed: state.failed,
    dry_run_similar: dry.similar,
    ...(rssBefore !== undefined ? { server_rss_before_mib: rssBefore } : {}),
    ...(peakRssMib(server.pid) !== undefined ? { server_peak_rss_mib: peakRssMib(server.pid)! } : {}),
  };
}

// ---------------------------------------------------------------- the bench

export const registerImport: Bench = {
  name: 'register-import',
  description: `${ROWS.toLocaleString('en')}-row organisations CSV through the API (upload, dry run, run in batches) vs COPY of the same rows into a bare table`,
  dbs: ['pglite', 'postgres'],
  async run(ctx) {
    let t = performance.now();
    const file = importFile(ROWS);
    const genSeconds = (performance.now() - t) / 1000;
    ctx.log(`generated ${file.rows.toLocaleString('en')} rows (${(file.bytes.length / 2 ** 20).toFixed(1)} MiB; ${file.failing.size} wrong on purpose, ${file.counts.identifiers.toLocaleString('en')} with an identifier, ${file.counts.names.toLocaleString('en')} with other-language names, ${file.counts.themes.toLocaleString('en')} with themes) in ${genSeconds.toFixed(1)} s`);
    // Reading the file, as the upload does before it stores the rows (the same function, in this process).
    t = performance.now();
    await readSheet(file.bytes);
    const parseSeconds = (performance.now() - t) / 1000;

    const target = await ctx.freshTarget('register_import');
    const database = await openDatabase({ databaseUrl: target.env.DATABASE_URL, dataDir: target.env.DATA_DIR, poolSize: 2 });
    try {
      await migrateToLatest(database.db);
    } finally {
      await database.close();
    }
    const before = await copyBaseline(target, file, ctx);

    const server = await startServer({
      label: 'samverkan serve',
      args: [SAMVERKAN_BIN, 'serve'],
      env: { ...target.env, DEMO: 'true', DEMO_PASSWORD: PASSWORD, ARGON2_FAST: 'true', LOG_LEVEL: 'warn' },
      readyPath: '/readyz',
      timeoutMs: 180_000,
    });
    let ours: Figures;
    try {
      ours = await importThroughApi(ctx, server, file);
    } catch (err) {
      ctx.log(`server output:\n${server.output()}`);
      throw err;
    } finally {
      await server.stop();
    }

    const after = await copyBaseline(target, file, ctx);
    // Each COPY's time: the mean of the one before and the one after the import.
    const mean = (k: CopyKind) => (before[k] + after[k]) / 2;
    const copyPerS = file.rows / mean('generated');
    const plainPerS = file.rows / mean('plain');
    const indexedPerS = file.rows / mean('indexed');
    return {
      rows: file.rows,
      csv_mib: round(file.bytes.length / 2 ** 20, 1),
      planted_bad_rows: file.failing.size,
      ...ours,
      parse_s: round(parseSeconds, 2),
      copy_s: round(mean('generated'), 2),
      copy_rows_per_s: Math.round(copyPerS),
      copy_plain_s: round(mean('plain'), 2),
      copy_plain_rows_per_s: Math.round(plainPerS),
      copy_indexed_s: round(mean('indexed'), 2),
      copy_indexed_rows_per_s: Math.round(indexedPerS),
      ratio_to_copy: round(ours.rows_per_s! / copyPerS, 3),
      run_ratio_to_copy: round(ours.run_rows_per_s! / copyPerS, 3),
      ratio_to_plain_copy: round(ours.rows_per_s! / plainPerS, 3),
      ratio_to_indexed_copy: round(ours.rows_per_s! / indexedPerS, 3),
    };
  },
};
