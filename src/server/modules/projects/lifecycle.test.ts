// The lifecycle as a table: every pair of statuses is either an allowed move or a refused one,
// and the relation status each project status gives its partnerships.
import { describe, expect, it } from 'vitest';
import { allowedMoves, canMove, canReopen, moveVars, PROJECT_STATUSES, relationStatusFor, STATUS_LABELS, type ProjectStatus } from './lifecycle.ts';

const ALLOWED: [ProjectStatus, ProjectStatus][] = [
  ['idea', 'in_preparation'],
  ['idea', 'withdrawn'],
  ['in_preparation', 'submitted'],
  ['in_preparation', 'withdrawn'],
  ['in_preparation', 'idea'],
  ['submitted', 'approved'],
  ['submitted', 'rejected'],
  ['submitted', 'withdrawn'],
  ['approved', 'contracted'],
  ['approved', 'withdrawn'],
  ['contracted', 'running'],
  ['running', 'final_report'],
  ['final_report', 'closed'],
];

describe('project lifecycle', () => {
  it('allows exactly the thirteen moves of the lifecycle and refuses every other pair', () => {
    const allowed = new Set(ALLOWED.map(([f, t]) => `${f}>${t}`));
    const refused: string[] = [];
    for (const from of PROJECT_STATUSES) {
      for (const to of PROJECT_STATUSES) {
        const key = `${from}>${to}`;
        expect(canMove(from, to), key).toBe(allowed.has(key));
        if (!allowed.has(key)) refused.push(key);
      }
    }
    expect(refused).toHaveLength(PROJECT_STATUSES.length ** 2 - 13);
    expect(refused).toContain('idea>idea');
    expect(refused).toContain('idea>submitted');
    expect(refused).toContain('submitted>in_preparation');
    expect(refused).toContain('rejected>idea');
    expect(refused).toContain('closed>running');
    expect(refused).toContain('running>closed');
  });

  it('lists the allowed moves in the order the page shows them; ends have none', () => {
    expect(allowedMoves('idea')).toEqual(['in_preparation', 'withdrawn']);
    expect(allowedMoves('in_preparation')).toEqual(['submitted', 'withdrawn', 'idea']);
    expect(allowedMoves('submitted')).toEqual(['approved', 'rejected', 'withdrawn']);
    expect(allowedMoves('approved')).toEqual(['contracted', 'withdrawn']);
    expect(allowedMoves('contracted')).toEqual(['running']);
    expect(allowedMoves('running')).toEqual(['final_report']);
    expect(allowedMoves('final_report')).toEqual(['closed']);
    for (const end of ['rejected', 'withdrawn', 'closed'] as const) expect(allowedMoves(end)).toEqual([]);
  });

  it('reopens only rejected and withdrawn projects', () => {
    expect(PROJECT_STATUSES.filter(canReopen)).toEqual(['rejected', 'withdrawn']);
  });

  it('gives partnerships proposed, active or ended from the project status', () => {
    expect(Object.fromEntries(PROJECT_STATUSES.map((s) => [s, relationStatusFor(s)]))).toEqual({
      idea: 'proposed',
      in_preparation: 'proposed',
      submitted: 'proposed',
      approved: 'active',
      rejected: 'ended',
      withdrawn: 'ended',
      contracted: 'active',
      running: 'active',
      final_report: 'active',
      closed: 'ended',
    });
  });

  it('names a refused move in words, in each language', () => {
    expect(moveVars('idea', 'submitted', 'sv')).toEqual({ from: 'Idé', to: 'Ansökan inlämnad', allowed: '”Under förberedelse”, ”Tillbakadragen”' });
    expect(moveVars('idea', 'submitted', 'da')).toEqual({ from: 'Idé', to: 'Ansøgning indsendt', allowed: '”Under forberedelse”, ”Trukket tilbage”' });
    expect(moveVars('submitted', 'idea', 'en')).toEqual({ from: 'Submitted', to: 'Idea', allowed: '“Approved”, “Rejected”, “Withdrawn”' });
    expect(moveVars('closed', 'running', 'en')).toEqual({ from: 'Closed', to: 'Running', allowed: '' });
    for (const s of PROJECT_STATUSES) for (const l of ['sv', 'da', 'en'] as const) expect(STATUS_LABELS[s][l].length).toBeGreaterThan(2);
  });
});
