// Readable names for what the audit log records. Unknown actions (from modules added later)
// fall back to their code rather than disappear.
import i18n, { type TFunction } from 'i18next';

export const ENTITY_TYPES = [
  'membership',
  'invite',
  'user',
  'organisation',
  'person',
  'relation',
  'activity',
  'themes',
  'relation_types',
  'import',
  'survey_proposal',
  'case',
  'case_category',
  'case_register',
  'case_unit',
  'case_routing_rule',
  'mail',
  'data_subject',
  'disposal_run',
  'project',
  'programme',
] as const;

const key = (code: string) => code.replace(/[.]/g, '_');

export function actionLabel(t: TFunction, action: string): string {
  const k = `audit.actions.${key(action)}`;
  return i18n.exists(k) ? t(k) : action;
}

export function entityLabel(t: TFunction, type: string): string {
  const k = `audit.entities.${type}`;
  return i18n.exists(k) ? t(k) : type;
}

export function fieldLabel(t: TFunction, field: string): string {
  const k = `audit.fields.${field}`;
  return i18n.exists(k) ? t(k) : field;
}
