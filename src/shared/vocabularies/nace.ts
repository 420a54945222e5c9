// NACE Rev. 2.1 classes (Eurostat, in force for statistics from 2025): the sector of a company.
import data from './nace-rev2.1.json' with { type: 'json' };
import type { NaceClass, NaceSection } from './types.ts';

export const naceClasses = data as readonly NaceClass[];

const byCode = new Map(naceClasses.map((c) => [c.code, c]));

/** Accepts `23.61` or `2361`. */
export function naceByCode(code: string): NaceClass | undefined {
  const compact = code.trim().replace('.', '');
  return /^\d{4}$/.test(compact) ? byCode.get(`${compact.slice(0, 2)}.${compact.slice(2)}`) : undefined;
}

export function naceClassesInSection(section: NaceSection): NaceClass[] {
  return naceClasses.filter((c) => c.section === section);
}
