// Backup and restore of the PGlite data folder. While the server runs, the backup command runs
// inside it (through the control socket, see channel.ts) and dumps between transactions, so the
// copy is consistent; otherwise the command opens the folder itself. Restore replaces the folder
// and so needs the server stopped. PostgreSQL: pg_dump (see README).
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { loadConfig } from '../server/config.ts';
import { lockDataDir } from '../server/db/lock.ts';
import { cliPath, insideServer, print, withDatabase } from './io.ts';

function requirePglite() {
  const config = loadConfig();
  if (config.DATABASE_URL) {
    throw new Error('DATABASE_URL is set: back up PostgreSQL with pg_dump -Fc "$DATABASE_URL" > samverkan.dump and restore with pg_restore (see README).');
  }
  return config;
}

export async function backupCommand(file: string) {
  const fromServer = insideServer();
  if (!fromServer) requirePglite();
  const target = cliPath(file);
  // Not migrated first: the backup is of the folder as it is.
  const bytes = await withDatabase(async (database) => {
    if (!database.dump) throw new Error('This database cannot be backed up with samverkan backup; on PostgreSQL use pg_dump (see README).');
    return database.dump();
  }, { migrate: false });
  const tmp = `${target}.partial`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, target);
  print(`Backup written to ${file} (${(bytes.byteLength / 1024 / 1024).toFixed(1)} MiB)${fromServer ? ' from the running server' : ''}.`);
}

export async function restoreCommand(file: string) {
  const config = requirePglite();
  const dataDir = path.resolve(config.DATA_DIR);
  const source = cliPath(file);
  if (!fs.existsSync(source)) throw new Error(`No such file: ${file}`);
  const release = lockDataDir(dataDir); // refuses while a server runs on this folder
  try {
    const target = path.join(dataDir, 'pglite');
    const staging = path.join(dataDir, `pglite.restoring-${Date.now()}`);
    const blob = new Blob([fs.readFileSync(source)]);
    const db = await PGlite.create(staging, { loadDataDir: blob }).catch((err: Error) => {
      fs.rmSync(staging, { recursive: true, force: true });
      throw new Error(`${file} is not a backup written by samverkan backup (${err.message}).`);
    });
    await db.query('select 1');
    await db.close();
    let keptAside = '';
    if (fs.existsSync(target)) {
      keptAside = path.join(dataDir, `pglite.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`);
      fs.renameSync(target, keptAside);
    }
    fs.renameSync(staging, target);
    print(`Restored ${file} into ${target}.${keptAside ? ` The previous data is kept in ${keptAside}.` : ''}`);
  } finally {
    release();
  }
}
