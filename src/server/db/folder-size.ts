// The bytes a folder's files take, all the way down (PGlite's data folder has a few thousand files).
import fs from 'node:fs';
import path from 'node:path';

export function folderBytes(dir: string): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) total += folderBytes(p);
    else if (e.isFile()) total += fs.statSync(p).size;
  }
  return total;
}
