import { describe, expect, it } from 'vitest';
import { nutsByCode } from './nuts.ts';
import { FUNDS, programmeCatalogue } from './programmes.ts';

// The Commission's CCI codes: year, "TC16" for European territorial cooperation, fund and strand
// (RFCB, RFTN, RFIR, FFIR, NXCB, IPCB …), serial number — e.g. 2021TC16RFCB024.
const CCI = /^20(14|21)TC\d{2}[A-Z0-9]{4}\d{3}$/;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO_4217 = /^[A-Z]{3}$/;

describe('programme catalogue', () => {
  it('has unique kebab-case codes', () => {
    const codes = programmeCatalogue.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(KEBAB);
  });

  it('uses only NUTS codes of the shipped vocabulary, each once per programme', () => {
    for (const p of programmeCatalogue) {
      expect(new Set(p.eligibleNuts).size, p.code).toBe(p.eligibleNuts.length);
      for (const code of p.eligibleNuts) expect(nutsByCode(code)?.code, `${p.code}: ${code}`).toBe(code);
    }
  });

  it('gives CCI codes in the Commission format, each once', () => {
    const ccis = programmeCatalogue.flatMap((p) => (p.cci === null ? [] : [p.cci]));
    expect(new Set(ccis).size).toBe(ccis.length);
    for (const cci of ccis) expect(cci).toMatch(CCI);
  });

  it('has sane periods, rates, currencies and funds', () => {
    for (const p of programmeCatalogue) {
      expect(p.name.trim(), p.code).not.toBe('');
      expect(Number.isInteger(p.periodStart) && Number.isInteger(p.periodEnd), p.code).toBe(true);
      expect(p.periodEnd, p.code).toBeGreaterThanOrEqual(p.periodStart);
      if (p.maxCofinancingRate !== null) {
        expect(p.maxCofinancingRate, p.code).toBeGreaterThan(0);
        expect(p.maxCofinancingRate, p.code).toBeLessThanOrEqual(100);
      }
      expect(p.currency, p.code).toMatch(ISO_4217);
      expect(FUNDS, p.code).toContain(p.fund);
      if (p.url !== null) expect(p.url, p.code).toMatch(/^https:\/\/[^\s]+$/);
      if (p.managingAuthority !== null) expect(p.managingAuthority.trim(), p.code).not.toBe('');
    }
  });

  it('lists cross-border and transnational Interreg programmes with an area, EU-wide ones without', () => {
    const euWide = ['interreg-europe-2021-2027', 'urbact-iv-2021-2027', 'espon-2030', 'interact-2021-2027'];
    for (const p of programmeCatalogue) {
      if (p.fund === 'interreg' && !euWide.includes(p.code)) expect(p.eligibleNuts.length, p.code).toBeGreaterThan(0);
      if (euWide.includes(p.code) || !['interreg', 'interreg_europe', 'urbact'].includes(p.fund)) {
        expect(p.eligibleNuts, p.code).toEqual([]);
      }
    }
  });

  it('covers Sweden, Denmark and Poland', () => {
    const countries = new Set(
      programmeCatalogue.flatMap((p) => p.eligibleNuts.map((code) => nutsByCode(code)?.country)),
    );
    for (const country of ['SE', 'DK', 'PL']) expect(countries).toContain(country);
  });
});
