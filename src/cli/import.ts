// `samverkan import organisations|relations FILE` and `samverkan export organisations FILE`:
// the same services as the web page, run inside one workspace (row-level security applies), with
// a progress bar on stderr. Reports go to stdout so they can be redirected to a file.
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { asSystem, inWorkspace } from '../server/db/tenancy.ts';
import type { DB, ImportKind, Locale } from '../server/db/types.ts';
import { AppError } from '../server/http/problem.ts';
import { t } from '../server/i18n/messages.ts';
import { exportRows, toCsv, toXlsx } from '../server/modules/imports/export.ts';
import { readSheet } from '../server/modules/imports/read.ts';
import { createImport, dryRun, importState, runImport } from '../server/modules/imports/service.ts';
import { withDb } from './admin.ts';

interface ImportOptions {
  workspace?: string;
  mapping?: string;
  dryRun?: boolean;
  skipDuplicates?: boolean;
  lang?: string;
  resume?: string;
}

/** The workspace by slug; with one workspace in the database the slug may be left out. */
async function findWorkspace(db: Kysely<DB>, slug: string | undefined) {
  const all = await asSystem(db, (tx) => tx.selectFrom('workspaces').select(['id', 'slug', 'default_locale']).orderBy('slug').execute());
  const ws = slug ? all.find((w) => w.slug === slug) : all.length === 1 ? all[0] : undefined;
  if (ws) return ws;
  if (slug) throw new Error(`No workspace with slug "${slug}".`);
  throw new Error(`Name the workspace with --workspace: ${all.map((w) => w.slug).join(', ') || '(there is none yet)'}`);
}

/** A bar on a terminal, a line per tenth when stderr is a file or a pipe. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
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

/** Signals the end of a dry run's transaction: it rolls back, so not even the upload is kept. */
class DryRunDone extends Error {}

export async function importCommand(kind: string, file: string | undefined, opts: ImportOptions) {
  if (kind !== 'organisations' && kind !== 'relations') throw new Error('What to import: organisations or relations.');
  if (opts.resume) return resume(opts.resume, opts);
  if (!file) throw new Error('Name the file to import (or --resume an import).');
  const sheet = await readSheet(new Uint8Array(fs.readFileSync(file))).catch((e) => explain(e, 'en'));
  const mapping = opts.mapping ? (JSON.parse(fs.readFileSync(opts.mapping, 'utf8')) as Record<string, string>) : null;
  await withDb(async (db) => {
    const ws = await findWorkspace(db, opts.workspace);
    const locale = (['sv', 'da', 'en'].includes(opts.lang ?? '') ? opts.lang : ws.default_locale) as Locale;
    const actor = { workspaceId: ws.id, userId: null, requestId: null };
    let report: Awaited<ReturnType<typeof dryRun>> | undefined;
    let importId = '';
    let used: Record<string, string> = {};
    // Upload and dry run in one transaction, rolled back for --dry-run.
    await inWorkspace(db, actor, async (tx) => {
      const upload = await createImport(tx, actor, kind as ImportKind, path.basename(file), sheet);
      importId = upload.id;
      used = mapping ?? upload.suggestedMapping;
      report = await dryRun(tx, upload.id, { mapping: used, defaults: {} }, locale).catch((e) => explain(e, locale));
      if (opts.dryRun) throw new DryRunDone();
    }).catch((e) => {
      if (!(e instanceof DryRunDone)) throw e;
    });
    const r = report!;
    console.log(`Columns: ${Object.entries(used).map(([c, f]) => `${c} → ${f}`).join(', ') || '(none recognised; pass --mapping)'}`);
    console.log(`${r.total} rows: ${r.valid} valid, ${r.total - r.valid} with errors, ${r.duplicates.length} duplicates.`);
    for (const d of r.duplicates.slice(0, 50)) console.log(`  row ${d.row}: duplicate of ${d.name} (${d.reason})`);
    if (opts.dryRun) {
      // The run lists the failed rows itself; a dry run lists them here and fails a script.
      for (const e of r.errors.slice(0, 50)) console.log(rowLine(e));
      if (r.errors.length) process.exitCode = 1;
      return;
    }
    console.log(`Import ${importId} (if it is interrupted: samverkan import ${kind} --resume ${importId})`);
    const skipRows = opts.skipDuplicates ? r.duplicates.filter((d) => d.reason === 'similar_name').map((d) => d.row) : [];
    await runWithBar(db, actor, importId, { mapping: used, skipRows }, locale);
  });
}

async function runWithBar(db: Kysely<DB>, actor: { workspaceId: string; userId: null }, importId: string, plan: { mapping?: Record<string, string>; skipRows?: number[] }, locale: Locale) {
  const bar = progressBar();
  const progress = async () => {
    const s = await inWorkspace(db, actor, (tx) => importState(tx, importId, locale));
    bar(s.processed, s.total);
    return s;
  };
  await runImport(db, actor, importId, plan, { onBatch: async () => void (await progress()) }).catch((e) => explain(e, locale));
  const s = await progress();
  console.log(`Created ${s.created}, skipped ${s.skipped} (already in the register or left out), failed ${s.failed}.`);
  for (const p of s.problems.slice(0, 50)) console.log(rowLine(p));
}

async function resume(importId: string, opts: ImportOptions) {
  await withDb(async (db) => {
    const ws = await findWorkspace(db, opts.workspace);
    const locale = (['sv', 'da', 'en'].includes(opts.lang ?? '') ? opts.lang : ws.default_locale) as Locale;
    await runWithBar(db, { workspaceId: ws.id, userId: null }, importId, {}, locale);
  });
}

export async function exportCommand(kind: string, file: string, opts: { workspace?: string }) {
  if (kind !== 'organisations') throw new Error('What to export: organisations.');
  const format = path.extname(file).toLowerCase();
  if (format !== '.csv' && format !== '.xlsx') throw new Error('Name the file .csv or .xlsx.');
  await withDb(async (db) => {
    const ws = await findWorkspace(db, opts.workspace);
    const rows = await inWorkspace(db, { workspaceId: ws.id }, (tx) => exportRows(tx, {}, ws.default_locale));
    fs.writeFileSync(file, format === '.xlsx' ? await toXlsx(rows) : toCsv(rows));
    console.log(`Wrote ${rows.length} organisations to ${file}.`);
  });
}
