// Dates, times, numbers and sizes in the interface language, through Intl. Dates and times are
// shown in the workspace's time zone (where deadlines are counted and public pages date cases),
// not the browser's: otherwise the same case reads 6 Dec 23:26 on one page and 7 Dec on another.
// The workspace pages set the zone once (WorkspaceGate); public pages pass their workspace's.
import { intlLocale } from '../i18n/index.ts';

let displayZone: string | null = null;

/** The zone dates are shown in when a caller names none: the open workspace's, else the browser's. */
export function setDisplayTimeZone(zone: string | null) {
  displayZone = zone;
}

export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

export const displayTimeZone = (): string => displayZone ?? browserTimeZone();

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/** Minutes east of UTC that a zone's clocks show at an instant. */
function offsetAt(at: Date, timeZone: string): number {
  const parts = formatter('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Math.round((Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute')) - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * Whether a time in `timeZone` could be misread by this reader: their browser's clocks show
 * another hour at that instant (Oslo and Stockholm agree; New York does not).
 */
export function zoneDiffers(at: Date, timeZone: string, readerZone = browserTimeZone()): boolean {
  return offsetAt(at, timeZone) !== offsetAt(at, readerZone);
}

/**
 * An instant as date and time in the zone, e.g. "7 dec. 2026 00:26". The zone's short name is
 * added ("7 dec. 2026 00:26 CET") when the reader's browser is in a zone with other clocks.
 */
export function formatDateTime(iso: string, lng?: string, timeZone = displayTimeZone(), readerZone = browserTimeZone()): string {
  const at = new Date(iso);
  const named = zoneDiffers(at, timeZone, readerZone);
  return formatter(intlLocale(lng), {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(named ? { timeZoneName: 'short' } : {}),
  }).format(at);
}

/** A calendar day (YYYY-MM-DD, e.g. a due date) as it is written: no zone can move it. */
export function formatDay(day: string, lng?: string): string {
  return formatter(intlLocale(lng), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** The date of an instant in the zone; a bare calendar day is shown as the day it is. */
export function formatDate(iso: string, lng?: string, timeZone = displayTimeZone()): string {
  if (CALENDAR_DAY.test(iso)) return formatDay(iso, lng);
  return formatter(intlLocale(lng), { dateStyle: 'medium', timeZone }).format(new Date(iso));
}

/** The calendar day (YYYY-MM-DD) of an instant in the zone, e.g. to compare with a due date. */
export function dayIn(at: Date, timeZone = displayTimeZone()): string {
  return formatter('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The zone as people name it: "centraleuropeisk tid (Europe/Stockholm)". */
export function timeZoneName(timeZone: string, lng?: string, at = new Date()): string {
  const part = formatter(intlLocale(lng), { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  return part && part !== timeZone ? `${part} (${timeZone})` : timeZone;
}

export function formatNumber(n: number, lng?: string) {
  return new Intl.NumberFormat(intlLocale(lng)).format(n);
}

/**
 * A file size in kB or MB (1 MB = 1,048,576 bytes, as file managers count), e.g. "20 MB", "1,5 MB".
 * Rounded up, so a file just over a limit never reads as the limit itself.
 */
export function formatBytes(bytes: number, lng?: string) {
  const mb = bytes >= 1024 * 1024;
  const value = bytes / (mb ? 1024 * 1024 : 1024);
  return new Intl.NumberFormat(intlLocale(lng), {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && !Number.isInteger(value) ? 1 : 0,
    roundingMode: 'ceil',
  }).format(Math.max(value, 0.1));
}

/**
 * A label as a word inside a sentence: "Vänort" → "vänort", but an acronym at its start stays
 * ("EU-projektpartnerskap", "NUTS region").
 */
export function inSentence(label: string, lng?: string): string {
  const [first = '', second = ''] = [...label];
  if (second && second === second.toLocaleUpperCase(lng) && second !== second.toLocaleLowerCase(lng)) return label;
  return first.toLocaleLowerCase(lng) + label.slice(first.length);
}
