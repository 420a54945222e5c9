// The check of every row before anything is written (the dry run, and the start of a run whose
// plan was not checked): read each row, group the rows that are one organisation, find each
// organisation in the register (identifier, name and country, similar name), and keep the
// findings per row with a summary. Only rows with something to say are written: a file of new,
// distinct organisations costs one statement.
import { sql } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';
import type { ImportKind } from '../../db/types.ts';
import { combineInputs } from './combine.ts';
import { similarNames } from './duplicates.ts';
import { clearFindings, writeFindings, writeGroups, type Finding } from './findings.ts';
import { groupRows, type RowKeys } from './grouping.ts';
import { identifierKey, twins } from './identity.ts';
import { identifierHolders, sameNames, type Holder } from './match.ts';
import { assessOrganisations, columnsOf, type Context, type SheetRow } from './organisations.ts';
import { rowProblem, type RowProblem } from './problems.ts';
import { assessRelations } from './relations.ts';
import type { Plan } from './schema.ts';
import { schemeLabels } from './values/labels.ts';

/** Rows read per query: their cells and findings stay bounded whatever the file's size. */
export const SLICE = 2000;

export interface CheckSummary {
  total: number;
  errorRows: number;
  repeats: number;
  organisations: number;
  new: number;
  existing: { identifier: number; name: number };
  similar: number;
}

/** The part of a plan a check depends on: the same key, the same findings. */
export const checkKey = (plan: Pick<Plan, 'mapping' | 'defaults' | 'values'>) =>
  JSON.stringify([Object.entries(plan.mapping).sort(), Object.entries(plan.defaults).sort(), Object.entries(plan.values).sort().map(([f, v]) => [f, Object.entries(v ?? {}).sort()])]);

type Reader = (after: number, limit: number) => Promise<SheetRow[]>;

/** Every row of the import in sheet order, a slice at a time. */
async function* slices(read: Reader) {
  for (let after = 0; ; ) {
    const rows = await read(after, SLICE);
    if (!rows.length) return;
    after = rows[rows.length - 1]!.row;
    yield rows;
  }
}

export async function checkImport(tx: Tx, importId: string, kind: ImportKind, ctx: Context, read: Reader): Promise<CheckSummary> {
  await clearFindings(tx, importId);
  const summary = kind === 'organisations' ? await checkOrganisations(tx, importId, ctx, read) : await checkRelations(tx, importId, ctx, read);
  await sql`update imports set checked = ${JSON.stringify({ key: checkKey(ctx.plan), summary })}::jsonb where id = ${importId}::uuid`.execute(tx);
  return summary;
}

interface Kept extends RowKeys {
  /** Values compared between the rows of one organisation. */
  facts: Parameters<typeof combineInputs>[0][number];
}

async function checkOrganisations(tx: Tx, importId: string, ctx: Context, read: Reader): Promise<CheckSummary> {
  const findings: Finding[] = [];
  const kept = new Map<number, Kept>();
  const holders = new Map<string, Holder>();
  let total = 0;
  for await (const rows of slices(read)) {
    total += rows.length;
    const assessed = await assessOrganisations(tx, rows, ctx);
    const ids = assessed.flatMap((a) => (a.input ? a.input.identifiers.flatMap(twins) : []));
    for (const [k, h] of await identifierHolders(tx, ids)) holders.set(k, h);
    const nameAt = columnsOf(ctx).get('name')?.index;
    const cellsOf = new Map(rows.map((r) => [r.row, r.cells]));
    for (const a of assessed) {
      if (!a.input) findings.push({ row: a.row, outcome: 'error', detail: { name: nameAt === undefined ? null : cellsOf.get(a.row)?.[nameAt]?.trim() || null, problems: a.problems } });
      else kept.set(a.row, { row: a.row, name: a.input.name, country: a.input.country, identifiers: a.input.identifiers, facts: { input: a.input, defaulted: a.defaulted } });
    }
  }

  const grouping = groupRows([...kept.values()]);
  for (const p of grouping.problems) {
    const problem: RowProblem =
      p.kind === 'conflict'
        ? rowProblem(p.row, { field: `identifiers.${p.scheme}`, column: columnOf(ctx, `identifiers.${p.scheme}`) }, 'import.identifier_conflict', { row: p.other, shared: schemeLabels(p.shared), scheme: schemeLabels(p.scheme), other: p.value })
        : rowProblem(p.row, { field: 'name', column: columnOf(ctx, 'name') }, 'import.ambiguous_in_file', { value: kept.get(p.row)?.name ?? '', rows: p.rows.join(', ') });
    findings.push({ row: p.row, outcome: 'error', detail: { name: kept.get(p.row)?.name ?? null, problems: [problem] } });
    kept.delete(p.row);
  }
  await writeGroups(tx, importId, grouping.first);

  // One organisation per first row (or single row), with all its rows' identifiers.
  const firsts = [...kept.keys()].filter((row) => (grouping.first.get(row) ?? row) === row);
  const members = (row: number) => (grouping.members.get(row) ?? [row]).filter((r) => kept.has(r));
  const summary: CheckSummary = { total, errorRows: 0, repeats: 0, organisations: firsts.length, new: 0, existing: { identifier: 0, name: 0 }, similar: 0 };
  const unmatched: Kept[] = [];
  for (const row of firsts) {
    const rowsOf = members(row);
    const ks = rowsOf.map((r) => kept.get(r)!);
    const found = [...new Map(ks.flatMap((k) => k.identifiers.flatMap(twins)).flatMap((i) => holders.get(identifierKey(i)) ?? []).map((h) => [h.id, h])).values()];
    if (found.length > 1) {
      // The file's numbers belong to two organisations of the register: the person merges them first.
      const names = found.map((h) => h.name).join(', ');
      for (const r of rowsOf) findings.push({ row: r, outcome: 'error', groupRow: rowsOf.length > 1 ? row : null, detail: { problems: [rowProblem(r, { field: 'identifiers', column: null }, 'import.register_conflict', { value: names })] } });
      summary.organisations--;
      continue;
    }
    if (found.length === 1) {
      findings.push({ row, outcome: 'match', groupRow: rowsOf.length > 1 ? row : null, organisationId: found[0]!.id, detail: { name: kept.get(row)!.name, reason: 'identifier' } });
      summary.existing.identifier++;
    } else unmatched.push(kept.get(row)!);
    addRepeats(findings, rowsOf, kept);
  }

  const byName = await sameNames(tx, unmatched.map((k) => ({ key: k.row, name: k.name, country: k.country, identifiers: members(k.row).flatMap((r) => kept.get(r)!.identifiers) })));
  const rest: Kept[] = [];
  for (const k of unmatched) {
    const list = byName.get(k.row);
    if (list?.length === 1) {
      findings.push({ row: k.row, outcome: 'match', groupRow: members(k.row).length > 1 ? k.row : null, organisationId: list[0]!.id, detail: { name: k.name, reason: 'name' } });
      summary.existing.name++;
    } else if (list && list.length > 1) {
      // Two organisations of the register carry the name: the person says which, or makes a new one.
      findings.push({ row: k.row, outcome: 'similar', groupRow: members(k.row).length > 1 ? k.row : null, organisationId: list[0]!.id, detail: { name: k.name, reason: 'name', score: 1 } });
      summary.similar++;
    } else rest.push(k);
  }
  const similar = await similarNames(tx, rest.map((k) => ({ row: k.row, name: k.name, country: k.country })));
  for (const k of rest) {
    const s = similar.get(k.row);
    if (s) {
      findings.push({ row: k.row, outcome: 'similar', groupRow: members(k.row).length > 1 ? k.row : null, organisationId: s.id, detail: { name: k.name, reason: 'similar_name', score: Math.round(s.score * 100) / 100 } });
      summary.similar++;
    } else {
      summary.new++;
      if (members(k.row).length > 1) findings.push({ row: k.row, outcome: 'new', groupRow: k.row, detail: { name: k.name } });
    }
  }
  summary.errorRows = findings.filter((f) => f.outcome === 'error').length;
  summary.repeats = findings.filter((f) => f.outcome === 'repeat').length;
  await writeFindings(tx, importId, findings);
  return summary;
}

/** The later rows of an organisation: each repeats the first, with the values that differ. */
function addRepeats(findings: Finding[], rowsOf: number[], kept: Map<number, Kept>) {
  if (rowsOf.length < 2) return;
  const { differences } = combineInputs(rowsOf.map((r) => kept.get(r)!.facts));
  rowsOf.slice(1).forEach((r, i) => findings.push({ row: r, outcome: 'repeat', groupRow: rowsOf[0], detail: { name: kept.get(r)!.name, repeatOf: rowsOf[0], differences: differences[i + 1] } }));
}

const columnOf = (ctx: Context, field: string) => Object.entries(ctx.plan.mapping).find(([, f]) => f === field)?.[0] ?? null;

async function checkRelations(tx: Tx, importId: string, ctx: Context, read: Reader): Promise<CheckSummary> {
  const seen = new Map<string, number>();
  const summary: CheckSummary = { total: 0, errorRows: 0, repeats: 0, organisations: 0, new: 0, existing: { identifier: 0, name: 0 }, similar: 0 };
  for await (const rows of slices(read)) {
    summary.total += rows.length;
    const findings: Finding[] = [];
    for (const a of await assessRelations(tx, rows, ctx, seen)) {
      if (!a.input) {
        summary.errorRows++;
        findings.push({ row: a.row, outcome: 'error', detail: { name: a.name, problems: a.problems } });
      } else if (a.repeatOf !== null) {
        summary.repeats++;
        findings.push({ row: a.row, outcome: 'repeat', groupRow: a.repeatOf, detail: { name: a.name, repeatOf: a.repeatOf } });
      } else if (a.exists) {
        summary.existing.identifier++;
        findings.push({ row: a.row, outcome: 'exists', relationId: a.exists.relationId, detail: { name: a.exists.name, reason: 'same_relation' } });
      } else summary.new++;
    }
    await writeFindings(tx, importId, findings);
  }
  summary.organisations = summary.new + summary.existing.identifier;
  return summary;
}
