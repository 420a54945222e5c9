// Reading an uploaded sheet into header names and rows of text, whatever Excel or another
// program wrote: CSV in UTF-8 (with or without BOM), UTF-16 or Windows-1252 with `,` `;` or tab,
// or XLSX (the first worksheet). Row numbers are the ones the person sees in Excel (header = 1).
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../http/problem.ts';

export interface Sheet {
  format: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
  columns: string[];
  rows: { row: number; cells: string[] }[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // the old binary .xls
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** `withTime`: Excel date cells with a time of day read as "YYYY-MM-DD HH:mm" (deadlines); else the day alone. */
export async function readSheet(bytes: Uint8Array, opts: { withTime?: boolean } = {}): Promise<Sheet> {
  if (startsWith(bytes, OLE)) throw new AppError(422, 'problem.validation', { fields: [{ field: 'file', key: 'import.old_excel' }] });
  const sheet = startsWith(bytes, ZIP) ? await readXlsx(bytes, opts.withTime ?? false) : readCsv(bytes);
  if (!sheet.columns.length) throw new AppError(422, 'problem.validation', { fields: [{ field: 'file', key: 'import.empty' }] });
  return sheet;
}

/** UTF-8 when the bytes are valid UTF-8; else Windows-1252, which Swedish and Danish Excel write. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252').decode(body).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
    return { text, encoding: 'windows-1252' };
  }
}

// Node 20's TextDecoder reads 'windows-1252' as ISO-8859-1 and leaves bytes 0x80–0x9F as control
// codes; in Windows-1252 they are these characters (€, curly quotes and dashes are common in
// Swedish and Danish Excel text). Five bytes are unassigned and stay as they are.
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

type Records = string[][];
const parseCsv = (text: string, delimiter: string, toLine?: number): Records =>
  parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, ...(toLine ? { to_line: toLine, relax_quotes: true } : {}) });

/**
 * The delimiter that splits the first lines into the most columns consistently: each candidate
 * parses a sample with csv-parse, so quoted cells with commas in a `;` file do not mislead it.
 */
export function sniffDelimiter(text: string): string {
  let best = { delimiter: ',', score: -1 };
  for (const delimiter of [',', ';', '\t']) {
    let records: Records;
    try {
      records = parseCsv(text, delimiter, 30).filter((r) => r.some((c) => c.trim()));
    } catch {
      continue;
    }
    const width = records[0]?.length ?? 0;
    if (width < 2) continue;
    const consistent = records.filter((r) => r.length === width).length;
    const score = consistent * 1000 + width;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function readCsv(bytes: Uint8Array): Sheet {
  const { text, encoding } = decodeText(bytes);
  const delimiter = sniffDelimiter(text);
  let records: Records;
  try {
    records = parseCsv(text, delimiter);
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw new AppError(422, 'problem.validation', { fields: [{ field: 'file', key: 'import.unreadable', vars: { value: line ?? '?' } }] });
  }
  // Record i is row i + 1 in Excel: blank lines keep their number but carry no data.
  return { format: 'csv', encoding, delimiter, ...toSheet(records.map((cells, i) => ({ row: i + 1, cells }))) };
}

async function readXlsx(bytes: Uint8Array, withTime: boolean): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new AppError(422, 'problem.validation', { fields: [{ field: 'file', key: 'import.unreadable', vars: { value: 1 } }] });
  }
  const ws = workbook.worksheets[0];
  const rows: { row: number; cells: string[] }[] = [];
  ws?.eachRow({ includeEmpty: false }, (r) => {
    const cells: string[] = [];
    r.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value, withTime);
    });
    rows.push({ row: r.number, cells: Array.from(cells, (c) => c ?? '') });
  });
  return { format: 'xlsx', encoding: null, delimiter: null, ...toSheet(rows) };
}

/**
 * A cell as the text a person sees: dates as YYYY-MM-DD (with `withTime` and a time of day,
 * "YYYY-MM-DD HH:mm": Excel keeps no zone, ExcelJS gives the wall time as UTC), formulas by their
 * result, links by their text.
 */
export function cellText(value: ExcelJS.CellValue, withTime = false): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return withTime && iso.slice(11, 16) !== '00:00' ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso.slice(0, 10);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, withTime);
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue, withTime);
  return '';
}

/** The first row names the columns (blank or repeated names made unique); blank rows are dropped. */
function toSheet(all: { row: number; cells: string[] }[]) {
  const [header, ...rest] = all;
  const seen = new Map<string, number>();
  const columns = (header?.cells ?? []).map((raw, i) => {
    const base = raw.replace(/^\uFEFF/, '').trim() || `(${columnLetter(i)})`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
  while (columns.length && /^\([A-Z]+\)$/.test(columns[columns.length - 1]!) && rest.every((r) => !r.cells[columns.length - 1]?.trim())) columns.pop();
  const rows = rest.filter((r) => r.cells.some((c) => c.trim())).map((r) => ({ row: r.row, cells: columns.map((_, i) => r.cells[i] ?? '') }));
  return { columns, rows };
}

/** 0 → A, 25 → Z, 26 → AA: how Excel names a column without a header. */
function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
