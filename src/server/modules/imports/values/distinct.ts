// The value mapping's list: for each mapped coded column, the distinct values found in the file
// with how many rows each, and what each will become — the person's choice, a sure meaning, a
// guess to confirm, the candidates of an ambiguous name, or nothing known.
import { sql } from 'kysely';
import { ORG_KINDS, RELATION_STATUSES } from '../../../../shared/register.ts';
import { countryName, naceByCode, nutsByCode } from '../../../../shared/vocabularies/index.ts';
import type { Tx } from '../../../db/tenancy.ts';
import type { ImportKind, Locale } from '../../../db/types.ts';
import { t } from '../../../i18n/messages.ts';
import type { ProblemVars } from '../problems.ts';
import { CODED_FIELDS, meaning, type ValueChoices, type ValueContext } from './resolve.ts';

type How = 'chosen' | 'code' | 'known' | 'guess' | 'ambiguous' | 'unknown';
type Target = { code: string; label: string | null };
const none: Target[] = [];

/** A code with its name where the code alone says little (NUTS, NACE, country). */
function target(field: string, code: string, locale: Locale): Target {
  const base = field.endsWith('.country') ? 'country' : field;
  if (base === 'nutsCode') return { code, label: nutsByCode(code)?.name ?? null };
  if (base === 'naceCode') return { code, label: naceByCode(code)?.title ?? null };
  if (base === 'country') return { code, label: countryName(code, locale) };
  return { code, label: null };
}

/** Fixed targets are known to the page; open ones (NUTS, NACE, countries) are typed or picked from candidates. */
export const FIXED_TARGETS: Record<string, readonly string[]> = { kind: ORG_KINDS, status: RELATION_STATUSES, isLocal: ['true', 'false'] };

const isCode = (field: string, value: string, code: string | null) => {
  if (!code) return false;
  const base = field.endsWith('.country') ? 'country' : field;
  if (base === 'naceCode') return value.replace(/\s/g, '') === code || value.replace(/[.\s]/g, '') === code.replace('.', '');
  return value.trim().toUpperCase() === code.toUpperCase();
};

export async function columnValues(tx: Tx, importId: string, kind: ImportKind, columns: string[], mapping: Record<string, string>, choices: ValueChoices, ctx: ValueContext, defaults: { country?: string }, workspaceCountry: string, locale: Locale) {
  const index = new Map(columns.map((c, i) => [c, i]));
  const countryColumn = Object.entries(mapping).find(([, f]) => f === 'country')?.[0];
  const out = [];
  for (const field of CODED_FIELDS[kind] as readonly string[]) {
    const column = Object.entries(mapping).find(([, f]) => f === field)?.[0];
    if (!column || !index.has(column)) continue;
    const i = index.get(column)!;
    const c = countryColumn !== undefined ? index.get(countryColumn) : undefined;
    // NUTS names depend on the row's country where several countries use one: counted per country.
    const { rows } = await sql<{ value: string; country: string | null; rows: number }>`
      select btrim(cells->>${sql.lit(i)}) as value, ${c !== undefined && field === 'nutsCode' ? sql`btrim(cells->>${sql.lit(c)})` : sql`null`} as country, count(*)::int as rows
      from import_rows where import_id = ${importId}::uuid and coalesce(btrim(cells->>${sql.lit(i)}), '') <> ''
      group by 1, 2 order by 3 desc, 1`.execute(tx);
    const merged = new Map<string, { rows: number; country: string | null }>();
    for (const r of rows) {
      const had = merged.get(r.value);
      merged.set(r.value, { rows: (had?.rows ?? 0) + r.rows, country: had ? had.country : r.country });
    }
    const values = [...merged].map(([value, { rows: n, country }]) => {
      const chosen = choices[field]?.[value];
      if (chosen !== undefined) return { value, rows: n, suggestion: chosen ? target(field, chosen, locale) : null, how: 'chosen' as How, candidates: none, message: null };
      const countryCode = country ? (meaning('country', country, ctx).ok ? (meaning('country', country, ctx) as { value: string }).value : null) : (defaults.country ?? workspaceCountry);
      const m = meaning(field, value, ctx, countryCode);
      if (m.ok) return { value, rows: n, suggestion: m.value ? target(field, m.value, locale) : null, how: (isCode(field, value, m.value) ? 'code' : 'known') as How, candidates: none, message: null };
      const message = t(locale, m.key, inLocale(m.vars, locale));
      if (m.guess) return { value, rows: n, suggestion: target(field, m.guess, locale), how: 'guess' as How, candidates: none, message };
      if (m.candidates) return { value, rows: n, suggestion: null, how: 'ambiguous' as How, candidates: m.candidates.map((code) => target(field, code, locale)), message };
      return { value, rows: n, suggestion: null, how: 'unknown' as How, candidates: none, message };
    });
    out.push({ field, column, values });
  }
  return { fields: out };
}

const inLocale = (vars: ProblemVars, locale: Locale) => Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, typeof v === 'object' ? v[locale] : v]));

/** A choice must name a real target of its field ('' leaves the field empty). */
export function badChoice(field: string, code: string, ctx: ValueContext): boolean {
  if (code === '') return false;
  const base = field.endsWith('.country') ? 'country' : field;
  if (FIXED_TARGETS[base]) return !FIXED_TARGETS[base]!.includes(code);
  if (base === 'nutsCode') return !nutsByCode(code) || nutsByCode(code)!.code !== code;
  if (base === 'naceCode') return !naceByCode(code) || naceByCode(code)!.code !== code;
  if (base === 'country') return !/^[A-Z]{2}$/.test(code) || countryName(code, 'en') === code;
  if (base === 'type') return ![...ctx.relationTypes.values()].includes(code);
  return true;
}
