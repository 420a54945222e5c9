import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from './core.ts';
import { generateValid, validateIdentifier } from './index.ts';
import { rngs, singleDigitSubstitutions, sprinkled } from './testing.ts';

const validate = (value: string) => validateIdentifier('se_orgnr', value);

describe('Swedish organisationsnummer', () => {
  it('accepts every generated number, in normalised and display form', () => {
    fc.assert(
      fc.property(rngs, (rng) => {
        const n = generateValid('se_orgnr', rng);
        const result = validate(n);
        expect(result).toMatchObject({ ok: true, normalized: n, display: `${n.slice(0, 6)}-${n.slice(6)}` });
        expect(validate(result.ok ? result.display : '')).toEqual(result);
      }),
    );
  });

  // Luhn detects every single substitution: a digit with weight 1 maps to itself and one with
  // weight 2 to its doubled digit sum (0,2,4,6,8,1,3,5,7,9), both permutations of 0–9, so any
  // change moves the sum mod 10. A changed month can make the number malformed instead.
  it('rejects every single-digit substitution (Luhn catches all of them)', () => {
    fc.assert(
      fc.property(rngs, (rng) => {
        const n = generateValid('se_orgnr', rng);
        for (const { variant } of singleDigitSubstitutions(n)) {
          const result = validate(variant);
          const nine = variant.slice(0, 9);
          const wellFormed = validate(nine + luhnCheckDigit(nine)).ok;
          expect(result, variant).toEqual({ ok: false, reason: wellFormed ? 'check_digit' : 'format' });
        }
      }),
    );
  });

  it('normalises whatever separators people type', () => {
    fc.assert(
      fc.property(rngs.chain((rng) => sprinkled(generateValid('se_orgnr', rng))), (typed) => {
        const result = validate(typed);
        expect(result.ok && result.normalized).toBe(typed.replace(/\D/g, ''));
      }),
    );
  });

  // Hand check, Volvo 556012-5790, weights 2,1,2,1,… with digit sums:
  // 5·2=10→1, 5, 6·2=12→3, 0, 1·2=2, 2, 5·2=10→1, 7, 9·2=18→9, 0 → 30 ≡ 0 (mod 10).
  it.each([
    ['556012-5790', 'AB Volvo'],
    ['556016-0680', 'Telefonaktiebolaget LM Ericsson'],
    ['556042-7220', 'H & M Hennes & Mauritz AB'],
    ['556703-7485', 'Spotify AB'],
    ['212000-0142', 'Stockholms kommun'],
    ['212000-1355', 'Göteborgs kommun'],
    ['212000-1124', 'Malmö kommun'],
  ])('accepts %s (%s) as an organisation', (value) => {
    expect(validate(value)).toEqual({ ok: true, normalized: value.replace('-', ''), display: value, kind: 'organisation' });
    expect(validate(`16${value}`)).toMatchObject({ ok: true, normalized: value.replace('-', '') });
  });

  // Skatteverket's sample personnummer 811218-9876:
  // 8·2=16→7, 1, 1·2=2, 2, 1·2=2, 8, 9·2=18→9, 8, 7·2=14→5, 6 → 50 ≡ 0 (mod 10).
  it('accepts a sole trader’s personnummer and says so', () => {
    const person = { ok: true, normalized: '8112189876', display: '811218-9876', kind: 'personnummer' };
    expect(validate('811218-9876')).toEqual(person);
    expect(validate('19811218-9876')).toEqual(person);
    expect(validate('811218+9876')).toEqual(person);
    expect(validate('811278-9873')).toMatchObject({ ok: true, kind: 'personnummer' }); // samordningsnummer
  });

  it.each([
    ['556012-5791', 'check_digit'],
    ['5560125790 1', 'length'],
    ['55601257', 'length'],
    ['556012-579O', 'format'],
    ['SE5560125790', 'format'],
    ['', 'format'],
    ['551312-5790', 'format'], // "month" 13: neither a date nor an organisation number
    ['811200-9876', 'format'], // day 00
    ['195560125790', 'format'], // century 19 on an organisation number
    ['168112189876', 'format'], // century 16 on a personnummer
  ])('rejects %s: %s', (value, reason) => {
    expect(validate(value)).toEqual({ ok: false, reason });
  });
});
