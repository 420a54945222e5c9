// Messages between the main thread and the PGlite worker thread.
export type WorkerRequest =
  | { id: number; op: 'query'; sql: string; params: unknown[] }
  | { id: number; op: 'exec'; sql: string }
  | { id: number; op: 'dump' }
  | { id: number; op: 'close' };

export interface SerializedDbError {
  message: string;
  code?: string;
  detail?: string;
  constraint?: string;
  table?: string;
  column?: string;
  schema?: string;
}

export type WorkerResponse =
  | { id: number; ok: true; rows?: Record<string, unknown>[]; affectedRows?: number; dump?: Uint8Array }
  | { id: number; ok: false; error: SerializedDbError };

export interface WorkerInit {
  dataDir: string;
  /** shared_buffers in MiB; PGlite's default (128) when absent. */
  cacheMb?: number;
}
