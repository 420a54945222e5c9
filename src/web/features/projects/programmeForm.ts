// A programme's fields as the form holds them (text) and the body sent. Pure, unit-tested.
import type { Fund, Programme, ProgrammeBody } from './types.ts';

export interface ProgrammeDraft {
  name: string;
  fund: Fund;
  periodStart: string;
  periodEnd: string;
  cci: string;
  managingAuthority: string;
  eligibleNuts: string[];
  maxCofinancingRate: string;
  currency: string;
  url: string;
}

export const emptyProgrammeDraft = (year: number): ProgrammeDraft => ({
  name: '',
  fund: 'regional',
  periodStart: String(year),
  periodEnd: String(year + 2),
  cci: '',
  managingAuthority: '',
  eligibleNuts: [],
  maxCofinancingRate: '',
  currency: 'EUR',
  url: '',
});

export function programmeDraft(p: Programme): ProgrammeDraft {
  return {
    name: p.name,
    fund: p.fund,
    periodStart: String(p.periodStart),
    periodEnd: String(p.periodEnd),
    cci: p.cci ?? '',
    managingAuthority: p.managingAuthority ?? '',
    eligibleNuts: [...p.eligibleNuts],
    maxCofinancingRate: p.maxCofinancingRate === null ? '' : String(p.maxCofinancingRate),
    currency: p.currency,
    url: p.url ?? '',
  };
}

/** A number as typed, with a decimal comma as Swedes and Danes write it; NaN stays for the server to name. */
export function parseNumber(text: string): number | null {
  const s = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!s) return null;
  return Number(s);
}

export function programmeBody(d: ProgrammeDraft): ProgrammeBody {
  const orNull = (s: string) => (s.trim() ? s.trim() : null);
  return {
    name: d.name.trim(),
    fund: d.fund,
    periodStart: parseNumber(d.periodStart) ?? 0,
    periodEnd: parseNumber(d.periodEnd) ?? 0,
    cci: orNull(d.cci),
    managingAuthority: orNull(d.managingAuthority),
    eligibleNuts: d.eligibleNuts,
    maxCofinancingRate: parseNumber(d.maxCofinancingRate),
    currency: d.currency.trim().toUpperCase() || 'EUR',
    url: orNull(d.url),
  };
}

export const PROGRAMME_TARGETS: Record<string, string> = {
  name: 'prog-name',
  fund: 'prog-fund',
  periodStart: 'prog-start',
  periodEnd: 'prog-end',
  cci: 'prog-cci',
  managingAuthority: 'prog-authority',
  eligibleNuts: 'prog-nuts',
  maxCofinancingRate: 'prog-rate',
  currency: 'prog-currency',
  url: 'prog-url',
};
