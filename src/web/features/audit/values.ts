// How audit values read to people: dates in the interface language, references by name,
// long texts shortened. Technical fields (ids, timestamps) go behind "show more".
import type { TFunction } from 'i18next';
import { LANGUAGE_NAMES } from '../../components/LanguageSwitch.tsx';
import { isLocale } from '../../i18n/locale.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';

export type Obj = Record<string, unknown>;
export const asObj = (v: unknown): Obj | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null);

const TECHNICAL = /^(id|workspaceId|createdAt|updatedAt|createdBy|updatedBy|deletedAt|requestId)$|Id$/;
const PRIORITY = ['name', 'title', 'role', 'email', 'kind', 'status', 'locale'];
const MAX_TEXT = 160;

export const isTechnical = (field: string) => TECHNICAL.test(field);

/** Meaningful fields first (name, role…), then the rest in their recorded order. */
export function orderFields(fields: string[]) {
  const rank = (f: string) => (PRIORITY.includes(f) ? PRIORITY.indexOf(f) : PRIORITY.length);
  return [...fields].sort((a, b) => rank(a) - rank(b));
}

/** A readable name for the record an entry concerns, from its own data, if it has one. */
export function nameFromPayload(...payloads: unknown[]): string | undefined {
  for (const p of payloads) {
    const o = asObj(p);
    for (const k of ['name', 'title', 'email', 'filename']) if (o && typeof o[k] === 'string' && o[k]) return o[k] as string;
  }
  return undefined;
}

function shorten(s: string) {
  return s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s;
}

export function showValue(t: TFunction, lng: string, field: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '–';
  if (field === 'role' && typeof v === 'string') return t(`roles.${v}`, { defaultValue: v });
  if (field === 'locale' && isLocale(v)) return LANGUAGE_NAMES[v];
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
  if (typeof v === 'number') return new Intl.NumberFormat(lng).format(v);
  if (typeof v === 'string') {
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) && !Number.isNaN(Date.parse(v))) return formatDateTime(v, lng);
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v, lng);
    return shorten(v);
  }
  if (Array.isArray(v)) return shorten(v.map((x) => (typeof x === 'object' ? (nameFromPayload(x) ?? JSON.stringify(x)) : String(x))).join(', ')) || '–';
  return shorten(nameFromPayload(v) ?? JSON.stringify(v));
}
