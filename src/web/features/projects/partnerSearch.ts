// The register's partner search opened from a project: the project (so each hit can be added to
// it in one step), its themes and its programme's eligible area travel in the address. Pure
// functions, unit-tested; the partner search page reads them with parsePartnerSearchParams.
import { areaCriteria } from './lifecycle.ts';

export interface PartnerSearchPrefill {
  projectId: string | null;
  themes: string[];
  countries: string[];
  nuts: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function partnerSearchParams(project: { id: string; themes: readonly string[] }, eligibleNuts: readonly string[] = []): URLSearchParams {
  const p = new URLSearchParams({ project: project.id });
  for (const th of project.themes) p.append('theme', th);
  const area = areaCriteria(eligibleNuts);
  for (const c of area.countries) p.append('country', c);
  for (const n of area.nuts) p.append('nuts', n);
  return p;
}

/** What a hand-edited address may hold; anything else is dropped. */
export function parsePartnerSearchParams(params: URLSearchParams): PartnerSearchPrefill {
  const all = (key: string, valid: RegExp, max: number) => [...new Set(params.getAll(key).map((v) => v.trim()).filter((v) => valid.test(v)))].slice(0, max);
  const project = (params.get('project') ?? '').trim();
  return {
    projectId: UUID.test(project) ? project : null,
    themes: all('theme', /^[a-z0-9][a-z0-9_-]{0,62}$/, 20),
    countries: all('country', /^[A-Z]{2}$/, 60),
    nuts: all('nuts', /^[A-Z]{2}[0-9A-Z]{0,3}$/, 60),
  };
}

export const hasPrefill = (p: PartnerSearchPrefill) => p.themes.length > 0 || p.countries.length > 0 || p.nuts.length > 0;
