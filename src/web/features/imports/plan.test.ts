// The plan the import page sends and the count on its "Import N rows" button.
import { describe, expect, it } from 'vitest';
import { choicesToSend, decisionsOf, expectedCounts, fieldsUsedTwice, initialMapping, missingFields, percentDone, type RowChoice } from './plan.ts';
import { REQUIRED_FIELDS, type CheckSummary } from './types.ts';


describe('the column mapping', () => {
  it('starts from the suggestion and leaves the other columns out', () => {
    expect(initialMapping(['Namn', 'Okänd', 'Land'], { Namn: 'name', Land: 'country' })).toEqual({ Namn: 'name', Okänd: 'ignore', Land: 'country' });
    expect(initialMapping(['A'], null)).toEqual({ A: 'ignore' });
  });

  it('finds a field chosen for two columns, but not two ignored ones', () => {
    expect(fieldsUsedTwice({ A: 'name', B: 'name', C: 'ignore', D: 'ignore', E: 'city' })).toEqual(new Set(['name']));
    expect(fieldsUsedTwice({ A: 'name', B: 'city' }).size).toBe(0);
  });
});

describe('required fields', () => {
  it('need the name of an organisation', () => {
    expect(missingFields({ A: 'city', B: 'ignore' }, REQUIRED_FIELDS.organisations)).toEqual([['name']]);
    expect(missingFields({ A: 'name' }, REQUIRED_FIELDS.organisations)).toEqual([]);
  });

  it('need each end of a relation, by number or by name, and its type', () => {
    expect(missingFields({ A: 'from.identifier', B: 'to.country', C: 'status' }, REQUIRED_FIELDS.relations)).toEqual([['to.identifier', 'to.name'], ['type']]);
    expect(missingFields({ A: 'from.name', B: 'to.identifier', C: 'type' }, REQUIRED_FIELDS.relations)).toEqual([]);
    // An organisation sheet's fields do not make a relation.
    expect(missingFields({ A: 'name', B: 'kind' }, REQUIRED_FIELDS.relations)).toHaveLength(3);
  });
});

describe('what the run will do', () => {
  const summary: CheckSummary = { total: 1200, errorRows: 17, repeats: 573, organisations: 610, new: 500, existing: { identifier: 80, name: 10 }, similar: 20 };

  it('creates the new ones and treats the others as chosen for all', () => {
    expect(expectedCounts(summary, 'leave', 'skip', new Map())).toEqual({ create: 500, update: 0, leave: 90, skip: 20 });
    expect(expectedCounts(summary, 'update', 'create', new Map())).toEqual({ create: 520, update: 90, leave: 0, skip: 0 });
  });

  it('lets a row’s own choice win over the choice for all', () => {
    const choices = new Map<number, RowChoice>([
      [5, { action: 'skip', found: 'match' }],
      [9, { action: 'leave', found: 'similar', organisationId: '00000000-0000-4000-8000-000000000001' }],
    ]);
    expect(expectedCounts(summary, 'update', 'skip', choices)).toEqual({ create: 500, update: 89, leave: 1, skip: 20 });
    expect(decisionsOf(choices)).toEqual([
      { row: 5, action: 'skip' },
      { row: 9, action: 'leave', organisationId: '00000000-0000-4000-8000-000000000001' },
    ]);
  });

  it('sends only fields with choices', () => {
    expect(choicesToSend({ kind: { SME: 'company' }, country: {} })).toEqual({ kind: { SME: 'company' } });
  });
});

describe('progress', () => {
  it('is a whole percentage that reaches 100 only when every row is processed', () => {
    expect(percentDone(0, 10)).toBe(0);
    expect(percentDone(999, 1000)).toBe(99);
    expect(percentDone(1000, 1000)).toBe(100);
    expect(percentDone(0, 0)).toBe(100);
  });
});
