// Saved views of the organisation list, kept in this browser's localStorage per workspace (the
// page says so). A view is its URL query string; names are unique regardless of case.

export interface SavedView {
  name: string;
  search: string;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

const MAX_VIEWS = 50;
const storageKey = (wsId: string) => `samverkan.register.views.${wsId}`;

function defaultStore(): Store | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked (privacy settings): nothing is saved, nothing breaks
  }
}

export function loadViews(wsId: string, store: Store | null = defaultStore()): SavedView[] {
  try {
    const raw: unknown = JSON.parse(store?.getItem(storageKey(wsId)) ?? '[]');
    if (!Array.isArray(raw)) return [];
    return raw
      .filter((v): v is SavedView => !!v && typeof v.name === 'string' && typeof v.search === 'string' && v.name.trim() !== '')
      .slice(0, MAX_VIEWS);
  } catch {
    return [];
  }
}

function write(wsId: string, views: SavedView[], store: Store | null): boolean {
  try {
    store?.setItem(storageKey(wsId), JSON.stringify(views));
    return Boolean(store);
  } catch {
    return false;
  }
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Saves (or replaces, by name) a view; returns the new list, sorted by name, or null if storage failed. */
export function saveView(wsId: string, name: string, search: string, store: Store | null = defaultStore()): SavedView[] | null {
  const clean = name.trim().slice(0, 80);
  if (!clean) return null;
  const views = [{ name: clean, search }, ...loadViews(wsId, store).filter((v) => !sameName(v.name, clean))]
    .slice(0, MAX_VIEWS)
    .sort((a, b) => a.name.localeCompare(b.name));
  return write(wsId, views, store) ? views : null;
}

export function deleteView(wsId: string, name: string, store: Store | null = defaultStore()): SavedView[] {
  const views = loadViews(wsId, store).filter((v) => !sameName(v.name, name));
  write(wsId, views, store);
  return views;
}
