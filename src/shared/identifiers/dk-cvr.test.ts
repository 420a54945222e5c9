import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateValid, validateIdentifier } from './index.ts';
import { rngs, singleDigitSubstitutions, sprinkled } from './testing.ts';

const validate = (value: string) => validateIdentifier('dk_cvr', value);

describe('Danish CVR-nummer', () => {
  it('accepts every generated number', () => {
    fc.assert(
      fc.property(rngs, (rng) => {
        const n = generateValid('dk_cvr', rng);
        expect(validate(n)).toEqual({ ok: true, normalized: n, display: n });
      }),
    );
  });

  // Changing digit i by δ (1 ≤ |δ| ≤ 9) moves the sum by wᵢ·δ with wᵢ ∈ {1,…,7}; 11 is prime and
  // divides neither factor, so the sum stops being a multiple of 11: every substitution is caught.
  // Only a new leading 0 is reported as a format error rather than a check-digit error.
  it('rejects every single-digit substitution', () => {
    fc.assert(
      fc.property(rngs, (rng) => {
        const n = generateValid('dk_cvr', rng);
        for (const { variant, position, to } of singleDigitSubstitutions(n)) {
          const reason = position === 0 && to === '0' ? 'format' : 'check_digit';
          expect(validate(variant), variant).toEqual({ ok: false, reason });
        }
      }),
    );
  });

  it('normalises whatever separators people type', () => {
    fc.assert(
      fc.property(rngs.chain((rng) => sprinkled(generateValid('dk_cvr', rng))), (typed) => {
        const result = validate(typed);
        expect(result.ok && result.normalized).toBe(typed.replace(/\D/g, ''));
      }),
    );
  });

  // Hand check, Novo Nordisk A/S 24256790, weights 2,7,6,5,4,3,2,1:
  // 4 + 28 + 12 + 25 + 24 + 21 + 18 + 0 = 132 = 12·11.
  it.each([
    ['24256790', 'Novo Nordisk A/S'],
    ['22756214', 'A.P. Møller – Mærsk A/S'], // 4+14+42+25+24+6+2+4 = 121 = 11·11
    ['61056416', 'Carlsberg A/S'], // 12+7+0+25+24+12+2+6 = 88 = 8·11
  ])('accepts %s (%s)', (value) => {
    expect(validate(value)).toEqual({ ok: true, normalized: value, display: value });
    expect(validate(`${value.slice(0, 2)} ${value.slice(2, 4)} ${value.slice(4, 6)} ${value.slice(6)}`)).toMatchObject({ ok: true });
  });

  it.each([
    ['24256791', 'check_digit'],
    ['24256709', 'check_digit'], // a transposition of the last two digits
    ['2425679', 'length'],
    ['242567900', 'length'],
    ['02425679', 'format'],
    ['DK24256790', 'format'],
    ['2425679O', 'format'],
  ])('rejects %s: %s', (value, reason) => {
    expect(validate(value)).toEqual({ ok: false, reason });
  });
});
