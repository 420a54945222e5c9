// Finnish Y-tunnus (business ID, PRH/Vero): seven digits, a dash and a check digit. With
// r = (digits weighted 7,9,10,5,8,4,2) mod 11, the check is 0 when r = 0, 11 − r when r ≥ 2, and
// r = 1 is never issued. Old IDs were written with six digits (123456-7); they gain a leading 0.
import { type IdentifierResult, type Rng, fail, isDigits, normalize, randomDigits, weightedSum } from './core.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

function checkDigit(seven: string): number | undefined {
  const r = weightedSum(seven, WEIGHTS) % 11;
  if (r === 1) return undefined;
  return r === 0 ? 0 : 11 - r;
}

/** `normalized` is the eight digits without the dash (as in the VAT number FI01120389). */
export function formatFiYtunnus(eight: string): string {
  return `${eight.slice(0, 7)}-${eight.slice(7)}`;
}

export function validateFiYtunnus(value: string): IdentifierResult {
  const compact = normalize(value);
  if (!isDigits(compact)) return fail('format');
  if (compact.length !== 7 && compact.length !== 8) return fail('length');
  const eight = compact.padStart(8, '0');
  if (checkDigit(eight) !== Number(eight[7])) return fail('check_digit');
  return { ok: true, normalized: eight, display: formatFiYtunnus(eight) };
}

export function generateFiYtunnus(rng: Rng): string {
  for (;;) {
    const seven = randomDigits(rng, 7);
    const check = checkDigit(seven);
    if (check !== undefined) return seven + check;
  }
}
