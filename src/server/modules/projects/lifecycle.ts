// A project's lifecycle: its statuses, the moves allowed between them, which ones can be reopened
// as a new idea, and what each status means for the register's partnership relations. Pure data
// and functions, so the allowed moves the page offers are the ones the server accepts.
import type { Locale } from '../../db/types.ts';

export const PROJECT_STATUSES = ['idea', 'in_preparation', 'submitted', 'approved', 'rejected', 'withdrawn', 'contracted', 'running', 'final_report', 'closed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const OUR_ROLES = ['lead_partner', 'partner', 'associated_partner'] as const;
export type OurRole = (typeof OUR_ROLES)[number];

export const PARTNER_ROLES = ['lead', 'partner', 'associated'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

/**
 * Where a project may go from each status. Going back from "in preparation" to "idea" shelves an
 * application; rejected, withdrawn and closed are ends (the first two can be reopened as a new idea).
 */
export const MOVES: Record<ProjectStatus, readonly ProjectStatus[]> = {
  idea: ['in_preparation', 'withdrawn'],
  in_preparation: ['submitted', 'withdrawn', 'idea'],
  submitted: ['approved', 'rejected', 'withdrawn'],
  approved: ['contracted', 'withdrawn'],
  rejected: [],
  withdrawn: [],
  contracted: ['running'],
  running: ['final_report'],
  final_report: ['closed'],
  closed: [],
};

export function allowedMoves(from: ProjectStatus): ProjectStatus[] {
  return [...MOVES[from]];
}

export function canMove(from: ProjectStatus, to: ProjectStatus): boolean {
  return MOVES[from].includes(to);
}

export function canReopen(status: ProjectStatus): boolean {
  return status === 'rejected' || status === 'withdrawn';
}

/** The status a partner's "EU project partnership" relation has while the project is in `status`. */
export function relationStatusFor(status: ProjectStatus): 'proposed' | 'active' | 'ended' {
  switch (status) {
    case 'idea':
    case 'in_preparation':
    case 'submitted':
      return 'proposed';
    case 'approved':
    case 'contracted':
    case 'running':
    case 'final_report':
      return 'active';
    case 'closed':
    case 'rejected':
    case 'withdrawn':
      return 'ended';
  }
}

/** Groups for the start page: funded work under way, and applications still being prepared. */
export const RUNNING_STATUSES: readonly ProjectStatus[] = ['approved', 'contracted', 'running', 'final_report'];
export const PREPARATION_STATUSES: readonly ProjectStatus[] = ['idea', 'in_preparation', 'submitted'];

export const STATUS_LABELS: Record<ProjectStatus, Record<Locale, string>> = {
  idea: { sv: 'Idé', da: 'Idé', en: 'Idea' },
  in_preparation: { sv: 'Under förberedelse', da: 'Under forberedelse', en: 'In preparation' },
  submitted: { sv: 'Ansökan inlämnad', da: 'Ansøgning indsendt', en: 'Submitted' },
  approved: { sv: 'Beviljad', da: 'Bevilget', en: 'Approved' },
  rejected: { sv: 'Avslagen', da: 'Afslået', en: 'Rejected' },
  withdrawn: { sv: 'Tillbakadragen', da: 'Trukket tilbage', en: 'Withdrawn' },
  contracted: { sv: 'Kontrakterad', da: 'Kontraheret', en: 'Contracted' },
  running: { sv: 'Pågår', da: 'I gang', en: 'Running' },
  final_report: { sv: 'Slutrapport', da: 'Slutrapport', en: 'Final report' },
  closed: { sv: 'Avslutad', da: 'Afsluttet', en: 'Closed' },
};

/** The words for a refused move, in the caller's language: where it was, where it was sent, where it may go. */
export function moveVars(from: ProjectStatus, to: ProjectStatus, locale: Locale) {
  const [open, close] = locale === 'en' ? ['“', '”'] : ['”', '”'];
  return {
    from: STATUS_LABELS[from][locale],
    to: STATUS_LABELS[to][locale],
    allowed: MOVES[from].map((s) => `${open}${STATUS_LABELS[s][locale]}${close}`).join(', '),
  };
}
