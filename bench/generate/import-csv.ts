// A deterministic organisations file for the import bench, as Swedish Excel saves one: UTF-8 with a
// BOM, semicolons, CRLF, decimal commas, Swedish headers (the import maps them itself), countries
// as codes or as names, kinds as Swedish words, numbers with or without their dash. The rows come
// from the register generator (bench/generate/register.ts: names in four languages, cities with
// coordinates and NUTS 3 regions, NACE classes, themes, SDGs, identifiers with valid check digits,
// other-language names for many public bodies), so they look like the register the search bench
// searches.
//
// A few rows are wrong on purpose, one problem each, as real files are: a check digit, an unknown
// NUTS code or country, an SDG above 17, a coordinate that is not a number, no name, or a number
// given twice in the file. The import must fail exactly those rows.
import { stringify } from 'csv-stringify/sync';
import { seededRng, validateIdentifier, type RegistryScheme as IdentifierScheme } from '../../src/shared/identifiers/index.ts';
import { countryName } from '../../src/shared/vocabularies/index.ts';
import { makeOrg, type OrgRow } from './register.ts';
import * as W from './words.ts';

export const IMPORT_HEADERS = [
  'Namn', 'Andra namn', 'Typ', 'Land', 'Ort', 'Latitud', 'Longitud', 'NUTS', 'SNI',
  'Organisationsnummer', 'CVR', 'NIP', 'Organisasjonsnummer', 'Y-tunnus', 'Momsnummer',
  'Teman', 'Globala mål', 'Webbplats', 'Beskrivning', 'Taggar', 'Lokal',
] as const;

const SCHEME_COLUMN: Record<IdentifierScheme, number> = { se_orgnr: 9, dk_cvr: 10, pl_nip: 11, no_orgnr: 12, fi_ytunnus: 13, eu_vat: 14 };
const KIND_WORD: Record<string, string> = {
  company: 'Företag', association: 'Förening', municipality: 'Kommun', agency: 'Myndighet', network: 'Nätverk',
  research: 'Forskningsinstitut', other: 'Övrigt', university: 'Universitet', region: 'Region',
};

/** Every PROBLEM_EVERY-th row (from PROBLEM_OFFSET) gets one of these problems, in turn. */
const PROBLEM_EVERY = 150;
const PROBLEM_OFFSET = 77;
const PROBLEMS = ['check_digit', 'nuts', 'country', 'sdg', 'latitude', 'no_name', 'number_twice'] as const;
export type PlantedProblem = (typeof PROBLEMS)[number];

export interface ImportFile {
  /** The file's bytes (UTF-8 with BOM). */
  bytes: Uint8Array;
  rows: number;
  /** Rows that must fail, by sheet row number (header = 1), and why. */
  failing: Map<number, PlantedProblem>;
  /** Rows with other-language names, with an identifier, with themes. */
  counts: { names: number; identifiers: number; themes: number };
  /** Each row's values as the organisations table would store them (for the COPY baseline), file order. */
  orgRows: OrgRow[];
}

const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
const decimal = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

/** `rows` organisations as a CSV file; the same seed gives the same bytes. */
export function importFile(rows: number, seed = 1): ImportFile {
  const rng = seededRng(seed * 7_368_787 + 11);
  // Formatting choices come from their own source, so the organisations are the register generator's.
  const fmt = seededRng(seed * 7_368_787 + 13);
  const ownCity = W.CITIES.SE!.find((c) => c.name === 'Sundsvall')!;
  const records: string[][] = [[...IMPORT_HEADERS]];
  const orgRows: OrgRow[] = [];
  const failing = new Map<number, PlantedProblem>();
  const seen = new Set<string>();
  const clean: { scheme: IdentifierScheme; value: string }[] = [];
  const counts = { names: 0, identifiers: 0, themes: 0 };
  let planted = 0;

  for (let i = 0; i < rows; i++) {
    const sheetRow = i + 2;
    const org = makeOrg(rng, false, ownCity);
    // One sentence of description, so that 100,000 rows stay under the upload limit (20 MB).
    const r: OrgRow = [...org.row];
    r[15] = firstSentence(r[15]);
    orgRows.push(r);
    const [, name, , , kind, country, city, lat, lon, nuts, nace, , , , website, description, , isLocal] = r;
    const cells: string[] = new Array(IMPORT_HEADERS.length).fill('');
    cells[0] = name;
    cells[1] = Object.keys(org.lists.names).sort().map((k) => `${k}: ${org.lists.names[k]}`).join('; ');
    cells[2] = fmt() < 0.7 ? KIND_WORD[kind]! : kind;
    const c = fmt();
    cells[3] = c < 0.6 ? country : c < 0.9 ? countryName(country, 'sv') : countryName(country, 'en');
    cells[4] = city ?? '';
    cells[5] = decimal(lat);
    cells[6] = decimal(lon);
    cells[7] = nuts ?? '';
    cells[8] = nace ?? '';
    // A number the file already has (the generator's numbers are random) is left out, so that only
    // the planted repeats below are duplicates within the file.
    let identifier = org.identifier;
    if (identifier) {
      const v = validateIdentifier(identifier[0], identifier[1]);
      if (!v.ok) throw new Error(`generated an invalid ${identifier[0]}: ${identifier[1]}`);
      const key = `${identifier[0]}:${v.normalized}`;
      if (seen.has(key)) identifier = null;
      else {
        seen.add(key);
        cells[SCHEME_COLUMN[identifier[0]]] = fmt() < 0.5 ? v.display : v.normalized;
      }
    }
    cells[15] = org.lists.themes.map((t) => (fmt() < 0.2 ? t.toUpperCase() : t)).join(', ');
    cells[16] = org.lists.sdgs.join(', ');
    cells[17] = website ? (fmt() < 0.3 ? website.replace(/^https:\/\//, '') : website) : '';
    cells[18] = description;
    cells[19] = org.lists.tags.join(', ');
    cells[20] = isLocal ? 'ja' : fmt() < 0.5 ? 'nej' : '';

    if (i % PROBLEM_EVERY === PROBLEM_OFFSET) {
      let problem = PROBLEMS[planted++ % PROBLEMS.length]!;
      if (problem === 'check_digit' && !identifier) problem = 'nuts';
      if (problem === 'number_twice' && !clean.length) problem = 'no_name';
      switch (problem) {
        case 'check_digit': {
          const col = SCHEME_COLUMN[identifier![0]];
          const v = cells[col]!;
          cells[col] = v.slice(0, -1) + String((Number(v.slice(-1)) + 1) % 10);
          break;
        }
        case 'nuts':
          cells[7] = `${country}Z9`;
          break;
        case 'country':
          cells[3] = 'Atlantis';
          break;
        case 'sdg':
          cells[16] = '7, 19';
          break;
        case 'latitude':
          cells[5] = `${cells[5] || '57'} N`;
          break;
        case 'no_name':
          cells[0] = '';
          break;
        case 'number_twice': {
          // The number of an earlier good row, in another row whose own number is dropped.
          const earlier = clean[Math.floor(fmt() * clean.length)]!;
          for (const col of Object.values(SCHEME_COLUMN)) cells[col] = '';
          cells[SCHEME_COLUMN[earlier.scheme]] = earlier.value;
          break;
        }
      }
      failing.set(sheetRow, problem);
    } else if (identifier) clean.push({ scheme: identifier[0], value: cells[SCHEME_COLUMN[identifier[0]]]! });

    if (cells[1]) counts.names++;
    if (Object.values(SCHEME_COLUMN).some((col) => cells[col])) counts.identifiers++;
    if (cells[15]) counts.themes++;
    records.push(cells);
  }
  const text = stringify(records, { delimiter: ';', record_delimiter: '\r\n', bom: true });
  return { bytes: new TextEncoder().encode(text), rows, failing, counts, orgRows };
}
