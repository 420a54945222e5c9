// A problem with one row of an import: which row and column of the sheet, which field, and the
// message in every language (problems found during a run are stored and read later by someone
// who may use another language than the person who ran it).
import type { ZodError } from 'zod';
import type { Locale } from '../../db/types.ts';
import { zodFieldErrors } from '../../http/problem.ts';
import { LOCALES, t, type MessageKey } from '../../i18n/messages.ts';

export interface RowProblem {
  row: number;
  column: string | null;
  field: string;
  messages: Record<Locale, string>;
}

/** Where a value came from: the mapped field and the sheet column (null when a default was used). */
export interface Source {
  field: string;
  column: string | null;
}

/** A value that reads differently in each language (a kind's name), or the same in all. */
export type ProblemVars = Record<string, string | number | Record<Locale, string>>;

const inLocale = (vars: ProblemVars | undefined, locale: Locale) =>
  vars && Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, typeof v === 'object' ? v[locale] : v]));

export function rowProblem(row: number, at: Source, key: MessageKey, vars?: ProblemVars): RowProblem {
  return { row, ...at, messages: Object.fromEntries(LOCALES.map((l) => [l, t(l, key, inLocale(vars, l))])) as Record<Locale, string> };
}

/** Zod's issues for one row, each traced back to its column by `sourceOf(path)`. */
export function zodRowProblems(row: number, error: ZodError, sourceOf: (path: string[]) => Source): RowProblem[] {
  const byLocale = LOCALES.map((l) => zodFieldErrors(error, l));
  return error.issues.map((issue, i) => ({
    row,
    ...sourceOf(issue.path.map(String)),
    messages: Object.fromEntries(LOCALES.map((l, j) => [l, byLocale[j]![i]!.message])) as Record<Locale, string>,
  }));
}

export const localize = (p: RowProblem, locale: Locale) => ({ row: p.row, column: p.column, field: p.field, message: p.messages[locale] });
