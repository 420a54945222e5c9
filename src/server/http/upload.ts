// An uploaded file: the `file` field of a multipart form, or a raw body of a sheet's type.
import type { Context } from 'hono';
import type { AppEnv } from './context.ts';

export async function formFile(c: Context<AppEnv>): Promise<{ bytes: Uint8Array; name: string } | null> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'multipart/form-data') return null;
  const file = (await c.req.parseBody()).file;
  return file instanceof File ? { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name } : null;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SHEET_TYPES = ['text/csv', 'text/plain', 'text/tab-separated-values', 'application/csv', XLSX_TYPE, 'application/octet-stream'];

/** The file from a multipart form (field `file`) or a raw body of one of the types; null for anything else. */
export async function uploadedFile(c: Context<AppEnv>, extraTypes: readonly string[] = []): Promise<{ bytes: Uint8Array; name: string | null } | null> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'multipart/form-data') {
    const file = await formFile(c);
    return file ? { bytes: file.bytes, name: file.name || null } : null;
  }
  if (SHEET_TYPES.includes(type) || extraTypes.includes(type)) return { bytes: new Uint8Array(await c.req.arrayBuffer()), name: null };
  return null;
}
