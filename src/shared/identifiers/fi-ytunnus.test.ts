import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateValid, validateIdentifier } from './index.ts';
import { rngs, singleDigitSubstitutions, sprinkled } from './testing.ts';

const validate = (value: string) => validateIdentifier('fi_ytunnus', value);
const dashed = (n: string) => `${n.slice(0, 7)}-${n.slice(7)}`;

describe('Finnish Y-tunnus', () => {
  it('accepts every generated ID, with and without the dash', () => {
    fc.assert(
      fc.property(rngs, (rng) => {
        const n = generateValid('fi_ytunnus', rng);
        expect(validate(n)).toEqual({ ok: true, normalized: n, display: dashed(n) });
        expect(validate(dashed(n))).toEqual(validate(n));
      }),
    );
  });

  // Weights 7,9,10,5,8,4,2 are non-zero mod 11, so changing one of the first seven digits changes
  // r = sum mod 11; the map r ↦ check (0 ↦ 0, 2…10 ↦ 9…1) is injective and r = 1 is unissued, so
  // the expected check digit changes or disappears. A changed eighth digit no longer matches.
  it('rejects every single-digit substitution', () => {
    fc.assert(
      fc.property(rngs, (rng) => {
        const n = generateValid('fi_ytunnus', rng);
        for (const { variant } of singleDigitSubstitutions(n)) {
          expect(validate(variant), variant).toEqual({ ok: false, reason: 'check_digit' });
        }
      }),
    );
  });

  it('normalises whatever separators people type', () => {
    fc.assert(
      fc.property(rngs.chain((rng) => sprinkled(dashed(generateValid('fi_ytunnus', rng)))), (typed) => {
        const result = validate(typed);
        expect(result.ok && result.normalized).toBe(typed.replace(/\D/g, ''));
      }),
    );
  });

  // Hand checks, weights 7,9,10,5,8,4,2:
  // 0112038-9 (Nokia Oyj): 0+9+10+10+0+12+16 = 57; 57 mod 11 = 2; 11 − 2 = 9 ✓
  // 1927400-1 (KONE Oyj): 7+81+20+35+32+0+0 = 175; 175 mod 11 = 10; 11 − 10 = 1 ✓
  // 0201256-6 (Helsingin kaupunki): 0+18+0+5+16+20+12 = 71; 71 mod 11 = 5; 11 − 5 = 6 ✓
  it.each(['0112038-9', '1927400-1', '0201256-6'])('accepts %s', (value) => {
    expect(validate(value)).toEqual({ ok: true, normalized: value.replace('-', ''), display: value });
  });

  it('pads the old six-digit form with a leading zero', () => {
    expect(validate('112038-9')).toEqual({ ok: true, normalized: '01120389', display: '0112038-9' });
    expect(validate('201256-6')).toMatchObject({ ok: true, display: '0201256-6' });
  });

  it.each([
    ['0112038-8', 'check_digit'],
    // 0000006-x: 6·2 = 12; 12 mod 11 = 1 is never issued, so no check digit fits.
    ['0000006-0', 'check_digit'],
    ['0000006-1', 'check_digit'],
    ['12345-6', 'length'],
    ['012345678', 'length'],
    ['FI01120389', 'format'],
  ])('rejects %s: %s', (value, reason) => {
    expect(validate(value)).toEqual({ ok: false, reason });
  });
});
