// `samverkan import … --json` as a script runs it: stdout holds one JSON document and nothing
// else, with the import's own figures, both when the CLI opens the database itself and when it
// hands the command to the server holding the data folder through control.sock. On PGlite, and on
// PostgreSQL when TEST_DATABASE_URL is set.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createTestApp } from '../../tests/helpers/app.ts';
import { withDatabase } from '../../tests/helpers/global-setup.ts';
import { runCli, tempDataDir, type CliResult } from '../../tests/process/server.ts';
import { asSystem } from '../server/db/tenancy.ts';
import { controlSocketPath, serveCommand } from './channel.ts';
import type { ImportSummaryJson } from './import-summary.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** One command's summary; stdout must be exactly the document, byte for byte. */
function summary(r: CliResult): ImportSummaryJson {
  const doc = JSON.parse(r.stdout) as ImportSummaryJson;
  expect(r.stdout).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  return doc;
}

/** What the register holds, read beside the CLI; for the path where the CLI opens it, nothing. */
type Peek = (() => Promise<{ organisations: number; imports: number }>) | null;

/**
 * A register of one organisation, then a file with a new one twice (rows 2 and 4, by their
 * number), another new one, one by name in the register and two bad rows; then relations.
 */
async function importsAsJson(dir: string, cli: (...args: string[]) => Promise<CliResult>, peek: Peek) {
  fs.writeFileSync(path.join(dir, 'seed.csv'), 'Namn;Land;Ort\nGamma AB;SE;Växby\n');
  fs.writeFileSync(
    path.join(dir, 'orgs.csv'),
    'Namn;Organisationsnummer;Land;Ort\nAlfa AB;556036-0793;SE;Växby\nBeta AB;;SE;Växby\nAlfa Aktiebolag;556036-0793;SE;Växby\nFel AB;556036-0794;SE;Växby\n;;SE;Växby\nGamma AB;;SE;Växby\n',
  );
  fs.writeFileSync(path.join(dir, 'relations.csv'), 'Från;Till;Typ\nAlfa AB;Beta AB;twin_town\nAlfa AB;Beta AB;twin_town\nAlfa AB;Nowhere AB;twin_town\n');

  const created = await cli('workspace', 'create', '--slug', 'vaxby', '--name', 'Växby kommun', '--locale', 'en');
  expect(created.code, created.out).toBe(0);
  const seed = await cli('import', 'organisations', 'seed.csv', '--json');
  expect(seed.code, seed.out).toBe(0);
  expect(summary(seed).rows).toEqual({ read: 1, created: 1, updated: 0, matched: 0, repeated: 0, skipped: 0, failed: 0 });

  const failures = [
    { row: 5, column: 'Organisationsnummer', field: 'identifiers.se_orgnr', message: 'The check digit does not match – check the number.' },
    { row: 6, column: 'Namn', field: 'name', message: 'This field is required.' },
  ];
  const dry = await cli('import', 'organisations', 'orgs.csv', '--workspace', 'vaxby', '--dry-run', '--json', '--lang', 'en');
  // Rows with errors fail a dry run, as without --json; the summary is printed all the same.
  expect(dry.code, dry.out).toBe(1);
  expect(dry.stderr).toBe('');
  expect(summary(dry)).toEqual({
    kind: 'organisations',
    dryRun: true,
    importId: null,
    rows: { read: 6, created: null, updated: null, matched: null, repeated: 1, skipped: null, failed: 2 },
    failures,
    records: { organisations: { inFile: 3, new: 2, inRegister: { byIdentifier: 0, byName: 1 }, similar: 0, created: null, updated: null, matched: null } },
  });
  // Nothing was written, not even the upload.
  if (peek) expect(await peek()).toEqual({ organisations: 1, imports: 1 });

  const run = await cli('import', 'organisations', 'orgs.csv', '--workspace', 'vaxby', '--json', '--lang', 'en');
  expect(run.code, run.out).toBe(0);
  expect(run.stderr).toContain('100% (6/6 rows)');
  const done = summary(run);
  // Had the dry run written Alfa and Beta, the run would find them in the register instead.
  expect(done).toEqual({
    kind: 'organisations',
    dryRun: false,
    importId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    rows: { read: 6, created: 2, updated: 0, matched: 1, repeated: 1, skipped: 0, failed: 2 },
    failures,
    records: { organisations: { inFile: 3, new: 2, inRegister: { byIdentifier: 0, byName: 1 }, similar: 0, created: 2, updated: 0, matched: 1 } },
  });
  expect(run.stderr).toContain(`--resume ${done.importId}`);
  if (peek) expect(await peek()).toEqual({ organisations: 3, imports: 2 });

  const rels = await cli('import', 'relations', 'relations.csv', '--json', '--lang', 'en');
  expect(rels.code, rels.out).toBe(0);
  expect(summary(rels)).toMatchObject({
    kind: 'relations',
    dryRun: false,
    rows: { read: 3, created: 1, updated: 0, matched: 0, repeated: 1, skipped: 0, failed: 1 },
    failures: [{ row: 4, column: 'Till', field: 'to.name', message: expect.stringContaining('Nowhere AB') }],
    records: { relations: { inFile: 1, new: 1, inRegister: 0, created: 1, matched: 0 } },
  });

  // A command that cannot run leaves stdout empty.
  const bad = await cli('import', 'organisations', 'orgs.csv', '--existing', 'maybe', '--json');
  expect(bad).toMatchObject({ code: 1, stdout: '' });
  expect(bad.stderr).toMatch(/--existing takes leave, update, skip/);
}

/** How long one command may take before the test calls it a hang. */
const LIMIT = 60_000;

describe('samverkan import --json', { timeout: 300_000 }, () => {
  it('prints one JSON summary when the CLI opens the database itself', async () => {
    const dir = tempDataDir('import-json');
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const tpl = inject('dbTemplate');
    let env: Record<string, string>;
    if (tpl.kind === 'postgres') {
      const name = `samverkan_t${crypto.randomBytes(4).toString('hex')}_${tpl.template.replace('samverkan_tpl_', '')}`;
      const admin = new pg.Client({ connectionString: tpl.url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${tpl.template}`);
      cleanups.push(async () => {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      });
      env = { DATABASE_URL: withDatabase(tpl.url, name) };
    } else {
      // The run's migrated template, so the commands need not migrate a new folder.
      fs.cpSync(tpl.dir, path.join(dir, 'data'), { recursive: true });
      fs.rmSync(path.join(dir, 'data', 'samverkan.lock'), { force: true });
      env = { DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' };
    }
    await importsAsJson(dir, (...args) => runCli(args, { ...env, DEMO: 'false' }, { cwd: dir, timeoutMs: LIMIT }), null);
  });

  it('prints the same through the control socket of the server holding the folder', async () => {
    // This process plays the server: it holds the folder's lock and answers control.sock with the
    // server's own handler, on this file's database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
    const t = await createTestApp();
    cleanups.push(() => t.close());
    const dir = tempDataDir('import-json-socket');
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const dataDir = path.join(dir, 'data');
    fs.mkdirSync(dataDir);
    fs.writeFileSync(path.join(dataDir, 'samverkan.lock'), JSON.stringify({ pid: process.pid }));
    const server = http.createServer((req, res) => void serveCommand(req, res, { database: t.database, log: () => {} }));
    await new Promise<void>((resolve) => server.listen(controlSocketPath(dataDir), resolve));
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const peek = () =>
      asSystem(t.database.db, async (tx) => {
        const ws = await tx.selectFrom('workspaces').select('id').where('slug', '=', 'vaxby').executeTakeFirstOrThrow();
        const count = async (table: 'organisations' | 'imports') =>
          Number((await tx.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).where('workspace_id', '=', ws.id).executeTakeFirstOrThrow()).n);
        return { organisations: await count('organisations'), imports: await count('imports') };
      });
    await importsAsJson(dir, (...args) => runCli(args, { DATA_DIR: dataDir, DATABASE_URL: '', DEMO: 'false' }, { cwd: dir, timeoutMs: LIMIT }), peek);
  });
});
