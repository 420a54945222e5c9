// `samverkan import organisations|relations FILE` and `samverkan export organisations FILE`:
// the same services as the web page, run inside one workspace (row-level security applies), with
// a progress bar on stderr. The summary goes to stdout (with --json as one JSON document and
// nothing else, see import-summary.ts; notes then go to stderr), the complete report of every row
// to a CSV file on request (--report FILE).
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { asSystem, inWorkspace, type Tx } from '../server/db/tenancy.ts';
import type { DB, ImportKind, Locale } from '../server/db/types.ts';
import { AppError } from '../server/http/problem.ts';
import { t } from '../server/i18n/messages.ts';
import { exportRows, toCsv, toXlsx } from '../server/modules/imports/export.ts';
import { readSheet } from '../server/modules/imports/read.ts';
import { reportCsv } from '../server/modules/imports/report.ts';
import { createImport, dryRun, importState, runImport } from '../server/modules/imports/service.ts';
import { checkSummaryJson, runSummaryJson, SHOWN, summaryText } from './import-summary.ts';
import { cliPath, errorStream, print, printError, setExitCode, withDb } from './io.ts';

interface ImportOptions {
  workspace?: string;
  mapping?: string;
  values?: string;
  dryRun?: boolean;
  existing?: string;
  similar?: string;
  skipDuplicates?: boolean;
  report?: string;
  json?: boolean;
  lang?: string;
  resume?: string;
}

const EXISTING = ['leave', 'update', 'skip'] as const;
const SIMILAR = ['skip', 'create', 'leave', 'update'] as const;

/** The workspace by slug; with one workspace in the database the slug may be left out. */
async function findWorkspace(db: Kysely<DB>, slug: string | undefined) {
  const all = await asSystem(db, (tx) => tx.selectFrom('workspaces').select(['id', 'slug', 'default_locale']).orderBy('slug').execute());
  const ws = slug ? all.find((w) => w.slug === slug) : all.length === 1 ? all[0] : undefined;
  if (ws) return ws;
  if (slug) throw new Error(`No workspace with slug "${slug}".`);
  throw new Error(`Name the workspace with --workspace: ${all.map((w) => w.slug).join(', ') || '(there is none yet)'}`);
}

/** A bar on a terminal, a line per tenth when stderr is a file or a pipe. */
export function progressBar(stream: { isTTY?: boolean; write(text: string): boolean } = errorStream()) {
  let lastTenth = -1;
  return (done: number, total: number) => {
    const share = total ? done / total : 1;
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round(width * share);
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} rows${done >= total ? '\n' : ''}`);
    } else if (Math.floor(share * 10) > lastTenth) {
      lastTenth = Math.floor(share * 10);
      stream.write(`${Math.round(share * 100)}% (${done}/${total} rows)\n`);
    }
  };
}

/** AppErrors (a bad mapping, an unreadable file) as the lines a person reads, in their language. */
function explain(err: unknown, locale: Locale): never {
  if (err instanceof AppError) {
    const lines = [t(locale, err.key), ...(err.extra.fields ?? []).map((f) => `  ${f.field}: ${t(locale, f.key, f.vars)}`)];
    throw new Error(lines.join('\n'));
  }
  throw err;
}

const rowLine = (p: { row: number; column: string | null; field: string; message: string }) => `  row ${p.row}, ${p.column ?? p.field}: ${p.message}`;
const num = (n: number) => n.toLocaleString('en');

/** Signals the end of a dry run's transaction: it rolls back, so not even the upload is kept. */
class DryRunDone extends Error {}

function readJson<T>(file: string, what: string): T {
  try {
    return JSON.parse(fs.readFileSync(cliPath(file), 'utf8')) as T;
  } catch (e) {
    throw new Error(`${what} ${file}: ${(e as Error).message}`, { cause: e });
  }
}

function choice<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`${option} takes ${allowed.join(', ')} (not "${value}").`);
  return value as T;
}

type Summary = Awaited<ReturnType<typeof dryRun>>;

/** The check's counts as a person reads them; the first problems, and how many more there are. */
function printCheck(kind: ImportKind, r: Summary) {
  if (kind === 'organisations') {
    print(`${num(r.total)} rows: ${num(r.organisations)} organisations; ${num(r.repeats)} rows repeat one of them; ${num(r.errorRows)} rows have errors.`);
    print(`Of the organisations: ${num(r.new)} new, ${num(r.existing.identifier + r.existing.name)} in the register (${num(r.existing.identifier)} by number, ${num(r.existing.name)} by name and country), ${num(r.similar)} similar to one in the register.`);
  } else {
    print(`${num(r.total)} rows: ${num(r.organisations)} relations (${num(r.new)} new, ${num(r.existing.identifier)} in the register); ${num(r.repeats)} rows repeat one of them; ${num(r.errorRows)} rows have errors.`);
  }
  printProblems(r.errors, r.errorRows);
}

function printProblems(problems: { row: number; column: string | null; field: string; message: string }[], rows: number) {
  const shown = problems.slice(0, SHOWN);
  for (const p of shown) print(rowLine(p));
  const rest = rows - new Set(shown.map((p) => p.row)).size;
  if (rest > 0) print(`  … and ${num(rest)} more rows with problems (--report FILE lists every row).`);
}

async function writeReport(tx: Tx, importId: string, file: string, locale: Locale) {
  fs.writeFileSync(cliPath(file), await reportCsv(tx, importId, locale));
  printError(`Report of every row written to ${file}.`);
}

export async function importCommand(kind: string, file: string | undefined, opts: ImportOptions) {
  if (kind !== 'organisations' && kind !== 'relations') throw new Error('What to import: organisations or relations.');
  const existing = choice(opts.existing, EXISTING, '--existing') ?? (opts.skipDuplicates ? 'skip' : undefined);
  const similar = choice(opts.similar, SIMILAR, '--similar');
  if (opts.resume) return resume(opts.resume, opts);
  if (!file) throw new Error('Name the file to import (or --resume an import).');
  if (!fs.existsSync(cliPath(file))) throw new Error(`No such file: ${cliPath(file)}`);
  const sheet = await readSheet(new Uint8Array(fs.readFileSync(cliPath(file)))).catch((e) => explain(e, 'en'));
  const mapping = opts.mapping ? readJson<Record<string, string>>(opts.mapping, 'The mapping file') : null;
  const values = opts.values ? readJson<Record<string, Record<string, string>>>(opts.values, 'The values file') : null;
  await withDb(async (db) => {
    const ws = await findWorkspace(db, opts.workspace);
    const locale = (['sv', 'da', 'en'].includes(opts.lang ?? '') ? opts.lang : ws.default_locale) as Locale;
    const actor = { workspaceId: ws.id, userId: null, requestId: null };
    let report: Summary | undefined;
    let importId = '';
    let plan: Parameters<typeof runImport>[3] = {};
    // Upload and check in one transaction, rolled back for --dry-run.
    await inWorkspace(db, actor, async (tx) => {
      const upload = await createImport(tx, actor, kind as ImportKind, path.basename(file), sheet);
      importId = upload.id;
      const saved = upload.template;
      if (saved) printError(`Using the choices saved on ${saved.updatedAt.slice(0, 10)} for files with these columns.`);
      plan = {
        mapping: mapping ?? upload.suggestedMapping,
        defaults: saved?.defaults ?? {},
        values: values ?? saved?.values ?? {},
        existing: existing ?? saved?.existing ?? 'leave',
        similar: similar ?? saved?.similar ?? 'skip',
      };
      report = await dryRun(tx, upload.id, { mapping: plan.mapping!, defaults: plan.defaults!, values: plan.values }, locale).catch((e) => explain(e, locale));
      if (opts.dryRun) {
        if (opts.report) await writeReport(tx, upload.id, opts.report, locale);
        throw new DryRunDone();
      }
    }).catch((e) => {
      if (!(e instanceof DryRunDone)) throw e;
    });
    const r = report!;
    if (opts.json && opts.dryRun) print(summaryText(checkSummaryJson(kind as ImportKind, r)));
    else if (!opts.json) {
      print(`Columns: ${Object.entries(plan.mapping!).filter(([, f]) => f !== 'ignore').map(([c, f]) => `${c} → ${f}`).join(', ') || '(none recognised; pass --mapping)'}`);
      printCheck(kind as ImportKind, r);
    }
    if (opts.dryRun) {
      // The run lists the failed rows itself; a dry run lists them here and fails a script.
      if (r.errorRows) setExitCode(1);
      return;
    }
    // With --json stdout holds the summary alone: the note goes to stderr.
    (opts.json ? printError : print)(`Import ${importId} (if it is interrupted: samverkan import ${kind} --resume ${importId})`);
    await runWithBar(db, actor, importId, plan, locale, opts);
  });
}

async function runWithBar(db: Kysely<DB>, actor: { workspaceId: string; userId: null }, importId: string, plan: Parameters<typeof runImport>[3], locale: Locale, opts: ImportOptions) {
  const bar = progressBar();
  const progress = async () => {
    const s = await inWorkspace(db, actor, (tx) => importState(tx, importId, locale));
    bar(s.processed, s.total);
    return s;
  };
  await runImport(db, actor, importId, plan, { onBatch: async () => void (await progress()) }).catch((e) => explain(e, locale));
  const s = await progress();
  if (opts.report) await inWorkspace(db, actor, (tx) => writeReport(tx, importId, opts.report!, locale));
  if (opts.json) return print(summaryText(runSummaryJson(s)));
  const what = s.kind === 'relations' ? 'relations' : 'organisations';
  print(
    `Created ${num(s.created)} ${what}` +
      (s.kind === 'organisations' ? `, filled in ${num(s.updated)}` : '') +
      `, ${num(s.matched)} already in the register, ${num(s.repeated)} rows repeated an earlier one, ${num(s.skipped)} left out, ${num(s.failed)} failed.`,
  );
  printProblems(s.problems, s.failed);
}

async function resume(importId: string, opts: ImportOptions) {
  await withDb(async (db) => {
    const ws = await findWorkspace(db, opts.workspace);
    const locale = (['sv', 'da', 'en'].includes(opts.lang ?? '') ? opts.lang : ws.default_locale) as Locale;
    await runWithBar(db, { workspaceId: ws.id, userId: null }, importId, {}, locale, opts);
  });
}

export async function exportCommand(kind: string, file: string, opts: { workspace?: string }) {
  if (kind !== 'organisations') throw new Error('What to export: organisations.');
  const format = path.extname(file).toLowerCase();
  if (format !== '.csv' && format !== '.xlsx') throw new Error('Name the file .csv or .xlsx.');
  await withDb(async (db) => {
    const ws = await findWorkspace(db, opts.workspace);
    const rows = await inWorkspace(db, { workspaceId: ws.id }, (tx) => exportRows(tx, {}, ws.default_locale));
    fs.writeFileSync(cliPath(file), format === '.xlsx' ? await toXlsx(rows) : toCsv(rows));
    print(`Wrote ${rows.length} organisations to ${file}.`);
  });
}
