import { describe, expect, it } from 'vitest';
import { addWorkingDays, addYears, dueDate, easterSunday, holidays, isWorkingDay, localDate } from './due-dates.ts';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('due dates in working days', () => {
  it('finds Easter Sunday', () => {
    expect(iso(easterSunday(2024))).toBe('2024-03-31');
    expect(iso(easterSunday(2025))).toBe('2025-04-20');
    expect(iso(easterSunday(2026))).toBe('2026-04-05');
    expect(iso(easterSunday(2027))).toBe('2027-03-28');
  });

  it('knows Swedish and Danish public holidays on which offices close', () => {
    const se = holidays('SE', 2026);
    for (const d of ['2026-01-01', '2026-01-06', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-06-06', '2026-06-19', '2026-12-24', '2026-12-31']) expect(se.has(d), d).toBe(true);
    expect(se.has('2026-05-25')).toBe(false); // no Whit Monday in Sweden since 2005
    const dk = holidays('DK', 2026);
    for (const d of ['2026-04-02', '2026-04-03', '2026-04-06', '2026-05-14', '2026-05-25', '2026-06-05']) expect(dk.has(d), d).toBe(true);
    expect(holidays('DK', 2023).has('2023-05-05')).toBe(true); // store bededag, abolished from 2024
    expect(holidays('DK', 2024).has('2024-04-26')).toBe(false);
    expect(holidays('XX', 2026).size).toBe(0);
  });

  it('skips weekends and holidays', () => {
    expect(isWorkingDay('2026-11-21', 'SE')).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-23', 'SE')).toBe(true);
    // Thursday 2 April 2026 + 2 working days: Good Friday and Easter Monday do not count.
    expect(addWorkingDays('2026-04-02', 2, 'SE')).toBe('2026-04-08');
    // In Denmark Maundy Thursday is off too: from Wednesday 1 April, the first working day is the 7th.
    expect(addWorkingDays('2026-04-01', 1, 'DK')).toBe('2026-04-07');
    // Received on a Saturday: the first working day is Monday.
    expect(addWorkingDays('2026-11-21', 1, 'SE')).toBe('2026-11-23');
    expect(addWorkingDays('2026-12-21', 6, 'SE')).toBe('2027-01-04'); // 22, 23, 28, 29, 30, then 4 January (24–26, 31, 1 closed)
    expect(addWorkingDays('2026-11-23', 0, 'SE')).toBe('2026-11-23');
  });

  it('counts from the local day the case came in', () => {
    // 23:30 UTC on Sunday 22 November is already Monday in Stockholm.
    const at = new Date('2026-11-22T23:30:00Z');
    expect(localDate(at, 'Europe/Stockholm')).toBe('2026-11-23');
    expect(dueDate(at, 5, 'SE')).toBe('2026-11-30');
    expect(dueDate(new Date('2026-11-22T12:00:00Z'), 5, 'SE')).toBe('2026-11-27');
  });

  it('adds whole years for retention', () => {
    expect(addYears('2026-11-23', 2)).toBe('2028-11-23');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
  });
});
