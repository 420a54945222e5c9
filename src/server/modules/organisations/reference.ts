// Checks of organisation fields against the reference vocabularies and the workspace's own.
import type { Tx } from '../../db/tenancy.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { nutsByCode, naceByCode } from '../../../shared/vocabularies/index.ts';

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

export async function checkThemes(tx: Tx, themes: string[] | undefined, problems: FieldProblem[]) {
  if (!themes?.length) return;
  const known = new Set((await tx.selectFrom('themes').select('code').where('code', 'in', themes).execute()).map((t) => t.code));
  themes.forEach((t, i) => {
    if (!known.has(t)) problems.push({ field: `themes.${i}`, key: 'field.unknown_code', vars: { value: t } });
  });
}

export async function checkMember(tx: Tx, userId: string | null | undefined, problems: FieldProblem[]) {
  if (!userId) return;
  const m = await tx.selectFrom('memberships').select('user_id').where('user_id', '=', userId).executeTakeFirst();
  if (!m) problems.push({ field: 'responsibleUserId', key: 'field.not_member' });
}

/** Theme labels in every language, stored on the organisation so the search finds them. */
export async function themeText(tx: Tx, themes: string[]) {
  if (!themes.length) return '';
  const rows = await tx.selectFrom('themes').select('labels').where('code', 'in', themes).execute();
  return rows.flatMap((r) => Object.values(r.labels as Record<string, string>)).join(' ');
}
