import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateValid, validateIdentifier } from './index.ts';
import { rngs, singleDigitSubstitutions, sprinkled } from './testing.ts';

const validate = (value: string) => validateIdentifier('no_orgnr', value);
const grouped = (n: string) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;

describe('Norwegian organisasjonsnummer', () => {
  it('accepts every generated number', () => {
    fc.assert(
      fc.property(rngs, (rng) => {
        const n = generateValid('no_orgnr', rng);
        expect(validate(n)).toEqual({ ok: true, normalized: n, display: grouped(n) });
        expect(validate(grouped(n))).toEqual(validate(n));
      }),
    );
  });

  // Weights 3,2,7,6,5,4,3,2 are non-zero mod 11, so a change δ in one of the first eight digits
  // changes the sum mod 11 and hence the expected check digit (11 − r is injective in r; r = 1
  // demands the unissued 10). A changed ninth digit no longer matches. All are caught; a leading
  // digit other than 8 or 9 is reported as a format error first.
  it('rejects every single-digit substitution', () => {
    fc.assert(
      fc.property(rngs, (rng) => {
        const n = generateValid('no_orgnr', rng);
        for (const { variant, position, to } of singleDigitSubstitutions(n)) {
          const reason = position === 0 && to !== '8' && to !== '9' ? 'format' : 'check_digit';
          expect(validate(variant), variant).toEqual({ ok: false, reason });
        }
      }),
    );
  });

  it('normalises whatever separators people type', () => {
    fc.assert(
      fc.property(rngs.chain((rng) => sprinkled(generateValid('no_orgnr', rng))), (typed) => {
        const result = validate(typed);
        expect(result.ok && result.normalized).toBe(typed.replace(/\D/g, ''));
      }),
    );
  });

  // Hand checks, weights 3,2,7,6,5,4,3,2:
  // 923 609 016 (Equinor ASA): 27+4+21+36+0+36+0+2 = 126; 126 mod 11 = 5; 11 − 5 = 6 ✓
  // 974 760 673 (Brønnøysundregistrene): 27+14+28+42+30+0+18+14 = 173; mod 11 = 8; 11 − 8 = 3 ✓
  // 958 935 420 (Oslo kommune): 27+10+56+54+15+20+12+4 = 198; mod 11 = 0 → check 0 ✓
  it.each(['923 609 016', '974 760 673', '958 935 420'])('accepts %s', (value) => {
    expect(validate(value)).toEqual({ ok: true, normalized: value.replace(/ /g, ''), display: value });
  });

  it.each([
    ['923609017', 'check_digit'],
    ['823609016', 'check_digit'], // first digit 9 → 8: sum 126 − 3 = 123, mod 11 = 2, expects 9
    ['723609016', 'format'],
    ['92360901', 'length'],
    ['NO923609016MVA', 'format'],
  ])('rejects %s: %s', (value, reason) => {
    expect(validate(value)).toEqual({ ok: false, reason });
  });

  it('refuses eight digits whose remainder would need a check digit of 10', () => {
    // 80000001x: 8·3 + 1·2 = 26; 26 mod 11 = 4; 11 − 4 = 7, so 800000017 is valid.
    expect(validate('800000017').ok).toBe(true);
    // 80000005x: 8·3 + 5·2 = 34; 34 mod 11 = 1; 11 − 1 = 10: no check digit exists.
    for (let d = 0; d <= 9; d++) expect(validate(`80000005${d}`)).toEqual({ ok: false, reason: 'check_digit' });
  });
});
