// The names the web app shows for the register's codes, for messages that name a code.
import type { Locale } from '../../../db/types.ts';
import da from '../../../../web/i18n/register.da.json' with { type: 'json' };
import en from '../../../../web/i18n/register.en.json' with { type: 'json' };
import sv from '../../../../web/i18n/register.sv.json' with { type: 'json' };

const BUNDLES = { sv, da, en } as const;

/** An organisation kind's name in every language, e.g. municipality → Kommun eller stad. */
export function kindLabels(kind: string): Record<Locale, string> {
  const out = {} as Record<Locale, string>;
  for (const [locale, bundle] of Object.entries(BUNDLES) as [Locale, typeof sv][]) out[locale] = (bundle.register.kinds as Record<string, string>)[kind] ?? kind;
  return out;
}

/** An identifier scheme's name in every language, e.g. se_orgnr → Svenskt organisationsnummer. */
export function schemeLabels(scheme: string): Record<Locale, string> {
  const out = {} as Record<Locale, string>;
  for (const [locale, bundle] of Object.entries(BUNDLES) as [Locale, typeof sv][]) out[locale] = (bundle.register.schemes as Record<string, string>)[scheme] ?? scheme;
  return out;
}

/** Every code of a list, by its name in each language, for messages that say what is accepted. */
export function listLabels(group: 'kinds' | 'statuses', codes: readonly string[]): Record<Locale, string> {
  const out = {} as Record<Locale, string>;
  for (const [locale, bundle] of Object.entries(BUNDLES) as [Locale, typeof sv][]) {
    const names = bundle.register[group] as Record<string, string>;
    out[locale] = codes.map((c) => names[c] ?? c).join(', ');
  }
  return out;
}
