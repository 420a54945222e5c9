// Organisations out as CSV or XLSX, with the list's filters. The headers are fixed English names
// that the import recognises, and values are written the way the import reads them, so a file
// exported and imported again gives the same organisations.
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Tx } from '../../db/tenancy.ts';
import type { Locale } from '../../db/types.ts';
import { searchOrganisations } from '../organisations/search.ts';
import type { OrganisationFilter } from '../organisations/schema.ts';
import { writeBoolean, writeList, writeNames } from './cells.ts';
import { exportHeader, ORGANISATION_FIELDS, type OrganisationField } from './fields.ts';

const PAGE = 1000;
type Value = string | number | null;

/** The rows of the export: the list query page by page (its filters and order), then the details. */
export async function exportRows(tx: Tx, filter: Omit<OrganisationFilter, 'limit' | 'cursor'>, locale: Locale) {
  const rows: Record<OrganisationField, Value>[] = [];
  let cursor: string | undefined;
  do {
    const page = await searchOrganisations(tx, { ...filter, limit: PAGE, cursor }, locale);
    rows.push(...(await details(tx, page.rows.map((r) => r.id))));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}

async function details(tx: Tx, ids: string[]) {
  if (!ids.length) return [];
  const orgs = await tx.selectFrom('organisations').selectAll().where('id', 'in', ids).execute();
  const identifiers = await tx.selectFrom('organisation_identifiers').select(['organisation_id', 'scheme', 'value']).where('organisation_id', 'in', ids).execute();
  const byId = new Map(orgs.map((o) => [o.id, o]));
  return ids.map((id) => {
    const o = byId.get(id)!;
    const row: Record<string, Value> = {
      name: o.name,
      names: writeNames(o.names),
      kind: o.kind,
      country: o.country,
      city: o.city,
      lat: o.lat,
      lon: o.lon,
      nutsCode: o.nuts_code,
      naceCode: o.nace_code,
      themes: writeList(o.themes),
      sdgs: writeList(o.sdgs),
      website: o.website,
      description: o.description,
      tags: writeList(o.tags),
      isLocal: writeBoolean(o.is_local),
    };
    for (const i of identifiers) if (i.organisation_id === id) row[`identifiers.${i.scheme}`] = i.value;
    return row as Record<OrganisationField, Value>;
  });
}

export function toCsv(rows: Record<OrganisationField, Value>[]) {
  // Semicolons, CRLF and a BOM: what Excel in Sweden and Denmark opens without an import dialog.
  const text = stringify(
    rows.map((r) => ORGANISATION_FIELDS.map((f) => r[f] ?? '')),
    { header: true, columns: ORGANISATION_FIELDS.map(exportHeader), delimiter: ';', record_delimiter: 'windows', bom: true },
  );
  return new TextEncoder().encode(text);
}

export async function toXlsx(rows: Record<OrganisationField, Value>[]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Organisations');
  sheet.columns = ORGANISATION_FIELDS.map((f) => ({ header: exportHeader(f), key: f, width: f === 'description' ? 60 : f === 'name' ? 40 : 18 }));
  // Identifiers stay text, or Excel shows a long number in exponent form and drops leading zeros.
  for (const f of ORGANISATION_FIELDS) if (f.startsWith('identifiers.')) sheet.getColumn(f).numFmt = '@';
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
