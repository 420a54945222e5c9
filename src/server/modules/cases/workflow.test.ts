import { describe, expect, it } from 'vitest';
import { canMove, CASE_STATUSES, formatReference, isReopening, TRANSITIONS, transitionVars } from './workflow.ts';

describe('case workflow', () => {
  it('allows the way forward and reopening, nothing that skips back without a reason', () => {
    expect(canMove('received', 'assigned')).toBe(true);
    expect(canMove('assigned', 'in_progress')).toBe(true);
    expect(canMove('in_progress', 'referred')).toBe(true);
    expect(canMove('referred', 'answered')).toBe(true);
    expect(canMove('answered', 'closed')).toBe(true);
    expect(canMove('closed', 'in_progress')).toBe(true);
    expect(isReopening('closed', 'in_progress')).toBe(true);
    expect(canMove('closed', 'answered')).toBe(false);
    expect(canMove('in_progress', 'received')).toBe(false);
    expect(canMove('answered', 'assigned')).toBe(false);
    for (const s of CASE_STATUSES) expect(canMove(s, s), s).toBe(false);
  });

  it('every status can reach closed, and closed can only be reopened', () => {
    for (const s of CASE_STATUSES.filter((x) => x !== 'closed')) expect(TRANSITIONS[s]).toContain('closed');
    expect(TRANSITIONS.closed).toEqual(['in_progress']);
  });

  it('explains a refused move in the caller’s language', () => {
    expect(transitionVars('closed', 'sv')).toEqual({ from: 'Avslutat', allowed: '”Pågår”' });
    expect(transitionVars('answered', 'da').allowed).toBe('”Under behandling”, ”Afsluttet”');
  });

  it('writes registration numbers with four digits', () => {
    expect(formatReference('KS', 2026, 42)).toBe('KS 2026/0042');
    expect(formatReference('NL', 2027, 12345)).toBe('NL 2027/12345');
  });
});
