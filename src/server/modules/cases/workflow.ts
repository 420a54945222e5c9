// The case workflow: statuses, the transitions allowed between them and what each one needs.
// Pure data and functions, so the web app can show the same buttons the server accepts.
import type { Locale } from '../../db/types.ts';

export const CASE_STATUSES = ['received', 'assigned', 'in_progress', 'referred', 'answered', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_CHANNELS = ['web', 'phone', 'visit', 'email', 'chat', 'letter'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

export const CASE_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const REQUESTER_KINDS = ['company', 'newcomer', 'other'] as const;
export type RequesterKind = (typeof REQUESTER_KINDS)[number];

/**
 * Where a case may go from each status. `closed → in_progress` and `answered → in_progress` are
 * reopening (a follow-up question); `referred → in_progress` takes a case back from a partner.
 */
export const TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  received: ['assigned', 'in_progress', 'referred', 'answered', 'closed'],
  assigned: ['in_progress', 'referred', 'answered', 'closed'],
  in_progress: ['referred', 'answered', 'closed'],
  referred: ['in_progress', 'answered', 'closed'],
  answered: ['in_progress', 'closed'],
  closed: ['in_progress'],
};

export function canMove(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Open cases count towards deadlines; answered and closed ones do not. */
export function isOpen(status: CaseStatus): boolean {
  return status !== 'answered' && status !== 'closed';
}

export function isReopening(from: CaseStatus, to: CaseStatus): boolean {
  return to === 'in_progress' && (from === 'closed' || from === 'answered');
}

export const STATUS_LABELS: Record<CaseStatus, Record<Locale, string>> = {
  received: { sv: 'Inkommet', da: 'Modtaget', en: 'Received' },
  assigned: { sv: 'Fördelat', da: 'Fordelt', en: 'Assigned' },
  in_progress: { sv: 'Pågår', da: 'Under behandling', en: 'In progress' },
  referred: { sv: 'Hänvisat', da: 'Henvist', en: 'Referred' },
  answered: { sv: 'Besvarat', da: 'Besvaret', en: 'Answered' },
  closed: { sv: 'Avslutat', da: 'Afsluttet', en: 'Closed' },
};

/** The message variables for a refused transition, in the caller's language. */
export function transitionVars(from: CaseStatus, locale: Locale) {
  const allowed = TRANSITIONS[from].map((s) => `”${STATUS_LABELS[s][locale]}”`).join(', ');
  return { from: STATUS_LABELS[from][locale], allowed };
}

/** Registration numbers as people write them: `KS 2026/0042` (four digits, more past 9999). */
export function formatReference(register: string, year: number, number: number): string {
  return `${register} ${year}/${String(number).padStart(4, '0')}`;
}
