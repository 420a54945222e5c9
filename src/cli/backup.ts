// Backup and restore of the PGlite data folder. While the server runs, the backup is taken by the
// server itself (through the control socket in the data folder) between transactions, so it is
// consistent; otherwise the CLI opens the folder itself. PostgreSQL: pg_dump (see README).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/connect.ts';
import { lockDataDir, lockHolder } from '../server/db/lock.ts';
import { controlSocketPath } from '../server/main.ts';

function requirePglite() {
  const config = loadConfig();
  if (config.DATABASE_URL) {
    throw new Error('DATABASE_URL is set: back up PostgreSQL with pg_dump -Fc "$DATABASE_URL" > samverkan.dump and restore with pg_restore (see README).');
  }
  return config;
}

function fetchFromServer(dataDir: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ socketPath: controlSocketPath(dataDir), path: '/backup', method: 'POST' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => (res.statusCode === 200 ? resolve(Buffer.concat(chunks)) : reject(new Error(`The server refused the backup: ${Buffer.concat(chunks).toString()}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

export async function backupCommand(file: string) {
  const config = requirePglite();
  const holder = lockHolder(path.resolve(config.DATA_DIR));
  let bytes: Uint8Array;
  if (holder) {
    bytes = await fetchFromServer(config.DATA_DIR);
  } else {
    const database = await openDatabase({ dataDir: config.DATA_DIR });
    try {
      bytes = await database.dump!();
    } finally {
      await database.close();
    }
  }
  const tmp = `${file}.partial`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file);
  console.log(`Backup written to ${file} (${(bytes.byteLength / 1024 / 1024).toFixed(1)} MiB)${holder ? ' from the running server' : ''}.`);
}

export async function restoreCommand(file: string) {
  const config = requirePglite();
  const dataDir = path.resolve(config.DATA_DIR);
  if (!fs.existsSync(file)) throw new Error(`No such file: ${file}`);
  const release = lockDataDir(dataDir); // refuses while a server runs on this folder
  try {
    const target = path.join(dataDir, 'pglite');
    const staging = path.join(dataDir, `pglite.restoring-${Date.now()}`);
    const blob = new Blob([fs.readFileSync(file)]);
    const db = await PGlite.create(staging, { loadDataDir: blob });
    await db.query('select 1');
    await db.close();
    let keptAside = '';
    if (fs.existsSync(target)) {
      keptAside = path.join(dataDir, `pglite.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`);
      fs.renameSync(target, keptAside);
    }
    fs.renameSync(staging, target);
    console.log(`Restored ${file} into ${target}.${keptAside ? ` The previous data is kept in ${keptAside}.` : ''}`);
  } finally {
    release();
  }
}
