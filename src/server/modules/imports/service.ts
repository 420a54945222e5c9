// Register imports: store an upload, check every row without writing (dry run), and import in
// batches. Each batch is one transaction that also moves the import's progress forward, so an
// interrupted import (closed page, crash, restart) resumes at the next batch with nothing doubled.
import { sql, type Kysely } from 'kysely';
import { inWorkspace, type Tx } from '../../db/tenancy.ts';
import type { DB, ImportKind, Locale } from '../../db/types.ts';
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

/**
 * Rows per batch. Each batch pays a dozen round trips and a commit whatever its size; 2,000 rows
 * take about a second on PostgreSQL and one and a half on PGlite, so the bar still moves often.
 */
export const BATCH_SIZE = 2000;
/**
 * Stored cells go in with one statement per this many rows: their numbers as an int[] and their
 * cells as one JSON array (a text[] of JSON strings costs the server more to read than JSON does).
 */
const UPLOAD_CHUNK = 10_000;
const CAP = 1000;

const audit = (tx: Tx, actor: ImportActor, action: string, id: string, after: unknown) =>
  recordAudit(tx, { workspaceId: actor.workspaceId, actorId: actor.userId, requestId: actor.requestId ?? null, action, entityType: 'import', entityId: id, after });

export async function createImport(tx: Tx, actor: ImportActor, kind: ImportKind, filename: string | null, sheet: Sheet) {
  const row = await tx
    .insertInto('imports')
    .values({ workspace_id: actor.workspaceId, kind, filename, format: sheet.format, encoding: sheet.encoding, delimiter: sheet.delimiter, columns: JSON.stringify(sheet.columns), total: sheet.rows.length, plan: null, created_by: actor.userId })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  for (let i = 0; i < sheet.rows.length; i += UPLOAD_CHUNK) {
    const chunk = sheet.rows.slice(i, i + UPLOAD_CHUNK);
    await sql`insert into import_rows (workspace_id, import_id, row_number, cells)
      select ${actor.workspaceId}::uuid, ${row.id}::uuid, t.row_number, t.cells
      from rows from (unnest(${sql.val(chunk.map((r) => r.row))}::int[]), jsonb_array_elements(${JSON.stringify(chunk.map((r) => r.cells))}::jsonb)) as t(row_number, cells)`.execute(tx);
  }
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

/** Sheet rows are numbered up to Excel's limit; `int` in the table. */
const LAST_ROW = 2_147_483_647;

/**
 * The next `limit` stored rows after sheet row `after`, in order (`remaining`: how many rows of the
 * import are left to read). Each query asks for a bounded range of row numbers. An open-ended
 * `row_number > $after … limit 500` was planned, on a fresh import whose rows have no planner
 * statistics yet (PGlite never gathers any), as "read every remaining row, sort, keep 500", so each
 * batch was slower than the last. Row numbers are dense (only blank sheet rows leave gaps), so one
 * range almost always holds the whole batch; after a gap the next range is wider.
 */
async function rowsAfter(tx: Tx, id: string, after: number, limit: number, remaining: number) {
  const want = Math.min(limit, remaining);
  const out: { row: number; cells: string[] }[] = [];
  let from = after;
  let span = 2 * want;
  while (out.length < want && from < LAST_ROW) {
    const to = Math.min(LAST_ROW, from + span);
    const rows = await tx
      .selectFrom('import_rows')
      .select(['row_number as row', 'cells'])
      .where('import_id', '=', id)
      .where('row_number', '>', from)
      .where('row_number', '<=', to)
      .orderBy('row_number')
      .limit(want - out.length)
      .execute();
    out.push(...rows);
    // A range that did not fill the batch held every row it could: go on after it.
    from = to;
    span *= 2;
  }
  return out;
}

/** Every row checked as the run would, in slices, writing nothing. */
export async function dryRun(tx: Tx, id: string, body: { mapping: Record<string, string>; defaults: Plan['defaults'] }, locale: Locale) {
  const imp = await loadImport(tx, id);
  if (imp.status === 'done') throw new AppError(409, 'import.finished');
  checkMapping(imp, body.mapping);
  const ctx = await contextFor(tx, imp, { mapping: body.mapping, defaults: body.defaults, skipRows: [] }, true);
  const out = { total: 0, valid: 0, errors: [] as ReturnType<typeof localize>[], duplicates: [] as ({ row: number } & NonNullable<Assessed<unknown>['duplicate']>)[], truncated: false };
  for (let after = 0; ; ) {
    const rows = await rowsAfter(tx, id, after, 2000, imp.total - out.total);
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
async function startRun(tx: Tx, actor: ImportActor, id: string, body: Partial<Plan>): Promise<ImportKind> {
  const imp = await loadImport(tx, id, true);
  if (imp.status === 'uploaded') {
    if (!body.mapping) throw new AppError(422, 'problem.validation', { fields: [{ field: 'mapping', key: 'field.required' }] });
    checkMapping(imp, body.mapping);
    const plan: Plan = { mapping: body.mapping, defaults: body.defaults ?? {}, skipRows: [...new Set(body.skipRows ?? [])].sort((a, b) => a - b) };
    await tx.updateTable('imports').set({ plan: JSON.stringify(plan), status: 'running', updated_at: new Date() }).where('id', '=', id).execute();
    await audit(tx, actor, 'import.start', id, plan);
    return imp.kind;
  }
  const plan = imp.plan as Plan;
  const same = (a: unknown, b: unknown) => a === undefined || JSON.stringify(a) === JSON.stringify(b);
  const skip = body.skipRows && [...new Set(body.skipRows)].sort((a, b) => a - b);
  if (imp.status === 'running' && !(same(body.mapping, plan.mapping) && same(body.defaults, plan.defaults) && same(skip, plan.skipRows))) throw new AppError(409, 'import.plan_changed');
  return imp.kind;
}

/**
 * One batch in the caller's transaction: lock the import, take the next rows after the last
 * committed one, create the good ones, and move the progress in the same transaction.
 */
export async function runBatch(tx: Tx, actor: ImportActor, id: string, batchSize = BATCH_SIZE) {
  const imp = await loadImport(tx, id, true);
  if (imp.status !== 'running') return { done: imp.status === 'done', finished: false, first: false };
  const plan = imp.plan as Plan;
  const rows = await rowsAfter(tx, id, imp.last_row, batchSize, imp.total - imp.processed);
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
    // Rewritten only when this batch adds to it (it holds up to 1,000 problems in three languages).
    ...(failed.length && (imp.problems as RowProblem[]).length < CAP ? { problems: JSON.stringify([...(imp.problems as RowProblem[]), ...failed.flatMap((a) => a.problems)].slice(0, CAP)) } : {}),
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
  // `finished`: this batch ended the import; `first`: it is the first to create rows.
  return { done, finished: done, first: imp.created === 0 && created.length > 0 };
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
  const kind = await inWorkspace(db, actor, (tx) => startRun(tx, actor, id, body));
  const started = performance.now();
  for (let n = 0; n < (body.maxBatches ?? Infinity); n++) {
    const { done, finished, first } = await inWorkspace(db, actor, (tx) => runBatch(tx, actor, id, opts.batchSize));
    if (finished || first) await analyzeImported(db, kind);
    await opts.onBatch?.();
    if (done || performance.now() - started > (opts.budgetMs ?? Infinity)) break;
  }
}

/**
 * Fresh planner statistics for the tables an import fills, as the owning role: after its first
 * batch that creates rows, and when it is done. Plans made while the register was nearly empty
 * stay cached until the statistics change, among them the foreign-key check each new identifier
 * runs against organisations: planned as a sequential scan of a handful of rows, it then read the
 * whole growing table once per identifier (454 million rows read for 40,000 organisations; 85 of
 * the run's 115 seconds) until autovacuum happened to analyze the table. PGlite has no autovacuum
 * at all, and without the last ANALYZE the next dry run would still plan its similar-name check
 * for a register of a handful of names. ANALYZE only samples: a second or two at 100,000 rows.
 */
async function analyzeImported(db: Kysely<DB>, kind: ImportKind) {
  const tables = kind === 'organisations' ? 'organisations, organisation_identifiers' : 'relations';
  await sql.raw(`analyze ${tables}`).execute(db);
}

export async function importState(tx: Tx, id: string, locale: Locale) {
  const imp = await loadImport(tx, id);
  // Until the run starts the page maps the columns, also after a reload: it needs the suggestion
  // and a few rows again, as the upload gave them.
  const mapping = imp.status === 'uploaded';
  const sample = mapping ? await rowsAfter(tx, id, 0, 5, imp.total) : [];
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
    sampleRows: sample.map((r) => r.cells),
    suggestedMapping: mapping ? suggestMapping(imp.kind, imp.columns) : {},
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
