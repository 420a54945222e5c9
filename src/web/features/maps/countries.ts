// Countries: ISO 3166-1 alpha-2 codes (the register stores those), their names in the interface
// language (the browser's Intl.DisplayNames: no name lists to ship or keep up to date), and the
// link from world-atlas's numeric ids to alpha-2.
import { intlLocale } from '../../i18n/index.ts';
import { ISO_NUMERIC_TO_ALPHA2 } from './isoNumeric.ts';

/** world-atlas features without a numeric id (no ISO code of their own) that have a common one. */
const ATLAS_BY_NAME: Readonly<Record<string, string>> = { Kosovo: 'XK' };

/** The alpha-2 code of a world-atlas country (id "752" → "SE"); undefined when there is none. */
export function atlasAlpha2(id: string | number | undefined, name?: string): string | undefined {
  if (id !== undefined && id !== null) {
    const code = ISO_NUMERIC_TO_ALPHA2[String(id).padStart(3, '0')];
    if (code) return code;
  }
  return name ? ATLAS_BY_NAME[name] : undefined;
}

/** Every assigned alpha-2 code, plus Kosovo's XK (in use by the EU and in Intl). */
export const COUNTRY_CODES: readonly string[] = [...new Set([...Object.values(ISO_NUMERIC_TO_ALPHA2), 'XK'])].sort();

const namers = new Map<string, Intl.DisplayNames | null>();

export function countryName(code: string, lng?: string): string {
  const locale = intlLocale(lng);
  if (!namers.has(locale)) {
    try {
      namers.set(locale, new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }));
    } catch {
      namers.set(locale, null);
    }
  }
  try {
    return namers.get(locale)?.of(code.toUpperCase()) ?? code;
  } catch {
    return code; // not a well-formed region code
  }
}

export interface CountryOption {
  code: string;
  name: string;
}

const optionCache = new Map<string, CountryOption[]>();

/** All countries with their names in the language, in that language's alphabetical order. */
export function countryOptions(lng?: string): CountryOption[] {
  const locale = intlLocale(lng);
  let list = optionCache.get(locale);
  if (!list) {
    const collator = new Intl.Collator(locale);
    list = COUNTRY_CODES.map((code) => ({ code, name: countryName(code, lng) })).sort((a, b) => collator.compare(a.name, b.name));
    optionCache.set(locale, list);
  }
  return list;
}

/** Matches "dan", "Dänemark"-style partial input, ignoring case and accents ("ost" finds "Österrike"). */
export function foldForSearch(s: string) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}
