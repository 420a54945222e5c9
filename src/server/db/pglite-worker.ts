// Runs PGlite in a worker thread: a long query blocks this thread, never the HTTP server's.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { typeParsers } from './parsers.ts';
import type { WorkerInit, WorkerRequest, WorkerResponse, SerializedDbError } from './pglite-protocol.ts';

const init = workerData as WorkerInit;
const port = parentPort!;

function serializeError(err: unknown): SerializedDbError {
  const e = err as Record<string, unknown>;
  const out: SerializedDbError = { message: String(e?.message ?? err) };
  for (const k of ['code', 'detail', 'constraint', 'table', 'column', 'schema'] as const) {
    if (typeof e?.[k] === 'string') out[k] = e[k] as string;
  }
  return out;
}

// PGlite's own start parameters, plus the page cache when one is asked for (PGLITE_CACHE_MB).
const startParams = init.cacheMb ? [...(PGlite as unknown as { defaultStartParams: string[] }).defaultStartParams, '-c', `shared_buffers=${init.cacheMb}MB`] : undefined;

const ready = PGlite.create(init.dataDir, {
  extensions: { pg_trgm, unaccent },
  ...(startParams ? { startParams } : {}),
  parsers: typeParsers,
});

port.on('message', async (msg: WorkerRequest) => {
  let reply: WorkerResponse;
  try {
    const db = await ready;
    if (msg.op === 'query') {
      const r = await db.query<Record<string, unknown>>(msg.sql, msg.params);
      reply = { id: msg.id, ok: true, rows: r.rows, affectedRows: r.affectedRows };
    } else if (msg.op === 'exec') {
      const results = await db.exec(msg.sql);
      const last = results[results.length - 1];
      reply = { id: msg.id, ok: true, rows: (last?.rows ?? []) as Record<string, unknown>[], affectedRows: last?.affectedRows };
    } else if (msg.op === 'dump') {
      await db.exec('CHECKPOINT');
      const blob = await db.dumpDataDir('gzip');
      reply = { id: msg.id, ok: true, dump: new Uint8Array(await blob.arrayBuffer()) };
    } else {
      await db.close();
      reply = { id: msg.id, ok: true };
    }
  } catch (err) {
    reply = { id: msg.id, ok: false, error: serializeError(err) };
  }
  port.postMessage(reply);
});

ready.then(
  () => port.postMessage({ id: 0, ok: true }),
  (err) => port.postMessage({ id: 0, ok: false, error: serializeError(err) }),
);
