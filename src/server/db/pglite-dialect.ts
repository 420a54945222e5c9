// A Kysely dialect for PGlite running in a worker thread (see pglite-worker.ts).
// PGlite has one connection, so the driver hands out one connection at a time (a queue);
// queries travel to the worker as messages and the event loop here stays free.
import { Worker } from 'node:worker_threads';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';
import type { WorkerInit, WorkerRequest, WorkerResponse, SerializedDbError } from './pglite-protocol.ts';

export class DatabaseError extends Error {
  code?: string;
  detail?: string;
  constraint?: string;
  table?: string;
  column?: string;
  constructor(e: SerializedDbError) {
    super(e.message);
    Object.assign(this, e);
    this.name = 'DatabaseError';
  }
}

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
type Pending = { resolve: (r: WorkerResponse & { ok: true }) => void; reject: (e: Error) => void };

export class PGliteWorkerClient {
  private worker: Worker;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private readyPromise: Promise<void>;
  private closed = false;

  constructor(dataDir: string, opts: { cacheMb?: number } = {}) {
    const init: WorkerInit = { dataDir, cacheMb: opts.cacheMb };
    this.worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), { workerData: init });
    this.readyPromise = new Promise((resolve, reject) => {
      this.pending.set(0, { resolve: () => resolve(), reject });
    });
    this.worker.on('message', (msg: WorkerResponse) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.ok) p.resolve(msg);
      else p.reject(new DatabaseError(msg.error));
    });
    this.worker.on('error', (err: Error) => this.failAll(err));
    this.worker.on('exit', (code) => {
      if (!this.closed) this.failAll(new Error(`PGlite worker exited with code ${code}`));
    });
  }

  private failAll(err: Error) {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  ready(): Promise<void> {
    return this.readyPromise;
  }

  request(req: DistributiveOmit<WorkerRequest, 'id'>): Promise<WorkerResponse & { ok: true }> {
    if (this.closed) return Promise.reject(new Error('database is closed'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...req, id });
    });
  }

  async dump(): Promise<Uint8Array> {
    const r = await this.request({ op: 'dump' });
    return r.dump!;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.request({ op: 'close' }).catch(() => undefined);
    this.closed = true;
    await this.worker.terminate();
  }
}

class PGliteConnection implements DatabaseConnection {
  constructor(private client: PGliteWorkerClient) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const params = compiled.parameters as unknown[];
    const r = params.length === 0 && !/^\s*(select|with|insert|update|delete)\b/i.test(compiled.sql)
      ? await this.client.request({ op: 'exec', sql: compiled.sql })
      : await this.client.request({ op: 'query', sql: compiled.sql, params });
    const affected = r.affectedRows;
    return {
      rows: (r.rows ?? []) as R[],
      numAffectedRows: affected === undefined ? undefined : BigInt(affected),
    };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported on PGlite');
  }
}

/** Serialises access to PGlite's single connection. */
class PGliteDriver implements Driver {
  private queue: Promise<void> = Promise.resolve();
  private connection: PGliteConnection;
  constructor(private client: PGliteWorkerClient) {
    this.connection = new PGliteConnection(client);
  }
  async init() {
    await this.client.ready();
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    let release!: () => void;
    const previous = this.queue;
    this.queue = new Promise<void>((r) => (release = r));
    await previous;
    this.releaseFn = release;
    return this.connection;
  }
  private releaseFn: (() => void) | null = null;
  async beginTransaction(conn: DatabaseConnection) {
    await conn.executeQuery(CompiledQuery.raw('begin'));
  }
  async commitTransaction(conn: DatabaseConnection) {
    await conn.executeQuery(CompiledQuery.raw('commit'));
  }
  async rollbackTransaction(conn: DatabaseConnection) {
    await conn.executeQuery(CompiledQuery.raw('rollback'));
  }
  async releaseConnection() {
    const r = this.releaseFn;
    this.releaseFn = null;
    r?.();
  }
  async destroy() {
    await this.client.close();
  }
}

export class PGliteWorkerDialect implements Dialect {
  constructor(private client: PGliteWorkerClient) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver() {
    return new PGliteDriver(this.client);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
}
