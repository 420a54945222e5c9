// Words for the import's codes in the interface language: the fields a column can be imported
// as (identifier schemes by the register's own names), kinds, statuses, match reasons, outcomes and
// what a mapping still lacks.
import i18n, { type TFunction } from 'i18next';
import { schemeLabel } from '../register/labels.ts';

/** Falls back to the code for values a newer server may send. */
function known(t: TFunction, key: string, code: string): string {
  return i18n.exists(key) ? t(key) : code;
}

export function importFieldLabel(t: TFunction, field: string): string {
  if (field.startsWith('identifiers.')) return schemeLabel(t, field.slice('identifiers.'.length));
  return known(t, `imports.fields.${field}`, field);
}

export const importKindLabel = (t: TFunction, kind: string) => known(t, `imports.kinds.${kind}`, kind);
export const importStatusLabel = (t: TFunction, status: string) => known(t, `imports.status.${status}`, status);
export const matchReasonLabel = (t: TFunction, reason: string) => known(t, `imports.reasons.${reason}`, reason);
export const outcomeLabel = (t: TFunction, outcome: string) => known(t, `imports.outcomes.${outcome}`, outcome);

/** What to do about a required group (see REQUIRED_FIELDS) that no column is mapped to. */
export function missingFieldMessage(t: TFunction, group: readonly string[]): string {
  switch (group[0]) {
    case 'name':
      return t('imports.mapping.nameRequired');
    case 'from.identifier':
      return t('imports.mapping.fromRequired');
    case 'to.identifier':
      return t('imports.mapping.toRequired');
    case 'type':
      return t('imports.mapping.typeRequired');
    default:
      return t('imports.mapping.fieldRequired', { field: group.map((f) => importFieldLabel(t, f)).join(' / ') });
  }
}
