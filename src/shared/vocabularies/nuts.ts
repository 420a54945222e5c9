// NUTS 2021 regions (Eurostat), the geography of Interreg eligibility and keep.eu maps.
import data from './nuts2021.json' with { type: 'json' };
import type { NutsRegion } from './types.ts';

export const nutsRegions = data as readonly NutsRegion[];

const byCode = new Map(nutsRegions.map((r) => [r.code, r]));

export function nutsByCode(code: string): NutsRegion | undefined {
  return byCode.get(code.trim().toUpperCase());
}

export function nutsChildren(code: string): NutsRegion[] {
  return nutsRegions.filter((r) => r.parent === code);
}

/** The region and its ancestors, from the country down. */
export function nutsPath(code: string): NutsRegion[] {
  const path: NutsRegion[] = [];
  for (let r = nutsByCode(code); r; r = r.parent ? byCode.get(r.parent) : undefined) path.unshift(r);
  return path;
}

// NUTS uses EL for Greece and UK for the United Kingdom where ISO 3166 has GR and GB.
const NUTS_TO_ISO: Record<string, string> = { EL: 'GR', UK: 'GB' };
const ISO_TO_NUTS: Record<string, string> = { GR: 'EL', GB: 'UK' };

export function nutsCountryToIso(country: string): string {
  return NUTS_TO_ISO[country] ?? country;
}

/** NUTS regions of one country, given its ISO code, optionally at one level. */
export function nutsRegionsOfCountry(isoCountry: string, level?: NutsRegion['level']): NutsRegion[] {
  const country = ISO_TO_NUTS[isoCountry] ?? isoCountry;
  return nutsRegions.filter((r) => r.country === country && (level === undefined || r.level === level));
}
