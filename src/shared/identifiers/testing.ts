// Helpers for the identifier property tests (not used by the application).
import fc from 'fast-check';
import { type Rng, seededRng } from './core.ts';

/** A fast-check arbitrary of seeded random sources, so failures shrink to a reproducible seed. */
export const rngs: fc.Arbitrary<Rng> = fc.integer().map((seed) => seededRng(seed));

export interface Substitution {
  position: number;
  from: string;
  to: string;
  variant: string;
}

/** Every way to replace one digit of `value` by another digit (9 per digit position). */
export function singleDigitSubstitutions(value: string, firstPosition = 0): Substitution[] {
  const out: Substitution[] = [];
  for (let position = firstPosition; position < value.length; position++) {
    const from = value[position]!;
    if (!/[0-9]/.test(from)) continue;
    for (let d = 0; d <= 9; d++) {
      const to = String(d);
      if (to === from) continue;
      out.push({ position, from, to, variant: value.slice(0, position) + to + value.slice(position + 1) });
    }
  }
  return out;
}

/** Inserts spaces, dashes and dots at random places, as people type and paste numbers. */
export const sprinkled = (value: string): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom('', '', '', ' ', '-', '.', ' - ', '\u2013', '\u00a0'), {
      minLength: value.length + 1,
      maxLength: value.length + 1,
    })
    .map((separators) => separators.map((sep, i) => sep + (value[i] ?? '')).join(''));
