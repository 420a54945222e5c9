// Norwegian organisasjonsnummer (Brønnøysundregistrene): nine digits starting with 8 or 9; the
// ninth is 11 − (sum of the first eight weighted 3,2,7,6,5,4,3,2 mod 11), where 11 means 0 and 10
// is never issued.
import { type IdentifierResult, type Rng, fail, isDigits, normalize, randomDigits, randomInt, weightedSum } from './core.ts';

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** The check digit for eight digits, or undefined when the remainder calls for a "10". */
function checkDigit(eight: string): number | undefined {
  const check = (11 - (weightedSum(eight, WEIGHTS) % 11)) % 11;
  return check === 10 ? undefined : check;
}

/** Brønnøysund writes it in groups of three: 923 609 016. */
export function formatNoOrgnr(orgnr: string): string {
  return `${orgnr.slice(0, 3)} ${orgnr.slice(3, 6)} ${orgnr.slice(6)}`;
}

export function validateNoOrgnr(value: string): IdentifierResult {
  const orgnr = normalize(value);
  if (!isDigits(orgnr)) return fail('format');
  if (orgnr.length !== 9) return fail('length');
  if (orgnr[0] !== '8' && orgnr[0] !== '9') return fail('format');
  if (checkDigit(orgnr) !== Number(orgnr[8])) return fail('check_digit');
  return { ok: true, normalized: orgnr, display: formatNoOrgnr(orgnr) };
}

export function generateNoOrgnr(rng: Rng): string {
  for (;;) {
    const eight = `${randomInt(rng, 8, 9)}${randomDigits(rng, 7)}`;
    const check = checkDigit(eight);
    if (check !== undefined) return eight + check;
  }
}
