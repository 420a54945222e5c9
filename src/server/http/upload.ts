// The file of a multipart form upload (field `file`), or null when the request carries none.
import type { Context } from 'hono';
import type { AppEnv } from './context.ts';

export async function formFile(c: Context<AppEnv>): Promise<{ bytes: Uint8Array; name: string } | null> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'multipart/form-data') return null;
  const file = (await c.req.parseBody()).file;
  return file instanceof File ? { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name } : null;
}
