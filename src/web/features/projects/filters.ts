// The project list's view (status tab, search, filters, sort, page) lives in the URL, so a view
// can be bookmarked and shared. Pure functions, unit-tested without a browser.
import { FUNDS, OUR_ROLES, PROJECT_STATUSES } from './types.ts';

export const PAGE_SIZE = 25;

export const SORT_COLUMNS = ['acronym', 'title', 'status', 'start_date', 'end_date', 'updated_at'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
/** A column, descending when it starts with "-". */
export type Sort = SortColumn | `-${SortColumn}`;
/** Newest change first, as people expect of a portfolio they work in every day. */
export const DEFAULT_SORT: Sort = '-updated_at';

export const FILTER_KEYS = ['programmeId', 'fund', 'role', 'theme', 'sdg', 'officerId', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** `status` is one status, or several separated by commas (e.g. every funded one, from the start page). */
export type ProjectListState = { q: string; status: string; sort: Sort; page: number } & Record<FilterKey, string>;

export const EMPTY_STATE: ProjectListState = { q: '', status: '', sort: DEFAULT_SORT, page: 1, programmeId: '', fund: '', role: '', theme: '', sdg: '', officerId: '', year: '' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What each parameter may hold; anything else in a hand-edited URL is dropped, not sent. */
const VALID: Record<FilterKey, (v: string) => boolean> = {
  programmeId: (v) => UUID.test(v),
  fund: (v) => (FUNDS as readonly string[]).includes(v),
  role: (v) => (OUR_ROLES as readonly string[]).includes(v),
  theme: (v) => /^[a-z0-9][a-z0-9_-]{0,62}$/.test(v),
  sdg: (v) => /^(1[0-7]|[1-9])$/.test(v),
  officerId: (v) => UUID.test(v),
  year: (v) => /^(19|20|21)\d\d$/.test(v),
};

export function isSort(v: string): v is Sort {
  return (SORT_COLUMNS as readonly string[]).includes(v.replace(/^-/, ''));
}

export function parseProjectState(params: URLSearchParams): ProjectListState {
  const get = (k: string) => (params.get(k) ?? '').trim();
  const state: ProjectListState = { ...EMPTY_STATE, q: get('q').slice(0, 200) };
  const statuses = get('status').split(',').map((x) => x.trim());
  state.status = PROJECT_STATUSES.filter((x) => statuses.includes(x)).join(',');
  const sort = get('sort');
  if (isSort(sort)) state.sort = sort;
  const page = Number(get('page'));
  if (Number.isInteger(page) && page > 1 && page < 100_000) state.page = page;
  for (const key of FILTER_KEYS) {
    const v = get(key);
    if (v && VALID[key](v)) state[key] = v;
  }
  return state;
}

/** The page's own address for a view: only what is set, in a fixed order. */
export function projectStateToParams(s: ProjectListState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.status) p.set('status', s.status);
  if (s.q.trim()) p.set('q', s.q.trim());
  for (const key of FILTER_KEYS) if (s[key]) p.set(key, s[key]);
  if (s.sort !== DEFAULT_SORT) p.set('sort', s.sort);
  if (s.page > 1) p.set('page', String(s.page));
  return p;
}

/** What to ask the API for a view: the same filters, the sort, and the page as limit and offset. */
export function projectStateToApi(s: ProjectListState, pageSize = PAGE_SIZE): URLSearchParams {
  const p = projectStateToParams({ ...s, page: 1 });
  p.set('sort', s.sort);
  p.set('limit', String(pageSize));
  if (s.page > 1) p.set('offset', String((s.page - 1) * pageSize));
  return p;
}

/**
 * The same view in the other shape (list ↔ board): the search, the filters and the sort go along;
 * the status tab and the page belong to the list alone (the board shows every status).
 */
export const viewParams = (s: ProjectListState) => projectStateToParams({ ...s, status: '', page: 1 });

/** The statuses a view shows; empty for all. */
export const statusesOf = (s: ProjectListState) => (s.status ? s.status.split(',') : []);

export const hasFilters = (s: ProjectListState) => Boolean(s.q.trim()) || FILTER_KEYS.some((k) => s[k] !== '');

/**
 * A change to the view. Anything but turning the page starts again at page one, so a narrower
 * filter never leaves the reader on a page past the end.
 */
export function changeState(s: ProjectListState, patch: Partial<ProjectListState>): ProjectListState {
  return { ...s, page: 1, ...patch };
}

/** The column's state for aria-sort. */
export function sortDirection(sort: Sort, column: SortColumn): 'ascending' | 'descending' | 'none' {
  if (sort === column) return 'ascending';
  if (sort === `-${column}`) return 'descending';
  return 'none';
}

/**
 * The sort after a click on a column: the same column flips its direction; another column starts
 * ascending, except dates of change, where the newest first is what people want first.
 */
export function nextSort(sort: Sort, column: SortColumn): Sort {
  if (sort === column) return `-${column}`;
  if (sort === `-${column}`) return column;
  return column === 'updated_at' ? '-updated_at' : column;
}

export interface PageInfo {
  page: number;
  pages: number;
  /** 1-based positions of the first and last row shown; 0 and 0 when nothing is shown. */
  from: number;
  to: number;
}

export function pageInfo(total: number, page: number, pageSize = PAGE_SIZE): PageInfo {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), pages);
  if (total === 0) return { page: 1, pages: 1, from: 0, to: 0 };
  return { page: current, pages, from: (current - 1) * pageSize + 1, to: Math.min(total, current * pageSize) };
}

/**
 * The page numbers a pager offers: the first, the last and two on each side of the current one;
 * null stands for the pages left out between them ("…").
 */
export function pageNumbers(page: number, pages: number): (number | null)[] {
  const keep = new Set([1, pages]);
  for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= pages) keep.add(p);
  const sorted = [...keep].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push(null);
    out.push(p);
  });
  return out;
}

/** The years a portfolio's year filter offers: from ten years back to five ahead, newest first. */
export function yearChoices(thisYear: number): number[] {
  const out: number[] = [];
  for (let y = thisYear + 5; y >= thisYear - 10; y--) out.push(y);
  return out;
}
