// Converts the public reference data (shared/data, see docs/data.md) into the JSON vocabularies
// shipped in this folder. Re-run after the sources change, then commit the JSON:
//   npx tsx src/shared/vocabularies/build.ts ../shared/data
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SDG_SOURCES } from './sdg-sources.ts';
import type { NaceClass, NaceSection, NutsRegion, SdgGoal } from './types.ts';

/**
 * RFC 4180 CSV with a chosen delimiter: quoted fields may hold the delimiter, line breaks and
 * doubled quotes; rows end in LF or CRLF (the NUTS file mixes both). A build-time script only,
 * so a few lines here rather than a runtime dependency.
 */
export function parseCsv(text: string, delimiter = ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) endField();
    else if (c === '\n') endRow();
    else if (c === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else field += c;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

function body(rows: string[][], header: string[]): string[][] {
  const [first, ...rest] = rows;
  if (first?.join(';') !== header.join(';')) throw new Error(`expected header ${header.join(';')}, got ${first?.join(';')}`);
  return rest;
}

/**
 * The republished NUTS file holds the 2,010 NUTS 2021 regions (sorted by code) followed by a list
 * of 208 world countries (1A Kosovo, AD Andorra, …, some repeating NUTS country codes) that is not
 * part of NUTS. The NUTS block is the sorted run at the top; everything after must be bare country
 * codes, and is dropped (see countries.ts for countries).
 */
export function buildNuts(csv: string): NutsRegion[] {
  const rows = body(parseCsv(csv), ['NUTS_ID', 'NAME_LATN']);
  const regions: NutsRegion[] = [];
  let previous = '';
  let end = rows.length;
  for (let r = 0; r < rows.length; r++) {
    const [code = '', ...nameParts] = rows[r]!;
    if (code <= previous) {
      end = r;
      break;
    }
    previous = code;
    if (!/^[A-Z]{2}[0-9A-Z]{0,3}$/.test(code)) throw new Error(`not a NUTS code: ${code}`);
    const level = (code.length - 2) as NutsRegion['level'];
    regions.push({
      code,
      // Unquoted names never contain ";" in the NUTS block, but join defensively.
      name: nameParts.join(';').trim(),
      level,
      country: code.slice(0, 2),
      parent: level === 0 ? null : code.slice(0, -1),
    });
  }
  const trailing = rows.slice(end);
  const notCountry = trailing.find(([code = '']) => !/^[0-9A-Z]{2}$/.test(code));
  if (notCountry) throw new Error(`unexpected row after the NUTS block: ${notCountry.join(';')}`);
  const codes = new Set(regions.map((r) => r.code));
  const orphan = regions.find((r) => r.parent !== null && !codes.has(r.parent));
  if (orphan) throw new Error(`NUTS ${orphan.code} has no parent ${orphan.parent}`);
  return regions;
}

// NACE Rev. 2.1 sections by division (Commission Delegated Regulation (EU) 2023/137).
const NACE_SECTIONS: ReadonlyArray<[NaceSection, number, number]> = [
  ['A', 1, 3], ['B', 5, 9], ['C', 10, 33], ['D', 35, 35], ['E', 36, 39], ['F', 41, 43],
  ['G', 46, 47], ['H', 49, 53], ['I', 55, 56], ['J', 58, 60], ['K', 61, 63], ['L', 64, 66],
  ['M', 68, 68], ['N', 69, 75], ['O', 77, 82], ['P', 84, 84], ['Q', 85, 85], ['R', 86, 88],
  ['S', 90, 93], ['T', 94, 96], ['U', 97, 98], ['V', 99, 99],
];

export function naceSection(code: string): NaceSection {
  const division = Number(code.slice(0, 2));
  const found = NACE_SECTIONS.find(([, from, to]) => division >= from && division <= to);
  if (!found) throw new Error(`NACE division ${division} belongs to no section`);
  return found[0];
}

/**
 * The source joins list items with a bare ";", sometimes runs sentences together ("metal.This
 * class includes") and writes an empty note as "; ". Give items and sentences a space and drop
 * stray separators at either end; the wording is left alone.
 */
export function tidyNote(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s*;\s*/g, '; ')
    .replace(/([^\s.])\.(?=[A-Z][a-z])/g, '$1. ')
    .replace(/^[\s;]+|[\s;]+$/g, '');
}

export function buildNace(csv: string): NaceClass[] {
  const rows = body(parseCsv(csv), ['id', 'nazwa', 'zadania', 'wykluczenie']);
  const classes = rows.map(([id = '', codeTitle = '', includes = '', excludes = '']) => {
    const match = /^(\d{2}\.\d{2}) (.+)$/s.exec(codeTitle.trim());
    if (!match) throw new Error(`unexpected NACE title: ${codeTitle}`);
    const [, code = '', title = ''] = match;
    if (code.replace('.', '') !== id) throw new Error(`NACE id ${id} does not match ${code}`);
    return { code, title: title.trim(), section: naceSection(code), includes: tidyNote(includes), excludes: tidyNote(excludes) };
  });
  classes.sort((a, b) => a.code.localeCompare(b.code));
  const duplicate = classes.find((c, i) => i > 0 && classes[i - 1]!.code === c.code);
  if (duplicate) throw new Error(`duplicate NACE class ${duplicate.code}`);
  return classes;
}

/** Just enough YAML for the flat `key: plain text` maps of open-sdg's translation files. */
export function readFlatYaml(text: string): Record<string, string> {
  const map: Record<string, string> = {};
  let key: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (/^\s/.test(line)) {
      if (!key) throw new Error(`continuation line without a key: ${line}`);
      map[key] += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(': ');
    if (colon < 0) throw new Error(`not a key: value line: ${line}`);
    key = line.slice(0, colon);
    map[key] = line.slice(colon + 2).trim();
  }
  for (const [k, v] of Object.entries(map)) {
    const quote = v[0];
    if ((quote === '"' || quote === "'") && v.endsWith(quote)) map[k] = v.slice(1, -1);
  }
  return map;
}

export function buildSdg(goalsYaml: string): SdgGoal[] {
  const en = readFlatYaml(goalsYaml);
  return SDG_SOURCES.map(({ number, color, sv, da, pl }) => {
    const short = en[`${number}-short`];
    const full = en[`${number}-title`];
    if (!short || !full) throw new Error(`goal ${number} is missing in the English YAML`);
    return { number, color, titles: { sv, da, en: short, pl }, fullTitles: { en: full } };
  });
}

/** One array element per line: small diffs when the sources change, no megabyte-long line. */
export function toJsonLines(items: readonly unknown[]): string {
  return `[\n${items.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n]\n`;
}

export const OUTPUTS = {
  'nuts2021.json': (dataDir: string) => buildNuts(readFileSync(path.join(dataDir, 'nuts2021.csv'), 'utf8')),
  'nace-rev2.1.json': (dataDir: string) => buildNace(readFileSync(path.join(dataDir, 'nace-rev2.1-classes.csv'), 'utf8')),
  'sdg.json': (dataDir: string) => buildSdg(readFileSync(path.join(dataDir, 'sdg-global_goals.en.yml'), 'utf8')),
} as const;

function main(dataDir: string) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const [file, build] of Object.entries(OUTPUTS)) {
    const items = build(dataDir);
    writeFileSync(path.join(here, file), toJsonLines(items));
    console.log(`${file}: ${items.length} entries`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(path.resolve(process.argv[2] ?? '../shared/data'));
}
