import { describe, expect, it } from 'vitest';
import { changeState, EMPTY_STATE, effectiveSort, hasFilters, listStateToParams, parseListState, viewKey } from './filters.ts';

const parse = (s: string) => parseListState(new URLSearchParams(s));

describe('organisation list state in the URL', () => {
  it('reads search, filters and sort, and writes them back in a fixed order', () => {
    const state = parse('sort=country&country=DK&q=vindkraft&kind=company&theme=po2&sdg=7&local=true&nuts=DK050&nace=35.11&relationType=twin_town');
    expect(state).toEqual({ q: 'vindkraft', sort: 'country', kind: 'company', country: 'DK', nuts: 'DK050', nace: '35.11', theme: 'po2', sdg: '7', relationType: 'twin_town', local: 'true' });
    expect(listStateToParams(state).toString()).toBe('q=vindkraft&kind=company&country=DK&nuts=DK050&nace=35.11&theme=po2&sdg=7&relationType=twin_town&local=true&sort=country');
  });

  it('round-trips: parse(write(state)) is the state', () => {
    const state = { ...EMPTY_STATE, q: 'współpraca', country: 'PL', sdg: '17' };
    expect(parseListState(listStateToParams(state))).toEqual(state);
  });

  it('drops values a hand-edited URL may carry that the API would refuse', () => {
    expect(parse('country=sweden&sdg=18&sort=random&local=yes&nuts=xx&kind=Company!')).toEqual(EMPTY_STATE);
  });

  it('leaves empty values and surrounding spaces out of the URL', () => {
    expect(listStateToParams({ ...EMPTY_STATE, q: '  hamn ' }).toString()).toBe('q=hamn');
    expect(viewKey(EMPTY_STATE)).toBe('');
  });

  it('sorts by relevance when searching and by name otherwise, unless chosen', () => {
    expect(effectiveSort(EMPTY_STATE)).toBe('name');
    expect(effectiveSort({ ...EMPTY_STATE, q: 'trä' })).toBe('relevance');
    expect(effectiveSort({ ...EMPTY_STATE, q: 'trä', sort: 'updated' })).toBe('updated');
  });

  it('keeps the default order out of the URL and a region that left its country', () => {
    expect(changeState(EMPTY_STATE, { sort: 'name' }).sort).toBe('');
    expect(changeState({ ...EMPTY_STATE, q: 'x' }, { sort: 'name' }).sort).toBe('name');
    expect(changeState({ ...EMPTY_STATE, country: 'SE', nuts: 'SE313' }, { country: 'DK' }).nuts).toBe('');
    expect(changeState({ ...EMPTY_STATE, country: 'DK', nuts: 'DK050' }, { kind: 'company' }).nuts).toBe('DK050');
    expect(changeState({ ...EMPTY_STATE, nuts: 'EL30' }, { country: 'GR' }).nuts).toBe('EL30');
  });

  it('knows when filters are set (the search box is not a filter)', () => {
    expect(hasFilters({ ...EMPTY_STATE, q: 'x' })).toBe(false);
    expect(hasFilters({ ...EMPTY_STATE, local: 'false' })).toBe(true);
  });
});
