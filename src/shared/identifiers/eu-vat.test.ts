import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EU_VAT_PREFIXES, generateValid, validateIdentifier } from './index.ts';
import { rngs, singleDigitSubstitutions } from './testing.ts';

const validate = (value: string) => validateIdentifier('eu_vat', value);

// One number of the right shape per prefix; only SE, DK, PL and FI also carry a verified check
// digit (those four are real: Volvo, Novo Nordisk, ORLEN, Nokia).
const SHAPES: Record<string, string[]> = {
  AT: ['ATU12345678'],
  BE: ['BE0123456789', 'BE1123456789'],
  BG: ['BG123456789', 'BG1234567890'],
  CY: ['CY12345678L'],
  CZ: ['CZ12345678', 'CZ123456789', 'CZ1234567890'],
  DE: ['DE123456789'],
  DK: ['DK24256790'],
  EE: ['EE100000000'],
  EL: ['EL123456789'],
  ES: ['ESA1234567B', 'ES12345678Z', 'ESX1234567L'],
  FI: ['FI01120389'],
  FR: ['FR40303265045', 'FRAB123456789'],
  HR: ['HR12345678901'],
  HU: ['HU12345678'],
  IE: ['IE1234567W', 'IE1234567WA', 'IE1A23456W'],
  IT: ['IT12345678901'],
  LT: ['LT123456789', 'LT123456789012'],
  LU: ['LU12345678'],
  LV: ['LV12345678901'],
  MT: ['MT12345678'],
  NL: ['NL123456789B01'],
  PL: ['PL7740001454'],
  PT: ['PT123456789'],
  RO: ['RO12', 'RO1234567890'],
  SE: ['SE556012579001'],
  SI: ['SI12345678'],
  SK: ['SK1234567890'],
  XI: ['XI123456789', 'XI123456789012', 'XIGD123', 'XIHA123'],
};

describe('EU VAT numbers', () => {
  it('covers the 27 member states and Northern Ireland', () => {
    expect([...EU_VAT_PREFIXES].sort()).toEqual(Object.keys(SHAPES).sort());
    expect(EU_VAT_PREFIXES).toHaveLength(28);
  });

  it.each(Object.entries(SHAPES).flatMap(([prefix, values]) => values.map((v) => [prefix, v] as const)))(
    '%s: accepts %s',
    (_prefix, value) => {
      expect(validate(value)).toMatchObject({ ok: true, normalized: value, display: value });
    },
  );

  it('accepts every generated number (SE, DK, PL, FI)', () => {
    fc.assert(
      fc.property(rngs, (rng) => {
        const n = generateValid('eu_vat', rng);
        expect(validate(n)).toMatchObject({ ok: true, normalized: n });
      }),
    );
  });

  // The national validators catch every substitution (see their tests); for SE the trailing "01"
  // is fixed, so a change there is a format error.
  it('rejects every single-digit substitution in a checked national part', () => {
    fc.assert(
      fc.property(rngs, (rng) => {
        const n = generateValid('eu_vat', rng);
        for (const { variant, position } of singleDigitSubstitutions(n, 2)) {
          const result = validate(variant);
          expect(result.ok, variant).toBe(false);
          if (n.startsWith('SE') && position >= 12) expect(result).toEqual({ ok: false, reason: 'format' });
        }
      }),
    );
  });

  it('normalises case and separators, and reads GR as EL', () => {
    expect(validate('se 556012-5790 01')).toEqual({ ok: true, normalized: 'SE556012579001', display: 'SE556012579001', kind: 'organisation' });
    expect(validate('SE811218987601')).toMatchObject({ ok: true, kind: 'personnummer' });
    expect(validate('dk 24 25 67 90')).toEqual({ ok: true, normalized: 'DK24256790', display: 'DK24256790' });
    expect(validate('nl 1234.56.789.b01')).toMatchObject({ ok: true, normalized: 'NL123456789B01' });
    expect(validate('GR123456789')).toMatchObject({ ok: true, normalized: 'EL123456789' });
  });

  it.each([
    ['SE556012579101', 'check_digit'], // Volvo with the last digit changed
    ['DK24256791', 'check_digit'],
    ['PL1234567890', 'check_digit'], // remainder 10
    ['FI01120388', 'check_digit'],
    ['SE556012579002', 'format'], // must end in 01
    ['SE5560125790', 'length'],
    ['DE12345678', 'length'],
    ['ATU1234567', 'length'],
    ['AT123456789', 'format'], // the U is missing
    ['NL123456789X01', 'format'],
    ['CY123456789', 'format'],
    ['RO0123', 'format'],
    ['GB123456789', 'country'], // Great Britain left the EU VAT area; only XI remains
    ['NO923609016', 'country'],
    ['US123456789', 'country'],
    ['556012579001', 'format'],
    ['', 'format'],
  ])('rejects %s: %s', (value, reason) => {
    expect(validate(value)).toEqual({ ok: false, reason });
  });
});
