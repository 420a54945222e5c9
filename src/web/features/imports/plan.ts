// The import plan as the page builds it: a column mapping that starts from the server's
// suggestion, the rows left out, and how many rows "Import" will create. Pure functions,
// unit-tested without a browser.
import type { DryRun, Mapping } from './types.ts';

/** Every column of the file gets a field: the suggested one, else 'ignore'. */
export function initialMapping(columns: string[], suggested: Mapping | null | undefined): Mapping {
  return Object.fromEntries(columns.map((c) => [c, suggested?.[c] ?? 'ignore']));
}

/** Fields chosen for more than one column (the server refuses such a mapping). */
export function fieldsUsedTwice(mapping: Mapping): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const field of Object.values(mapping)) {
    if (field === 'ignore') continue;
    if (seen.has(field)) twice.add(field);
    seen.add(field);
  }
  return twice;
}

/** The required groups (see REQUIRED_FIELDS) that no column is mapped to. */
export function missingFields(mapping: Mapping, required: readonly (readonly string[])[]): (readonly string[])[] {
  const used = new Set(Object.values(mapping));
  return required.filter((group) => !group.some((field) => used.has(field)));
}

/** Rows with an error: they are never imported. */
export const errorRows = (dry: DryRun) => new Set(dry.errors.map((e) => e.row));

/**
 * Rows whose name resembles an organisation in the register. A similar name may be another
 * organisation, so the person decides; they start out left out, since importing them by
 * mistake makes duplicates to merge later.
 */
export function similarRows(dry: DryRun): number[] {
  const bad = errorRows(dry);
  return dry.duplicates.filter((d) => d.reason === 'similar_name' && !bad.has(d.row)).map((d) => d.row);
}

/**
 * How many rows the run will create: the rows without errors, less those the register already
 * holds (the run skips a known number by itself) and the similar ones the person leaves out.
 */
export function rowsToImport(dry: DryRun, skip: ReadonlySet<number>): number {
  const bad = errorRows(dry);
  const left = new Set<number>();
  for (const d of dry.duplicates) {
    if (bad.has(d.row)) continue;
    if (d.reason !== 'similar_name' || skip.has(d.row)) left.add(d.row);
  }
  return Math.max(0, dry.valid - left.size);
}

/** The sheet rows to send as `skipRows`, in order. */
export const skipList = (skip: ReadonlySet<number>) => [...skip].sort((a, b) => a - b);

/** Share of the rows processed, 0–100, for the progress bar's text. */
export function percentDone(processed: number, total: number): number {
  if (total <= 0) return 100;
  return Math.min(100, Math.floor((processed / total) * 100));
}
