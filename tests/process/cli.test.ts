// The CLI and the server as processes: start and graceful shutdown, then every command as a
// script runs it, with a time limit (a hang fails), once with no server running and once next to
// a server on the same PGlite folder, which runs them through its control socket.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { login, runCli, startServer, tempDataDir, type CliResult } from './server.ts';

const dirs: string[] = [];
const servers: { child: { exitCode: number | null; kill(signal: NodeJS.Signals): boolean } }[] = [];
afterAll(() => {
  // A failed assertion leaves no server behind.
  for (const s of servers) if (s.child.exitCode === null) s.child.kill('SIGKILL');
  dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

describe.skipIf(!!process.env.TEST_DATABASE_URL)('server and CLI on PGlite', { timeout: 240_000 }, () => {
  it('prints the demo login on an empty folder, finishes an in-flight request on SIGTERM and releases the lock', async () => {
    const dir = tempDataDir('shutdown');
    dirs.push(dir);
    const s = await startServer({ DATA_DIR: dir, ARGON2_FAST: 'false' });
    expect(s.output()).toContain('anna.lindqvist@ostanvik.example');
    expect(s.output()).toContain('demo-password-123');
    expect(fs.existsSync(path.join(dir, 'samverkan.lock'))).toBe(true);
    // A login with full-cost argon2 is in flight when the signal arrives.
    const inflight = login(s.url, 'anna.lindqvist@ostanvik.example', 'demo-password-123');
    await new Promise((r) => setTimeout(r, 15));
    s.child.kill('SIGTERM');
    const r = await inflight;
    expect(r.status).toBe(200);
    expect(await s.exited).toBe(0);
    expect(fs.existsSync(path.join(dir, 'samverkan.lock'))).toBe(false);
    // It opens again, without a second demo workspace.
    const again = await startServer({ DATA_DIR: dir });
    expect(again.output()).not.toContain('A demo workspace');
    const me = await login(again.url, 'anna.lindqvist@ostanvik.example', 'demo-password-123');
    expect(me.body.workspaces).toHaveLength(1);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  });

  it('runs every command with no server running, and each exits with its status', async () => {
    const dir = tempDataDir('stopped');
    dirs.push(dir);
    const env = { DATA_DIR: path.join(dir, 'data'), DEMO: 'false' };
    // Relative file names resolve against the folder the command runs in, as a person types them.
    const cli = (...args: string[]) => runCli(args, env, { cwd: dir, timeoutMs: LIMIT });

    const migrated = await cli('migrate');
    expect(migrated.code, migrated.out).toBe(0);
    expect(migrated.stdout).toMatch(/Applied: 0001_foundation/);
    expect((await cli('migrate')).stdout).toContain('The database is up to date.');

    expect((await cli('workspace', 'create', '--slug', 'vaxby', '--name', 'Växby kommun')).code).toBe(0);
    const badSlug = await cli('workspace', 'create', '--slug', 'Bad Slug!', '--name', 'X');
    expect(badSlug.code).toBe(1);
    expect(badSlug.stderr).toMatch(/slug/);
    const dup = await cli('workspace', 'create', '--slug', 'vaxby', '--name', 'Again');
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/exists already/);
    const table = await cli('workspace', 'list');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^slug\s+name\s+country\s+language\s+members$/m);
    expect(table.stdout).toMatch(/^vaxby\s+Växby kommun\s+SE\s+sv\s+0$/m);

    expect((await cli('user', 'create', '--workspace', 'vaxby', '--email', 'Anna@Vaxby.se', '--name', 'Anna', '--password', 'first password 1')).code).toBe(0);
    const short = await cli('user', 'create', '--workspace', 'vaxby', '--email', 'b@vaxby.se', '--name', 'B', '--password', 'short');
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/at least 10/);
    const nowhere = await cli('user', 'create', '--workspace', 'nope', '--email', 'c@vaxby.se', '--name', 'C');
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toContain('No workspace with slug "nope".');
    const users = await cli('user', 'list', '--workspace', 'vaxby', '--json');
    expect(users.code).toBe(0);
    expect(JSON.parse(users.stdout)).toEqual([{ email: 'anna@vaxby.se', name: 'Anna', role: 'admin', lastLogin: null, disabled: false }]);
    expect((await cli('user', 'list', '--workspace', 'nope')).code).toBe(1);
    const reset = await cli('user', 'reset-password', '--email', 'anna@vaxby.se');
    expect(reset.code).toBe(0);
    expect(reset.stdout).toMatch(/New password for anna@vaxby.se: \S{10,}/);
    const noAccount = await cli('user', 'reset-password', '--email', 'nobody@vaxby.se');
    expect(noAccount.code).toBe(1);
    expect(noAccount.stderr).toMatch(/No account/);

    await checkImportAndExport(dir, cli);

    const backup = await cli('backup', 'backup.tar.gz');
    expect(backup.code, backup.out).toBe(0);
    expect(backup.stdout).toContain('Backup written to backup.tar.gz');
    expect(fs.statSync(path.join(dir, 'backup.tar.gz')).size).toBeGreaterThan(1000);
    expect((await cli('workspace', 'create', '--slug', 'after-backup', '--name', 'After')).code).toBe(0);
    const missing = await cli('restore', 'no-such-backup.tar.gz');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No such file: no-such-backup.tar.gz');
    const restored = await cli('restore', 'backup.tar.gz');
    expect(restored.code, restored.out).toBe(0);
    expect(slugs(await cli('workspace', 'list', '--json'))).toEqual(['vaxby']);
  });

  it('runs every command through a server running on the same folder, with the same effects', async () => {
    const dir = tempDataDir('running');
    dirs.push(dir);
    const env = { DATA_DIR: path.join(dir, 'data'), DEMO: 'false' };
    const cli = (...args: string[]) => runCli(args, env, { cwd: dir, timeoutMs: LIMIT });
    const s = await startServer(env);
    servers.push(s);
    const pid = s.child.pid!;
    expect(fs.statSync(path.join(dir, 'data', 'control.sock')).mode & 0o777).toBe(0o600);

    const migrate = await cli('migrate');
    expect(migrate.code).toBe(0);
    expect(migrate.stdout).toMatch(new RegExp(`\\(pid ${pid}\\) migrated the database when it started: it is up to date`));
    const serve = await cli('serve');
    expect(serve.code).toBe(1);
    expect(serve.stderr).toMatch(new RegExp(`already runs on .*\\(pid ${pid}\\)`));

    const created = await cli('workspace', 'create', '--slug', 'vaxby', '--name', 'Växby kommun', '--locale', 'en');
    expect(created.code, created.out).toBe(0);
    expect(created.stdout).toContain('Created workspace vaxby');
    const dup = await cli('workspace', 'create', '--slug', 'vaxby', '--name', 'Again');
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/exists already/);
    const list = await cli('workspace', 'list', '--json');
    expect(JSON.parse(list.stdout)).toEqual([{ slug: 'vaxby', name: 'Växby kommun', country: 'SE', language: 'en', members: 0, demo: false }]);

    expect((await cli('user', 'create', '--workspace', 'vaxby', '--email', 'anna@vaxby.se', '--name', 'Anna', '--password', 'first password 1')).code).toBe(0);
    const nowhere = await cli('user', 'create', '--workspace', 'nope', '--email', 'c@vaxby.se', '--name', 'C');
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toContain('No workspace with slug "nope".');
    // The server itself sees the account the channel created: its owner logs in.
    const first = await login(s.url, 'anna@vaxby.se', 'first password 1');
    expect(first.status).toBe(200);
    expect(first.body.workspaces).toEqual([expect.objectContaining({ slug: 'vaxby', role: 'admin' })]);
    const [member] = JSON.parse((await cli('user', 'list', '--workspace', 'vaxby', '--json')).stdout);
    expect(member).toMatchObject({ email: 'anna@vaxby.se', role: 'admin' });
    expect(Date.parse(member.lastLogin)).toBeGreaterThan(Date.now() - 120_000);
    const reset = await cli('user', 'reset-password', '--email', 'anna@vaxby.se');
    expect(reset.code).toBe(0);
    const newPassword = /: (\S+)\s*$/.exec(reset.stdout)![1]!;
    expect((await login(s.url, 'anna@vaxby.se', 'first password 1')).status).toBe(401);
    const a = await login(s.url, 'anna@vaxby.se', newPassword);
    expect(a.status).toBe(200);

    await checkImportAndExport(dir, cli);

    const patch = (name: string) =>
      fetch(`${s.url}/api/me`, { method: 'PATCH', headers: { cookie: a.cookie, 'x-csrf-token': a.body.csrfToken, 'content-type': 'application/json' }, body: JSON.stringify({ name }) });
    expect((await patch('Before Backup')).status).toBe(200);
    const backup = await cli('backup', 'backup.tar.gz');
    expect(backup.code, backup.out).toBe(0);
    expect(backup.stdout).toContain('from the running server');
    expect(fs.statSync(path.join(dir, 'backup.tar.gz')).size).toBeGreaterThan(1000);
    expect((await patch('After Backup')).status).toBe(200);
    const refused = await cli('restore', 'backup.tar.gz');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`\\(pid ${pid}\\): stop it first, then restore`));

    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    const restored = await cli('restore', 'backup.tar.gz');
    expect(restored.code, restored.out).toBe(0);
    const [after] = JSON.parse((await cli('user', 'list', '--workspace', 'vaxby', '--json')).stdout);
    expect(after.name).toBe('Before Backup');
  });
});

/** How long one command may take before the test calls it a hang. */
const LIMIT = 45_000;

const slugs = (r: CliResult) => (JSON.parse(r.stdout) as { slug: string }[]).map((w) => w.slug);

/**
 * A dry run that writes nothing, an import, a missing file, and an export with the imported
 * rows, all with file names relative to the folder the commands run in.
 */
async function checkImportAndExport(dir: string, cli: (...args: string[]) => Promise<CliResult>) {
  fs.writeFileSync(path.join(dir, 'check.csv'), 'Namn;Land;Ort\nDry Run AB;SE;Växby\n');
  fs.writeFileSync(path.join(dir, 'orgs.csv'), 'Namn;Land;Ort\nAlfa AB;SE;Växby\nBeta AB;SE;Växby\n');
  const dry = await cli('import', 'organisations', 'check.csv', '--workspace', 'vaxby', '--dry-run');
  expect(dry.code, dry.out).toBe(0);
  const run = await cli('import', 'organisations', 'orgs.csv', '--workspace', 'vaxby');
  expect(run.code, run.out).toBe(0);
  expect(run.stderr).toMatch(/100%/); // the progress, on stderr as ever
  const missing = await cli('import', 'organisations', 'no-such-file.csv', '--workspace', 'vaxby');
  expect(missing.code).toBe(1);
  expect(missing.stderr).toContain(`No such file: ${path.join(dir, 'no-such-file.csv')}`);
  const exported = await cli('export', 'organisations', 'register.csv', '--workspace', 'vaxby');
  expect(exported.code, exported.out).toBe(0);
  const lines = fs.readFileSync(path.join(dir, 'register.csv'), 'utf8').trim().split(/\r?\n/);
  expect(lines).toHaveLength(3);
  expect(lines.slice(1).map((l) => l.split(/[;,]/)[0]).sort()).toEqual(['Alfa AB', 'Beta AB']);
}
