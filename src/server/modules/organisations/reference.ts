// Checks of organisation fields against the reference vocabularies and the workspace's own.
// The checks are pure; the loaders fetch what a whole batch needs in one query each.
import { sql } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { isCountryCode, nutsByCode, naceByCode } from '../../../shared/vocabularies/index.ts';

export interface FieldProblem {
  field: string;
  key: MessageKey;
  vars?: Record<string, string | number>;
}

export function checkNuts(code: string | null | undefined, country: string | undefined, problems: FieldProblem[]) {
  if (!code) return;
  const region = nutsByCode(code);
  if (!region) problems.push({ field: 'nutsCode', key: 'field.unknown_code', vars: { value: code } });
  else if (country && region.country !== (country === 'GR' ? 'EL' : country)) problems.push({ field: 'nutsCode', key: 'field.nuts_country', vars: { value: code } });
}

export function checkNace(code: string | null | undefined, problems: FieldProblem[]) {
  if (code && !naceByCode(code)) problems.push({ field: 'naceCode', key: 'field.unknown_code', vars: { value: code } });
}

export function checkCountry(code: string | undefined, problems: FieldProblem[]) {
  if (code && !isCountryCode(code)) problems.push({ field: 'country', key: 'field.unknown_code', vars: { value: code } });
}

export function checkThemes(themes: string[] | undefined, known: Set<string>, problems: FieldProblem[]) {
  themes?.forEach((t, i) => {
    if (!known.has(t)) problems.push({ field: `themes.${i}`, key: 'field.unknown_code', vars: { value: t } });
  });
}

export function checkMember(userId: string | null | undefined, members: Set<string>, problems: FieldProblem[]) {
  if (userId && !members.has(userId)) problems.push({ field: 'responsibleUserId', key: 'field.not_member' });
}

/** Which of these theme codes the workspace has: one query for any number of organisations. */
export async function knownThemes(tx: Tx, codes: string[]) {
  const unique = [...new Set(codes)];
  if (!unique.length) return new Set<string>();
  const rows = await tx.selectFrom('themes').select('code').where('code', '=', sql<string>`any(${sql.val(unique)}::text[])`).execute();
  return new Set(rows.map((t) => t.code));
}

export async function knownMembers(tx: Tx, userIds: string[]) {
  const unique = [...new Set(userIds)];
  if (!unique.length) return new Set<string>();
  const rows = await tx.selectFrom('memberships').select('user_id').where('user_id', 'in', unique).execute();
  return new Set(rows.map((m) => m.user_id));
}

/**
 * Who already holds these identifiers, keyed `scheme:value`: one query for a whole batch. Each
 * pair is one lookup in the unique (workspace, scheme, value) index, forced by the LATERAL … LIMIT 1
 * (at most one row anyway) and the name read only for a hit, whatever the planner believes about
 * the tables' sizes: during an import its statistics lag far behind. As plain joins the planner
 * read every identifier of the workspace into a hash (60–100 ms per 2,000 at 100,000), or, with
 * statistics from a near-empty register, probed every pair once per organisation (100 ms); this
 * way 5–20 ms from the first batch to the last.
 */
export async function identifierOwners(tx: Tx, ids: { scheme: string; value: string }[]) {
  const pairs = [...new Map(ids.map((i) => [`${i.scheme}:${i.value}`, i])).values()];
  const out = new Map<string, { id: string; name: string }>();
  if (!pairs.length) return out;
  const { rows } = await sql<{ scheme: string; value: string; id: string; name: string }>`
    select k.scheme, k.value, oi.organisation_id as id, (select o.name from organisations o where o.id = oi.organisation_id) as name
    from unnest(${sql.val(pairs.map((p) => p.scheme))}::text[], ${sql.val(pairs.map((p) => p.value))}::text[]) as k (scheme, value)
    cross join lateral (select organisation_id from organisation_identifiers oi where oi.scheme = k.scheme and oi.value = k.value limit 1) oi`.execute(tx);
  for (const r of rows) out.set(`${r.scheme}:${r.value}`, { id: r.id, name: r.name });
  return out;
}

/** Theme labels in every language, stored on the organisation so the search finds them. */
export async function themeText(tx: Tx, themes: string[]) {
  if (!themes.length) return '';
  const rows = await tx.selectFrom('themes').select('labels').where('code', 'in', themes).execute();
  return rows.flatMap((r) => Object.values(r.labels as Record<string, string>)).join(' ');
}
