// Dates in the workspace's time zone whatever the browser's: an instant near midnight UTC is the
// next day in Stockholm, a calendar day never moves, and the zone is named only when the reader's
// clocks show another time.
import { afterEach, describe, expect, it } from 'vitest';
import { dayIn, formatBytes, formatDate, formatDateTime, formatDay, inSentence, setDisplayTimeZone, timeZoneName, zoneDiffers } from './format.ts';

// 23:26 UTC on 6 December is 00:26 on 7 December in Stockholm and 18:26 on 6 December in New York.
const LATE = '2026-12-06T23:26:00Z';

afterEach(() => setDisplayTimeZone(null));

describe('dates in the workspace’s time zone', () => {
  it('shows a UTC instant near midnight on the workspace’s date, in each language', () => {
    expect(formatDate(LATE, 'sv', 'Europe/Stockholm')).toBe('7 dec. 2026');
    expect(formatDate(LATE, 'da', 'Europe/Copenhagen')).toBe('7. dec. 2026');
    expect(formatDate(LATE, 'en', 'Europe/Stockholm')).toBe('7 Dec 2026');
    expect(formatDate(LATE, 'en', 'America/New_York')).toBe('6 Dec 2026');
    expect(dayIn(new Date(LATE), 'Europe/Stockholm')).toBe('2026-12-07');
  });

  it('uses the zone the workspace set when a caller names none', () => {
    setDisplayTimeZone('Europe/Stockholm');
    expect(formatDate(LATE, 'sv')).toBe('7 dec. 2026');
    setDisplayTimeZone('America/New_York');
    expect(formatDate(LATE, 'sv')).toBe('6 dec. 2026');
  });

  it('shows the time in the zone, naming the zone only for a reader whose clocks differ', () => {
    expect(formatDateTime(LATE, 'sv', 'Europe/Stockholm', 'Europe/Stockholm')).toBe('7 dec. 2026 00:26');
    // Oslo keeps Stockholm's clocks: nothing to misread.
    expect(formatDateTime(LATE, 'da', 'Europe/Copenhagen', 'Europe/Oslo')).toBe('7. dec. 2026, 00.26');
    expect(formatDateTime(LATE, 'en', 'Europe/Stockholm', 'America/New_York')).toMatch(/^7 Dec 2026, 00:26 (CET|GMT\+1)$/);
    expect(zoneDiffers(new Date(LATE), 'Europe/Stockholm', 'Europe/Helsinki')).toBe(true);
    expect(zoneDiffers(new Date(LATE), 'Europe/Stockholm', 'Europe/Berlin')).toBe(false);
  });

  it('follows summer time: the same zone, an hour further from UTC in July', () => {
    expect(formatDateTime('2026-07-01T22:30:00Z', 'sv', 'Europe/Stockholm', 'Europe/Stockholm')).toBe('2 juli 2026 00:30');
  });

  it('never moves a calendar day, whatever the zone', () => {
    expect(formatDay('2026-12-07', 'sv')).toBe('7 dec. 2026');
    expect(formatDate('2026-12-07', 'en', 'America/Los_Angeles')).toBe('7 Dec 2026');
    expect(formatDate('2026-12-07', 'en', 'Pacific/Kiritimati')).toBe('7 Dec 2026');
  });

  it('names the zone in words with its identifier', () => {
    expect(timeZoneName('Europe/Stockholm', 'en', new Date(LATE))).toBe('Central European Time (Europe/Stockholm)');
  });
});

describe('file sizes', () => {
  it('writes limits and sizes in kB or MB in the interface language', () => {
    expect(formatBytes(20 * 1024 * 1024, 'sv')).toBe('20 MB');
    expect(formatBytes(10 * 1024 * 1024, 'en')).toBe('10 MB');
    expect(formatBytes(1.45 * 1024 * 1024, 'da')).toBe('1,5 MB');
    // Just over the limit reads as more than the limit.
    expect(formatBytes(10 * 1024 * 1024 + 1, 'sv')).toBe('11 MB');
    expect(formatBytes(2048, 'en')).toBe('2 kB');
  });
});

describe('inSentence', () => {
  it('lower-cases the first letter of a word, not an acronym', () => {
    expect(inSentence('Vänort', 'sv')).toBe('vänort');
    expect(inSentence('Avsiktsförklaring', 'sv')).toBe('avsiktsförklaring');
    expect(inSentence('EU-projektpartnerskap', 'sv')).toBe('EU-projektpartnerskap');
    expect(inSentence('Export agreement', 'en')).toBe('export agreement');
    expect(inSentence('Leadpartner', 'da')).toBe('leadpartner');
    expect(inSentence('Ä', 'sv')).toBe('ä');
    expect(inSentence('', 'sv')).toBe('');
  });
});
