// Every kind of scheduled work the product has, for the server's scheduler.
import { callReminderJob } from '../calls/reminders.ts';
import type { JobKind } from './scheduler.ts';

export interface JobDeps {
  /** Where links in mail point: PUBLIC_URL, else the server's own address. */
  baseUrl: string;
  /** Nudges the mail sender after work queued mail. */
  wakeMail?: () => void;
}

export function productJobs(deps: JobDeps): JobKind[] {
  return [callReminderJob({ baseUrl: deps.baseUrl, wake: deps.wakeMail })];
}
