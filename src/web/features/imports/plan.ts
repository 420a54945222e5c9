// The import plan as the page builds it: a column mapping that starts from the server's
// suggestion, value choices, what to do with organisations the register has, the rows' own
// choices, and what "Import" will do. Pure functions, unit-tested without a browser.
import type { CheckSummary, Decision, DecisionAction, ExistingAction, Mapping, SimilarAction, ValueChoices } from './types.ts';

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

/** A row's own choice on the check's page, and what the check found for it. */
export interface RowChoice {
  action: DecisionAction;
  found: 'match' | 'similar';
  organisationId?: string;
}

/**
 * What the run will do with the organisations of the file: the new ones are created; those the
 * register has get `existing`, similar ones `similar`, unless a row has its own choice.
 */
export function expectedCounts(summary: CheckSummary, existing: ExistingAction, similar: SimilarAction, choices: ReadonlyMap<number, RowChoice>) {
  const out = { create: summary.new, update: 0, leave: 0, skip: 0 };
  const add = (action: DecisionAction, n: number) => (out[action] += n);
  const own = { match: 0, similar: 0 };
  for (const c of choices.values()) {
    own[c.found]++;
    add(c.action, 1);
  }
  add(existing, summary.existing.identifier + summary.existing.name - own.match);
  add(similar, summary.similar - own.similar);
  return out;
}

/** The rows' own choices as the run's decisions, in row order. */
export const decisionsOf = (choices: ReadonlyMap<number, RowChoice>): Decision[] =>
  [...choices].sort(([a], [b]) => a - b).map(([row, c]) => (c.organisationId ? { row, action: c.action, organisationId: c.organisationId } : { row, action: c.action }));

/** Value choices worth sending: the person's own, and confirmed guesses; sure meanings need none. */
export function choicesToSend(edits: ValueChoices): ValueChoices {
  return Object.fromEntries(Object.entries(edits).filter(([, m]) => Object.keys(m).length));
}

/** Share of the rows processed, 0–100, for the progress bar's text. */
export function percentDone(processed: number, total: number): number {
  if (total <= 0) return 100;
  return Math.min(100, Math.floor((processed / total) * 100));
}
