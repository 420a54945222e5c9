// Turning the text of a cell into a field value the way people write it in Swedish, Danish and
// English sheets: "57,7", "12.03.2024", "tag one, tag two", "en: Volvo Cars; pl: …". Coded values
// ("Sverige", "ja", "Vänort", "Local public authority") are read in values/. A cell that cannot be
// read gives a message key for the row's error list.
import type { MessageKey } from '../../i18n/messages.ts';

export type Cell<T> = { ok: true; value: T } | { ok: false; key: MessageKey; vars?: Record<string, string | number> };
const ok = <T>(value: T): Cell<T> => ({ ok: true, value });
const bad = <T>(key: MessageKey, value?: string): Cell<T> => ({ ok: false, key, ...(value !== undefined ? { vars: { value } } : {}) });

/** Decimal comma or point: "57,7" and "57.7". */
export function numberCell(text: string): Cell<number> {
  const t = text.replace(/\s/g, '');
  return /^[-+]?\d+([.,]\d+)?$/.test(t) ? ok(Number(t.replace(',', '.'))) : bad('field.number', text);
}

/** Cells that hold several values: "tag one, tag two" or "7; 9". */
export const listCell = (text: string) =>
  text
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);

export function integerList(text: string): Cell<number[]> {
  const items = listCell(text);
  const bad_ = items.find((s) => !/^\d{1,3}$/.test(s));
  return bad_ === undefined ? ok(items.map(Number)) : bad('field.number', bad_);
}

/** Names in other languages as the export writes them: "en: Volvo Cars; pl: Volvo Polska". */
export function namesCell(text: string): Cell<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const part of text.split(';').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([A-Za-z]{2})\s*[:=]\s*(.+)$/.exec(part);
    if (!m) return bad('field.names_format', part);
    out[m[1]!.toLowerCase()] = m[2]!.trim();
  }
  return ok(out);
}

/** A web address; "www.example.se" gets https:// as a browser would. */
export function websiteCell(text: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(text) || !/^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(text) ? text : `https://${text}`;
}

/** ISO dates (also with a time after them) and day-first dates: 2024-03-12, 12.03.2024, 12/3/2024. */
export function dateCell(text: string): Cell<string> {
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(text);
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dayFirst) [d, m, y] = [Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3])];
  else return bad('field.invalid_date', text);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return bad('field.invalid_date', text);
  return ok(date.toISOString().slice(0, 10));
}

/** How the export writes values, so that they read back as the same values. */
export const writeBoolean = (v: boolean) => (v ? 'yes' : 'no');
export const writeList = (items: readonly (string | number)[]) => items.join(', ');
export const writeNames = (names: Record<string, string>) =>
  Object.keys(names)
    .sort()
    .map((k) => `${k}: ${names[k]}`)
    .join('; ');
