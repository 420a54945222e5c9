// Building blocks shared by the identifier validators: the result type, normalising and the
// weighted-sum arithmetic. Pure TypeScript so that the browser and the server run the same checks.

/** Business registers' numbers with a check digit or format of their own. */
export const REGISTRY_SCHEMES = ['se_orgnr', 'dk_cvr', 'pl_nip', 'no_orgnr', 'fi_ytunnus', 'eu_vat'] as const;
export type RegistryScheme = (typeof REGISTRY_SCHEMES)[number];

/**
 * Every identifier the register stores: the registry numbers, and the ids of published lists
 * (a Wikidata item, the EU's participant code PIC) so that a later file can be matched on them.
 */
export const IDENTIFIER_SCHEMES = [...REGISTRY_SCHEMES, 'wikidata', 'eu_pic'] as const;
export type IdentifierScheme = (typeof IDENTIFIER_SCHEMES)[number];

/** Why a value was refused: unusable characters or shape, wrong number of digits, a check digit
 * that does not match, or (VAT) a country prefix that is not an EU VAT prefix. */
export type IdentifierFailureReason = 'format' | 'check_digit' | 'length' | 'country';

/** Only Swedish numbers carry a kind: a sole trader's organisation number is their personnummer. */
export type IdentifierKind = 'organisation' | 'personnummer';

export type IdentifierResult =
  | { ok: true; normalized: string; display: string; kind?: IdentifierKind }
  | { ok: false; reason: IdentifierFailureReason };

/** A source of uniform numbers in [0, 1), like Math.random. */
export type Rng = () => number;

export function fail(reason: IdentifierFailureReason): IdentifierResult {
  return { ok: false, reason };
}

// Whitespace (also no-break space), ASCII dots and every dash-like character people paste from
// documents: hyphen, non-breaking hyphen, figure/en/em dash, horizontal bar, minus sign.
const SEPARATORS = /[\s.\-\u2010-\u2015\u2212]/g;

/** Strips spaces, dashes and dots; NFKC first so full-width digits become ASCII digits. */
export function normalize(value: string): string {
  return value.normalize('NFKC').replace(SEPARATORS, '');
}

export function isDigits(value: string): boolean {
  return /^[0-9]+$/.test(value);
}

/** Sum of digit × weight, position by position from the left, over `weights.length` digits. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  if (digits.length < weights.length) throw new RangeError('fewer digits than weights');
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * weights[i]!;
  return sum;
}

/** Luhn (mod 10): from the right, every second digit is doubled and its digits added. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The Luhn check digit to append to `payload`. */
export function luhnCheckDigit(payload: string): number {
  for (let d = 0; d <= 9; d++) if (luhnValid(payload + d)) return d;
  throw new Error('unreachable: Luhn always has a check digit');
}

export function randomInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function randomDigits(rng: Rng, count: number): string {
  let s = '';
  for (let i = 0; i < count; i++) s += String(randomInt(rng, 0, 9));
  return s;
}

/** A small deterministic generator (mulberry32), so property tests can hand a seed to generateValid. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
