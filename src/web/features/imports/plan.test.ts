// The plan the import page sends and the count on its "Import N rows" button.
import { describe, expect, it } from 'vitest';
import { fieldsUsedTwice, initialMapping, missingFields, percentDone, rowsToImport, similarRows, skipList } from './plan.ts';
import { REQUIRED_FIELDS, type DryRun } from './types.ts';

const dry = (over: Partial<DryRun>): DryRun => ({ total: 0, valid: 0, errors: [], duplicates: [], truncated: false, ...over });
const error = (row: number) => ({ row, column: 'Namn', field: 'name', message: 'x' });
const dup = (row: number, reason: 'identifier' | 'similar_name') => ({ row, organisationId: '00000000-0000-4000-8000-000000000000', name: 'Kustfisk AB', reason });

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

describe('rows to import', () => {
  // Rows 2–9: 3 and 5 have errors, 4 is in the register by number, 6 and 7 have similar names,
  // 5 is also a duplicate (an error row is counted once, as an error).
  const result = dry({ total: 8, valid: 6, errors: [error(3), error(5), error(5)], duplicates: [dup(4, 'identifier'), dup(5, 'identifier'), dup(6, 'similar_name'), dup(7, 'similar_name')] });

  it('leaves out numbers the register holds and the similar names the person leaves out', () => {
    expect(similarRows(result)).toEqual([6, 7]);
    expect(rowsToImport(result, new Set([6, 7]))).toBe(3);
    expect(rowsToImport(result, new Set([6]))).toBe(4);
    expect(rowsToImport(result, new Set())).toBe(5);
  });

  it('is zero when every good row is already in the register', () => {
    expect(rowsToImport(dry({ total: 2, valid: 2, duplicates: [dup(2, 'identifier'), dup(3, 'similar_name')] }), new Set([3]))).toBe(0);
  });

  it('sends the skipped rows in order', () => {
    expect(skipList(new Set([9, 2, 5]))).toEqual([2, 5, 9]);
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
