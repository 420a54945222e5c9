// Polish NIP (Numer Identyfikacji Podatkowej): ten digits; the tenth is the sum of the first nine
// weighted 6,5,7,2,3,4,5,6,7, mod 11. A remainder of 10 is never issued, so such numbers are invalid.
import { type IdentifierResult, type Rng, fail, isDigits, normalize, randomDigits, randomInt, weightedSum } from './core.ts';

const WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7] as const;

/** The form companies print: 123-456-32-18. */
export function formatPlNip(nip: string): string {
  return `${nip.slice(0, 3)}-${nip.slice(3, 6)}-${nip.slice(6, 8)}-${nip.slice(8)}`;
}

export function validatePlNip(value: string): IdentifierResult {
  const nip = normalize(value);
  if (!isDigits(nip)) return fail('format');
  if (nip.length !== 10) return fail('length');
  const check = weightedSum(nip, WEIGHTS) % 11;
  if (check === 10 || check !== Number(nip[9])) return fail('check_digit');
  return { ok: true, normalized: nip, display: formatPlNip(nip) };
}

export function generatePlNip(rng: Rng): string {
  for (;;) {
    // The first three digits are a tax office code, which never starts with 0.
    const nine = `${randomInt(rng, 1, 9)}${randomDigits(rng, 8)}`;
    const check = weightedSum(nine, WEIGHTS) % 11;
    if (check !== 10) return nine + check;
  }
}
