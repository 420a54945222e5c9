// The portfolio's pure parts: the list's view in the URL (filters, sort, pages), the words and
// groupings of the lifecycle, the partner search opened from a project, what the forms send; and
// that the lists the pages loop over are the server's own, with words in every language.
import { describe, expect, it } from 'vitest';
import { bundles } from '../../i18n/bundles.ts';
import { canMove, MOVES, OUR_ROLES as SERVER_OUR_ROLES, PARTNER_ROLES as SERVER_PARTNER_ROLES, PROJECT_STATUSES as SERVER_STATUSES, STATUS_LABELS } from '../../../server/modules/projects/lifecycle.ts';
import { PROJECT_SORTS, ProjectQuery } from '../../../server/modules/projects/schema.ts';
import { acceptsDrop, BOARD_COLUMNS, BOARD_ENDS, BOARD_FLOW, BOARD_LIMIT, boardStateToApi, columnsOf, dragItems, keyDate, moveDragType, PROJECT_DRAG_TYPE } from './board.ts';
import {
  changeState,
  DEFAULT_SORT,
  EMPTY_STATE,
  hasFilters,
  nextSort,
  pageInfo,
  pageNumbers,
  parseProjectState,
  projectStateToApi,
  projectStateToParams,
  SORT_COLUMNS,
  sortDirection,
  statusesOf,
  viewParams,
  yearChoices,
} from './filters.ts';
import { areaByCountry, areaCriteria, canReopen, moveKey, phaseOf, statusesIn } from './lifecycle.ts';
import { hasPrefill, parsePartnerSearchParams, partnerSearchParams } from './partnerSearch.ts';
import { emptyProgrammeDraft, parseNumber, programmeBody, programmeDraft } from './programmeForm.ts';
import { draftFromProject, draftToBody, draftToPatch, emptyDraft, hasChanges, targetsFor } from './projectForm.ts';
import { FUNDS, OUR_ROLES, PARTNER_ROLES, PROJECT_STATUSES, type Programme, type Project, type ProjectSummary } from './types.ts';

const ID = '0b6c1c9e-3f51-4a39-9a7e-2f1f0c6f1a11';
const OFFICER = '5d1e9c2a-8f3b-4c7d-9e0f-1a2b3c4d5e6f';

function project(over: Partial<Project> = {}): Project {
  return {
    id: ID,
    acronym: 'GREENPORT',
    title: 'Green ports of the South Baltic',
    summary: 'Shore power.',
    status: 'idea',
    statusDate: '2026-02-01',
    ourRole: 'lead_partner',
    programme: { id: OFFICER, name: 'Interreg South Baltic', fund: 'interreg' },
    call: null,
    startDate: '2026-09-01',
    endDate: '2029-08-31',
    officer: { id: OFFICER, name: 'Åsa Ek' },
    partnerCount: 0,
    themes: ['po2', 'po1'],
    sdgs: [13, 7],
    updatedAt: '2026-02-01T10:00:00.000Z',
    version: 3,
    reopenedFrom: null,
    reopenedAs: [],
    allowedMoves: ['in_preparation', 'withdrawn'],
    partners: [],
    history: [],
    ...over,
  };
}

describe('project enums', () => {
  it('match the server', () => {
    expect(PROJECT_STATUSES).toEqual(SERVER_STATUSES);
    expect(OUR_ROLES).toEqual(SERVER_OUR_ROLES);
    expect(PARTNER_ROLES).toEqual(SERVER_PARTNER_ROLES);
    expect(SORT_COLUMNS).toEqual(PROJECT_SORTS);
  });

  it('have words in every language, and the statuses read as the server’s messages name them', () => {
    for (const lng of ['sv', 'da', 'en'] as const) {
      const words = (bundles[lng] as { projects: Record<string, Record<string, string>> }).projects;
      for (const s of PROJECT_STATUSES) {
        expect(words.status![s], `${lng} status ${s}`).toBe(STATUS_LABELS[s][lng]);
        expect(words.move![s === 'idea' ? 'backToIdea' : s], `${lng} move ${s}`).toBeTruthy();
      }
      for (const r of OUR_ROLES) expect(words.ourRole![r]).toBeTruthy();
      for (const r of PARTNER_ROLES) expect(words.partnerRole![r]).toBeTruthy();
      for (const f of FUNDS) expect(words.fund![f], `${lng} fund ${f}`).toBeTruthy();
    }
  });
});

describe('the list in the URL', () => {
  it('reads a view and writes it back in a fixed order, dropping what is not valid', () => {
    const state = parseProjectState(new URLSearchParams(`sort=acronym&q=%20hamn%20&status=running&fund=interreg&year=2026&sdg=7&programmeId=${ID}&page=3&role=boss&theme=Bad%20Theme`));
    expect(state).toEqual({ ...EMPTY_STATE, q: 'hamn', status: 'running', fund: 'interreg', year: '2026', sdg: '7', programmeId: ID, sort: 'acronym', page: 3 });
    expect(projectStateToParams(state).toString()).toBe(`status=running&q=hamn&programmeId=${ID}&fund=interreg&sdg=7&year=2026&sort=acronym&page=3`);
    expect(parseProjectState(new URLSearchParams('sort=-budget&page=0&sdg=18&year=26&officerId=nobody'))).toEqual(EMPTY_STATE);
  });

  it('takes several statuses (the start page’s phases), in lifecycle order', () => {
    const state = parseProjectState(new URLSearchParams('status=running,approved,nonsense,final_report'));
    expect(state.status).toBe('approved,running,final_report');
    expect(statusesOf(state)).toEqual(['approved', 'running', 'final_report']);
    expect(statusesOf(EMPTY_STATE)).toEqual([]);
  });

  it('asks the API for the page as limit and offset, with the sort always given', () => {
    const api = projectStateToApi({ ...EMPTY_STATE, status: 'idea', page: 3 }, 25);
    expect(Object.fromEntries(api)).toEqual({ status: 'idea', sort: DEFAULT_SORT, limit: '25', offset: '50' });
    expect(projectStateToApi(EMPTY_STATE, 25).has('offset')).toBe(false);
  });

  it('starts at page one after any change but the page itself', () => {
    const on3 = { ...EMPTY_STATE, page: 3 };
    expect(changeState(on3, { fund: 'life' }).page).toBe(1);
    expect(changeState(on3, { page: 4 }).page).toBe(4);
    expect(hasFilters({ ...EMPTY_STATE, status: 'idea' })).toBe(false);
    expect(hasFilters({ ...EMPTY_STATE, q: 'x' })).toBe(true);
    expect(hasFilters({ ...EMPTY_STATE, officerId: OFFICER })).toBe(true);
  });

  it('sorts by a column, turns it round on the second click, dates of change newest first', () => {
    expect(nextSort('-updated_at', 'acronym')).toBe('acronym');
    expect(nextSort('acronym', 'acronym')).toBe('-acronym');
    expect(nextSort('-acronym', 'acronym')).toBe('acronym');
    expect(nextSort('acronym', 'updated_at')).toBe('-updated_at');
    expect(sortDirection('acronym', 'acronym')).toBe('ascending');
    expect(sortDirection('-start_date', 'start_date')).toBe('descending');
    expect(sortDirection('-start_date', 'title')).toBe('none');
  });

  it('counts pages and offers the numbers around the current one', () => {
    expect(pageInfo(0, 1, 25)).toEqual({ page: 1, pages: 1, from: 0, to: 0 });
    expect(pageInfo(60, 3, 25)).toEqual({ page: 3, pages: 3, from: 51, to: 60 });
    expect(pageInfo(60, 9, 25).page).toBe(3);
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageNumbers(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pageNumbers(2, 20)).toEqual([1, 2, 3, 4, null, 20]);
  });

  it('offers years from ten back to five ahead', () => {
    const years = yearChoices(2026);
    expect(years[0]).toBe(2031);
    expect(years.at(-1)).toBe(2016);
    expect(years).toHaveLength(16);
  });
});

describe('the lifecycle as the pages show it', () => {
  it('groups statuses in phases, as the start page counts them', () => {
    expect(statusesIn('preparation', PROJECT_STATUSES)).toEqual(['idea', 'in_preparation', 'submitted']);
    expect(statusesIn('funded', PROJECT_STATUSES)).toEqual(['approved', 'contracted', 'running', 'final_report']);
    expect(statusesIn('ended', PROJECT_STATUSES)).toEqual(['rejected', 'withdrawn', 'closed']);
    expect(phaseOf('closed')).toBe('ended');
  });

  it('names a move after where it goes, except back to idea; reopens only what got no further', () => {
    expect(moveKey('in_preparation', 'idea')).toBe('backToIdea');
    expect(moveKey('submitted', 'approved')).toBe('approved');
    expect(PROJECT_STATUSES.filter(canReopen)).toEqual(['rejected', 'withdrawn']);
  });

  it('turns a programme’s area into partner search criteria', () => {
    expect(areaCriteria([])).toEqual({ countries: [], nuts: [] });
    expect(areaCriteria(['SE', 'DK', 'EL'])).toEqual({ countries: ['SE', 'DK', 'GR'], nuts: [] });
    expect(areaCriteria(['SE224', 'dk01', 'SE', 'bad code', 'SE224'])).toEqual({ countries: [], nuts: ['SE224', 'DK01', 'SE'] });
    expect(areaByCountry(['SE224', 'SE231', 'DK01', 'NO'])).toEqual([
      ['SE', ['SE224', 'SE231']],
      ['DK', ['DK01']],
      ['NO', []],
    ]);
  });
});

describe('the partner search opened from a project', () => {
  it('carries the project, its themes and the programme’s area, and reads them back', () => {
    const params = partnerSearchParams(project(), ['SE224', 'DK01']);
    expect(params.toString()).toBe(`project=${ID}&theme=po2&theme=po1&nuts=SE224&nuts=DK01`);
    const back = parsePartnerSearchParams(params);
    expect(back).toEqual({ projectId: ID, themes: ['po2', 'po1'], countries: [], nuts: ['SE224', 'DK01'] });
    expect(hasPrefill(back)).toBe(true);
  });

  it('drops what a hand-edited address should not hold', () => {
    const back = parsePartnerSearchParams(new URLSearchParams('project=nope&theme=PO1&country=se&country=DK&nuts=DK0123'));
    expect(back).toEqual({ projectId: null, themes: [], countries: ['DK'], nuts: [] });
    expect(hasPrefill(parsePartnerSearchParams(new URLSearchParams(`project=${ID}`)))).toBe(false);
  });
});

describe('the project form', () => {
  it('sends a new project with nothing for what is left empty', () => {
    const body = draftToBody({ ...emptyDraft(OFFICER), acronym: ' BALTIC ', title: 'Baltic energy ', sdgs: [13, 7] });
    expect(body).toEqual({ acronym: 'BALTIC', title: 'Baltic energy', summary: '', programmeId: null, callId: null, ourRole: 'partner', officerId: OFFICER, startDate: null, endDate: null, themes: [], sdgs: [7, 13] });
  });

  it('sends only what changed, with the version read', () => {
    const p = project();
    const same = draftToPatch(draftFromProject(p), p);
    expect(same).toEqual({ version: 3 });
    expect(hasChanges(same)).toBe(false);
    const reordered = draftToPatch({ ...draftFromProject(p), themes: ['po1', 'po2'], sdgs: [7, 13] }, p);
    expect(hasChanges(reordered)).toBe(false);
    const changed = draftToPatch({ ...draftFromProject(p), title: 'Greener ports', programmeId: '', endDate: '2029-12-31', themes: ['po2'] }, p);
    expect(changed).toEqual({ version: 3, title: 'Greener ports', programmeId: null, endDate: '2029-12-31', themes: ['po2'] });
  });

  it('sends the call only with a programme, and drops it when the programme goes', () => {
    const CALL = '9f1c2b3a-4d5e-4f60-8a7b-6c5d4e3f2a1b';
    const p = project({ call: { id: CALL, title: 'Call 3', identifier: 'SB-3' } });
    expect(draftFromProject(p).callId).toBe(CALL);
    expect(draftToPatch({ ...draftFromProject(p), programmeId: '' }, p)).toEqual({ version: 3, programmeId: null, callId: null });
    expect(draftToBody({ ...emptyDraft(), acronym: 'A', title: 'B', callId: CALL }).callId).toBeNull();
  });

  it('points a list entry’s error at its group', () => {
    const targets = targetsFor(['themes.1', 'sdgs.0', 'acronym', 'unknown']);
    expect(targets['themes.1']).toBe('pf-themes');
    expect(targets['sdgs.0']).toBe('pf-sdgs');
    expect(targets.acronym).toBe('pf-acronym');
    expect(targets.unknown).toBeUndefined();
  });
});

describe('the programme form', () => {
  it('reads numbers with a decimal comma and leaves empty ones out', () => {
    expect(parseNumber(' 62,5 ')).toBe(62.5);
    expect(parseNumber('')).toBeNull();
    expect(Number.isNaN(parseNumber('abc'))).toBe(true);
  });

  it('sends a programme with nulls for what is empty, and reads one back', () => {
    const body = programmeBody({ ...emptyProgrammeDraft(2026), name: ' Regionala utvecklingsmedel Gävleborg ', maxCofinancingRate: '50', currency: 'sek', eligibleNuts: ['SE313'] });
    expect(body).toEqual({
      name: 'Regionala utvecklingsmedel Gävleborg',
      fund: 'regional',
      periodStart: 2026,
      periodEnd: 2028,
      cci: null,
      managingAuthority: null,
      eligibleNuts: ['SE313'],
      maxCofinancingRate: 50,
      currency: 'SEK',
      url: null,
    });
    const stored: Programme = { id: ID, own: true, code: null, projectCount: 2, name: body.name, fund: 'regional', periodStart: 2026, periodEnd: 2028, cci: null, managingAuthority: null, eligibleNuts: ['SE313'], currency: 'SEK', maxCofinancingRate: null, url: 'https://example.org' };
    expect(programmeDraft(stored)).toMatchObject({ maxCofinancingRate: '', url: 'https://example.org', periodStart: '2026' });
  });
});

describe('the board', () => {
  const summary = (over: Partial<ProjectSummary>): ProjectSummary => {
    const { summary: _s, version: _v, reopenedFrom: _f, reopenedAs: _a, partners: _p, history: _h, ...rest } = project();
    return { ...rest, ...over };
  };

  it('has a column for every status once: the way through the lifecycle in order, then the ends', () => {
    expect([...BOARD_COLUMNS].sort()).toEqual([...SERVER_STATUSES].sort());
    expect(new Set(BOARD_COLUMNS).size).toBe(SERVER_STATUSES.length);
    // Each column of the way is the step forward from the one before it.
    BOARD_FLOW.slice(1).forEach((to, i) => expect(canMove(BOARD_FLOW[i]!, to), `${BOARD_FLOW[i]} → ${to}`).toBe(true));
    for (const end of BOARD_ENDS) expect(MOVES[end]).toEqual([]);
    expect(canMove('final_report', BOARD_ENDS[0]!)).toBe(true);
  });

  it('asks the API for every status in one page as large as the API gives, under the list’s search, filters and sort', () => {
    const state = { ...EMPTY_STATE, q: 'hamn', status: 'running', fund: 'interreg', officerId: OFFICER, sort: 'acronym' as const, page: 4 };
    expect(Object.fromEntries(boardStateToApi(state))).toEqual({ q: 'hamn', fund: 'interreg', officerId: OFFICER, sort: 'acronym', limit: String(BOARD_LIMIT) });
    expect(ProjectQuery.safeParse({ limit: String(BOARD_LIMIT) }).success).toBe(true);
    expect(ProjectQuery.safeParse({ limit: String(BOARD_LIMIT + 1) }).success).toBe(false);
    // Between the list and the board the view goes along, without the list's status tab and page.
    expect(viewParams(state).toString()).toBe(`q=hamn&fund=interreg&officerId=${OFFICER}&sort=acronym`);
    expect(viewParams(EMPTY_STATE).toString()).toBe('');
  });

  it('puts each project in its status’s column, in the order the API sent them', () => {
    const a = summary({ id: 'a', status: 'running' });
    const b = summary({ id: 'b', status: 'idea' });
    const c = summary({ id: 'c', status: 'running' });
    const columns = columnsOf([a, b, c]);
    expect(Object.keys(columns)).toEqual([...BOARD_COLUMNS]);
    expect(columns.running.map((p) => p.id)).toEqual(['a', 'c']);
    expect(columns.idea.map((p) => p.id)).toEqual(['b']);
    expect(columns.closed).toEqual([]);
  });

  it('dates a card by its start when funded, its end when running, otherwise since its last move', () => {
    const p = { statusDate: '2026-02-01', startDate: '2026-09-01', endDate: '2029-08-31' };
    expect(keyDate({ ...p, status: 'submitted' })).toEqual({ kind: 'since', date: '2026-02-01' });
    expect(keyDate({ ...p, status: 'approved' })).toEqual({ kind: 'starts', date: '2026-09-01' });
    expect(keyDate({ ...p, status: 'contracted', startDate: null })).toEqual({ kind: 'since', date: '2026-02-01' });
    expect(keyDate({ ...p, status: 'running' })).toEqual({ kind: 'ends', date: '2029-08-31' });
    expect(keyDate({ ...p, status: 'running', endDate: null })).toEqual({ kind: 'since', date: '2026-02-01' });
    expect(keyDate({ ...p, status: 'closed' })).toEqual({ kind: 'since', date: '2026-02-01' });
  });

  it('lets a dragged card be dropped only on the columns it may move to', () => {
    const items = dragItems({ id: ID, allowedMoves: ['submitted', 'withdrawn', 'idea'] });
    expect(items).toEqual([{ [PROJECT_DRAG_TYPE]: ID, [moveDragType('submitted')]: ID, [moveDragType('withdrawn')]: ID, [moveDragType('idea')]: ID }]);
    const types = new Set(Object.keys(items[0]!));
    expect(BOARD_COLUMNS.filter((s) => acceptsDrop(types, s))).toEqual(['idea', 'submitted', 'withdrawn']);
    // Types are lower case (the browser lowers them); something else dragged in is refused.
    for (const type of types) expect(type).toBe(type.toLowerCase());
    expect(acceptsDrop(new Set(['text/plain', moveDragType('submitted')]), 'submitted')).toBe(false);
    expect(BOARD_COLUMNS.filter((s) => acceptsDrop(new Set(Object.keys(dragItems({ id: ID, allowedMoves: [] })[0]!)), s))).toEqual([]);
  });

  it('has its words in every language', () => {
    for (const lng of ['sv', 'da', 'en'] as const) {
      const words = (bundles[lng] as { projects: { nav: Record<string, string>; board: Record<string, unknown> } }).projects;
      expect(words.nav.board, lng).toBeTruthy();
      expect(Object.keys(words.board.keyDate as object).sort(), lng).toEqual(['ends', 'since', 'starts']);
    }
  });
});
