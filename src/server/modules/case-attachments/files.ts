// Which files a case takes: the type is read from the bytes (file-type), never from the name or
// the browser's word for it, and must be one of a short list of document and image formats.
import { fileTypeFromBuffer } from 'file-type';

export const MAX_BYTES = 10 * 1024 * 1024;
export const MAX_PER_CASE = 20;

/** Detected type → the content type we store and serve. */
const ACCEPTED: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};
const TEXT_NAMES = /\.(txt|csv|eml)$/i;

export type Checked = { ok: true; contentType: string } | { ok: false; reason: 'attachment.empty' | 'attachment.too_large' | 'attachment.type' };

/** Plain text has no signature: accept it by its name when the bytes are UTF-8 without control bytes. */
function isPlainText(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // Control bytes other than tab, line feed, form feed and carriage return mean binary data.
    return !bytes.some((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d);
  } catch {
    return false;
  }
}

export async function checkFile(bytes: Uint8Array, filename: string): Promise<Checked> {
  if (bytes.length === 0) return { ok: false, reason: 'attachment.empty' };
  if (bytes.length > MAX_BYTES) return { ok: false, reason: 'attachment.too_large' };
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) {
    const type = ACCEPTED[detected.ext];
    return type ? { ok: true, contentType: type } : { ok: false, reason: 'attachment.type' };
  }
  if (TEXT_NAMES.test(filename) && isPlainText(bytes)) return { ok: true, contentType: 'text/plain; charset=utf-8' };
  return { ok: false, reason: 'attachment.type' };
}

/** A file name safe to store and to send back: no path, no control characters, at most 255 characters. */
export function cleanName(name: string | null | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const clean = [...base.normalize('NFC')].filter((ch) => ch.charCodeAt(0) >= 0x20 && ch !== '\u007f' && ch !== '"').join('').trim().slice(0, 255);
  return clean || 'bilaga';
}
