// The case list's view in the URL and what it asks the API, the "due today" reading, and the
// words for every code the desk's pages build keys from, in every language.
import { describe, expect, it } from 'vitest';
import { bundles } from '../../i18n/bundles.ts';
import { CASE_CHANNELS, CASE_PRIORITIES, CASE_STATUSES, REQUESTER_KINDS, TRANSITIONS } from '../../../server/modules/cases/workflow.ts';
import { CaseMessage } from '../../../server/modules/cases/schema.ts';
import { caseStateToApi, caseStateToParams, CASE_SORTS, DEADLINES, dueTodayPage, EMPTY_CASE_STATE, parseCaseState, QUICK_VIEWS, quickViewParams } from './filters.ts';
import { moveKey } from './labels.tsx';

const parse = (qs: string) => parseCaseState(new URLSearchParams(qs));

describe('case list state', () => {
  it('keeps what is valid and drops the rest of a hand-edited address', () => {
    expect(parse('status=open&category=export&assignee=me&channel=phone&deadline=overdue&sort=due&q=KS 2026')).toEqual({
      q: 'KS 2026',
      status: 'open',
      category: 'export',
      assignee: 'me',
      channel: 'phone',
      deadline: 'overdue',
      sort: 'due',
    });
    expect(parse('status=lost&category=Ärenden&assignee=someone&channel=pigeon&deadline=tomorrow&sort=name')).toEqual(EMPTY_CASE_STATE);
    expect(parse('assignee=6f1c2e0a-1b2c-4d5e-8f90-123456789abc').assignee).toBe('6f1c2e0a-1b2c-4d5e-8f90-123456789abc');
  });

  it('writes one address per view and reads it back', () => {
    const state = { ...EMPTY_CASE_STATE, status: 'in_progress', assignee: 'none', sort: 'due' as const };
    const qs = caseStateToParams(state).toString();
    expect(qs).toBe('status=in_progress&assignee=none&sort=due');
    expect(parse(qs)).toEqual(state);
    expect(caseStateToParams(EMPTY_CASE_STATE).toString()).toBe('');
  });

  it('asks the API in its own words', () => {
    expect(caseStateToApi({ ...EMPTY_CASE_STATE, status: 'open', deadline: 'overdue' }).toString()).toBe('open=true&overdue=true');
    expect(caseStateToApi({ ...EMPTY_CASE_STATE, status: 'closed', assignee: 'me' }).toString()).toBe('status=closed&assignee=me');
    // Due today: open cases in due-date order, whatever order was chosen.
    expect(caseStateToApi({ ...EMPTY_CASE_STATE, deadline: 'today', sort: 'received' }).toString()).toBe('open=true&sort=due');
  });

  it('has shortcuts that are whole views', () => {
    expect(QUICK_VIEWS.map((v) => quickViewParams(v.state))).toEqual(['', 'status=open&assignee=me', 'deadline=overdue', 'deadline=today']);
  });
});

describe('cases due today', () => {
  const page = (days: string[], next: string | null) => ({ items: days.map((dueOn, i) => ({ id: `${dueOn}-${i}`, dueOn })), nextCursor: next });

  it('reads past the overdue cases and stops after today', async () => {
    const pages: Record<string, ReturnType<typeof page>> = {
      start: page(['2026-11-01', '2026-11-20'], 'a'),
      a: page(['2026-11-22', '2026-11-23', '2026-11-23'], 'b'),
      b: page(['2026-11-23', '2026-11-24'], 'c'),
      c: page(['2026-11-25'], null),
    };
    const read: string[] = [];
    const result = await dueTodayPage((cursor) => {
      read.push(cursor ?? 'start');
      return Promise.resolve(pages[cursor ?? 'start']!);
    }, '2026-11-23');
    expect(result.items.map((c) => c.dueOn)).toEqual(['2026-11-23', '2026-11-23', '2026-11-23']);
    expect(result.nextCursor).toBeNull();
    expect(read).toEqual(['start', 'a', 'b']);
  });

  it('stops after a bounded number of pages', async () => {
    let reads = 0;
    const result = await dueTodayPage(() => {
      reads++;
      return Promise.resolve(page(['2020-01-01'], 'more'));
    }, '2026-11-23', 3);
    expect(reads).toBe(3);
    expect(result.items).toEqual([]);
  });
});

describe('words for the desk’s codes', () => {
  const has = (lng: 'sv' | 'da' | 'en', key: string) => {
    const value = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), bundles[lng]);
    return typeof value === 'string' && value.trim() !== '';
  };
  const moves = CASE_STATUSES.flatMap((from) => TRANSITIONS[from].map((to) => moveKey(from, to)));
  const keys = [
    ...CASE_STATUSES.map((s) => `cases.status.${s}`),
    ...CASE_CHANNELS.map((c) => `cases.channel.${c}`),
    ...CASE_PRIORITIES.map((p) => `cases.priority.${p}`),
    ...REQUESTER_KINDS.flatMap((k) => [`cases.requesterKind.${k}`, `cases.ask.kinds.${k}`, `cases.ask.kindHints.${k}`]),
    ...CaseMessage.shape.kind.options.map((k) => `cases.messageKind.${k}`),
    ...CaseMessage.shape.direction.options.map((d) => `cases.messages.direction.${d}`),
    ...[...new Set(moves)].flatMap((m) => [`cases.move.${m}`, `cases.moveTitle.${m}`, `cases.moveHelp.${m}`]),
    ...QUICK_VIEWS.map((v) => `cases.quick.${v.key}`),
    ...CASE_SORTS.map((s) => `cases.filters.sorts.${s}`),
    ...DEADLINES.map((d) => `cases.filters.deadlines.${d}`),
    ...['list', 'new', 'settings'].map((n) => `cases.nav.${n}`),
    ...['seconds', 'minutes'].flatMap((u) => [`cases.ask.tooMany.${u}_one`, `cases.ask.tooMany.${u}_other`]),
  ];

  it.each(['sv', 'da', 'en'] as const)('are all there in %s', (lng) => {
    expect(keys.filter((k) => !has(lng, k))).toEqual([]);
  });

  it('name reopening and taking back apart from starting work', () => {
    expect(moveKey('received', 'in_progress')).toBe('in_progress');
    expect(moveKey('closed', 'in_progress')).toBe('reopen');
    expect(moveKey('answered', 'in_progress')).toBe('reopen');
    expect(moveKey('referred', 'in_progress')).toBe('takeBack');
  });
});
