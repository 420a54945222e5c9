// The summary `samverkan import --json` prints: one JSON document with the same keys for a dry
// run and a run, and per kind of import, so a script reads it without knowing which it asked for.
// Every figure is one the import service computed (the check's summary, the run's counts per row
// outcome); none is counted again here. A figure only the run knows is null in a dry run. The
// shape is documented with an example in docs/cli.md: add to it, never rename or remove.
import type { ImportKind } from '../server/db/types.ts';
import type { CheckSummary } from '../server/modules/imports/check.ts';
import type { dryRun, importState } from '../server/modules/imports/service.ts';

/** How many problems a summary shows; the report file (--report) has every row. */
export const SHOWN = 20;

export interface RowFailure {
  /** The row of the sheet (the header is row 1). */
  row: number;
  /** The column of the file, null when the value was a default. */
  column: string | null;
  field: string;
  message: string;
}

/** Organisations: those the file's rows are, as the check found them, and what the run did. */
export interface OrganisationFigures {
  inFile: number | null;
  new: number | null;
  inRegister: { byIdentifier: number; byName: number } | null;
  similar: number | null;
  created: number | null;
  updated: number | null;
  matched: number | null;
}

/** Relations: those the file's rows are, as the check found them, and what the run did. */
export interface RelationFigures {
  inFile: number | null;
  new: number | null;
  inRegister: number | null;
  created: number | null;
  matched: number | null;
}

export interface ImportSummaryJson {
  kind: ImportKind;
  dryRun: boolean;
  /** The import, for `--resume` and the web page; null in a dry run, which keeps nothing. */
  importId: string | null;
  /** Rows of the file by outcome; in a dry run `failed` are the rows with errors. */
  rows: { read: number; created: number | null; updated: number | null; matched: number | null; repeated: number; skipped: number | null; failed: number };
  /** The first problems of the failed rows, in row order (a row may have several). */
  failures: RowFailure[];
  records: { organisations: OrganisationFigures } | { relations: RelationFigures };
}

type Check = Awaited<ReturnType<typeof dryRun>>;
type State = Awaited<ReturnType<typeof importState>>;
type Done = Pick<State, 'created' | 'updated' | 'matched'>;

const failure = (p: RowFailure): RowFailure => ({ row: p.row, column: p.column, field: p.field, message: p.message });

function records(kind: ImportKind, check: CheckSummary | null, done: Done | null): ImportSummaryJson['records'] {
  if (kind === 'relations') {
    return { relations: { inFile: check?.organisations ?? null, new: check?.new ?? null, inRegister: check?.existing.identifier ?? null, created: done?.created ?? null, matched: done?.matched ?? null } };
  }
  return {
    organisations: {
      inFile: check?.organisations ?? null,
      new: check?.new ?? null,
      inRegister: check ? { byIdentifier: check.existing.identifier, byName: check.existing.name } : null,
      similar: check?.similar ?? null,
      created: done?.created ?? null,
      updated: done?.updated ?? null,
      matched: done?.matched ?? null,
    },
  };
}

/** A dry run: what the check found; nothing was written. */
export function checkSummaryJson(kind: ImportKind, r: Check): ImportSummaryJson {
  return {
    kind,
    dryRun: true,
    importId: null,
    rows: { read: r.total, created: null, updated: null, matched: null, repeated: r.repeats, skipped: null, failed: r.errorRows },
    failures: r.errors.slice(0, SHOWN).map(failure),
    records: records(kind, r, null),
  };
}

/** A run: its counts per row outcome, with the check it started from. */
export function runSummaryJson(s: State): ImportSummaryJson {
  return {
    kind: s.kind,
    dryRun: false,
    importId: s.id,
    rows: { read: s.processed, created: s.created, updated: s.updated, matched: s.matched, repeated: s.repeated, skipped: s.skipped, failed: s.failed },
    failures: s.problems.slice(0, SHOWN).map(failure),
    records: records(s.kind, s.checked, s),
  };
}

/** The document as printed: indented, one per command. */
export const summaryText = (summary: ImportSummaryJson) => JSON.stringify(summary, null, 2);
