// One batch of a run, in the caller's transaction. Organisations: the first row of each
// organisation of the file brings the rows that are the same one (also from later batches), and
// becomes one organisation — created, or found in the register and left as it is, filled in, or
// left out, as the plan and the person's decisions say; its later rows repeat it. Relations: each
// new link is created once. Every row gets its outcome, and its cells are emptied (the run is past
// it; a later batch never needs them).
import type { Tx } from '../../db/tenancy.ts';
import type { ImportRowOutcome } from '../../db/types.ts';
import type { Actor } from '../members/service.ts';
import { getOrganisation, updateOrganisation } from '../organisations/service.ts';
import type { OrganisationInput } from '../organisations/schema.ts';
import { combineInputs, fillIn } from './combine.ts';
import type { Detail, Finding } from './findings.ts';
import { identifierKey } from './identity.ts';
import { identifierHolders, organisationsById, type Holder } from './match.ts';
import { assessOrganisations, type Context, type SheetRow } from './organisations.ts';
import { rowProblem, type RowProblem } from './problems.ts';
import { assessRelations } from './relations.ts';
import type { Plan } from './schema.ts';
import { insertOrganisations, insertRelations, type ImportActor, type NewRelation } from './write.ts';

export interface StoredRow extends SheetRow {
  group_row: number | null;
  outcome: ImportRowOutcome | null;
  organisation_id: string | null;
  detail: unknown;
}

export interface BatchResult {
  findings: Finding[];
  counts: Record<'created' | 'updated' | 'matched' | 'repeated' | 'skipped' | 'failed', number>;
}

const tally = (findings: Finding[]): BatchResult['counts'] => {
  const counts = { created: 0, updated: 0, matched: 0, repeated: 0, skipped: 0, failed: 0 };
  for (const f of findings) if (f.outcome in counts) counts[f.outcome as keyof typeof counts]++;
  return counts;
};

const problemsOf = (row: StoredRow) => ((row.detail as Detail | null)?.problems ?? []) as RowProblem[];

/** Rows the person left out: `skipRows` and decisions to skip. */
export const skippedRows = (plan: Plan) => new Set([...plan.skipRows, ...plan.decisions.filter((d) => d.action === 'skip').map((d) => d.row)]);

export async function runOrganisationBatch(tx: Tx, actor: ImportActor, importId: string, plan: Plan, ctx: Context, rows: StoredRow[]): Promise<BatchResult> {
  const skip = skippedRows(plan);
  const decisions = new Map(plan.decisions.map((d) => [d.row, d]));
  const findings: Finding[] = [];
  const last = rows.length ? rows[rows.length - 1]!.row : 0;
  const inBatch = new Map(rows.map((r) => [r.row, r]));
  const isFirst = (r: StoredRow) => r.group_row === null || r.group_row === r.row;

  // The rows of each organisation whose first row is in this batch, later batches' included.
  const firsts = rows.filter((r) => isFirst(r) && r.outcome !== 'error');
  const grouped = firsts.filter((r) => r.group_row === r.row).map((r) => r.row);
  const later = grouped.length
    ? await tx
        .selectFrom('import_rows')
        .select(['row_number as row', 'cells', 'outcome', 'group_row'])
        .where('import_id', '=', importId)
        .where('group_row', 'in', grouped)
        .where('row_number', '>', last)
        .execute()
    : [];
  /** A row of a grouped organisation → its first row. */
  const groupOf = new Map<number, number>();
  for (const r of rows) if (r.group_row !== null && grouped.includes(r.group_row)) groupOf.set(r.row, r.group_row);
  for (const l of later) groupOf.set(l.row, l.group_row!);
  const laterByRow = new Map(later.map((l) => [l.row, l]));
  const membersOf = new Map<number, number[]>();
  const erroneous = new Set([...rows.filter((r) => r.outcome === 'error').map((r) => r.row), ...later.filter((l) => l.outcome === 'error').map((l) => l.row)]);
  for (const [row, first] of groupOf) if (!erroneous.has(row)) membersOf.set(first, [...(membersOf.get(first) ?? []), row]);

  const toRead: SheetRow[] = [
    ...firsts.filter((r) => !skip.has(r.row)),
    ...[...groupOf.keys()].filter((row) => row !== groupOf.get(row) && !erroneous.has(row) && !skip.has(row) && !skip.has(groupOf.get(row)!)).map((row) => inBatch.get(row) ?? laterByRow.get(row)!),
  ];
  const assessed = new Map((await assessOrganisations(tx, toRead, ctx)).map((a) => [a.row, a]));
  // The check found the register's organisations by number (and its VAT or national twin) and by
  // name; the run takes those, and looks the numbers up again as they are stored (exact pairs), so
  // that a number someone registered since the check is matched rather than stored twice.
  const holders = await identifierHolders(tx, [...assessed.values()].flatMap((a) => a.input?.identifiers ?? []));

  type Plan1 = { row: number; rows: number[]; input: OrganisationInput; existing: (Holder & { reason: 'identifier' | 'name' }) | null; candidate: string | null };
  const planned: Plan1[] = [];
  const outcomeOf = new Map<number, { outcome: ImportRowOutcome; organisationId: string | null; problems?: RowProblem[] }>();
  for (const f of firsts) {
    if (skip.has(f.row)) {
      outcomeOf.set(f.row, { outcome: 'skipped', organisationId: null });
      continue;
    }
    const a = assessed.get(f.row)!;
    if (!a.input) {
      outcomeOf.set(f.row, { outcome: 'failed', organisationId: null, problems: a.problems });
      continue;
    }
    const rowsOf = [f.row, ...(membersOf.get(f.row) ?? []).filter((r) => r !== f.row).sort((x, y) => x - y)];
    const valid = rowsOf.map((r) => assessed.get(r)).filter((x): x is NonNullable<typeof x> => !!x?.input);
    const { input } = combineInputs(valid.map((v) => ({ input: v.input!, defaulted: v.defaulted })));
    const found = [...new Map(input.identifiers.flatMap((i) => holders.get(identifierKey(i)) ?? []).map((h) => [h.id, h])).values()];
    if (found.length > 1) {
      outcomeOf.set(f.row, { outcome: 'failed', organisationId: null, problems: [rowProblem(f.row, { field: 'identifiers', column: null }, 'import.register_conflict', { value: found.map((h) => h.name).join(', ') })] });
      continue;
    }
    planned.push({ row: f.row, rows: rowsOf, input, existing: found[0] ? { ...found[0], reason: 'identifier' } : null, candidate: f.outcome === 'similar' ? f.organisation_id : null });
  }

  // Found in the register by the check: that organisation, if it is still there (a merged one
  // leads to the one it went into). The run does not look names up again: within the file the
  // grouping has decided, and the check saw the register as it was (a name someone adds between
  // the check and the run is the one race left open).
  const reasonOf = (f: StoredRow) => (f.detail as Detail | null)?.reason;
  const checked = await organisationsById(tx, firsts.flatMap((f) => (f.outcome === 'match' && f.organisation_id ? [f.organisation_id] : [])));
  for (const p of planned) {
    const f = inBatch.get(p.row)!;
    const held = f.outcome === 'match' && f.organisation_id ? checked.get(f.organisation_id) : undefined;
    if (!p.existing && held) p.existing = { ...held, reason: reasonOf(f) === 'name' ? 'name' : 'identifier' };
  }
  const targets = await organisationsById(tx, plan.decisions.filter((d) => d.organisationId && planned.some((p) => p.row === d.row)).map((d) => d.organisationId!).concat(planned.flatMap((p) => (p.candidate ? [p.candidate] : []))));

  const creates: Plan1[] = [];
  for (const p of planned) {
    const d = decisions.get(p.row);
    const fail = (key: Parameters<typeof rowProblem>[2], vars: Record<string, string | number>) =>
      outcomeOf.set(p.row, { outcome: 'failed', organisationId: null, problems: [rowProblem(p.row, { field: 'name', column: null }, key, vars)] });
    let action: 'create' | 'skip' | 'leave' | 'update';
    let target: string | null = null;
    if (p.existing) {
      action = d?.action ?? plan.existing;
      target = d?.organisationId ? (targets.get(d.organisationId)?.id ?? null) : p.existing.id;
      if (action === 'create' && p.existing.reason === 'identifier') {
        fail('import.create_taken', { value: p.existing.name });
        continue;
      }
    } else if (p.candidate) {
      action = d?.action ?? plan.similar;
      target = targets.get(d?.organisationId ?? p.candidate)?.id ?? null;
    } else {
      action = d?.action ?? 'create';
      target = d?.organisationId ? (targets.get(d.organisationId)?.id ?? null) : null;
      if (action === 'leave' || action === 'update') {
        if (!d?.organisationId) action = 'create';
      }
    }
    if (action === 'skip') outcomeOf.set(p.row, { outcome: 'skipped', organisationId: null });
    else if (action === 'create') creates.push(p);
    else if (!target) fail('import.decision_target', { row: p.row });
    else if (action === 'leave') outcomeOf.set(p.row, { outcome: 'matched', organisationId: target });
    else {
      const current = await getOrganisation(tx, target);
      const taken = new Set([...holders].filter(([, h]) => h.id !== target).map(([k]) => k));
      const patch = fillIn(current, p.input, taken);
      if (patch) await updateOrganisation(tx, actor as Actor, target, patch as never);
      outcomeOf.set(p.row, { outcome: patch ? 'updated' : 'matched', organisationId: target });
    }
  }
  const ids = await insertOrganisations(tx, actor, importId, creates.map((c) => c.input));
  creates.forEach((c, i) => outcomeOf.set(c.row, { outcome: 'created', organisationId: ids[i]! }));

  // Later rows repeat the organisation of their first row, this batch's or an earlier one's.
  const earlier = rows.filter((r) => !isFirst(r) && !inBatch.has(r.group_row!)).map((r) => r.group_row!);
  const before = earlier.length
    ? await tx.selectFrom('import_rows').select(['row_number', 'outcome', 'organisation_id']).where('import_id', '=', importId).where('row_number', 'in', [...new Set(earlier)]).execute()
    : [];
  for (const b of before) outcomeOf.set(b.row_number, { outcome: b.outcome!, organisationId: b.organisation_id });

  for (const r of rows) {
    const detail = r.detail as Detail | null;
    if (r.outcome === 'error') {
      findings.push({ row: r.row, outcome: 'failed', detail: { ...detail, problems: problemsOf(r) } });
      continue;
    }
    if (isFirst(r)) {
      const o = outcomeOf.get(r.row)!;
      findings.push({ row: r.row, outcome: o.outcome, organisationId: o.organisationId, detail: o.problems ? { ...detail, problems: o.problems } : detail });
      continue;
    }
    const first = outcomeOf.get(r.group_row!);
    if (first && ['created', 'updated', 'matched', 'repeated'].includes(first.outcome) && first.organisationId) {
      findings.push({ row: r.row, outcome: 'repeated', organisationId: first.organisationId, detail });
    } else if (first?.outcome === 'skipped' || skip.has(r.row)) findings.push({ row: r.row, outcome: 'skipped', detail });
    else findings.push({ row: r.row, outcome: 'failed', detail: { ...detail, problems: [rowProblem(r.row, { field: 'name', column: null }, 'import.group_not_imported', { row: r.group_row! })] } });
  }
  return { findings, counts: tally(findings) };
}

export async function runRelationBatch(tx: Tx, actor: ImportActor, importId: string, plan: Plan, ctx: Context, rows: StoredRow[]): Promise<BatchResult> {
  const skip = skippedRows(plan);
  const findings: Finding[] = [];
  const take = rows.filter((r) => !skip.has(r.row) && r.outcome !== 'repeat');
  const assessed = await assessRelations(tx, take, ctx, new Map());
  const byRow = new Map(assessed.map((a) => [a.row, a]));
  const creates = assessed.filter((a) => a.input && !a.exists && a.repeatOf === null);
  const ids = await insertRelations(tx, actor, importId, creates.map((a) => a.input as NewRelation));
  const created = new Map(creates.map((a, i) => [a.row, ids[i]!]));
  for (const r of rows) {
    const detail = r.detail as Detail | null;
    const a = byRow.get(r.row);
    if (skip.has(r.row)) findings.push({ row: r.row, outcome: 'skipped', detail });
    else if (r.outcome === 'repeat' || a?.repeatOf != null) findings.push({ row: r.row, outcome: 'repeated', detail: { ...detail, repeatOf: detail?.repeatOf ?? a?.repeatOf ?? undefined } });
    else if (!a?.input) findings.push({ row: r.row, outcome: 'failed', detail: { name: a?.name ?? null, problems: a?.problems ?? [] } });
    else if (a.exists) findings.push({ row: r.row, outcome: 'matched', relationId: a.exists.relationId, detail: { name: a.exists.name, reason: 'same_relation' } });
    else findings.push({ row: r.row, outcome: 'created', relationId: created.get(r.row)!, detail: { name: a.name } });
  }
  return { findings, counts: tally(findings) };
}
