import { describe, expect, it } from 'vitest';
import { callStatus, dueReminder, instantOf, isTimeZone, nextDeadline, wallTimeOf } from './deadlines.ts';

const at = (iso: string) => new Date(iso);

describe('call deadlines', () => {
  it('turns a Brussels wall time into its instant in winter and in summer', () => {
    expect(instantOf('2027-02-10T17:00', 'Europe/Brussels')).toEqual({ at: at('2027-02-10T16:00:00Z') });
    expect(instantOf('2027-09-15T17:00', 'Europe/Brussels')).toEqual({ at: at('2027-09-15T15:00:00Z') });
    expect(wallTimeOf(at('2027-09-15T15:00:00Z'), 'Europe/Brussels')).toBe('2027-09-15T17:00');
    expect(wallTimeOf(at('2027-09-15T15:00:00Z'), 'Europe/Warsaw')).toBe('2027-09-15T17:00');
    expect(wallTimeOf(at('2027-09-15T15:00:00Z'), 'Europe/London')).toBe('2027-09-15T16:00');
  });

  it('refuses a time the clocks skip and takes the first of a time that happens twice', () => {
    expect(instantOf('2027-03-28T02:30', 'Europe/Brussels')).toEqual({ problem: 'skipped' });
    expect(instantOf('2027-10-31T02:30', 'Europe/Brussels')).toEqual({ at: at('2027-10-31T00:30:00Z') });
    expect(instantOf('2027-02-30T17:00', 'Europe/Brussels')).toEqual({ problem: 'format' });
    expect(instantOf('17:00 10/2/2027', 'Europe/Brussels')).toEqual({ problem: 'format' });
  });

  it('knows time zones by their names', () => {
    expect(isTimeZone('Europe/Brussels')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Europe/Atlantis')).toBe(false);
    expect(isTimeZone('+01:00')).toBe(false);
  });

  it('derives forthcoming, open and closed from the dates, on the call’s own calendar', () => {
    const call = { opensOn: '2027-01-15', timeZone: 'Europe/Brussels', deadlineAt: at('2027-03-10T16:00:00Z'), stage2DeadlineAt: at('2027-09-01T15:00:00Z') };
    expect(callStatus(call, at('2027-01-14T22:59:00Z'))).toBe('forthcoming');
    // 23:00 UTC on the 14th is midnight of the 15th in Brussels.
    expect(callStatus(call, at('2027-01-14T23:00:00Z'))).toBe('open');
    expect(callStatus(call, at('2027-03-10T15:59:59Z'))).toBe('open');
    expect(callStatus(call, at('2027-03-10T16:00:00Z'))).toBe('closed');
    expect(nextDeadline(call, at('2027-03-10T16:00:00Z'))).toEqual({ stage: 2, at: call.stage2DeadlineAt });
    expect(nextDeadline(call, at('2027-09-01T15:00:00Z'))).toBeNull();
    expect(callStatus({ ...call, opensOn: null }, at('2026-01-01T00:00:00Z'))).toBe('open');
  });

  it('is due for the nearest reminder whose day has come, only for those who followed before it', () => {
    const deadline = at('2027-03-10T16:00:00Z');
    const early = at('2027-01-01T00:00:00Z');
    expect(dueReminder(deadline, [14, 3], early, at('2027-02-24T15:59:00Z'))).toBeNull();
    expect(dueReminder(deadline, [14, 3], early, at('2027-02-24T16:00:00Z'))).toBe(14);
    expect(dueReminder(deadline, [14, 3], early, at('2027-03-07T16:00:00Z'))).toBe(3);
    expect(dueReminder(deadline, [14, 3], early, at('2027-03-10T16:00:00Z'))).toBeNull();
    // Followed five days before: no late fourteen-day reminder, the three-day one when it comes.
    const late = at('2027-03-05T09:00:00Z');
    expect(dueReminder(deadline, [14, 3], late, at('2027-03-05T10:00:00Z'))).toBeNull();
    expect(dueReminder(deadline, [14, 3], late, at('2027-03-07T16:00:00Z'))).toBe(3);
    expect(dueReminder(deadline, [], early, at('2027-03-07T16:00:00Z'))).toBeNull();
  });
});
