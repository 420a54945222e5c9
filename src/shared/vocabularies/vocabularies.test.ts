import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OUTPUTS, buildNuts, parseCsv, readFlatYaml, toJsonLines } from './build.ts';
import {
  COUNTRY_CODES,
  EU_MEMBER_STATES,
  ISO_COUNTRY_CODES,
  countryName,
  countryOptions,
  interregPolicyObjectives,
  isCountryCode,
  naceByCode,
  naceClasses,
  nutsByCode,
  nutsChildren,
  nutsPath,
  nutsRegions,
  nutsRegionsOfCountry,
  sdgGoal,
  sdgGoals,
} from './index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const LOCALES = ['sv', 'da', 'en', 'pl'] as const;

describe('NUTS 2021', () => {
  it('has the 2,010 regions of the source file, by level', () => {
    // The source has 2,218 data rows: these 2,010 regions and then 208 rows of a world country
    // list that the republisher appended (1A Kosovo … ZW Zimbabwe), which are not NUTS.
    expect(nutsRegions).toHaveLength(2010);
    const perLevel = [0, 1, 2, 3].map((level) => nutsRegions.filter((r) => r.level === level).length);
    expect(perLevel).toEqual([37, 125, 334, 1514]);
  });

  it('has unique codes and a parent for every region below country level', () => {
    expect(new Set(nutsRegions.map((r) => r.code)).size).toBe(nutsRegions.length);
    for (const r of nutsRegions) {
      expect(r.level).toBe(r.code.length - 2);
      expect(r.country).toBe(r.code.slice(0, 2));
      if (r.level === 0) expect(r.parent).toBeNull();
      else expect(nutsByCode(r.parent!)?.level, r.code).toBe(r.level - 1);
      expect(r.name.trim()).not.toBe('');
    }
  });

  it('uses EL for Greece and answers questions asked with ISO codes', () => {
    expect(nutsByCode('EL')).toBeDefined();
    expect(nutsByCode('GR')).toBeUndefined();
    expect(nutsRegionsOfCountry('GR', 0).map((r) => r.code)).toEqual(['EL']);
    expect(nutsRegionsOfCountry('SE', 2)).toHaveLength(8);
    expect(nutsByCode('se224')?.name).toBe('Skåne län');
    expect(nutsPath('SE224').map((r) => r.code)).toEqual(['SE', 'SE2', 'SE22', 'SE224']);
    expect(nutsChildren('DK0').map((r) => r.code)).toEqual(['DK01', 'DK02', 'DK03', 'DK04', 'DK05']);
  });
});

describe('NACE Rev. 2.1', () => {
  it('has the 651 classes in 87 divisions and 22 sections', () => {
    expect(naceClasses).toHaveLength(651);
    expect(new Set(naceClasses.map((c) => c.code)).size).toBe(651);
    expect(new Set(naceClasses.map((c) => c.code.slice(0, 2))).size).toBe(87);
    expect([...new Set(naceClasses.map((c) => c.section))].join('')).toBe('ABCDEFGHIJKLMNOPQRSTUV');
  });

  it('keeps titles and notes clean', () => {
    for (const c of naceClasses) {
      expect(c.code).toMatch(/^\d{2}\.\d{2}$/);
      expect(c.title).toMatch(/^[A-Z]/);
      for (const text of [c.title, c.includes, c.excludes]) {
        expect(text, c.code).not.toMatch(/[\r\n"]|^[\s;]|[\s;]$|\s{2}|;\S|[a-z]\.[A-Z][a-z]/);
      }
    }
    // The source has no "includes" note for six classes (it writes "; ") and no "excludes" for 76.
    expect(naceClasses.filter((c) => c.includes === '').map((c) => c.code)).toEqual(['01.14', '46.15', '46.16', '46.19', '46.37', '74.14']);
    expect(naceClasses.filter((c) => c.excludes === '')).toHaveLength(76);
    expect(naceClasses.filter((c) => c.includes.startsWith('This class includes'))).not.toHaveLength(0);
    expect(naceByCode('01.11')?.includes).toContain('agricultural units. This class includes: growing of cereals');
  });

  it('finds a class with or without the dot', () => {
    expect(naceByCode('82.30')?.title).toBe('Organisation of conventions and trade shows');
    expect(naceByCode('8230')).toBe(naceByCode('82.30'));
    expect(naceByCode('29.20')?.title).toContain('; manufacture of trailers');
    expect(naceByCode('45.11')).toBeUndefined(); // division 45 was folded into 46/47 in Rev. 2.1
  });
});

describe('SDGs', () => {
  it('has 17 goals, each with a colour and four non-empty titles', () => {
    expect(sdgGoals.map((g) => g.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(new Set(sdgGoals.map((g) => g.color)).size).toBe(17);
    for (const g of sdgGoals) {
      expect(g.color).toMatch(/^#[0-9A-F]{6}$/);
      for (const locale of LOCALES) expect(g.titles[locale].trim(), `${g.number} ${locale}`).not.toBe('');
      expect(g.fullTitles.en.length).toBeGreaterThan(g.titles.en.length);
    }
  });

  it('uses the official short names', () => {
    expect(sdgGoal(11)?.titles).toEqual({
      sv: 'Hållbara städer och samhällen',
      da: 'Bæredygtige byer og lokalsamfund',
      en: 'Sustainable cities and communities',
      pl: 'Zrównoważone miasta i społeczności',
    });
    expect(sdgGoal(1)?.titles).toMatchObject({ sv: 'Ingen fattigdom', da: 'Afskaf fattigdom', pl: 'Koniec z ubóstwem' });
    expect(sdgGoal(1)?.color).toBe('#E5243B');
    expect(sdgGoal(18)).toBeUndefined();
  });
});

describe('Interreg policy objectives', () => {
  it('has PO1–PO5 and the two Interreg-specific objectives in four languages', () => {
    expect(interregPolicyObjectives.map((o) => o.code)).toEqual(['PO1', 'PO2', 'PO3', 'PO4', 'PO5', 'ISO1', 'ISO2']);
    for (const o of interregPolicyObjectives) {
      for (const locale of LOCALES) {
        expect(o.labels[locale].trim()).not.toBe('');
        expect(o.descriptions[locale].length).toBeGreaterThan(o.labels[locale].length);
      }
    }
  });
});

describe('countries', () => {
  it('lists the 249 ISO 3166-1 codes, sorted and unique, plus Kosovo', () => {
    expect(ISO_COUNTRY_CODES).toHaveLength(249);
    expect([...ISO_COUNTRY_CODES].sort()).toEqual([...ISO_COUNTRY_CODES]);
    expect(new Set(ISO_COUNTRY_CODES).size).toBe(249);
    expect(COUNTRY_CODES).toContain('XK');
    expect(EU_MEMBER_STATES).toHaveLength(27);
    expect(isCountryCode('SE')).toBe(true);
    expect(isCountryCode('EL')).toBe(false);
  });

  it('names every country in every language from Intl', () => {
    for (const locale of LOCALES) {
      for (const code of COUNTRY_CODES) expect(countryName(code, locale), `${code} ${locale}`).not.toBe(code);
    }
    expect(countryName('SE', 'sv')).toBe('Sverige');
    expect(countryName('DK', 'da')).toBe('Danmark');
    expect(countryName('PL', 'pl')).toBe('Polska');
    expect(countryName('de', 'en')).toBe('Germany');
    expect(countryName('ZZ', 'en')).toBe('ZZ');
  });

  it('sorts picker options by name in the language', () => {
    const names = countryOptions('sv').map((o) => o.name);
    expect(names).toHaveLength(250);
    expect(names.indexOf('Österrike')).toBeGreaterThan(names.indexOf('Zimbabwe'));
  });
});

describe('build', () => {
  it('parses quoted CSV fields with delimiters, quotes and line breaks', () => {
    expect(parseCsv('a;b\r\n"x;y";"say ""hi"""\n"two\nlines";\n')).toEqual([
      ['a', 'b'],
      ['x;y', 'say "hi"'],
      ['two\nlines', ''],
    ]);
    expect(() => parseCsv('"open')).toThrow();
  });

  it('reads the flat YAML of the SDG titles, continuation lines included', () => {
    expect(readFlatYaml('1-short: No poverty\n14-title: Conserve the oceans\n  and seas\n')).toEqual({
      '1-short': 'No poverty',
      '14-title': 'Conserve the oceans and seas',
    });
  });

  it('drops the appended country list and refuses a NUTS region without a parent', () => {
    expect(buildNuts('NUTS_ID;NAME_LATN\nSE;Sverige\nSE1;Östra Sverige\r\n1A;Kosovo\nAD;Andorra\n')).toHaveLength(2);
    expect(() => buildNuts('NUTS_ID;NAME_LATN\nSE;Sverige\nSE11;Stockholm\n')).toThrow(/no parent/);
  });

  // shared/data sits beside the repository on developer machines and in CI; a fresh clone alone
  // has only the committed JSON, so this check is skipped there.
  const dataDir = path.resolve(here, '../../../../shared/data');
  it.skipIf(!existsSync(dataDir))('reproduces the committed JSON from the sources', () => {
    for (const [file, build] of Object.entries(OUTPUTS)) {
      expect(toJsonLines(build(dataDir)), file).toBe(readFileSync(path.join(here, file), 'utf8'));
    }
  });
});
