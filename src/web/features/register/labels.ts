// Words for the register's codes in the interface language: kinds, relation types (built-in ones
// from the message files, a workspace's own from their stored labels), statuses, themes,
// countries and languages (from the browser's CLDR data through Intl.DisplayNames).
import i18n, { type TFunction } from 'i18next';
import { countryName as cldrCountryName } from '../../../shared/vocabularies/countries.ts';
import { intlLocale } from '../../i18n/index.ts';
import type { Vocabularies } from './types.ts';

type Labels = Record<string, string> | null | undefined;

/** A stored label map ({ sv, da, en, pl }) in the interface language, with English then any as fallback. */
export function pickLabel(labels: Labels, lng: string, fallback: string): string {
  if (!labels) return fallback;
  return labels[lng] || labels.en || labels.sv || Object.values(labels)[0] || fallback;
}

export function themeLabel(vocab: Vocabularies | undefined, code: string, lng: string): string {
  return pickLabel(vocab?.themes.find((t) => t.code === code)?.labels, lng, code);
}

export function relationTypeLabel(t: TFunction, vocab: Vocabularies | undefined, code: string, lng: string): string {
  const entry = vocab?.relationTypes.find((r) => r.code === code);
  if (entry && !entry.builtin) return pickLabel(entry.labels, lng, code);
  const key = `register.relationTypes.${code}`;
  return i18n.exists(key) ? t(key) : pickLabel(entry?.labels, lng, code);
}

/** Falls back to the code for values a newer server may send. */
function known(t: TFunction, group: string, code: string): string {
  const key = `register.${group}.${code}`;
  return i18n.exists(key) ? t(key) : code;
}

export const kindLabel = (t: TFunction, kind: string) => known(t, 'kinds', kind);
export const statusLabel = (t: TFunction, status: string) => known(t, 'statuses', status);
export const legalBasisLabel = (t: TFunction, basis: string) => known(t, 'legalBases', basis);
export const activityKindLabel = (t: TFunction, kind: string) => known(t, 'activityKinds', kind);
export const reasonLabel = (t: TFunction, reason: string) => known(t, 'reasons', reason);
export const schemeLabel = (t: TFunction, scheme: string) => known(t, 'schemes', scheme);

export function countryName(code: string, lng: string = i18n.language): string {
  return cldrCountryName(code, intlLocale(lng));
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** "pl" → "polska" / "polsk" / "Polish". */
export function languageName(code: string, lng: string = i18n.language): string {
  const locale = intlLocale(lng);
  let names = languageNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'language', fallback: 'code' });
    languageNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Languages offered for a person and for an organisation's other names: the region's first. */
export const LANGUAGE_CODES = ['sv', 'da', 'en', 'pl', 'de', 'fi', 'nb', 'et', 'lv', 'lt', 'fr', 'es', 'nl', 'it', 'uk', 'ar'] as const;
