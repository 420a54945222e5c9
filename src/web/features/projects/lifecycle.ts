// The portfolio's lifecycle as the pages show it: the order of the status tabs, which words a
// move has, which statuses can be reopened as a new idea, and the area a programme covers as
// partner search criteria. The server decides which moves are allowed (allowedMoves); these
// are the words and groupings around them. Pure functions, unit-tested.
import type { ProjectStatus } from './types.ts';

/** Where a status stands: still being worked on, funded and under way, or at an end. */
export type Phase = 'preparation' | 'funded' | 'ended';

export function phaseOf(status: ProjectStatus): Phase {
  switch (status) {
    case 'idea':
    case 'in_preparation':
    case 'submitted':
      return 'preparation';
    case 'approved':
    case 'contracted':
    case 'running':
    case 'final_report':
      return 'funded';
    default:
      return 'ended';
  }
}

/** The statuses of a phase, in lifecycle order (the start page's figures link to them). */
export const statusesIn = (phase: Phase, all: readonly ProjectStatus[]) => all.filter((s) => phaseOf(s) === phase);

/** Statuses a project can be reopened from: it got no funding, or was given up before. */
export const canReopen = (status: ProjectStatus) => status === 'rejected' || status === 'withdrawn';

/**
 * The words of a move: going back from preparation to idea is "back to idea"; every other move
 * is named after where it goes.
 */
export function moveKey(from: ProjectStatus, to: ProjectStatus): string {
  if (to === 'idea' && from === 'in_preparation') return 'backToIdea';
  return to;
}

/** Moves that end the project's chances (shown as secondary, not as the way forward). */
export const isSideMove = (to: ProjectStatus) => to === 'withdrawn' || to === 'rejected' || to === 'idea';

/** Greece is "EL" in NUTS and "GR" in ISO 3166. */
export const nutsCountry = (code: string) => (code.slice(0, 2) === 'EL' ? 'GR' : code.slice(0, 2));

/**
 * A programme's eligible area as partner search criteria. Whole countries ("SE", "DK") are
 * countries; an area of regions is searched by its NUTS codes alone, since the search requires
 * both a country and a region to match when both are given.
 */
export function areaCriteria(eligibleNuts: readonly string[], max = 60): { countries: string[]; nuts: string[] } {
  const codes = [...new Set(eligibleNuts.map((c) => c.trim().toUpperCase()).filter((c) => /^[A-Z]{2}[0-9A-Z]{0,3}$/.test(c)))];
  if (!codes.length) return { countries: [], nuts: [] };
  if (codes.every((c) => c.length === 2)) return { countries: [...new Set(codes.map(nutsCountry))].slice(0, max), nuts: [] };
  return { countries: [], nuts: codes.slice(0, max) };
}

/** The eligible area by country: [["SE", ["SE224", "SE231"]], ["DK", ["DK01"]]], in the order given. */
export function areaByCountry(eligibleNuts: readonly string[]): [country: string, codes: string[]][] {
  const groups = new Map<string, string[]>();
  for (const code of eligibleNuts) {
    const country = nutsCountry(code);
    const list = groups.get(country) ?? [];
    if (code.length > 2) list.push(code);
    groups.set(country, list);
  }
  return [...groups.entries()];
}
