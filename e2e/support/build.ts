// Builds the web app when dist/web is missing or older than its sources, so a test run
// never exercises a stale bundle.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { REPO } from './server.ts';

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

export function ensureWebBuild() {
  const built = fs.statSync(path.join(REPO, 'dist/web/index.html'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = Math.max(
    ...['src/web', 'src/shared', 'index.html', 'vite.config.ts', 'package.json'].map((p) => newestMtime(path.join(REPO, p))),
  );
  if (built > sources) return false;
  // Vitest sets NODE_ENV=test; the bundle under test must be the production one people get
  // (development React runs effects twice, React Aria takes test-only code paths).
  const r = spawnSync(process.execPath, [path.join(REPO, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: REPO,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
  return true;
}
