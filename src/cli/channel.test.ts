// Commands run inside the server for a CLI: their output and exit status go to the CLI's context,
// never to the server's own stdout or exit status, and they use the server's database.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../tests/helpers/app.ts';
import { runInServer, type ServerContext } from './io.ts';
import { runCommand } from './program.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function inServer(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const context: ServerContext = { write: (stream, text) => (stream === 'out' ? out : err).push(text), stderrIsTTY: false, cwd: '/tmp', database: t.database, exitCode: 0 };
  await runInServer(context, () => runCommand(argv));
  return { code: context.exitCode, out: out.join(''), err: err.join('') };
}

describe('commands run inside the server', () => {
  it('write to the CLI and set its exit status, not the server’s', async () => {
    const before = process.exitCode;
    const stdout = vi.spyOn(process.stdout, 'write');
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('process.exit called');
    });
    try {
      const slug = `cli-${Date.now().toString(36)}`;
      const created = await inServer('workspace', 'create', '--slug', slug, '--name', 'Växby kommun');
      expect(created.code).toBe(0);
      expect(created.out).toContain(`Created workspace ${slug}`);
      // The server's database has it.
      expect(await t.database.db.selectFrom('workspaces').select('name').where('slug', '=', slug).executeTakeFirst()).toEqual({ name: 'Växby kommun' });
      const listed = JSON.parse((await inServer('workspace', 'list', '--json')).out) as { slug: string; members: number }[];
      expect(listed.find((w) => w.slug === slug)).toMatchObject({ members: 0 });

      const unknown = await inServer('user', 'list', '--workspace', 'no-such-workspace');
      expect(unknown).toEqual({ code: 1, out: '', err: 'samverkan: No workspace with slug "no-such-workspace".\n' });
      const usage = await inServer('workspace', 'frobnicate');
      expect(usage.code).toBe(1);
      expect(usage.err).toMatch(/unknown command|too many arguments/);
      const restore = await inServer('restore', 'backup.tar.gz');
      expect(restore.code).toBe(1);
      expect(restore.err).toMatch(/stop it first, then restore/);
      const serve = await inServer('serve');
      expect(serve.code).toBe(1);
      expect(serve.err).toMatch(/already runs on/);
      expect(await inServer('migrate')).toMatchObject({ code: 0, out: expect.stringContaining('it is up to date') });

      expect(process.exitCode).toBe(before);
      expect(exit).not.toHaveBeenCalled();
      expect(stdout).not.toHaveBeenCalled();
    } finally {
      stdout.mockRestore();
      exit.mockRestore();
    }
  });
});
