// The pipeline board's pure parts: its columns in lifecycle order (the ends last, folded away
// until opened), what the board asks the API for, a card's key date, and the drag data that says
// where a card may be dropped. The server says where each project may go (allowedMoves); the
// board offers only those columns. Unit-tested without a browser.
import { projectStateToApi, type ProjectListState } from './filters.ts';
import type { ProjectStatus, ProjectSummary } from './types.ts';

/** The way through the lifecycle, one column each. */
export const BOARD_FLOW: readonly ProjectStatus[] = ['idea', 'in_preparation', 'submitted', 'approved', 'contracted', 'running', 'final_report'];
/** Where a project ends: closed after its final report, or earlier without funding. Folded until opened. */
export const BOARD_ENDS: readonly ProjectStatus[] = ['closed', 'rejected', 'withdrawn'];
export const BOARD_COLUMNS: readonly ProjectStatus[] = [...BOARD_FLOW, ...BOARD_ENDS];

/** The API's largest page: the board shows up to this many projects and says so when there are more. */
export const BOARD_LIMIT = 200;

/** What the board asks the API for: the list's search, filters and sort, every status, one big page. */
export const boardStateToApi = (s: ProjectListState) => projectStateToApi({ ...s, status: '', page: 1 }, BOARD_LIMIT);

/** The projects of each column, in the order the API sent them. */
export function columnsOf(items: readonly ProjectSummary[]): Record<ProjectStatus, ProjectSummary[]> {
  const out = Object.fromEntries(BOARD_COLUMNS.map((s) => [s, [] as ProjectSummary[]])) as Record<ProjectStatus, ProjectSummary[]>;
  for (const p of items) (out[p.status] ??= []).push(p);
  return out;
}

export type KeyDate = { kind: 'since' | 'starts' | 'ends'; date: string };

/**
 * The date that matters for a card where it stands: when a funded project starts (approved,
 * contracted) or ends (running), when known; otherwise since when it has had its status.
 */
export function keyDate(p: Pick<ProjectSummary, 'status' | 'statusDate' | 'startDate' | 'endDate'>): KeyDate {
  if ((p.status === 'approved' || p.status === 'contracted') && p.startDate) return { kind: 'starts', date: p.startDate };
  if (p.status === 'running' && p.endDate) return { kind: 'ends', date: p.endDate };
  return { kind: 'since', date: p.statusDate };
}

/** The drag data's type for a project (its id), and one type per column it may be dropped on. */
export const PROJECT_DRAG_TYPE = 'application/x-samverkan-project';
export const moveDragType = (to: ProjectStatus) => `application/x-samverkan-move-${to}`;

/**
 * What a dragged card carries: its id, and its allowed moves as types of their own, so a column
 * can tell while the card is over it (when only the types can be read) whether it may be dropped.
 */
export function dragItems(p: Pick<ProjectSummary, 'id' | 'allowedMoves'>): Record<string, string>[] {
  return [{ [PROJECT_DRAG_TYPE]: p.id, ...Object.fromEntries(p.allowedMoves.map((to) => [moveDragType(to), p.id])) }];
}

/** Whether a drag with these types may be dropped on the column `to`. */
export const acceptsDrop = (types: { has(type: string): boolean }, to: ProjectStatus) => types.has(PROJECT_DRAG_TYPE) && types.has(moveDragType(to));
