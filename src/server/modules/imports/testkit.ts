// For the import tests: uploading bytes and downloading files through app.request with the
// client's session, and valid (or deliberately wrong) identifiers.
import ExcelJS from 'exceljs';
import { generateValid, seededRng, type IdentifierScheme } from '../../../shared/identifiers/index.ts';
import type { Client, TestApp } from '../../../../tests/helpers/app.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function headers(client: Client, extra: Record<string, string> = {}) {
  return { cookie: client.cookie, 'x-csrf-token': client.csrf, 'accept-language': client.lang, ...extra };
}

export async function upload(t: TestApp, client: Client, url: string, bytes: Uint8Array | string, type = 'text/csv') {
  const body = (typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes) as Uint8Array<ArrayBuffer>;
  const res = await t.app.request(url, { method: 'POST', headers: headers(client, { 'content-type': type }), body });
  return { status: res.status, body: await res.json() };
}

export async function uploadForm(t: TestApp, client: Client, url: string, bytes: Uint8Array, filename: string) {
  const form = new FormData();
  form.append('file', new File([bytes as Uint8Array<ArrayBuffer>], filename));
  const res = await t.app.request(url, { method: 'POST', headers: headers(client), body: form });
  return { status: res.status, body: await res.json() };
}

export async function download(t: TestApp, client: Client, url: string) {
  const res = await t.app.request(url, { headers: headers(client) });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

/** The n-th valid number of a scheme, always the same for the same n. */
export const validId = (scheme: IdentifierScheme, n: number) => generateValid(scheme, seededRng(n));

/** A number whose last digit is changed: the right shape with a wrong check digit. */
export function wrongCheckDigit(scheme: IdentifierScheme, n: number) {
  const v = validId(scheme, n);
  return v.slice(0, -1) + String((Number(v.slice(-1)) + 1) % 10);
}

/** An XLSX file from rows of cells (the first row is the header). */
export async function xlsx(rows: ExcelJS.CellValue[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Blad1');
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
