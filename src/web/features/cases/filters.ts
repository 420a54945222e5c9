// The case list's view (filters, sort, search) lives in the URL, so it can be bookmarked and
// shared. Pure functions, unit-tested without a browser.
import { CASE_CHANNELS, CASE_STATUSES } from '../../../server/modules/cases/workflow.ts';
import { dayIn } from '../../lib/format.ts';

export const CASE_SORTS = ['received', 'due'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];
export const DEADLINES = ['overdue', 'today'] as const;
export type Deadline = (typeof DEADLINES)[number];

export interface CaseListState {
  q: string;
  /** A status, or "open" (not answered or closed). */
  status: string;
  category: string;
  /** "me", "none" or a member's id. */
  assignee: string;
  channel: string;
  deadline: Deadline | '';
  sort: CaseSort;
}

export const EMPTY_CASE_STATE: CaseListState = { q: '', status: '', category: '', assignee: '', channel: '', deadline: '', sort: 'received' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const oneOf = (list: readonly string[], v: string) => (list.includes(v) ? v : '');

export function parseCaseState(params: URLSearchParams): CaseListState {
  const get = (k: string) => (params.get(k) ?? '').trim();
  const assignee = get('assignee');
  const sort = get('sort');
  return {
    q: get('q').slice(0, 200),
    status: oneOf(['open', ...CASE_STATUSES], get('status')),
    category: /^[a-z0-9][a-z0-9_-]{0,62}$/.test(get('category')) ? get('category') : '',
    assignee: assignee === 'me' || assignee === 'none' || UUID.test(assignee) ? assignee : '',
    channel: oneOf(CASE_CHANNELS, get('channel')),
    deadline: oneOf(DEADLINES, get('deadline')) as Deadline | '',
    sort: (CASE_SORTS as readonly string[]).includes(sort) ? (sort as CaseSort) : 'received',
  };
}

/** The page's own address for a view: only what is set, in a fixed order. */
export function caseStateToParams(s: CaseListState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q.trim());
  for (const k of ['status', 'category', 'assignee', 'channel', 'deadline'] as const) if (s[k]) p.set(k, s[k]);
  if (s.sort !== 'received') p.set('sort', s.sort);
  return p;
}

/**
 * What to ask the API for a view. "Due today" has no API filter: it asks for open cases by due
 * date, and dueTodayPage keeps today's.
 */
export function caseStateToApi(s: CaseListState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q.trim());
  if (s.status === 'open') p.set('open', 'true');
  else if (s.status) p.set('status', s.status);
  for (const k of ['category', 'assignee', 'channel'] as const) if (s[k]) p.set(k, s[k]);
  if (s.deadline === 'overdue') p.set('overdue', 'true');
  if (s.deadline === 'today') {
    p.set('open', 'true');
    p.set('sort', 'due');
  } else if (s.sort !== 'received') p.set('sort', s.sort);
  return p;
}

export const hasCaseFilters = (s: CaseListState) => Boolean(s.q || s.status || s.category || s.assignee || s.channel || s.deadline);

/** Shortcuts above the list; each is a whole view. */
export const QUICK_VIEWS: { key: 'all' | 'mine' | 'overdue' | 'today'; state: Partial<CaseListState> }[] = [
  { key: 'all', state: {} },
  { key: 'mine', state: { assignee: 'me', status: 'open' } },
  { key: 'overdue', state: { deadline: 'overdue' } },
  { key: 'today', state: { deadline: 'today' } },
];

export const quickViewParams = (state: Partial<CaseListState>) => caseStateToParams({ ...EMPTY_CASE_STATE, ...state }).toString();

/** Today as YYYY-MM-DD in the workspace's time zone, where due dates are counted. */
export function localToday(now = new Date()): string {
  return dayIn(now);
}

interface Page<T extends { dueOn: string }> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Reads pages in due-date order until they pass `today` and keeps the cases due that day. Overdue
 * cases come first in that order; a bound on pages keeps a huge backlog from reading for ever.
 */
export async function dueTodayPage<T extends { dueOn: string }>(read: (cursor: string | null) => Promise<Page<T>>, today: string, maxPages = 25): Promise<Page<T>> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < maxPages; i++) {
    const page: Page<T> = await read(cursor);
    items.push(...page.items.filter((c) => c.dueOn === today));
    const last = page.items[page.items.length - 1];
    if (!page.nextCursor || !last || last.dueOn > today) break;
    cursor = page.nextCursor;
  }
  return { items, nextCursor: null };
}
