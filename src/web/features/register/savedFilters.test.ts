import { describe, expect, it } from 'vitest';
import { deleteView, loadViews, saveView } from './savedFilters.ts';

function memoryStore() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('saved views of the organisation list', () => {
  it('saves, lists by name and deletes, per workspace', () => {
    const store = memoryStore();
    expect(saveView('ws1', 'Vänorter', 'relationType=twin_town', store)?.map((v) => v.name)).toEqual(['Vänorter']);
    saveView('ws1', ' Danska företag ', 'kind=company&country=DK', store);
    expect(loadViews('ws1', store)).toEqual([
      { name: 'Danska företag', search: 'kind=company&country=DK' },
      { name: 'Vänorter', search: 'relationType=twin_town' },
    ]);
    expect(loadViews('ws2', store)).toEqual([]);
    expect(deleteView('ws1', 'vänorter', store).map((v) => v.name)).toEqual(['Danska företag']);
  });

  it('replaces a view of the same name regardless of case', () => {
    const store = memoryStore();
    saveView('ws', 'Export', 'q=export', store);
    saveView('ws', 'EXPORT', 'q=export&country=PL', store);
    expect(loadViews('ws', store)).toEqual([{ name: 'EXPORT', search: 'q=export&country=PL' }]);
  });

  it('refuses an empty name and survives broken or missing storage', () => {
    const store = memoryStore();
    expect(saveView('ws', '   ', 'q=x', store)).toBeNull();
    store.data.set('samverkan.register.views.ws', '{not json');
    expect(loadViews('ws', store)).toEqual([]);
    store.data.set('samverkan.register.views.ws', JSON.stringify([{ name: 'ok', search: 'q=a' }, { name: 3 }, null]));
    expect(loadViews('ws', store)).toEqual([{ name: 'ok', search: 'q=a' }]);
    expect(saveView('ws', 'x', 'q=x', null)).toBeNull();
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(saveView('ws', 'x', 'q=x', full)).toBeNull();
  });
});
