// Rows of a sheet as organisations: each row becomes the body a person would send to create one,
// checked by the same schema (CreateOrganisationBody) and rules (validateMany) as that route. Coded
// cells (kind, country, NUTS, NACE, local) are read through the value mapping (values/resolve.ts).
// Whether a row is an organisation the register or an earlier row already has is decided later
// (grouping.ts, match.ts): here each row is read on its own.
import type { IdentifierScheme } from '../../../shared/identifiers/index.ts';
import type { Tx } from '../../db/tenancy.ts';
import { CreateOrganisationBody, type OrganisationInput } from '../organisations/schema.ts';
import { validateMany } from '../organisations/service.ts';
import { integerList, listCell, namesCell, numberCell, websiteCell, type Cell } from './cells.ts';
import type { OrganisationField } from './fields.ts';
import { rowProblem, zodRowProblems, type ProblemVars, type RowProblem, type Source } from './problems.ts';
import type { Plan } from './schema.ts';
import { resolveValue, type ValueContext } from './values/resolve.ts';

export interface SheetRow {
  row: number;
  cells: string[];
}

export interface Assessed<T> {
  row: number;
  input: T | null;
  problems: RowProblem[];
  /** Fields that took the import's default because the row had no value for them. */
  defaulted?: string[];
}

export interface Context {
  columns: string[];
  plan: Pick<Plan, 'mapping' | 'defaults' | 'values'>;
  workspaceCountry: string;
  values: ValueContext;
}

/** field → the column it is read from, and each column's index. */
export function columnsOf(ctx: { columns: string[]; plan: Pick<Plan, 'mapping'> }) {
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
  /** A coded cell through the value mapping; null when empty or mapped to nothing. */
  const coded = (field: OrganisationField, country?: string | null): string | null | undefined => {
    const raw = cell(field);
    if (raw === undefined) return undefined;
    const v = resolveValue(field, raw, ctx.plan.values, ctx.values, country);
    if (v.ok) return v.value;
    problems.push(rowProblem(r.row, source(field), v.key, v.vars as ProblemVars));
    return undefined;
  };

  body.name = cell('name')?.trim() ?? '';
  const names = text('names');
  if (names) take('names', namesCell(names), (v) => (body.names = v));
  const defaulted: string[] = [];
  const orDefault = (field: 'kind' | 'country', value: string | null | undefined, fallback: string) => {
    if (value) return value;
    defaulted.push(field);
    return fallback;
  };
  body.kind = orDefault('kind', coded('kind'), ctx.plan.defaults.kind ?? 'other');
  body.country = orDefault('country', coded('country'), ctx.plan.defaults.country ?? ctx.workspaceCountry);
  body.city = text('city') ?? null;
  body.nutsCode = coded('nutsCode', body.country as string) ?? null;
  body.naceCode = coded('naceCode') ?? null;
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
  const local = coded('isLocal');
  if (local) body.isLocal = local === 'true';

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
  return { body, problems, sourceOf, defaulted };
}

export async function assessOrganisations(tx: Tx, rows: SheetRow[], ctx: Context): Promise<Assessed<OrganisationInput>[]> {
  const from = columnsOf(ctx);
  const built = rows.map((r) => {
    const b = buildRow(r, ctx, from);
    const parsed = CreateOrganisationBody.safeParse(b.body);
    // A cell that could not be read is reported once, not again by the schema.
    const problems = parsed.success ? b.problems : [...b.problems, ...zodRowProblems(r.row, parsed.error, b.sourceOf).filter((p) => !b.problems.some((q) => q.field === p.field))];
    return { row: r.row, input: parsed.success && !problems.length ? parsed.data : null, problems, sourceOf: b.sourceOf, defaulted: b.defaulted };
  });
  // The register's rules, but for identifiers: a number the register has makes the row that
  // organisation (match.ts), not an error.
  const valid = built.filter((b) => b.input);
  const checked = await validateMany(tx, valid.map((b) => ({ input: { ...b.input!, identifiers: [] }, country: b.input!.country, selfId: null })));
  valid.forEach((b, i) => {
    for (const p of checked[i]!) b.problems.push(rowProblem(b.row, b.sourceOf(p.field.split('.')), p.key, p.vars));
    if (b.problems.length) b.input = null;
  });
  return built.map((b) => ({ row: b.row, input: b.input, problems: b.problems, defaulted: b.defaulted }));
}
