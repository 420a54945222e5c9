// Rows of a sheet as organisations: each row becomes the body a person would send to create one,
// checked by the same schema (CreateOrganisationBody) and rules (validateMany) as that route.
// A number the register already holds makes the row a duplicate, not an error.
import type { IdentifierScheme } from '../../../shared/identifiers/index.ts';
import type { Tx } from '../../db/tenancy.ts';
import { CreateOrganisationBody, type OrganisationInput } from '../organisations/schema.ts';
import { validateMany } from '../organisations/service.ts';
import { booleanCell, countryOf, integerList, kindOf, listCell, namesCell, numberCell, websiteCell, type Cell } from './cells.ts';
import { similarNames } from './duplicates.ts';
import type { OrganisationField } from './fields.ts';
import { rowProblem, zodRowProblems, type RowProblem, type Source } from './problems.ts';
import type { Plan } from './schema.ts';

export interface SheetRow {
  row: number;
  cells: string[];
}

export interface Assessed<T> {
  row: number;
  input: T | null;
  problems: RowProblem[];
  duplicate: { organisationId?: string; relationId?: string; name: string; reason: 'identifier' | 'similar_name' | 'same_relation' } | null;
}

export interface Context {
  columns: string[];
  plan: Plan;
  workspaceCountry: string;
  /** Identifiers seen earlier in this file (`scheme:value` → row), to catch a number given twice. */
  seen: Map<string, number>;
  /** Look for similar names in the register (the dry run does; the run imports them as asked). */
  similar: boolean;
}

/** field → the column it is read from, and each column's index. */
export function columnsOf(ctx: Pick<Context, 'columns' | 'plan'>) {
  const index = new Map(ctx.columns.map((c, i) => [c, i]));
  const from = new Map<string, { column: string; index: number }>();
  for (const [column, field] of Object.entries(ctx.plan.mapping)) if (field !== 'ignore' && index.has(column)) from.set(field, { column, index: index.get(column)! });
  return from;
}

function buildRow(r: SheetRow, ctx: Context, from: ReturnType<typeof columnsOf>) {
  const problems: RowProblem[] = [];
  const body: Record<string, unknown> = {};
  const cell = (field: OrganisationField) => {
    const at = from.get(field);
    return at ? (r.cells[at.index] ?? '') : undefined;
  };
  const source = (field: string): Source => ({ field, column: from.get(field)?.column ?? null });
  const take = <T>(field: OrganisationField, result: Cell<T>, set: (v: T) => void) => {
    if (result.ok) set(result.value);
    else problems.push(rowProblem(r.row, source(field), result.key, result.vars));
  };
  const text = (field: OrganisationField) => cell(field)?.trim() || undefined;

  body.name = cell('name')?.trim() ?? '';
  const names = text('names');
  if (names) take('names', namesCell(names), (v) => (body.names = v));
  const kind = text('kind');
  body.kind = kind ? (kindOf(kind) ?? kind) : (ctx.plan.defaults.kind ?? 'other');
  const country = text('country');
  if (country) take('country', countryOf(country), (v) => (body.country = v));
  else body.country = ctx.plan.defaults.country ?? ctx.workspaceCountry;
  for (const f of ['city', 'nutsCode', 'naceCode'] as const) body[f] = text(f) ?? null;
  if (typeof body.nutsCode === 'string') body.nutsCode = body.nutsCode.toUpperCase();
  for (const f of ['lat', 'lon'] as const) {
    const v = text(f);
    if (v) take(f, numberCell(v), (n) => (body[f] = n));
  }
  const website = text('website');
  body.website = website ? websiteCell(website) : null;
  body.description = cell('description') ?? '';
  for (const f of ['tags', 'themes'] as const) body[f] = listCell(cell(f) ?? '');
  body.themes = (body.themes as string[]).map((s) => s.toLowerCase());
  const sdgs = text('sdgs');
  if (sdgs) take('sdgs', integerList(sdgs), (v) => (body.sdgs = v));
  const local = text('isLocal');
  if (local) take('isLocal', booleanCell(local), (v) => (body.isLocal = v));

  // Identifiers: one column per scheme; remember which column each entry came from.
  const idSources: Source[] = [];
  const identifiers: { scheme: IdentifierScheme; value: string }[] = [];
  for (const [field] of from) {
    if (!field.startsWith('identifiers.')) continue;
    const value = text(field as OrganisationField);
    if (!value) continue;
    identifiers.push({ scheme: field.slice('identifiers.'.length) as IdentifierScheme, value });
    idSources.push(source(field));
  }
  body.identifiers = identifiers;

  /** `identifiers.1.value` → the column of the second identifier; `themes.2` → the themes column. */
  const sourceOf = (path: string[]): Source => {
    if (path[0] === 'identifiers' && path[1] !== undefined) return idSources[Number(path[1])] ?? source('identifiers');
    return source(path[0] ?? 'name');
  };
  return { body, problems, sourceOf };
}

export async function assessOrganisations(tx: Tx, rows: SheetRow[], ctx: Context): Promise<Assessed<OrganisationInput>[]> {
  const from = columnsOf(ctx);
  const built = rows.map((r) => {
    const b = buildRow(r, ctx, from);
    const parsed = CreateOrganisationBody.safeParse(b.body);
    // A cell that could not be read is reported once, not again by the schema.
    const problems = parsed.success ? b.problems : [...b.problems, ...zodRowProblems(r.row, parsed.error, b.sourceOf).filter((p) => !b.problems.some((q) => q.field === p.field))];
    return { row: r.row, input: parsed.success && !problems.length ? parsed.data : null, problems, sourceOf: b.sourceOf };
  });

  const valid = built.filter((b) => b.input);
  const checked = await validateMany(tx, valid.map((b) => ({ input: b.input!, country: b.input!.country, selfId: null })));
  const out: Assessed<OrganisationInput>[] = built.map((b) => ({ row: b.row, input: b.input, problems: b.problems, duplicate: null }));
  const byRow = new Map(out.map((a) => [a.row, a]));
  valid.forEach((b, i) => {
    const a = byRow.get(b.row)!;
    for (const p of checked[i]!) {
      if (p.key === 'field.duplicate_identifier') a.duplicate ??= { organisationId: String(p.vars!.organisationId), name: String(p.vars!.value), reason: 'identifier' };
      else a.problems.push(rowProblem(b.row, b.sourceOf(p.field.split('.')), p.key, p.vars));
    }
    b.input!.identifiers.forEach((id, j) => {
      const key = `${id.scheme}:${id.value}`;
      const first = ctx.seen.get(key);
      if (first !== undefined && first !== b.row) a.problems.push(rowProblem(b.row, b.sourceOf(['identifiers', String(j)]), 'field.duplicate_in_file', { row: first }));
      else ctx.seen.set(key, b.row);
    });
    if (a.problems.length) a.input = null;
  });

  if (ctx.similar) {
    const candidates = out.filter((a) => a.input && !a.duplicate).map((a) => ({ row: a.row, name: a.input!.name, country: a.input!.country }));
    const similar = await similarNames(tx, candidates);
    for (const [row, match] of similar) byRow.get(row)!.duplicate = { organisationId: match.id, name: match.name, reason: 'similar_name' };
  }
  return out;
}
