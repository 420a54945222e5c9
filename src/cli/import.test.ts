// The import and export commands as a person runs them: a Windows-1252 file from Excel, a dry
// run that fails a script on bad rows, the import with its progress, and an export that reads back.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDataDir } from '../../tests/process/server.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe.skipIf(!!process.env.TEST_DATABASE_URL)('samverkan import and export', () => {
  it('checks, imports with progress, exports and reads the export back', async () => {
    const dir = tempDataDir('import');
    dirs.push(dir);
    const env = { DATA_DIR: path.join(dir, 'data'), DEMO: 'false' };
    expect((await runCli(['workspace', 'create', '--slug', 'vaxby', '--name', 'Växby kommun'], env)).code).toBe(0);
    const csv = path.join(dir, 'orgs.csv');
    fs.writeFileSync(csv, Buffer.from('Namn;Organisationsnummer;Land;Ort\r\nÅbo Trä AB;556036-0793;Sverige;Växby\r\nFel AB;556036-0794;SE;Växby\r\nGamma AB;;SE;Växby\r\n', 'latin1'));

    const dry = await runCli(['import', 'organisations', csv, '--dry-run', '--lang', 'en'], env);
    expect(dry.code, dry.out).toBe(1);
    expect(dry.out).toContain('3 rows: 2 organisations; 0 rows repeat one of them; 1 rows have errors.');
    expect(dry.out).toMatch(/row 3, Organisationsnummer: .*check digit/);

    const run = await runCli(['import', 'organisations', csv, '--workspace', 'vaxby'], env);
    expect(run.code, run.out).toBe(0);
    expect(run.out).toContain('100% (3/3 rows)');
    expect(run.out).toContain('Created 2 organisations, filled in 0, 0 already in the register, 0 rows repeated an earlier one, 0 left out, 1 failed.');

    const rel = path.join(dir, 'relations.csv');
    fs.writeFileSync(rel, 'Från;Till;Typ\nÅbo Trä AB;Gamma AB;twin_town\n');
    const rels = await runCli(['import', 'relations', rel], env);
    expect(rels.out).toContain('Created 1 relations, 0 already in the register');

    const out = path.join(dir, 'out.xlsx');
    const exp = await runCli(['export', 'organisations', out], env);
    expect(exp.out).toContain('Wrote 2 organisations');
    const back = await runCli(['import', 'organisations', out, '--dry-run', '--json'], env);
    expect(back.code, back.out).toBe(0);
    expect(JSON.parse(back.stdout)).toMatchObject({ dryRun: true, rows: { read: 2, failed: 0 }, records: { organisations: { inFile: 2, new: 0, inRegister: { byIdentifier: 1, byName: 1 } } } });
    // Imported again, left out: nothing is created, and the report names every row.
    const report = path.join(dir, 'report.csv');
    const again = await runCli(['import', 'organisations', out, '--existing', 'skip', '--report', report], env);
    expect(again.code, again.out).toBe(0);
    expect(again.out).toContain('Created 0 organisations, filled in 0, 0 already in the register, 0 rows repeated an earlier one, 2 left out, 0 failed.');
    expect(fs.readFileSync(report, 'utf8').trim().split('\n')).toHaveLength(3);
    expect((await runCli(['import', 'organisations', out, '--existing', 'maybe'], env)).out).toMatch(/--existing takes leave, update, skip/);

    expect((await runCli(['export', 'organisations', path.join(dir, 'out.pdf')], env)).out).toMatch(/\.csv or \.xlsx/);
  }, 240_000); // seven processes, each opening the database
});
