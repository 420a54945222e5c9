// EU VAT identification numbers as VIES knows them: a two-letter prefix (ISO 3166 except EL for
// Greece, XI for Northern Ireland under the Windsor Framework) and a national part. The shape is
// checked for all 27 member states and XI; the check digit too where this project implements the
// national scheme (SE, DK, PL, FI). Other national check digits are left to VIES.
import { type IdentifierResult, type Rng, fail, randomInt } from './core.ts';
import { generateDkCvr, validateDkCvr } from './dk-cvr.ts';
import { generateFiYtunnus, validateFiYtunnus } from './fi-ytunnus.ts';
import { generatePlNip, validatePlNip } from './pl-nip.ts';
import { generateSeOrgnr, validateSeOrgnr } from './se-orgnr.ts';

interface VatFormat {
  /** Allowed lengths of the national part, to tell "too short/long" from "wrong characters". */
  lengths: readonly number[];
  pattern: RegExp;
  /** The national check, given the national part; its `kind` is passed on. */
  national?: (body: string) => IdentifierResult;
}

const digits = (...lengths: number[]): Pick<VatFormat, 'lengths' | 'pattern'> => ({
  lengths,
  pattern: new RegExp(`^(?:${lengths.map((n) => `\\d{${n}}`).join('|')})$`),
});

export const EU_VAT_FORMATS = {
  AT: { lengths: [9], pattern: /^U\d{8}$/ },
  BE: { lengths: [10], pattern: /^[01]\d{9}$/ },
  BG: digits(9, 10),
  CY: { lengths: [9], pattern: /^\d{8}[A-Z]$/ },
  CZ: digits(8, 9, 10),
  DE: digits(9),
  DK: { ...digits(8), national: validateDkCvr },
  EE: digits(9),
  EL: digits(9),
  ES: { lengths: [9], pattern: /^[0-9A-Z]\d{7}[0-9A-Z]$/ },
  FI: { ...digits(8), national: validateFiYtunnus },
  FR: { lengths: [11], pattern: /^[0-9A-Z]{2}\d{9}$/ },
  HR: digits(11),
  HU: digits(8),
  IE: { lengths: [8, 9], pattern: /^(?:\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/ },
  IT: digits(11),
  LT: digits(9, 12),
  LU: digits(8),
  LV: digits(11),
  MT: digits(8),
  NL: { lengths: [12], pattern: /^\d{9}B\d{2}$/ },
  PL: { ...digits(10), national: validatePlNip },
  PT: digits(9),
  RO: { lengths: [2, 3, 4, 5, 6, 7, 8, 9, 10], pattern: /^[1-9]\d{1,9}$/ },
  // The Swedish VAT number is the organisationsnummer (or a sole trader's personnummer) + "01".
  SE: { lengths: [12], pattern: /^\d{10}01$/, national: (body: string) => validateSeOrgnr(body.slice(0, 10)) },
  SI: digits(8),
  SK: digits(10),
  XI: { lengths: [5, 9, 12], pattern: /^(?:\d{9}|\d{12}|GD\d{3}|HA\d{3})$/ },
} satisfies Record<string, VatFormat>;

export type EuVatPrefix = keyof typeof EU_VAT_FORMATS;
export const EU_VAT_PREFIXES = Object.keys(EU_VAT_FORMATS) as EuVatPrefix[];

// People often type Greece's ISO code; VIES only knows EL.
const PREFIX_ALIASES: Record<string, EuVatPrefix> = { GR: 'EL' };

function isPrefix(value: string): value is EuVatPrefix {
  return Object.hasOwn(EU_VAT_FORMATS, value);
}

/** Uppercase, without spaces, dashes or dots (the compact form VIES shows). */
export function normalizeEuVat(value: string): string {
  return value.normalize('NFKC').toUpperCase().replace(/[\s.\-\u2010-\u2015\u2212]/g, '');
}

export function validateEuVat(value: string): IdentifierResult {
  const compact = normalizeEuVat(value);
  const letters = compact.slice(0, 2);
  if (!/^[A-Z]{2}$/.test(letters)) return fail('format');
  const prefix = PREFIX_ALIASES[letters] ?? letters;
  if (!isPrefix(prefix)) return fail('country');
  const format: VatFormat = EU_VAT_FORMATS[prefix];
  const body = compact.slice(2);
  if (!format.lengths.includes(body.length)) return fail('length');
  if (!format.pattern.test(body)) return fail('format');
  const normalized = prefix + body;
  if (!format.national) return { ok: true, normalized, display: normalized };
  const national = format.national(body);
  if (!national.ok) return national;
  return national.kind
    ? { ok: true, normalized, display: normalized, kind: national.kind }
    : { ok: true, normalized, display: normalized };
}

/** A random valid VAT number from a country whose check digit is verified (SE, DK, PL, FI). */
export function generateEuVat(rng: Rng): string {
  switch (randomInt(rng, 0, 3)) {
    case 0:
      return `SE${generateSeOrgnr(rng)}01`;
    case 1:
      return `DK${generateDkCvr(rng)}`;
    case 2:
      return `PL${generatePlNip(rng)}`;
    default:
      return `FI${generateFiYtunnus(rng)}`;
  }
}
