// Where a command's output goes, which database it uses and where its file paths start. A command
// run as its own process writes to stdout and stderr, opens the database itself and resolves paths
// against the process's folder. The same command run inside the server for a CLI on the same
// machine (through the control socket, see channel.ts) writes to that socket, uses the server's
// open database and resolves paths against the CLI's folder. AsyncLocalStorage carries the
// difference, so the commands read the same either way.
import { AsyncLocalStorage } from 'node:async_hooks';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { loadConfig } from '../server/config.ts';
import { databaseOptions, openDatabase, type Database } from '../server/db/connect.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import type { DB } from '../server/db/types.ts';

/** A command running inside the server on behalf of a CLI process. */
export interface ServerContext {
  /** Text for the CLI's stdout or stderr, as written (lines end in \n). */
  write(stream: 'out' | 'err', text: string): void;
  /** Whether the CLI's stderr is a terminal (a progress bar then redraws in place). */
  stderrIsTTY: boolean;
  /** The CLI's working directory. */
  cwd: string;
  /** The server's open database. */
  database: Database;
  exitCode: number;
}

const storage = new AsyncLocalStorage<ServerContext>();

/** Runs fn as a command for a CLI process: its output, exit status and database are the context's. */
export function runInServer<T>(context: ServerContext, fn: () => Promise<T>): Promise<T> {
  return storage.run(context, fn);
}

/** True while a command runs inside the server for a CLI process. */
export const insideServer = () => storage.getStore() !== undefined;

export function writeOut(text: string) {
  const ctx = storage.getStore();
  if (ctx) ctx.write('out', text);
  else process.stdout.write(text);
}

export function writeErr(text: string) {
  const ctx = storage.getStore();
  if (ctx) ctx.write('err', text);
  else process.stderr.write(text);
}

export const print = (line = '') => writeOut(`${line}\n`);
export const printError = (line: string) => writeErr(`${line}\n`);

/** The command's exit status; inside the server it is sent to the CLI, never the server's own. */
export function setExitCode(code: number) {
  const ctx = storage.getStore();
  if (ctx) ctx.exitCode = code;
  else process.exitCode = code;
}

/** stderr as a progress bar sees it. */
export function errorStream(): { isTTY: boolean; write(text: string): boolean } {
  const ctx = storage.getStore();
  if (!ctx) return process.stderr;
  return { isTTY: ctx.stderrIsTTY, write: (text) => (ctx.write('err', text), true) };
}

/** A path as the person typed it, resolved against the folder they ran the command in. */
export function cliPath(file: string): string {
  return path.resolve(storage.getStore()?.cwd ?? process.cwd(), file);
}

/**
 * Runs fn with the database: inside the server its open one (migrated when it started), else one
 * opened for the command, migrated first unless `migrate: false`, and closed afterwards.
 */
export async function withDatabase<T>(fn: (database: Database) => Promise<T>, opts: { migrate?: boolean } = {}): Promise<T> {
  const ctx = storage.getStore();
  if (ctx) return fn(ctx.database);
  const database = await openDatabase(databaseOptions(loadConfig()));
  try {
    if (opts.migrate !== false) await migrateToLatest(database.db);
    return await fn(database);
  } finally {
    await database.close();
  }
}

export const withDb = <T>(fn: (db: Kysely<DB>) => Promise<T>) => withDatabase((database) => fn(database.db));

/** Columns padded to their widest cell, the header first. */
export function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  for (const r of [header, ...rows]) print(r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd());
}
