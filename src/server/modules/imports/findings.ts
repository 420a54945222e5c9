// What the check found and the run did, kept per sheet row on import_rows (complete: a report of
// 100,000 rows lists 100,000), written in one statement per batch and read back a page at a time.
import { sql } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';
import type { ImportRowOutcome, Locale } from '../../db/types.ts';
import type { Difference } from './combine.ts';
import { localize, type RowProblem } from './problems.ts';

export interface Finding {
  row: number;
  outcome: ImportRowOutcome;
  groupRow?: number | null;
  organisationId?: string | null;
  relationId?: string | null;
  detail?: Detail | null;
}

/** The details of a finding; stored as JSON. */
export interface Detail {
  name?: string | null;
  reason?: 'identifier' | 'name' | 'similar_name' | 'same_relation' | null;
  score?: number;
  repeatOf?: number;
  problems?: RowProblem[];
  differences?: Difference[];
}

/** Findings of rows of one import; `clearCells` empties their cells (the run is past them). */
export async function writeFindings(tx: Tx, importId: string, findings: Finding[], opts: { clearCells?: boolean } = {}) {
  for (let i = 0; i < findings.length; i += 5000) {
    const slice = findings.slice(i, i + 5000);
    await sql`update import_rows r set
        outcome = f.outcome, group_row = coalesce(f.group_row, r.group_row), organisation_id = f.organisation_id, relation_id = f.relation_id, detail = f.detail
        ${opts.clearCells ? sql`, cells = '[]'::jsonb` : sql``}
      from rows from (
        unnest(${sql.val(slice.map((f) => f.row))}::int[], ${sql.val(slice.map((f) => f.outcome))}::text[], ${sql.val(slice.map((f) => f.groupRow ?? null))}::int[],
          ${sql.val(slice.map((f) => f.organisationId ?? null))}::uuid[], ${sql.val(slice.map((f) => f.relationId ?? null))}::uuid[]),
        jsonb_array_elements(${JSON.stringify(slice.map((f) => f.detail ?? null))}::jsonb)
      ) as f(row_number, outcome, group_row, organisation_id, relation_id, detail)
      where r.import_id = ${importId}::uuid and r.row_number = f.row_number`.execute(tx);
  }
}

/** Forgets an earlier check (another mapping): only rows that have something are touched. */
export async function clearFindings(tx: Tx, importId: string) {
  await sql`update import_rows set group_row = null, outcome = null, organisation_id = null, relation_id = null, detail = null
    where import_id = ${importId}::uuid and (outcome is not null or group_row is not null)`.execute(tx);
}

/** Group rows of the check: every row of an organisation with several rows → its first row. */
export async function writeGroups(tx: Tx, importId: string, first: Map<number, number>) {
  const pairs = [...first];
  for (let i = 0; i < pairs.length; i += 10_000) {
    const slice = pairs.slice(i, i + 10_000);
    await sql`update import_rows r set group_row = g.first
      from unnest(${sql.val(slice.map((p) => p[0]))}::int[], ${sql.val(slice.map((p) => p[1]))}::int[]) as g(row_number, first)
      where r.import_id = ${importId}::uuid and r.row_number = g.row_number`.execute(tx);
  }
}

/** A page of rows with the given outcomes, in sheet order after `after`, and how many there are. */
export async function listFindings(tx: Tx, importId: string, outcomes: ImportRowOutcome[] | null, after: number, limit: number, locale: Locale) {
  let q = tx
    .selectFrom('import_rows as r')
    .leftJoin('organisations as o', 'o.id', 'r.organisation_id')
    .select(['r.row_number', 'r.outcome', 'r.group_row', 'r.organisation_id', 'r.relation_id', 'r.detail', 'o.name as org_name', 'o.country as org_country'])
    .where('r.import_id', '=', importId)
    .where('r.outcome', 'is not', null)
    .where('r.row_number', '>', after);
  let count = tx.selectFrom('import_rows').select((eb) => eb.fn.countAll<string>().as('n')).where('import_id', '=', importId).where('outcome', 'is not', null);
  if (outcomes?.length) {
    q = q.where('r.outcome', 'in', outcomes);
    count = count.where('outcome', 'in', outcomes);
  }
  const rows = await q.orderBy('r.row_number').limit(limit + 1).execute();
  const total = Number((await count.executeTakeFirstOrThrow()).n);
  const page = rows.slice(0, limit);
  return {
    items: page.map((r) => {
      const d = (r.detail ?? {}) as Detail;
      return {
        row: r.row_number,
        outcome: r.outcome!,
        name: d.name ?? null,
        organisation: r.organisation_id && r.org_name ? { id: r.organisation_id, name: r.org_name, country: (r.org_country ?? '').trim() } : null,
        relationId: r.relation_id,
        reason: d.reason ?? null,
        score: d.score ?? null,
        repeatOf: d.repeatOf ?? (r.group_row !== null && r.group_row !== r.row_number ? r.group_row : null),
        problems: (d.problems ?? []).map((p) => localize(p, locale)),
        differences: d.differences ?? [],
      };
    }),
    total,
    next: rows.length > limit ? page[page.length - 1]!.row_number : null,
  };
}

/** The first `limit` problems of rows with these outcomes (the dry run's and the state's short list). */
export async function firstProblems(tx: Tx, importId: string, outcome: 'error' | 'failed', limit: number, locale: Locale) {
  const rows = await tx
    .selectFrom('import_rows')
    .select(['detail'])
    .where('import_id', '=', importId)
    .where('outcome', '=', outcome)
    .orderBy('row_number')
    .limit(limit)
    .execute();
  return rows.flatMap((r) => ((r.detail as Detail | null)?.problems ?? []).map((p) => localize(p, locale)));
}
