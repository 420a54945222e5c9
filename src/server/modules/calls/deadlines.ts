// Deadlines as programmes publish them — a wall-clock time in a time zone, e.g. 17:00 Brussels
// time — turned into instants, the status a call has at a moment, and which reminders are due.
// Wall times are converted with Temporal (temporal-polyfill), which knows each zone's rules.
import { Temporal } from 'temporal-polyfill';

export type CallStatus = 'forthcoming' | 'open' | 'closed';
export const CALL_STATUSES: readonly CallStatus[] = ['forthcoming', 'open', 'closed'];

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** Whether a zone is one the runtime knows (IANA names such as Europe/Brussels). */
export function isTimeZone(zone: string): boolean {
  try {
    Temporal.Now.zonedDateTimeISO(zone);
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

export type LocalProblem = 'format' | 'skipped';

/**
 * The instant of a wall time `YYYY-MM-DDTHH:mm` in `zone`. A time the clocks skip (the hour of
 * the change to summer time) does not exist there and is refused; a time that happens twice (the
 * change back) is the first of the two, as in RFC 5545.
 */
export function instantOf(local: string, zone: string): { at: Date } | { problem: LocalProblem } {
  if (!LOCAL.test(local)) return { problem: 'format' };
  let plain: Temporal.PlainDateTime;
  try {
    plain = Temporal.PlainDateTime.from(local, { overflow: 'reject' });
  } catch {
    return { problem: 'format' };
  }
  const zoned = plain.toZonedDateTime(zone, { disambiguation: 'earlier' });
  if (!zoned.toPlainDateTime().equals(plain)) return { problem: 'skipped' };
  return { at: new Date(zoned.epochMilliseconds) };
}

/** `YYYY-MM-DDTHH:mm` of an instant in a zone. */
export function wallTimeOf(at: Date, zone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(zone).toPlainDateTime().toString({ smallestUnit: 'minute' });
}

export interface CallDates {
  opensOn: string | null;
  timeZone: string;
  deadlineAt: Date;
  stage2DeadlineAt: Date | null;
}

/**
 * Forthcoming before its opening day (in the call's zone), open until the (first-stage)
 * deadline, closed from then on: a two-stage call takes no new applications after stage one.
 */
export function callStatus(c: CallDates, now: Date): CallStatus {
  if (c.opensOn && wallTimeOf(now, c.timeZone).slice(0, 10) < c.opensOn) return 'forthcoming';
  return now < c.deadlineAt ? 'open' : 'closed';
}

/** The next deadline still ahead, with its stage; none when all have passed. */
export function nextDeadline(c: CallDates, now: Date): { stage: 1 | 2; at: Date } | null {
  if (now < c.deadlineAt) return { stage: 1, at: c.deadlineAt };
  if (c.stage2DeadlineAt && now < c.stage2DeadlineAt) return { stage: 2, at: c.stage2DeadlineAt };
  return null;
}

const DAY_MS = 86_400_000;

/**
 * The reminder due now for one follower and one deadline: the one with the fewest days before it
 * whose moment has come, if the deadline is still ahead and the person followed the call before
 * that moment (who follows five days before gets the three-day reminder, not a late fourteen-day
 * one). Null when none is due; the caller skips one already sent.
 */
export function dueReminder(deadlineAt: Date, days: readonly number[], followedAt: Date, now: Date): number | null {
  if (now >= deadlineAt) return null;
  let due: number | null = null;
  for (const d of days) {
    const moment = deadlineAt.getTime() - d * DAY_MS;
    if (moment <= now.getTime() && followedAt.getTime() <= moment && (due === null || d < due)) due = d;
  }
  return due;
}

/** Whole days left until a deadline, rounded down (0 on its last day). */
export const daysLeft = (deadlineAt: Date, now: Date) => Math.max(0, Math.floor((deadlineAt.getTime() - now.getTime()) / DAY_MS));
