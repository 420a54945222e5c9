// Rows that are one organisation: by identifier (and its VAT twin), else by name and country;
// different numbers of one scheme keep organisations apart; conflicts and ambiguity are found.
import { describe, expect, it } from 'vitest';
import { groupRows, type RowKeys } from './grouping.ts';

const row = (r: number, name: string, country: string, ...ids: [RowKeys['identifiers'][number]['scheme'], string][]): RowKeys => ({
  row: r,
  name,
  country,
  identifiers: ids.map(([scheme, value]) => ({ scheme, value })),
});

describe('groupRows', () => {
  it('makes one organisation of rows with the same identifier, also a VAT number and its national twin', () => {
    const g = groupRows([row(2, 'Lunds universitet', 'SE', ['se_orgnr', '2021003211']), row(3, 'Lund University', 'SE', ['eu_vat', 'SE202100321101']), row(4, 'Malmö stad', 'SE')]);
    expect(g.members.get(2)).toEqual([2, 3]);
    expect(g.first.get(3)).toBe(2);
    expect(g.first.has(4)).toBe(false);
    expect(g.problems).toEqual([]);
  });

  it('makes one of rows with the same name and country where identifiers do not decide, whatever the spelling', () => {
    const g = groupRows([row(2, 'Aarhus Universitet', 'DK'), row(5, 'AARHUS  universitet.', 'DK', ['eu_pic', '999997930']), row(9, 'Aarhus Universitet', 'DK', ['wikidata', 'Q924265']), row(11, 'Aarhus Universitet', 'SE')]);
    expect(g.members.get(2)).toEqual([2, 5, 9]);
    expect(g.first.has(11)).toBe(false);
  });

  it('keeps organisations with different numbers of one scheme apart, and calls a row without one between them ambiguous', () => {
    const g = groupRows([row(2, 'Boston', 'US', ['wikidata', 'Q100']), row(3, 'Boston', 'US', ['wikidata', 'Q5']), row(4, 'Boston', 'US'), row(5, 'Boston', 'US', ['wikidata', 'Q100'])]);
    expect(g.members.get(2)).toEqual([2, 5]);
    expect(g.first.has(3)).toBe(false);
    expect(g.problems).toEqual([{ row: 4, kind: 'ambiguous', rows: [2, 3] }]);
  });

  it('reports a row that gives the same organisation another number of a scheme it has', () => {
    const g = groupRows([row(2, 'Volvo AB', 'SE', ['se_orgnr', '5560125790'], ['eu_pic', '999999999']), row(3, 'Volvo AB', 'SE', ['se_orgnr', '5560125790'], ['eu_pic', '888888888'])]);
    expect(g.problems).toEqual([{ row: 3, kind: 'conflict', other: 2, shared: 'se_orgnr', scheme: 'eu_pic', value: '999999999' }]);
    expect(g.members.size).toBe(0);
  });

  it('joins two organisations a later row shows to be one', () => {
    const g = groupRows([row(2, 'A', 'SE', ['se_orgnr', '5560125790']), row(3, 'B', 'SE', ['eu_pic', '999999999']), row(4, 'A', 'SE', ['se_orgnr', '5560125790'], ['eu_pic', '999999999'])]);
    expect(g.members.get(2)).toEqual([2, 3, 4]);
  });

  it('groups thousands of rows in order and without doubt', () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => row(i + 2, `Org ${i % 7_000}`, 'SE'));
    const g = groupRows(rows);
    expect(g.members.size).toBe(7_000);
    expect(g.members.get(2)).toEqual([2, 7002, 14002, 21002, 28002]);
  });
});
