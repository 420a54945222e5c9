// Which interface language to start in, as pure functions (unit-tested without a browser).
export const LOCALES = ['sv', 'da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (v: unknown): v is Locale => typeof v === 'string' && (LOCALES as readonly string[]).includes(v);

/**
 * The first of the browser's preferred languages we have, like the server's negotiateLocale:
 * Norwegian readers get Danish (closest written language), everyone else Swedish by default.
 */
export function pickLocale(languages: readonly string[], fallback: Locale = 'sv'): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
    if (base === 'nb' || base === 'no' || base === 'nn') return 'da';
  }
  return fallback;
}

/** BCP 47 tags for Intl: British English writes dates the way Nordic readers expect (day first). */
export const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };
