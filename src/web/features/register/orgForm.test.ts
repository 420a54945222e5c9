import { describe, expect, it } from 'vitest';
import { bodyFromDraft, checkDraft, defaultScheme, draftFromOrganisation, emptyDraft, parseNumber, splitTags, withScheme } from './orgForm.ts';
import type { Organisation } from './types.ts';

const org: Organisation = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Pärnu linn',
  names: { en: 'City of Pärnu' },
  kind: 'municipality',
  country: 'EE',
  city: 'Pärnu',
  lat: 58.39,
  lon: 24.5,
  nutsCode: 'EE004',
  naceCode: null,
  identifiers: [{ scheme: 'se_orgnr', value: '5560125790', display: '556012-5790' }],
  themes: ['po4'],
  sdgs: [11, 4],
  website: 'https://parnu.ee',
  description: 'Twin town',
  tags: ['tourism', 'culture'],
  responsibleUser: { id: '00000000-0000-4000-8000-000000000002', name: 'Åsa Ek' },
  isLocal: false,
  isOwn: false,
  version: 3,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  counts: { relations: 1, people: 0, activities: 0 },
};

describe('organisation form', () => {
  it('turns a stored organisation into the form and back into the same body', () => {
    const draft = draftFromOrganisation(org, 'sv');
    expect(draft.lat).toBe('58,39'); // decimal comma for Swedish and Danish readers
    expect(draft.tags).toBe('tourism, culture');
    expect(bodyFromDraft(draft)).toEqual({
      name: 'Pärnu linn',
      names: { en: 'City of Pärnu' },
      kind: 'municipality',
      country: 'EE',
      city: 'Pärnu',
      lat: 58.39,
      lon: 24.5,
      nutsCode: 'EE004',
      naceCode: null,
      identifiers: [{ scheme: 'se_orgnr', value: '556012-5790' }],
      themes: ['po4'],
      sdgs: [4, 11],
      website: 'https://parnu.ee',
      description: 'Twin town',
      tags: ['tourism', 'culture'],
      responsibleUserId: '00000000-0000-4000-8000-000000000002',
      isLocal: false,
      isOwn: false,
    });
  });

  it('checks identifiers with their check digits, as the server does', () => {
    const draft = { ...emptyDraft('SE'), name: 'Test AB', identifiers: [{ key: 1, scheme: 'se_orgnr' as const, value: '556123-4560', touched: true }] };
    expect(checkDraft(draft)).toEqual([{ field: 'identifiers.0.value', key: 'identifier_check_digit' }]);
    draft.identifiers[0]!.value = '55612';
    expect(checkDraft(draft)).toEqual([{ field: 'identifiers.0.value', key: 'identifier_format' }]);
    draft.identifiers[0]!.value = '556123-4567';
    expect(checkDraft(draft)).toEqual([]);
  });

  it('requires a name and a country, and sane coordinates', () => {
    expect(checkDraft({ ...emptyDraft(), lat: '91', lon: 'öst' }).map((p) => `${p.field}:${p.key}`)).toEqual(['name:required', 'country:required', 'lat:lat_range', 'lon:number']);
  });

  it('flags two names in the same language', () => {
    const d = { ...emptyDraft('PL'), name: 'Politechnika Gdańska', names: [{ key: 1, lang: 'en', name: 'A' }, { key: 2, lang: 'en', name: 'B' }] };
    expect(checkDraft(d)).toEqual([{ field: 'names.en', key: 'duplicate_language' }]);
  });

  it('reads numbers with a decimal comma, splits tags and completes web addresses', () => {
    expect(parseNumber('61,9')).toBe(61.9);
    expect(parseNumber(' -1.5 ')).toBe(-1.5);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('61°')).toBeNaN();
    expect(splitTags(' export, trä,, Export ,wood ')).toEqual(['export', 'trä', 'wood']);
    expect(withScheme('ostanvik.se')).toBe('https://ostanvik.se');
    expect(withScheme('http://x.dk')).toBe('http://x.dk');
  });

  it('suggests the identifier scheme of the country', () => {
    expect(defaultScheme('DK')).toBe('dk_cvr');
    expect(defaultScheme('PL')).toBe('pl_nip');
    expect(defaultScheme('DE')).toBe('eu_vat');
  });
});
