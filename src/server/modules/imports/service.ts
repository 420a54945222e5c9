// Register imports: store an upload, check every row without writing (dry run), and import in
// batches. Each batch is one transaction that also moves the import's progress forward, so an
// interrupted import (closed page, crash, restart) resumes at the next batch with nothing doubled.
import { sql, type Kysely } from 'kysely';
import { inWorkspace, type Tx } from '../../db/tenancy.ts';
import type { DB, ImportKind, ImportRowOutcome, Locale } from '../../db/types.ts';
import { AppError } from '../../http/problem.ts';
import type { FieldProblem } from '../organisations/reference.ts';
import { recordAudit } from '../audit/service.ts';
import { checkImport, checkKey, type CheckSummary } from './check.ts';
import { fieldsOf, REQUIRED, suggestMapping } from './fields.ts';
import { firstProblems, listFindings, writeFindings } from './findings.ts';
import type { Context } from './organisations.ts';
import type { Sheet } from './read.ts';
import { relationTypeWords } from './relations.ts';
import { runOrganisationBatch, runRelationBatch, type StoredRow } from './run.ts';
import type { Decision, Plan } from './schema.ts';
import { findTemplate, saveTemplate } from './templates.ts';
import { badChoice, columnValues } from './values/distinct.ts';
import { CODED_FIELDS, type ValueChoices } from './values/resolve.ts';
import type { ImportActor } from './write.ts';
import { localize, type RowProblem } from './problems.ts';

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
/** Problems a dry run or a state answer carries; the complete list pages through `importRows`. */
const FIRST_PROBLEMS = 100;

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
    ...(await suggestion(tx, kind, sheet.columns)),
    fields: fieldsOf(kind).map((field) => ({ field, required: REQUIRED[kind].some((g) => g.length === 1 && g[0] === field) })),
  };
}

/** The mapping of an earlier file with the same columns, else the one the headers suggest. */
async function suggestion(tx: Tx, kind: ImportKind, columns: string[]) {
  const saved = await findTemplate(tx, kind, columns);
  return saved ? { suggestedMapping: saved.mapping, template: saved.template } : { suggestedMapping: suggestMapping(kind, columns), template: null };
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

async function contextFor(tx: Tx, imp: Import, plan: Pick<Plan, 'mapping' | 'defaults' | 'values'>): Promise<Context> {
  const ws = await tx.selectFrom('workspaces').select('country').where('id', '=', imp.workspace_id).executeTakeFirstOrThrow();
  return { columns: imp.columns, plan, workspaceCountry: ws.country, values: { relationTypes: await relationTypeWords(tx) } };
}

/** Value choices name fields of this kind and real targets. */
function checkValues(imp: Import, ctx: Context, values: ValueChoices) {
  const problems: FieldProblem[] = [];
  const coded = new Set<string>(CODED_FIELDS[imp.kind]);
  for (const [field, map] of Object.entries(values)) {
    if (!coded.has(field)) {
      problems.push({ field: `values.${field}`, key: 'field.unknown' });
      continue;
    }
    for (const [value, code] of Object.entries(map ?? {})) if (badChoice(field, code, ctx.values)) problems.push({ field: `values.${field}`, key: 'import.choice_invalid', vars: { value: `${value} → ${code}`, field } });
  }
  if (problems.length) throw new AppError(422, 'problem.validation', { fields: problems });
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
  const out: StoredRow[] = [];
  let from = after;
  let span = 2 * want;
  while (out.length < want && from < LAST_ROW) {
    const to = Math.min(LAST_ROW, from + span);
    const rows = await tx
      .selectFrom('import_rows')
      .select(['row_number as row', 'cells', 'group_row', 'outcome', 'organisation_id', 'detail'])
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

type Reading = Pick<Plan, 'mapping' | 'defaults' | 'values'>;

/** Checks every row as the run would and keeps the findings per row; writes nothing to the register. */
async function check(tx: Tx, imp: Import, reading: Reading): Promise<CheckSummary> {
  checkMapping(imp, reading.mapping);
  const ctx = await contextFor(tx, imp, reading);
  checkValues(imp, ctx, reading.values);
  let read = 0;
  return checkImport(tx, imp.id, imp.kind, ctx, async (after, limit) => {
    const rows = await rowsAfter(tx, imp.id, after, limit, imp.total - read);
    read += rows.length;
    return rows;
  });
}

/** The dry run: the check's counts and its first errors (all of them page through `importRows`). */
export async function dryRun(tx: Tx, id: string, body: { mapping: Record<string, string>; defaults: Plan['defaults']; values?: ValueChoices }, locale: Locale) {
  const imp = await loadImport(tx, id, true);
  if (imp.status !== 'uploaded') throw new AppError(409, imp.status === 'done' ? 'import.finished' : 'import.plan_changed');
  const summary = await check(tx, imp, { mapping: body.mapping, defaults: body.defaults, values: body.values ?? {} });
  const errors = await firstProblems(tx, id, 'error', FIRST_PROBLEMS, locale);
  return { ...summary, valid: summary.total - summary.errorRows, errors };
}

/** The distinct values of the mapped coded columns, with what each will become. */
export async function valuesOf(tx: Tx, id: string, body: Reading, locale: Locale) {
  const imp = await loadImport(tx, id);
  checkMapping(imp, body.mapping);
  const ctx = await contextFor(tx, imp, body);
  return columnValues(tx, id, imp.kind, imp.columns, body.mapping, body.values, ctx.values, body.defaults, ctx.workspaceCountry, locale);
}

/** Rows of an import with the given outcomes, a page at a time (the complete report). */
export async function importRows(tx: Tx, id: string, q: { outcome?: ImportRowOutcome | ImportRowOutcome[]; after: number; limit: number }, locale: Locale) {
  await loadImport(tx, id);
  const outcomes = q.outcome === undefined ? null : Array.isArray(q.outcome) ? q.outcome : [q.outcome];
  return listFindings(tx, id, outcomes, q.after, q.limit, locale);
}

type RunRequest = Partial<Omit<Plan, 'decisions'>> & { decisions?: Decision[]; saveTemplate?: boolean };

/** A plan from a request, every list in one order, so a repeated call compares equal. */
function planOf(body: RunRequest & { mapping: Record<string, string> }): Plan {
  const decisions = [...new Map((body.decisions ?? []).map((d) => [d.row, d])).values()].sort((a, b) => a.row - b.row);
  return {
    mapping: body.mapping,
    defaults: body.defaults ?? {},
    values: body.values ?? {},
    existing: body.existing ?? 'leave',
    similar: body.similar ?? 'skip',
    decisions,
    skipRows: [...new Set(body.skipRows ?? [])].sort((a, b) => a - b),
  };
}

/**
 * Fixes the plan when the run starts (checking the rows first unless the last check was made for
 * this plan); a later call may repeat it but not change it.
 */
async function startRun(tx: Tx, actor: ImportActor, id: string, body: RunRequest): Promise<ImportKind> {
  const imp = await loadImport(tx, id, true);
  if (imp.status === 'uploaded') {
    if (!body.mapping) throw new AppError(422, 'problem.validation', { fields: [{ field: 'mapping', key: 'field.required' }] });
    const plan = planOf({ ...body, mapping: body.mapping });
    const checked = imp.checked as { key: string } | null;
    if (checked?.key !== checkKey(plan)) await check(tx, imp, plan);
    else checkMapping(imp, plan.mapping);
    await tx.updateTable('imports').set({ plan: JSON.stringify(plan), status: 'running', updated_at: new Date() }).where('id', '=', id).execute();
    if (body.saveTemplate) await saveTemplate(tx, actor.workspaceId, actor.userId, imp.kind, imp.columns, plan);
    await audit(tx, actor, 'import.start', id, plan);
    return imp.kind;
  }
  const plan = imp.plan as Plan;
  const same = (a: unknown, b: unknown) => a === undefined || JSON.stringify(a) === JSON.stringify(b);
  const asked = body.mapping ? planOf({ ...body, mapping: body.mapping }) : null;
  const changed =
    asked &&
    !(same(asked.mapping, plan.mapping) && same(body.defaults, plan.defaults) && same(body.values, plan.values) && same(body.existing, plan.existing) && same(body.similar, plan.similar) &&
      same(body.decisions && asked.decisions, plan.decisions) && same(body.skipRows && asked.skipRows, plan.skipRows));
  if (imp.status === 'running' && changed) throw new AppError(409, 'import.plan_changed');
  return imp.kind;
}

/**
 * One batch in the caller's transaction: lock the import, take the next rows after the last
 * committed one, import them, keep each row's outcome, and move the progress in the same transaction.
 */
export async function runBatch(tx: Tx, actor: ImportActor, id: string, batchSize = BATCH_SIZE) {
  const imp = await loadImport(tx, id, true);
  if (imp.status !== 'running') return { done: imp.status === 'done', finished: false, first: false };
  const plan = { ...(imp.plan as Plan) };
  plan.values ??= {};
  plan.decisions ??= [];
  plan.existing ??= 'leave';
  plan.similar ??= 'skip';
  const rows = await rowsAfter(tx, id, imp.last_row, batchSize, imp.total - imp.processed);
  const ctx = await contextFor(tx, imp, plan);
  const { findings, counts } = imp.kind === 'organisations' ? await runOrganisationBatch(tx, actor, id, plan, ctx, rows) : await runRelationBatch(tx, actor, id, plan, ctx, rows);
  await writeFindings(tx, id, findings, { clearCells: true });
  const processed = imp.processed + rows.length;
  const done = processed >= imp.total || rows.length < batchSize;
  const progress = {
    last_row: rows.length ? rows[rows.length - 1]!.row : imp.last_row,
    processed,
    created: imp.created + counts.created,
    updated: imp.updated + counts.updated,
    matched: imp.matched + counts.matched,
    repeated: imp.repeated + counts.repeated,
    skipped: imp.skipped + counts.skipped,
    failed: imp.failed + counts.failed,
    status: done ? ('done' as const) : ('running' as const),
    updated_at: new Date(),
    finished_at: done ? new Date() : null,
  };
  await tx.updateTable('imports').set(progress).where('id', '=', id).execute();
  if (done) {
    await audit(tx, actor, 'import.finish', id, { processed, created: progress.created, updated: progress.updated, matched: progress.matched, repeated: progress.repeated, skipped: progress.skipped, failed: progress.failed });
  }
  // `finished`: this batch ended the import; `first`: it is the first to create rows.
  return { done, finished: done, first: imp.created === 0 && counts.created > 0 };
}

/**
 * Starts or continues a run: batches until done, `maxBatches` or the time budget is spent, so a
 * request answers in a few seconds with the progress and the page calls again.
 */
export async function runImport(
  db: Kysely<DB>,
  actor: ImportActor,
  id: string,
  body: RunRequest & { maxBatches?: number },
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
  const suggested = mapping ? await suggestion(tx, imp.kind, imp.columns) : { suggestedMapping: {}, template: null };
  const checked = imp.checked as { summary: CheckSummary } | null;
  // Runs before per-row outcomes were kept have their first problems on the import itself.
  const legacy = (imp.problems as RowProblem[]).slice(0, FIRST_PROBLEMS).map((p) => localize(p, locale));
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
    updated: imp.updated,
    matched: imp.matched,
    repeated: imp.repeated,
    skipped: imp.skipped,
    failed: imp.failed,
    problems: legacy.length ? legacy : await firstProblems(tx, id, 'failed', FIRST_PROBLEMS, locale),
    plan: imp.plan ? planOf(imp.plan as Plan) : null,
    checked: checked?.summary ?? null,
    sampleRows: sample.map((r) => r.cells),
    ...suggested,
    createdAt: imp.created_at.toISOString(),
    updatedAt: imp.updated_at.toISOString(),
    finishedAt: imp.finished_at?.toISOString() ?? null,
  };
}

/** The latest imports, so a page closed half way can offer to continue. */
export async function listImports(tx: Tx) {
  const rows = await tx.selectFrom('imports').select(['id', 'kind', 'status', 'filename', 'format', 'total', 'processed', 'created', 'updated', 'matched', 'repeated', 'skipped', 'failed', 'created_at', 'updated_at', 'finished_at']).orderBy('created_at', 'desc').orderBy('id').limit(50).execute();
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
      updated: r.updated,
      matched: r.matched,
      repeated: r.repeated,
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
