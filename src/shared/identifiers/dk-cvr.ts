// Danish CVR-nummer (Det Centrale Virksomhedsregister): eight digits, the first not 0, whose
// digit × weight (2,7,6,5,4,3,2,1) sum is divisible by 11.
import { type IdentifierResult, type Rng, fail, isDigits, normalize, randomDigits, randomInt, weightedSum } from './core.ts';

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

export function formatDkCvr(cvr: string): string {
  // Virk and Danish letterheads write the CVR as one block of eight digits.
  return cvr;
}

export function validateDkCvr(value: string): IdentifierResult {
  const cvr = normalize(value);
  if (!isDigits(cvr)) return fail('format');
  if (cvr.length !== 8) return fail('length');
  if (cvr[0] === '0') return fail('format');
  if (weightedSum(cvr, WEIGHTS) % 11 !== 0) return fail('check_digit');
  return { ok: true, normalized: cvr, display: formatDkCvr(cvr) };
}

export function generateDkCvr(rng: Rng): string {
  for (;;) {
    const seven = `${randomInt(rng, 1, 9)}${randomDigits(rng, 6)}`;
    // The last weight is 1, so the last digit must bring the sum to a multiple of 11;
    // when that would take a "10", no CVR starts with these seven digits.
    const last = (11 - (weightedSum(seven, WEIGHTS.slice(0, 7)) % 11)) % 11;
    if (last <= 9) return seven + last;
  }
}
