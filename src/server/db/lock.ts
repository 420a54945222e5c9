// An exclusive lock on the PGlite data folder. PGlite takes none itself, and two processes on one
// folder lose committed rows, so we refuse to start while another live process holds the lock.
import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(public dataDir: string, public pid: number) {
    super(
      `The data folder ${dataDir} is in use by another Samverkan process (pid ${pid}). ` +
        `Stop that process first, or point DATA_DIR at another folder.`,
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A killed process that its parent has not reaped yet (a zombie) still answers kill(pid, 0),
  // but holds no files any more: on Linux, /proc tells.
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

export function lockFilePath(dataDir: string) {
  return path.join(dataDir, 'samverkan.lock');
}

/** Reads the pid of a live holder of the lock, or null when the folder is free. */
export function lockHolder(dataDir: string): number | null {
  try {
    const pid = Number(JSON.parse(fs.readFileSync(lockFilePath(dataDir), 'utf8')).pid);
    return isAlive(pid) && pid !== process.pid ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the lock or throws DataDirLockedError. Returns a function that releases it. */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = lockFilePath(dataDir);
  const body = JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, body, { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          const cur = JSON.parse(fs.readFileSync(file, 'utf8'));
          if (cur.pid === process.pid) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let pid = NaN;
      try {
        pid = Number(JSON.parse(fs.readFileSync(file, 'utf8')).pid);
      } catch {
        // A half-written lock file: its writer is starting right now, or died mid-write.
        const age = Date.now() - fs.statSync(file).mtimeMs;
        if (age < 2000) throw new DataDirLockedError(dataDir, NaN);
      }
      if (isAlive(pid)) throw new DataDirLockedError(dataDir, pid);
      // Stale lock from a process that died: move it aside atomically and try again.
      try {
        fs.renameSync(file, `${file}.stale-${process.pid}`);
        fs.unlinkSync(`${file}.stale-${process.pid}`);
      } catch {
        /* another process cleaned it first */
      }
    }
  }
  throw new DataDirLockedError(dataDir, NaN);
}
