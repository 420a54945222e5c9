// Deadlines in working days. A case's due date is the Nth working day after the day it was
// received (in the workspace's time zone): Saturdays, Sundays and the country's public holidays on
// which municipal offices are closed do not count. Countries without a table count weekdays.

const TIME_ZONES: Record<string, string> = {
  SE: 'Europe/Stockholm',
  DK: 'Europe/Copenhagen',
  NO: 'Europe/Oslo',
  FI: 'Europe/Helsinki',
  PL: 'Europe/Warsaw',
  EE: 'Europe/Tallinn',
  DE: 'Europe/Berlin',
};

export function timeZoneOf(country: string): string {
  return TIME_ZONES[country] ?? 'UTC';
}

const ymd = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(at: Date, timeZone: string): string {
  let f = ymd.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    ymd.set(timeZone, f);
  }
  return f.format(at);
}

const DAY = 86_400_000;
const toUtc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Easter Sunday of a year (anonymous Gregorian algorithm), as UTC midnight in milliseconds. */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

/** The Friday between 19 and 25 June (Swedish and Finnish midsummer eve). */
function midsummerEve(year: number): number {
  for (let d = 19; d <= 25; d++) {
    const ms = Date.UTC(year, 5, d);
    if (new Date(ms).getUTCDay() === 5) return ms;
  }
  throw new Error('unreachable');
}

interface HolidayRule {
  fixed: string[];
  /** Days relative to Easter Sunday. */
  easter: number[];
  midsummerEve?: boolean;
  extra?: (year: number) => string[];
}

const RULES: Record<string, HolidayRule> = {
  // Helgdagar plus the eves on which municipal offices close (julafton, nyårsafton, midsommarafton).
  SE: { fixed: ['01-01', '01-06', '05-01', '06-06', '12-24', '12-25', '12-26', '12-31'], easter: [-2, 1, 39], midsummerEve: true },
  // Helligdage plus grundlovsdag, juleaftensdag and nytårsaftensdag; store bededag until 2023.
  DK: { fixed: ['01-01', '06-05', '12-24', '12-25', '12-26', '12-31'], easter: [-3, -2, 1, 39, 50], extra: (y) => (y <= 2023 ? [toIso(easterSunday(y) + 26 * DAY)] : []) },
  NO: { fixed: ['01-01', '05-01', '05-17', '12-25', '12-26'], easter: [-3, -2, 1, 39, 50] },
  FI: { fixed: ['01-01', '01-06', '05-01', '12-06', '12-24', '12-25', '12-26'], easter: [-2, 1, 39], midsummerEve: true },
  PL: { fixed: ['01-01', '01-06', '05-01', '05-03', '08-15', '11-01', '11-11', '12-25', '12-26'], easter: [1, 60], extra: (y) => (y >= 2025 ? [`${y}-12-24`] : []) },
};

const cache = new Map<string, Set<string>>();

/** Public holidays (YYYY-MM-DD) of a country in a year; empty for countries without a table. */
export function holidays(country: string, year: number): Set<string> {
  const key = `${country}:${year}`;
  let set = cache.get(key);
  if (set) return set;
  set = new Set();
  const rule = RULES[country];
  if (rule) {
    for (const f of rule.fixed) set.add(`${year}-${f}`);
    const easter = easterSunday(year);
    for (const offset of rule.easter) set.add(toIso(easter + offset * DAY));
    if (rule.midsummerEve) set.add(toIso(midsummerEve(year)));
    for (const d of rule.extra?.(year) ?? []) set.add(d);
  }
  cache.set(key, set);
  return set;
}

export function isWorkingDay(iso: string, country: string): boolean {
  const ms = toUtc(iso);
  const weekday = new Date(ms).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !holidays(country, Number(iso.slice(0, 4))).has(iso);
}

/** The Nth working day after `iso` (a date); `n` = 0 gives the date itself. */
export function addWorkingDays(iso: string, n: number, country: string): string {
  let ms = toUtc(iso);
  let left = n;
  while (left > 0) {
    ms += DAY;
    if (isWorkingDay(toIso(ms), country)) left--;
  }
  return toIso(ms);
}

/** When a case received at `receivedAt` must be answered, given its category's response days. */
export function dueDate(receivedAt: Date, responseDays: number, country: string): string {
  return addWorkingDays(localDate(receivedAt, timeZoneOf(country)), responseDays, country);
}

/** `iso` plus whole years, for retention (29 February becomes 28 February). */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) return toIso(Date.UTC(y + years, m - 1, d - 1));
  return toIso(target.getTime());
}
