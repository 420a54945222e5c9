import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateValid, validateIdentifier } from './index.ts';
import { rngs, singleDigitSubstitutions, sprinkled } from './testing.ts';

const validate = (value: string) => validateIdentifier('pl_nip', value);
const dashed = (n: string) => `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}`;

describe('Polish NIP', () => {
  it('accepts every generated number', () => {
    fc.assert(
      fc.property(rngs, (rng) => {
        const n = generateValid('pl_nip', rng);
        expect(validate(n)).toEqual({ ok: true, normalized: n, display: dashed(n) });
        expect(validate(dashed(n))).toEqual(validate(n));
      }),
    );
  });

  // A change δ in one of the first nine digits moves the sum by wᵢ·δ, wᵢ ∈ {2,…,7}: never 0 mod 11,
  // so the computed check digit changes (or becomes the unissued 10). A changed tenth digit no
  // longer equals the unchanged computed check. Every substitution is caught.
  it('rejects every single-digit substitution', () => {
    fc.assert(
      fc.property(rngs, (rng) => {
        const n = generateValid('pl_nip', rng);
        for (const { variant } of singleDigitSubstitutions(n)) {
          expect(validate(variant), variant).toEqual({ ok: false, reason: 'check_digit' });
        }
      }),
    );
  });

  it('normalises whatever separators people type', () => {
    fc.assert(
      fc.property(rngs.chain((rng) => sprinkled(generateValid('pl_nip', rng))), (typed) => {
        const result = validate(typed);
        expect(result.ok && result.normalized).toBe(typed.replace(/\D/g, ''));
      }),
    );
  });

  // Hand checks, weights 6,5,7,2,3,4,5,6,7 on the first nine digits:
  // 123-456-32-18: 6+10+21+8+15+24+15+12+7 = 118; 118 mod 11 = 8 ✓ (the textbook example)
  // 774-000-14-54 (ORLEN S.A.): 42+35+28+0+0+0+5+24+35 = 169; 169 mod 11 = 4 ✓
  // 526-025-10-49 (PZU S.A.): 30+10+42+0+6+20+5+0+28 = 141; 141 mod 11 = 9 ✓
  it.each(['123-456-32-18', '774-000-14-54', '526-025-10-49'])('accepts %s', (value) => {
    expect(validate(value)).toEqual({ ok: true, normalized: value.replace(/-/g, ''), display: value });
    // Individuals often write NIP as 123-45-67-819; any grouping normalises the same.
    const n = value.replace(/-/g, '');
    expect(validate(`${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5, 7)}-${n.slice(7)}`)).toMatchObject({ ok: true, display: value });
  });

  it.each([
    ['123-456-32-19', 'check_digit'],
    // 1234567890: 6+10+21+8+15+24+35+48+63 = 230; 230 mod 11 = 10 – never issued
    ['1234567890', 'check_digit'],
    ['123-456-32-1', 'length'],
    ['PL1234563218', 'format'],
    ['123/456/32/18', 'format'],
  ])('rejects %s: %s', (value, reason) => {
    expect(validate(value)).toEqual({ ok: false, reason });
  });
});
