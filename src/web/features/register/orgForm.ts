// The organisation form's state, as pure functions: from a stored organisation to the form, from
// the form to the API body, and the checks the browser can make at once (identifier check digits
// with the same code as the server, coordinates, required fields).
import { validateIdentifier } from '../../../shared/identifiers/index.ts';
import type { IdentifierSchemeCode, Organisation, OrganisationBody, OrgKind } from './types.ts';

export interface NameRow {
  key: number;
  lang: string;
  name: string;
}

export interface IdentifierRow {
  key: number;
  scheme: IdentifierSchemeCode;
  value: string;
  /** Checked once the person has left the field (or tried to save). */
  touched: boolean;
}

export interface OrgDraft {
  name: string;
  names: NameRow[];
  kind: OrgKind;
  country: string;
  city: string;
  lat: string;
  lon: string;
  nutsCode: string;
  naceCode: string;
  identifiers: IdentifierRow[];
  themes: string[];
  sdgs: number[];
  website: string;
  description: string;
  tags: string;
  responsibleUserId: string;
  isLocal: boolean;
  isOwn: boolean;
}

let nextKey = 1;
export const rowKey = () => nextKey++;

/** The identifier scheme people in a country most likely have. */
export function defaultScheme(country: string): IdentifierSchemeCode {
  switch (country) {
    case 'DK':
      return 'dk_cvr';
    case 'PL':
      return 'pl_nip';
    case 'NO':
      return 'no_orgnr';
    case 'FI':
      return 'fi_ytunnus';
    case 'SE':
      return 'se_orgnr';
    default:
      return 'eu_vat';
  }
}

export function emptyDraft(country = ''): OrgDraft {
  return {
    name: '',
    names: [],
    kind: 'company',
    country,
    city: '',
    lat: '',
    lon: '',
    nutsCode: '',
    naceCode: '',
    identifiers: [],
    themes: [],
    sdgs: [],
    website: '',
    description: '',
    tags: '',
    responsibleUserId: '',
    isLocal: false,
    isOwn: false,
  };
}

const coord = (n: number | null, lng: string) => (n === null ? '' : lng === 'en' ? String(n) : String(n).replace('.', ','));

export function draftFromOrganisation(org: Organisation, lng = 'en'): OrgDraft {
  return {
    name: org.name,
    names: Object.entries(org.names).map(([lang, name]) => ({ key: rowKey(), lang, name })),
    kind: org.kind,
    country: org.country,
    city: org.city ?? '',
    lat: coord(org.lat, lng),
    lon: coord(org.lon, lng),
    nutsCode: org.nutsCode ?? '',
    naceCode: org.naceCode ?? '',
    identifiers: org.identifiers.map((i) => ({ key: rowKey(), scheme: i.scheme, value: i.display, touched: false })),
    themes: [...org.themes],
    sdgs: [...org.sdgs],
    website: org.website ?? '',
    description: org.description,
    tags: org.tags.join(', '),
    responsibleUserId: org.responsibleUser?.id ?? '',
    isLocal: org.isLocal,
    isOwn: org.isOwn,
  };
}

/** "61,9" and "61.9" both mean 61.9 (a decimal comma is what Swedes and Danes type). */
export function parseNumber(s: string): number | null {
  const clean = s.trim().replace(/\s/g, '').replace(',', '.');
  if (!clean) return null;
  return /^[-+]?\d+(\.\d+)?$/.test(clean) ? Number(clean) : Number.NaN;
}

export function splitTags(s: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of s.split(',')) {
    const tag = raw.trim();
    if (tag && !seen.has(tag.toLocaleLowerCase())) {
      seen.add(tag.toLocaleLowerCase());
      out.push(tag);
    }
  }
  return out;
}

/** What the browser can tell at once, keyed like the server's field errors. */
export type DraftProblem = { field: string; key: 'required' | 'identifier_check_digit' | 'identifier_format' | 'number' | 'lat_range' | 'lon_range' | 'duplicate_language' | 'url' };

export function checkIdentifier(row: IdentifierRow): DraftProblem['key'] | null {
  if (!row.value.trim()) return 'required';
  const r = validateIdentifier(row.scheme, row.value);
  if (r.ok) return null;
  return r.reason === 'check_digit' ? 'identifier_check_digit' : 'identifier_format';
}

export function checkDraft(d: OrgDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!d.name.trim()) problems.push({ field: 'name', key: 'required' });
  if (!d.country) problems.push({ field: 'country', key: 'required' });
  const seen = new Set<string>();
  d.names.forEach((row) => {
    if (!row.name.trim()) problems.push({ field: `names.${row.lang}`, key: 'required' });
    else if (seen.has(row.lang)) problems.push({ field: `names.${row.lang}`, key: 'duplicate_language' });
    seen.add(row.lang);
  });
  const lat = parseNumber(d.lat);
  const lon = parseNumber(d.lon);
  if (lat !== null && Number.isNaN(lat)) problems.push({ field: 'lat', key: 'number' });
  else if (lat !== null && (lat < -90 || lat > 90)) problems.push({ field: 'lat', key: 'lat_range' });
  if (lon !== null && Number.isNaN(lon)) problems.push({ field: 'lon', key: 'number' });
  else if (lon !== null && (lon < -180 || lon > 180)) problems.push({ field: 'lon', key: 'lon_range' });
  d.identifiers.forEach((row, i) => {
    const key = checkIdentifier(row);
    if (key) problems.push({ field: `identifiers.${i}.value`, key });
  });
  if (d.website.trim() && !/^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(withScheme(d.website))) problems.push({ field: 'website', key: 'url' });
  return problems;
}

/** People type "ostanvik.se"; the server wants a full http(s) address. */
export function withScheme(url: string): string {
  const u = url.trim();
  return !u || /^https?:\/\//i.test(u) ? u : `https://${u}`;
}

export function bodyFromDraft(d: OrgDraft): OrganisationBody {
  return {
    name: d.name.trim(),
    names: Object.fromEntries(d.names.filter((r) => r.name.trim()).map((r) => [r.lang, r.name.trim()])),
    kind: d.kind,
    country: d.country,
    city: d.city.trim() || null,
    lat: parseNumber(d.lat),
    lon: parseNumber(d.lon),
    nutsCode: d.nutsCode || null,
    naceCode: d.naceCode || null,
    identifiers: d.identifiers.map((r) => ({ scheme: r.scheme, value: r.value.trim() })),
    themes: d.themes,
    sdgs: [...d.sdgs].sort((a, b) => a - b),
    website: withScheme(d.website) || null,
    description: d.description,
    tags: splitTags(d.tags),
    responsibleUserId: d.responsibleUserId || null,
    isLocal: d.isLocal,
    isOwn: d.isOwn,
  };
}
