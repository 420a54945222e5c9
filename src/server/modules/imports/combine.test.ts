import { describe, expect, it } from 'vitest';
import { CreateOrganisationBody } from '../organisations/schema.ts';
import { combineInputs, fillIn } from './combine.ts';

const input = (o: Record<string, unknown>) => CreateOrganisationBody.parse({ kind: 'other', country: 'SE', ...o });

describe('combineInputs', () => {
  it('keeps the first row’s values, fills in from later rows, joins lists and reports differences', () => {
    const { input: one, differences } = combineInputs([
      { input: input({ name: 'Lunds universitet', kind: 'university', city: 'Lund', tags: ['eu'], identifiers: [{ scheme: 'se_orgnr', value: '2021003211' }] }) },
      { input: input({ name: 'Lunds universitet', city: 'Malmö', website: 'https://lu.se', tags: ['forskning'], identifiers: [{ scheme: 'eu_pic', value: '999986387' }] }), defaulted: ['kind'] },
      { input: input({ name: 'Lund University', kind: 'research', sdgs: [4] }) },
    ]);
    expect(one).toMatchObject({ name: 'Lunds universitet', kind: 'university', city: 'Lund', website: 'https://lu.se', tags: ['eu', 'forskning'], sdgs: [4] });
    expect(one.identifiers.map((i) => i.scheme)).toEqual(['se_orgnr', 'eu_pic']);
    expect(differences[1]).toEqual([{ field: 'city', value: 'Malmö', kept: 'Lund' }]);
    expect(differences[2]).toEqual([
      { field: 'kind', value: 'research', kept: 'university' },
      { field: 'name', value: 'Lund University', kept: 'Lunds universitet' },
    ]);
  });

  it('takes a later row’s kind where the first had only the default', () => {
    const { input: one, differences } = combineInputs([{ input: input({ name: 'X' }), defaulted: ['kind'] }, { input: input({ name: 'X', kind: 'company' }) }]);
    expect(one.kind).toBe('company');
    expect(differences[1]).toEqual([]);
  });
});

describe('fillIn', () => {
  const existing = { version: 3, names: {}, city: 'Lund', lat: null, lon: null, nutsCode: null, naceCode: null, website: null, description: '', identifiers: [{ scheme: 'se_orgnr', value: '2021003211' }], themes: [], sdgs: [4], tags: ['eu'], isLocal: false };

  it('gives what the register lacks and leaves what it has', () => {
    const patch = fillIn(existing, input({ name: 'X', city: 'Malmö', nutsCode: 'SE224', identifiers: [{ scheme: 'se_orgnr', value: '2021003211' }, { scheme: 'eu_pic', value: '999986387' }], tags: ['eu', 'ny'], sdgs: [4, 9] }), new Set());
    expect(patch).toEqual({ version: 3, nutsCode: 'SE224', identifiers: [...existing.identifiers, { scheme: 'eu_pic', value: '999986387' }], tags: ['eu', 'ny'], sdgs: [4, 9] });
  });

  it('is null when there is nothing to add, and leaves out numbers another organisation holds', () => {
    expect(fillIn(existing, input({ name: 'X', city: 'Lund' }), new Set())).toBeNull();
    expect(fillIn(existing, input({ name: 'X', identifiers: [{ scheme: 'eu_pic', value: '999986387' }] }), new Set(['eu_pic:999986387']))).toBeNull();
  });
});
