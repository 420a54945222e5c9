// Register imports: store an upload, check every row without writing (dry run), and import in
// batches. Each batch is one transaction that also moves the import's progress forward, so an
// interrupted import (closed page, crash, restart) resumes at the next batch with nothing doubled.
import type { Kysely } from 'kysely';
import { inWorkspace, type Tx } from '../../db/tenancy.ts';
import type { DB, ImportKind, Locale } from '../../db/types.ts';
import { insertInBatches } from '../../db/batch.ts';
import { AppError } from '../../http/problem.ts';
import type { FieldProblem } from '../organisations/reference.ts';
import { recordAudit } from '../audit/service.ts';
import { fieldsOf, REQUIRED, suggestMapping } from './fields.ts';
import { assessOrganisations, type Assessed, type Context, type SheetRow } from './organisations.ts';
import { localize, type RowProblem } from './problems.ts';
import type { Sheet } from './read.ts';
import { assessRelations } from './relations.ts';
import type { Plan } from './schema.ts';
import { insertOrganisations, insertRelations, type ImportActor, type NewRelation } from './write.ts';
import type { OrganisationInput } from '../organisations/schema.ts';

export const BATCH_SIZE = 500;
const CAP = 1000;

const audit = (tx: Tx, actor: ImportActor, action: string, id: string, after: unknown) =>
  recordAudit(tx, { workspaceId: actor.workspaceId, actorId: actor.userId, requestId: actor.requestId ?? null, action, entityType: 'import', entityId: id, after });

export async function createImport(tx: Tx, actor: ImportActor, kind: ImportKind, filename: string | null, sheet: Sheet) {
  const row = await tx
    .insertInto('imports')
    .values({ workspace_id: actor.workspaceId, kind, filename, format: sheet.format, encoding: sheet.encoding, delimiter: sheet.delimiter, columns: JSON.stringify(sheet.columns), total: sheet.rows.length, plan: null, created_by: actor.userId })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  await insertInBatches(tx, 'import_rows', sheet.rows.map((r) => ({ workspace_id: actor.workspaceId, import_id: row.id, row_number: r.row, cells: JSON.stringify(r.cells) })));
  await audit(tx, actor, 'import.upload', row.id, { kind, filename, format: sheet.format, total: sheet.rows.length, columns: sheet.columns });
  return {
    id: row.id,
    kind,
    filename,
    format: sheet.format,
    encoding: sheet.encoding,
    delimiter: sheet.delimiter,
    columns: sheet.columns,
    total: sheet.rows.length,
    sampleRows: sheet.rows.slice(0, 5).map((r) => r.cells),
    suggestedMapping: suggestMapping(kind, sheet.columns),
    fields: fieldsOf(kind).map((field) => ({ field, required: REQUIRED[kind].some((g) => g.length === 1 && g[0] === field) })),
  };
}

async function loadImport(tx: Tx, id: string, lock = false) {
  let q = tx.selectFrom('imports').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  const imp = await q.executeTakeFirst();
  if (!imp) throw new AppError(404, 'problem.not_found');
  return imp;
}
type Import = Awaited<ReturnType<typeof loadImport>>;

/** The mapping names columns of this file, each field at most once, and every required field. */
function checkMapping(imp: Import, mapping: Record<string, string>) {
  const problems: FieldProblem[] = [];
  const allowed = new Set<string>(fieldsOf(imp.kind));
  const used = new Set<string>();
  for (const [column, field] of Object.entries(mapping)) {
    const at = `mapping.${column}`;
    if (!imp.columns.includes(column)) problems.push({ field: at, key: 'field.unknown_column', vars: { value: column } });
    else if (field === 'ignore') continue;
    else if (!allowed.has(field)) problems.push({ field: at, key: 'field.invalid_value', vars: { values: [...allowed].join(', ') } });
    else if (used.has(field)) problems.push({ field: at, key: 'field.mapping_twice', vars: { value: field } });
    else used.add(field);
  }
  for (const group of REQUIRED[imp.kind]) if (!group.some((f) => used.has(f))) problems.push({ field: 'mapping', key: 'field.mapping_required', vars: { value: group.join(' / ') } });
  if (problems.length) throw new AppError(422, 'problem.validation', { fields: problems });
}

async function contextFor(tx: Tx, imp: Import, plan: Plan, similar: boolean): Promise<Context> {
  const ws = await tx.selectFrom('workspaces').select('country').where('id', '=', imp.workspace_id).executeTakeFirstOrThrow();
  return { columns: imp.columns, plan, workspaceCountry: ws.country, seen: new Map(), similar };
}

function assess(tx: Tx, kind: ImportKind, rows: SheetRow[], ctx: Context) {
  return kind === 'organisations' ? assessOrganisations(tx, rows, ctx) : assessRelations(tx, rows, ctx);
}

const rowsAfter = (tx: Tx, id: string, after: number, limit: number) =>
  tx.selectFrom('import_rows').select(['row_number as row', 'cells']).where('import_id', '=', id).where('row_number', '>', after).orderBy('row_number').limit(limit).execute();

/** Every row checked as the run would, in slices, writing nothing. */
export async function dryRun(tx: Tx, id: string, body: { mapping: Record<string, string>; defaults: Plan['defaults'] }, locale: Locale) {
  const imp = await loadImport(tx, id);
  if (imp.status === 'done') throw new AppError(409, 'import.finished');
  checkMapping(imp, body.mapping);
  const ctx = await contextFor(tx, imp, { mapping: body.mapping, defaults: body.defaults, skipRows: [] }, true);
  const out = { total: 0, valid: 0, errors: [] as ReturnType<typeof localize>[], duplicates: [] as ({ row: number } & NonNullable<Assessed<unknown>['duplicate']>)[], truncated: false };
  for (let after = 0; ; ) {
    const rows = await rowsAfter(tx, id, after, 2000);
    if (!rows.length) break;
    after = rows[rows.length - 1]!.row;
    for (const a of await assess(tx, imp.kind, rows, ctx)) {
      out.total++;
      if (!a.problems.length) out.valid++;
      for (const p of a.problems) {
        if (out.errors.length < CAP) out.errors.push(localize(p, locale));
        else out.truncated = true;
      }
      if (!a.duplicate) continue;
      if (out.duplicates.length < CAP) out.duplicates.push({ row: a.row, ...a.duplicate });
      else out.truncated = true;
    }
  }
  return out;
}

/** Fixes the plan when the run starts; a later call may repeat it but not change it. */
async function startRun(tx: Tx, actor: ImportActor, id: string, body: Partial<Plan>) {
  const imp = await loadImport(tx, id, true);
  if (imp.status === 'uploaded') {
    if (!body.mapping) throw new AppError(422, 'problem.validation', { fields: [{ field: 'mapping', key: 'field.required' }] });
    checkMapping(imp, body.mapping);
    const plan: Plan = { mapping: body.mapping, defaults: body.defaults ?? {}, skipRows: [...new Set(body.skipRows ?? [])].sort((a, b) => a - b) };
    await tx.updateTable('imports').set({ plan: JSON.stringify(plan), status: 'running', updated_at: new Date() }).where('id', '=', id).execute();
    await audit(tx, actor, 'import.start', id, plan);
    return;
  }
  const plan = imp.plan as Plan;
  const same = (a: unknown, b: unknown) => a === undefined || JSON.stringify(a) === JSON.stringify(b);
  const skip = body.skipRows && [...new Set(body.skipRows)].sort((a, b) => a - b);
  if (imp.status === 'running' && !(same(body.mapping, plan.mapping) && same(body.defaults, plan.defaults) && same(skip, plan.skipRows))) throw new AppError(409, 'import.plan_changed');
}

/**
 * One batch in the caller's transaction: lock the import, take the next rows after the last
 * committed one, create the good ones, and move the progress in the same transaction.
 */
export async function runBatch(tx: Tx, actor: ImportActor, id: string, batchSize = BATCH_SIZE) {
  const imp = await loadImport(tx, id, true);
  if (imp.status !== 'running') return { done: imp.status === 'done' };
  const plan = imp.plan as Plan;
  const rows = await rowsAfter(tx, id, imp.last_row, batchSize);
  const skip = new Set(plan.skipRows);
  const assessed = await assess(tx, imp.kind, rows.filter((r) => !skip.has(r.row)), await contextFor(tx, imp, plan, false));
  const good = assessed.filter((a) => a.input && !a.duplicate);
  const created =
    imp.kind === 'organisations'
      ? await insertOrganisations(tx, actor, id, good.map((a) => a.input as OrganisationInput))
      : await insertRelations(tx, actor, id, good.map((a) => a.input as NewRelation));
  const failed = assessed.filter((a) => !a.input);
  const processed = imp.processed + rows.length;
  const done = processed >= imp.total || rows.length < batchSize;
  const progress = {
    last_row: rows.length ? rows[rows.length - 1]!.row : imp.last_row,
    processed,
    created: imp.created + created.length,
    skipped: imp.skipped + rows.length - assessed.length + assessed.filter((a) => a.input && a.duplicate).length,
    failed: imp.failed + failed.length,
    problems: JSON.stringify([...(imp.problems as RowProblem[]), ...failed.flatMap((a) => a.problems)].slice(0, CAP)),
    status: done ? ('done' as const) : ('running' as const),
    updated_at: new Date(),
    finished_at: done ? new Date() : null,
  };
  await tx.updateTable('imports').set(progress).where('id', '=', id).execute();
  if (done) {
    // The sheet's cells are no longer needed; the counts and problems stay on the import.
    await tx.deleteFrom('import_rows').where('import_id', '=', id).execute();
    await audit(tx, actor, 'import.finish', id, { processed, created: progress.created, skipped: progress.skipped, failed: progress.failed });
  }
  return { done };
}

/**
 * Starts or continues a run: batches until done, `maxBatches` or the time budget is spent, so a
 * request answers in a few seconds with the progress and the page calls again.
 */
export async function runImport(
  db: Kysely<DB>,
  actor: ImportActor,
  id: string,
  body: Partial<Plan> & { maxBatches?: number },
  opts: { batchSize?: number; budgetMs?: number; onBatch?: () => Promise<void> | void } = {},
) {
  await inWorkspace(db, actor, (tx) => startRun(tx, actor, id, body));
  const started = performance.now();
  for (let n = 0; n < (body.maxBatches ?? Infinity); n++) {
    const { done } = await inWorkspace(db, actor, (tx) => runBatch(tx, actor, id, opts.batchSize));
    await opts.onBatch?.();
    if (done || performance.now() - started > (opts.budgetMs ?? Infinity)) break;
  }
}

export async function importState(tx: Tx, id: string, locale: Locale) {
  const imp = await loadImport(tx, id);
  return {
    id: imp.id,
    kind: imp.kind,
    status: imp.status,
    filename: imp.filename,
    format: imp.format,
    columns: imp.columns,
    total: imp.total,
    processed: imp.processed,
    created: imp.created,
    skipped: imp.skipped,
    failed: imp.failed,
    problems: (imp.problems as RowProblem[]).slice(0, 200).map((p) => localize(p, locale)),
    plan: imp.plan as Plan | null,
    createdAt: imp.created_at.toISOString(),
    updatedAt: imp.updated_at.toISOString(),
    finishedAt: imp.finished_at?.toISOString() ?? null,
  };
}

/** The latest imports, so a page closed half way can offer to continue. */
export async function listImports(tx: Tx) {
  const rows = await tx.selectFrom('imports').select(['id', 'kind', 'status', 'filename', 'format', 'total', 'processed', 'created', 'skipped', 'failed', 'created_at', 'updated_at', 'finished_at']).orderBy('created_at', 'desc').orderBy('id').limit(50).execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      filename: r.filename,
      format: r.format,
      total: r.total,
      processed: r.processed,
      created: r.created,
      skipped: r.skipped,
      failed: r.failed,
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
      finishedAt: r.finished_at?.toISOString() ?? null,
    })),
  };
}

export async function deleteImport(tx: Tx, actor: ImportActor, id: string) {
  const imp = await loadImport(tx, id);
  await tx.deleteFrom('imports').where('id', '=', id).execute();
  await audit(tx, actor, 'import.delete', id, { kind: imp.kind, filename: imp.filename, status: imp.status, created: imp.created });
}
