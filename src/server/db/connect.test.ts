// PGlite's page cache follows PGLITE_CACHE_MB; without it PGlite keeps its own default.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { databaseOptions, openDatabase, pgliteCacheMb } from './connect.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function sharedBuffers(env: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-cache-'));
  dirs.push(dir);
  const database = await openDatabase(databaseOptions(loadConfig({ DATA_DIR: dir, ...env })));
  try {
    return (await sql<{ shared_buffers: string }>`show shared_buffers`.execute(database.db)).rows[0]!.shared_buffers;
  } finally {
    await database.close();
  }
}

it('keeps as many MiB of pages in memory as PGLITE_CACHE_MB says, else PGlite’s 128 for a small register', { timeout: 120_000 }, async () => {
  expect(await sharedBuffers({ PGLITE_CACHE_MB: '48' })).toBe('48MB');
  expect(await sharedBuffers({})).toBe('128MB');
});

it('sizes the default cache to the tables on disk, between 128 and 512 MiB', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-size-'));
  dirs.push(dir);
  const base = path.join(dir, 'base', '5');
  expect(pgliteCacheMb(dir)).toBe(128); // a new folder: nothing on disk yet
  fs.mkdirSync(base, { recursive: true });
  // Sparse files: their size counts, nothing is written.
  const file = (name: string, mib: number) => {
    fs.writeFileSync(path.join(base, name), '');
    fs.truncateSync(path.join(base, name), mib * 2 ** 20);
  };
  file('a', 100);
  expect(pgliteCacheMb(dir)).toBe(128);
  file('b', 200);
  expect(pgliteCacheMb(dir)).toBe(304);
  file('c', 400);
  expect(pgliteCacheMb(dir)).toBe(512);
});

it('refuses a cache size it cannot use, naming the setting', () => {
  expect(() => loadConfig({ PGLITE_CACHE_MB: '8' })).toThrow(/PGLITE_CACHE_MB/);
  expect(() => loadConfig({ PGLITE_CACHE_MB: 'lots' })).toThrow(/PGLITE_CACHE_MB/);
});
