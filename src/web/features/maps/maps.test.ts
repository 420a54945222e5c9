// The pieces of the map and the graph that are plain functions and data: country codes, the
// shading scale, and that every relation type, status and kind the server knows has a label.
import { describe, expect, it } from 'vitest';
import { BUILTIN_RELATION_TYPES as SERVER_TYPES, RelationStatus } from '../../../server/modules/relations/schema.ts';
import { ORG_KINDS as SERVER_KINDS } from '../../../server/modules/organisations/schema.ts';
import { SURVEY_INTERESTS as SERVER_INTERESTS, SURVEY_PARTNER_TYPES as SERVER_PARTNER_TYPES } from '../../../server/modules/survey/schema.ts';
import { bundles } from '../../i18n/bundles.ts';
import { SURVEY_INTERESTS, SURVEY_PARTNER_TYPES } from '../survey/api.ts';
import { atlasAlpha2, COUNTRY_CODES, countryName, countryOptions, foldForSearch } from './countries.ts';
import { ISO_NUMERIC_TO_ALPHA2 } from './isoNumeric.ts';
import { BUILTIN_RELATION_TYPES, classBreaks, classOf, ORG_KINDS, RELATION_STATUSES, relationTypeColour } from './palette.ts';

describe('countries', () => {
  it('maps world-atlas numeric ids to alpha-2, including Kosovo by name', () => {
    expect(atlasAlpha2('752')).toBe('SE');
    expect(atlasAlpha2('208')).toBe('DK');
    expect(atlasAlpha2('616')).toBe('PL');
    expect(atlasAlpha2('233')).toBe('EE');
    expect(atlasAlpha2(40)).toBe('AT');
    expect(atlasAlpha2(undefined, 'Kosovo')).toBe('XK');
    expect(atlasAlpha2(undefined, 'Somaliland')).toBeUndefined();
  });

  it('has every assigned ISO 3166-1 code once', () => {
    expect(Object.keys(ISO_NUMERIC_TO_ALPHA2)).toHaveLength(249);
    expect(new Set(Object.values(ISO_NUMERIC_TO_ALPHA2)).size).toBe(249);
    expect(COUNTRY_CODES).toContain('XK');
    expect(COUNTRY_CODES.every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
  });

  it('names countries in the interface language and sorts them that way', () => {
    expect(countryName('DK', 'sv')).toBe('Danmark');
    expect(countryName('SE', 'da')).toBe('Sverige');
    expect(countryName('PL', 'en')).toBe('Poland');
    const sv = countryOptions('sv').map((o) => o.name);
    // Swedish alphabet: Å, Ä, Ö come after Z.
    expect(sv.indexOf('Österrike')).toBeGreaterThan(sv.indexOf('Zimbabwe'));
  });

  it('searches without case or accents', () => {
    expect(foldForSearch('Österrike')).toBe('osterrike');
    expect(foldForSearch('Słupsk')).toContain('s');
  });
});

describe('country shading scale', () => {
  it('has five classes, one per count up to five', () => {
    expect(classBreaks(3)).toEqual([1, 2, 3, 4, 5]);
    expect(classOf(0, classBreaks(3))).toBe(0);
    expect(classOf(3, classBreaks(3))).toBe(3);
  });

  it('spaces classes logarithmically for large counts, strictly increasing', () => {
    const b = classBreaks(1000);
    expect(b).toHaveLength(5);
    expect(b[0]).toBe(1);
    for (let i = 1; i < b.length; i++) expect(b[i]!).toBeGreaterThan(b[i - 1]!);
    expect(classOf(1000, b)).toBe(5);
    expect(classOf(1, b)).toBe(1);
    expect(classBreaks(6)).toEqual([1, 2, 3, 4, 5]);
  });
});

function flatten(tree: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (tree !== null && typeof tree === 'object') for (const [k, v] of Object.entries(tree)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else out[prefix] = tree;
  return out;
}

describe('labels and colours', () => {
  const en = flatten(bundles.en);
  it('knows every relation type, status and organisation kind of the server', () => {
    expect([...BUILTIN_RELATION_TYPES]).toEqual([...SERVER_TYPES]);
    expect([...RELATION_STATUSES].sort()).toEqual([...RelationStatus.options].sort());
    expect([...ORG_KINDS]).toEqual([...SERVER_KINDS]);
    expect([...SURVEY_PARTNER_TYPES]).toEqual([...SERVER_PARTNER_TYPES]);
    expect([...SURVEY_INTERESTS]).toEqual([...SERVER_INTERESTS]);
  });

  it('has a label for each in every language', () => {
    const keys = [
      ...BUILTIN_RELATION_TYPES.map((t) => `maps.relationTypes.${t}`),
      ...RELATION_STATUSES.map((s) => `maps.statuses.${s}`),
      ...ORG_KINDS.map((k) => `maps.kinds.${k}`),
      ...SURVEY_PARTNER_TYPES.map((t) => `survey.partnerTypes.${t}`),
      ...SURVEY_INTERESTS.map((i) => `survey.interests.${i}`),
      ...['sent', 'answered', 'expired', 'pending', 'accepted', 'rejected'].map((s) => `survey.status.${s}`),
    ];
    for (const lng of ['sv', 'da', 'en'] as const) {
      const flat = lng === 'en' ? en : flatten(bundles[lng]);
      expect(keys.filter((k) => typeof flat[k] !== 'string'), lng).toEqual([]);
    }
  });

  it('gives a workspace’s own relation types a stable colour', () => {
    expect(relationTypeColour('twin_town')).toBe('#1b5694');
    expect(relationTypeColour('sister_port')).toBe(relationTypeColour('sister_port'));
    expect(relationTypeColour('sister_port')).toMatch(/^#[0-9a-f]{6}$/);
  });
});
