// A call's fields as the form holds them (text) and the body sent. Pure, unit-tested. The amount
// is turned into minor units here; one that cannot be read is reported at its field.
import { amountText, parseAmount } from './money.ts';
import type { Call, CallBody } from './types.ts';

export interface CallDraft {
  programmeId: string;
  identifier: string;
  title: string;
  opensOn: string;
  timeZone: string;
  deadline: string;
  twoStage: boolean;
  stage2Deadline: string;
  policyObjectives: string[];
  budget: string;
  currency: string;
  url: string;
  notes: string;
}

export const TIME_ZONES = ['Europe/Brussels', 'Europe/Stockholm', 'Europe/Copenhagen', 'Europe/Warsaw', 'Europe/Oslo', 'Europe/Helsinki', 'Europe/Tallinn', 'Europe/Riga', 'Europe/Vilnius', 'Europe/Berlin', 'Europe/London', 'UTC'] as const;

export const emptyCallDraft = (programmeId = ''): CallDraft => ({
  programmeId,
  identifier: '',
  title: '',
  opensOn: '',
  timeZone: 'Europe/Brussels',
  deadline: '',
  twoStage: false,
  stage2Deadline: '',
  policyObjectives: [],
  budget: '',
  currency: 'EUR',
  url: '',
  notes: '',
});

export function callDraft(c: Call, lng?: string): CallDraft {
  return {
    programmeId: c.programme.id,
    identifier: c.identifier ?? '',
    title: c.title,
    opensOn: c.opensOn ?? '',
    timeZone: c.timeZone,
    deadline: c.deadline.local,
    twoStage: c.twoStage,
    stage2Deadline: c.stage2Deadline?.local ?? '',
    policyObjectives: [...c.policyObjectives],
    budget: c.budget ? amountText(c.budget, lng) : '',
    currency: c.budget?.currency ?? 'EUR',
    url: c.url ?? '',
    notes: c.notes,
  };
}

export type CallBodyResult = { ok: true; body: CallBody } | { ok: false; field: 'budget'; reason: 'format' | 'decimals' | 'too_large' };

export function callBody(d: CallDraft): CallBodyResult {
  const orNull = (s: string) => (s.trim() ? s.trim() : null);
  const currency = d.currency.trim().toUpperCase() || 'EUR';
  let budget: CallBody['budget'] = null;
  if (d.budget.trim()) {
    const parsed = parseAmount(d.budget, currency);
    if (!parsed.ok) return { ok: false, field: 'budget', reason: parsed.reason };
    budget = { amountMinor: parsed.minor, currency };
  }
  return {
    ok: true,
    body: {
      programmeId: d.programmeId || undefined,
      identifier: orNull(d.identifier),
      title: d.title.trim(),
      opensOn: orNull(d.opensOn),
      timeZone: d.timeZone,
      deadline: d.deadline || undefined,
      stage2Deadline: d.twoStage ? orNull(d.stage2Deadline) : null,
      policyObjectives: d.policyObjectives,
      budget,
      url: orNull(d.url),
      notes: d.notes,
    },
  };
}

export const CALL_TARGETS: Record<string, string> = {
  programmeId: 'call-programme',
  identifier: 'call-identifier',
  title: 'call-title',
  opensOn: 'call-opens',
  timeZone: 'call-zone',
  deadline: 'call-deadline',
  stage2Deadline: 'call-stage2',
  policyObjectives: 'call-po',
  budget: 'call-budget',
  'budget.amountMinor': 'call-budget',
  'budget.currency': 'call-currency',
  url: 'call-url',
  notes: 'call-notes',
};

/** Whole days from now until an instant, rounded down; negative once it has passed. */
export function daysUntil(iso: string, now = new Date()): number {
  return Math.floor((Date.parse(iso) - now.getTime()) / 86_400_000);
}
