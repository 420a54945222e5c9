// Several rows that are one organisation become one body: the first row's value of each field,
// filled in from later rows where it is empty; lists (names in other languages, identifiers,
// themes, SDGs, tags) are joined. A later row's value that differs from the kept one is reported,
// never silently dropped. `fillIn` does the same against an organisation the register has: the
// fields it lacks, and list items it does not have yet.
import { foldWords } from '../../../shared/text.ts';
import type { OrganisationInput } from '../organisations/schema.ts';

const SCALARS = ['kind', 'country', 'city', 'lat', 'lon', 'nutsCode', 'naceCode', 'website', 'description'] as const;
type Scalar = (typeof SCALARS)[number];

export interface Difference {
  field: string;
  value: string;
  kept: string;
}

const empty = (v: unknown) => v === null || v === undefined || v === '';
const union = <T>(...lists: T[][]) => [...new Set(lists.flat())];

/** The first input with the others' values where it has none; `differences` per later input. */
export function combineInputs(rows: { input: OrganisationInput; defaulted?: string[] }[]): { input: OrganisationInput; differences: Difference[][] } {
  const [head, ...rest] = rows;
  if (!head) throw new Error('combineInputs needs one input');
  const first = head.input;
  const out: OrganisationInput = { ...first, names: { ...first.names }, identifiers: [...first.identifiers] };
  // The kind and country of a row without them are the import's defaults, not the file's word.
  const open = new Set<string>(head.defaulted ?? []);
  const differences: Difference[][] = [[]];
  for (const { input: next, defaulted = [] } of rest) {
    const diff: Difference[] = [];
    for (const f of SCALARS) {
      const v = next[f];
      if (empty(v) || defaulted.includes(f)) continue;
      if (empty(out[f]) || open.has(f)) {
        (out as Record<Scalar, unknown>)[f] = v;
        open.delete(f);
      } else if (String(out[f]) !== String(v)) diff.push({ field: f, value: String(v), kept: String(out[f]) });
    }
    // The same name in other case or punctuation is the same name (that is how the rows were joined).
    if (foldWords(next.name) !== foldWords(out.name)) diff.push({ field: 'name', value: next.name, kept: out.name });
    for (const [lang, n] of Object.entries(next.names)) if (!out.names[lang]) out.names[lang] = n;
    for (const id of next.identifiers) if (!out.identifiers.some((i) => i.scheme === id.scheme)) out.identifiers.push(id);
    out.themes = union(out.themes, next.themes);
    out.sdgs = union(out.sdgs, next.sdgs);
    out.tags = union(out.tags, next.tags);
    out.isLocal = out.isLocal || next.isLocal;
    differences.push(diff);
  }
  return { input: out, differences };
}

/** The register's organisation as the fields fillIn compares. */
export interface Existing {
  version: number;
  names: Record<string, string>;
  city: string | null;
  lat: number | null;
  lon: number | null;
  nutsCode: string | null;
  naceCode: string | null;
  website: string | null;
  description: string;
  identifiers: { scheme: string; value: string }[];
  themes: string[];
  sdgs: number[];
  tags: string[];
  isLocal: boolean;
}

/**
 * What an organisation of the register lacks that the file gives: an update body, or null when it
 * has it all. Identifiers of schemes it has already are not changed; `taken` are identifiers some
 * other organisation holds (left out: the register keeps each number on one organisation).
 */
export function fillIn(existing: Existing, input: OrganisationInput, taken: Set<string>) {
  const patch: Partial<OrganisationInput> = {};
  for (const f of ['city', 'nutsCode', 'naceCode', 'website', 'description'] as const) if (empty(existing[f]) && !empty(input[f])) patch[f] = input[f] as never;
  if (existing.lat === null && existing.lon === null && !empty(input.lat) && !empty(input.lon)) Object.assign(patch, { lat: input.lat, lon: input.lon });
  const names = { ...input.names, ...existing.names };
  if (Object.keys(names).length > Object.keys(existing.names).length) patch.names = names;
  const ids = input.identifiers.filter((i) => !existing.identifiers.some((e) => e.scheme === i.scheme) && !taken.has(`${i.scheme}:${i.value}`));
  if (ids.length) patch.identifiers = [...existing.identifiers, ...ids] as OrganisationInput['identifiers'];
  for (const f of ['themes', 'tags'] as const) {
    const more = input[f].filter((x) => !existing[f].includes(x));
    if (more.length) patch[f] = [...existing[f], ...more];
  }
  const sdgs = input.sdgs.filter((x) => !existing.sdgs.includes(x));
  if (sdgs.length) patch.sdgs = [...existing.sdgs, ...sdgs];
  if (input.isLocal && !existing.isLocal) patch.isLocal = true;
  return Object.keys(patch).length ? { ...patch, version: existing.version } : null;
}
