// Bench runner: `npm run bench -- NAME|all [--db pglite|postgres|both]`.
// Writes bench/results/NAME.<db>.json ({bench, date, db, figures}) and prints a table.
// Default database: both when PostgreSQL answers at BENCH_DATABASE_URL (an admin connection,
// default postgres://postgres@127.0.0.1:5432/test, used only to create and drop bench databases), else PGlite.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Bench, Figures } from './lib/bench.ts';
import { ROOT, killAll } from './lib/proc.ts';
import { ADMIN_URL, freshTarget, postgresReachable, type DbKind, type Target } from './lib/targets.ts';
import { machineReferenceMs, sharedBuffersMib } from './lib/machine.ts';
import { apiOverhead } from './benches/api-overhead.ts';
import { eventLoop } from './benches/event-loop.ts';
import { registerImport } from './benches/register-import.ts';
import { registerSearch } from './benches/register-search.ts';
import { casedeskLoad } from './benches/casedesk-load.ts';
import { portfolio } from './benches/portfolio.ts';

const BENCHES: Bench[] = [apiOverhead, eventLoop, registerSearch, registerImport, casedeskLoad, portfolio];
const RESULTS_DIR = path.join(ROOT, 'bench', 'results');

function usage(): never {
  const names = BENCHES.map((b) => `  ${b.name.padEnd(14)} ${b.description}`).join('\n');
  process.stderr.write(`usage: npm run bench -- NAME|all [--db pglite|postgres|both] [--workspaces N]\n\nbenches:\n${names}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]) {
  let name: string | undefined;
  let db: 'pglite' | 'postgres' | 'both' | undefined;
  let workspaces = 1;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--workspaces' || a.startsWith('--workspaces=')) {
      const v = Number(a === '--workspaces' ? argv[++i] : a.slice(13));
      if (!Number.isInteger(v) || v < 1) usage();
      workspaces = v;
    } else if (a === '--db' || a.startsWith('--db=')) {
      const v = a === '--db' ? argv[++i] : a.slice(5);
      if (v !== 'pglite' && v !== 'postgres' && v !== 'both') usage();
      db = v;
    } else if (a === '-h' || a === '--help') usage();
    else if (!name && !a.startsWith('-')) name = a;
    else usage();
  }
  if (!name) usage();
  return { name, db, workspaces };
}

function printTable(rows: { bench: string; db: DbKind; figures: Figures }[]) {
  for (const bench of [...new Set(rows.map((r) => r.bench))]) {
    const cols = rows.filter((r) => r.bench === bench);
    const names = [...new Set(cols.flatMap((c) => Object.keys(c.figures)))];
    const w0 = Math.max(6, ...names.map((n) => n.length));
    const cell = (v: number | undefined) => (v === undefined ? '—' : String(v)).padStart(10);
    const lines = [`\n${bench}`, `${'figure'.padEnd(w0)}  ${cols.map((c) => c.db.padStart(10)).join('  ')}`];
    lines.push('-'.repeat(w0 + cols.length * 12));
    for (const n of names) lines.push(`${n.padEnd(w0)}  ${cols.map((c) => cell(c.figures[n])).join('  ')}`);
    process.stdout.write(lines.join('\n') + '\n');
  }
}

async function main() {
  const { name, db, workspaces } = parseArgs(process.argv.slice(2));
  const selected = name === 'all' ? BENCHES : BENCHES.filter((b) => b.name === name);
  if (selected.length === 0) {
    process.stderr.write(`unknown bench "${name}"\n`);
    usage();
  }

  const pgUp = await postgresReachable();
  let dbs: DbKind[];
  if (db === 'pglite') dbs = ['pglite'];
  else if (db === 'postgres' || db === 'both') {
    if (!pgUp) throw new Error(`--db ${db}: PostgreSQL does not answer at ${ADMIN_URL.replace(/:[^:@/]*@/, ':***@')} (set BENCH_DATABASE_URL)`);
    dbs = db === 'postgres' ? ['postgres'] : ['pglite', 'postgres'];
  } else dbs = pgUp ? ['pglite', 'postgres'] : ['pglite'];
  if (!db && !pgUp) process.stdout.write('PostgreSQL not reachable: PGlite only.\n');

  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const rows: { bench: string; db: DbKind; figures: Figures }[] = [];
  const failures: string[] = [];
  for (const bench of selected) {
    for (const kind of dbs.filter((d) => bench.dbs.includes(d))) {
      const targets: Target[] = [];
      const started = Date.now();
      const loadBefore = os.loadavg()[0]!;
      const reference = machineReferenceMs();
      process.stdout.write(`\n▶ ${bench.name} on ${kind}\n`);
      try {
        const figures = await bench.run({
          db: kind,
          async freshTarget(label) {
            const t = await freshTarget(kind, label);
            targets.push(t);
            return t;
          },
          log: (m) => process.stdout.write(`  ${m}\n`),
          workspaces,
        });
        // Context, not a result: the machine's 1-minute load average when the run started (other
        // processes compete for the same cores; compare runs with similar load only).
        figures.host_load_1m = Math.round(loadBefore * 100) / 100;
        // The same fixed work timed on this machine before the run (lib/machine.ts), and the
        // server's cache size: a slower machine or a small cache moves every figure.
        figures.machine_ref_ms = reference;
        if (kind === 'postgres') figures.pg_shared_buffers_mib = await sharedBuffersMib(ADMIN_URL);
        const result = { bench: bench.name, date: new Date().toISOString(), db: kind, figures };
        // A run at another size than the default gets its own file: NAME.ws10.postgres.json.
        // …and a run with a PGlite page cache other than the default: NAME.cache512.pglite.json.
        const cache = kind === 'pglite' && process.env.PGLITE_CACHE_MB ? `.cache${process.env.PGLITE_CACHE_MB}` : '';
        const file = path.join(RESULTS_DIR, `${bench.name}${workspaces > 1 ? `.ws${workspaces}` : ''}${cache}.${kind}.json`);
        fs.writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
        process.stdout.write(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s → ${path.relative(ROOT, file)}\n`);
        rows.push({ bench: bench.name, db: kind, figures });
      } catch (err) {
        const msg = `${bench.name} on ${kind} FAILED: ${(err as Error).stack ?? err}`;
        process.stderr.write(`\n✖ ${msg}\n`);
        failures.push(msg);
      } finally {
        for (const t of targets) await t.dispose().catch((e: Error) => process.stderr.write(`  cleanup failed: ${e.message}\n`));
      }
    }
  }
  printTable(rows);
  if (failures.length) {
    process.stderr.write(`\n${failures.length} bench run(s) failed; no result file was written for them.\n`);
    process.exitCode = 1;
  }
}

process.once('SIGINT', () => {
  killAll();
  process.exit(130);
});

main().catch((err: Error) => {
  process.stderr.write(`bench: ${err.message}\n`);
  process.exitCode = 1;
});
