// The CLI and the server as processes: start, graceful shutdown, user and workspace commands,
// backup of a running server and restore.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { login, runCli, startServer, tempDataDir } from './server.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

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

  it('creates a workspace and its admin, resets a password, and refuses bad input', async () => {
    const dir = tempDataDir('cli');
    dirs.push(dir);
    const env = { DATA_DIR: dir, DEMO: 'false' };
    const ws = await runCli(['workspace', 'create', '--slug', 'vaxby', '--name', 'Växby kommun'], env);
    expect(ws.code).toBe(0);
    expect((await runCli(['workspace', 'create', '--slug', 'Bad Slug!', '--name', 'X'], env)).out).toMatch(/slug/);
    const dup = await runCli(['workspace', 'create', '--slug', 'vaxby', '--name', 'Again'], env);
    expect(dup.code).toBe(1);
    expect(dup.out).toMatch(/exists already/);
    const u = await runCli(['user', 'create', '--workspace', 'vaxby', '--email', 'Anna@Vaxby.se', '--name', 'Anna', '--role', 'admin', '--password', 'first password 1'], env);
    expect(u.code).toBe(0);
    const short = await runCli(['user', 'create', '--workspace', 'vaxby', '--email', 'b@vaxby.se', '--name', 'B', '--password', 'short'], env);
    expect(short.code).toBe(1);
    expect(short.out).toMatch(/at least 10/);
    const reset = await runCli(['user', 'reset-password', '--email', 'anna@vaxby.se'], env);
    expect(reset.code).toBe(0);
    const newPassword = /: (\S+)\s*$/.exec(reset.out)![1]!;
    const s = await startServer(env);
    expect((await login(s.url, 'anna@vaxby.se', 'first password 1')).status).toBe(401);
    const ok = await login(s.url, 'anna@vaxby.se', newPassword);
    expect(ok.status).toBe(200);
    expect(ok.body.workspaces).toEqual([expect.objectContaining({ slug: 'vaxby', role: 'admin' })]);
    // A CLI command on a folder in use is refused, not run.
    const busy = await runCli(['workspace', 'create', '--slug', 'other', '--name', 'Other'], env);
    expect(busy.code).toBe(1);
    expect(busy.out).toMatch(/in use by another Samverkan process/);
    s.child.kill('SIGTERM');
    await s.exited;
  });

  it('backs up a running server and restores the backup into a stopped one', async () => {
    const dir = tempDataDir('backup');
    dirs.push(dir);
    const env = { DATA_DIR: dir };
    const s = await startServer(env);
    const a = await login(s.url, 'anna.lindqvist@ostanvik.example', 'demo-password-123');
    const patch = (name: string) =>
      fetch(`${s.url}/api/me`, { method: 'PATCH', headers: { cookie: a.cookie, 'x-csrf-token': a.body.csrfToken, 'content-type': 'application/json' }, body: JSON.stringify({ name }) });
    expect((await patch('Before Backup')).status).toBe(200);
    const file = path.join(dir, '..', `backup-${Date.now()}.tar.gz`);
    const b = await runCli(['backup', file], env);
    expect(b.out).toContain('from the running server');
    expect(fs.statSync(file).size).toBeGreaterThan(1000);
    expect((await patch('After Backup')).status).toBe(200);
    // Restore is refused while the server runs.
    expect((await runCli(['restore', file], env)).code).toBe(1);
    s.child.kill('SIGTERM');
    await s.exited;
    const r = await runCli(['restore', file], env);
    expect(r.code).toBe(0);
    const again = await startServer(env);
    const me = await login(again.url, 'anna.lindqvist@ostanvik.example', 'demo-password-123');
    expect(me.body.user.name).toBe('Before Backup');
    again.child.kill('SIGTERM');
    await again.exited;
    fs.rmSync(file, { force: true });
  });
});
