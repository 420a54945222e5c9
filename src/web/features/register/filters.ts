// The organisation list's view (search, filters, sort) lives in the URL, so a view can be
// bookmarked, shared and saved. The URL uses the API's own parameter names, so the same string
// asks the server. Pure functions: unit-tested without a browser.

export const SORTS = ['relevance', 'name', 'updated', 'country'] as const;
export type Sort = (typeof SORTS)[number];

export const FILTER_KEYS = ['kind', 'country', 'nuts', 'nace', 'theme', 'sdg', 'relationType', 'local'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export type ListState = { q: string; sort: Sort | '' } & Record<FilterKey, string>;

export const EMPTY_STATE: ListState = { q: '', sort: '', kind: '', country: '', nuts: '', nace: '', theme: '', sdg: '', relationType: '', local: '' };

/** What each parameter may hold; anything else in a hand-edited URL is dropped, not sent. */
const VALID: Record<FilterKey, RegExp> = {
  kind: /^[a-z]{2,20}$/,
  country: /^[A-Z]{2}$/,
  nuts: /^[A-Z]{2}[0-9A-Z]{0,3}$/,
  nace: /^[A-U]?[0-9]{0,2}(\.[0-9]{1,2})?$/,
  theme: /^[a-z0-9][a-z0-9_-]{0,62}$/,
  sdg: /^(1[0-7]|[1-9])$/,
  relationType: /^[a-z0-9][a-z0-9_-]{0,62}$/,
  local: /^(true|false)$/,
};

export function parseListState(params: URLSearchParams): ListState {
  const state: ListState = { ...EMPTY_STATE, q: (params.get('q') ?? '').slice(0, 200) };
  const sort = params.get('sort');
  if (sort && (SORTS as readonly string[]).includes(sort)) state.sort = sort as Sort;
  for (const key of FILTER_KEYS) {
    const v = (params.get(key) ?? '').trim();
    if (v && VALID[key].test(v)) state[key] = v;
  }
  return state;
}

/** Only what is set, in a fixed order: one view has one URL. */
export function listStateToParams(state: ListState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.q.trim()) p.set('q', state.q.trim());
  for (const key of FILTER_KEYS) if (state[key]) p.set(key, state[key]);
  if (state.sort) p.set('sort', state.sort);
  return p;
}

export const hasFilters = (state: ListState) => FILTER_KEYS.some((k) => state[k] !== '');

/** The order results come in when no sort is chosen: best match when searching, else by name. */
export const effectiveSort = (state: ListState): Sort => state.sort || (state.q.trim() ? 'relevance' : 'name');

/** A change to the view. Choosing the order that is the default anyway keeps it out of the URL. */
export function changeState(state: ListState, patch: Partial<ListState>): ListState {
  const next = { ...state, ...patch };
  if (next.nuts && next.country && !next.nuts.startsWith(next.country === 'GR' ? 'EL' : next.country)) next.nuts = '';
  if (next.sort && next.sort === (next.q.trim() ? 'relevance' : 'name')) next.sort = '';
  return next;
}

/** Normalised query string of a view, e.g. for saving and comparing saved views. */
export const viewKey = (state: ListState) => listStateToParams(state).toString();
