// Coded values as published lists write them: our words in four languages, the EU's partner and
// activity types, countries by name and Wikidata item, NUTS regions by name at every level and in
// national and English spelling, NACE classes by code, SNI/DB07 code or title.
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../../../shared/text.ts';
import { countryByName } from './countries.ts';
import { naceOf } from './nace.ts';
import { meaning, resolveValue, type ValueContext } from './resolve.ts';
import { KIND_WORDS, RELATION_TYPE_WORDS, STATUS_WORDS, kindOf } from './words.ts';

const ctx: ValueContext = { relationTypes: new Map(Object.entries(RELATION_TYPE_WORDS).flatMap(([code, words]) => [code, ...words].map((w) => [foldKey(w), code]))) };
const code = (field: string, text: string, country?: string) => {
  const m = meaning(field, text, ctx, country);
  return m.ok ? m.value : m.key;
};

describe('word lists', () => {
  it.each([
    ['kinds', KIND_WORDS],
    ['relation types', RELATION_TYPE_WORDS],
    ['statuses', STATUS_WORDS],
  ] as const)('give no word of the %s two meanings', (_, table) => {
    const seen = new Map<string, string>();
    for (const [target, words] of Object.entries(table)) {
      for (const w of [target, ...words]) {
        const key = foldKey(w);
        expect(seen.get(key) ?? target, `"${w}" means both ${seen.get(key)} and ${target}`).toBe(target);
        seen.set(key, target);
      }
    }
  });
});

describe('kinds', () => {
  it('reads our words in sv, da, en and pl and the EU programmes’ partner types', () => {
    expect(['Företag', 'Kommune', 'Högskola', 'Gmina', 'Stowarzyszenie'].map(kindOf)).toEqual(['company', 'municipality', 'university', 'municipality', 'association']);
    expect(
      ['Local public authority', 'Regional public authority', 'National public authority', 'Higher education and research organisations', 'SME', 'Enterprise, except SME', 'Interest groups including NGOs', 'Business support organisation', 'EGTC', 'Sectoral agency'].map(kindOf),
    ).toEqual(['municipality', 'region', 'agency', 'university', 'company', 'company', 'association', 'association', 'network', 'agency']);
    expect(['HES', 'REC', 'PRC', 'PUB', 'OTH'].map(kindOf)).toEqual(['university', 'research', 'company', 'agency', 'other']);
  });

  it('guesses from words inside a name, as a suggestion to confirm, not a meaning', () => {
    const m = meaning('kind', 'Kommunförbundet Skåne', ctx);
    expect(m).toMatchObject({ ok: false, key: 'import.value_guess', guess: 'municipality' });
    expect(meaning('kind', 'castle', ctx)).toMatchObject({ ok: false, key: 'import.value_unknown' });
  });
});

describe('countries', () => {
  it('reads codes, names in the region’s languages, long forms and Wikidata items', () => {
    expect(['SE', 'Sverige', 'Danmark', 'Polska', 'Niemcy', 'Deutschland', 'Czech Republic', 'USA', 'UK', 'EL', 'Holland', 'Suomi', 'http://www.wikidata.org/entity/Q36', 'Q35'].map(countryByName)).toEqual(
      ['SE', 'SE', 'DK', 'PL', 'DE', 'DE', 'CZ', 'US', 'GB', 'GR', 'NL', 'FI', 'PL', 'DK'],
    );
    expect(countryByName('Atlantis')).toBeUndefined();
  });
});

describe('NUTS regions', () => {
  it('resolve names at every level, national and English, with the words lists add', () => {
    expect(code('nutsCode', 'Övre Norrland')).toBe('SE33');
    expect(code('nutsCode', 'Upper Norrland')).toBe('SE33');
    expect(code('nutsCode', 'Västerbottens län')).toBe('SE331');
    expect(code('nutsCode', 'Region Västerbotten')).toBe('SE331');
    expect(code('nutsCode', 'Västerbotten County')).toBe('SE331');
    expect(code('nutsCode', 'Capital Region of Denmark')).toBe('DK01');
    expect(code('nutsCode', 'Region Syddanmark')).toBe('DK03');
    expect(code('nutsCode', 'województwo pomorskie')).toBe('PL63');
    expect(code('nutsCode', 'Pomeranian Voivodeship')).toBe('PL63');
    expect(code('nutsCode', 'Sweden')).toBe('SE');
    expect(code('nutsCode', 'se331')).toBe('SE331');
  });

  it('take the smaller region where two of one name are the same area', () => {
    // DK05 Nordjylland has one part, DK050 Nordjylland; SE11 Stockholm is SE110 Stockholms län.
    expect(code('nutsCode', 'Nordjylland')).toBe('DK050');
    expect(code('nutsCode', 'Stockholm')).toBe('SE110');
  });

  it('name the candidates of an ambiguous name, and let the row’s country decide', () => {
    const m = meaning('nutsCode', 'Freiburg', ctx);
    expect(m).toMatchObject({ ok: false, key: 'import.nuts_ambiguous', candidates: ['CH022', 'DE13'] });
    expect(code('nutsCode', 'Freiburg', 'DE')).toBe('DE13');
    // Leipzig (DED5) has two parts, one of them also called Leipzig: not the same area.
    expect(meaning('nutsCode', 'Leipzig', ctx)).toMatchObject({ key: 'import.nuts_ambiguous', candidates: ['DED5', 'DED52'] });
    expect(code('nutsCode', 'Norrland')).toBe('import.nuts_unknown');
    expect(code('nutsCode', 'SE999')).toBe('import.nuts_unknown');
  });
});

describe('NACE classes', () => {
  it('read the class, with section or title, SNI 2007 and DB07 codes, and titles', () => {
    expect(['62.10', '6210', 'J62.10', '62.10 Computer programming activities'].map((t) => naceOf(t))).toEqual(Array(4).fill({ code: '62.10' }));
    // SNI 2007 01110 and DB07 011100: growing of cereals, class 01.11 in Rev. 2 and Rev. 2.1 alike.
    expect(['01110', '011100', 'A01.11'].map((t) => naceOf(t))).toEqual(Array(3).fill({ code: '01.11' }));
    // SNI 62010 is Rev. 2's 62.01, which Rev. 2.1 renumbered: said, not guessed.
    expect(naceOf('62010')).toEqual({ missing: '62.01' });
    expect(naceOf('Computer programming activities')).toEqual({ code: '62.10' });
    expect(naceOf('62')).toMatchObject({ level: 'division' });
    expect(naceOf('62.1')).toMatchObject({ level: 'group' });
    expect(naceOf('fishing boats')).toBeNull();
  });
});

describe('relation types and statuses', () => {
  it('read the words twin-town lists and Wikidata use', () => {
    expect(['Vänort', 'venskabsby', 'sister city', 'twinned administrative body', 'Partnerstadt', 'miasto partnerskie'].map((t) => code('type', t))).toEqual(Array(6).fill('twin_town'));
    expect(code('type', 'castle')).toBe('import.type_unknown');
    expect(['Pågående', 'afsluttet', 'closed'].map((t) => code('status', t))).toEqual(['active', 'ended', 'ended']);
  });
});

describe('the person’s choices', () => {
  it('come before what a value is known to mean, and may leave the field empty', () => {
    const choices = { kind: { 'Local public body (city)': 'municipality', Företag: 'association', '?': '' } };
    expect(resolveValue('kind', 'Local public body (city)', choices, ctx)).toEqual({ ok: true, value: 'municipality' });
    expect(resolveValue('kind', 'Företag', choices, ctx)).toEqual({ ok: true, value: 'association' });
    expect(resolveValue('kind', '?', choices, ctx)).toEqual({ ok: true, value: null });
    expect(resolveValue('kind', '  ', choices, ctx)).toEqual({ ok: true, value: null });
    expect(resolveValue('kind', 'Kommun', choices, ctx)).toEqual({ ok: true, value: 'municipality' });
  });
});
