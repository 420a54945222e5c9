// The commands of `samverkan`, parsed by commander, for the CLI process and for the server
// running them on its behalf (channel.ts). Each command says what it does when a server holds the
// PGlite folder: most are handed to that server, `serve` and `restore` are refused with what to
// do instead, and `migrate` answers that the server migrated at start.
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { loadConfig } from '../server/config.ts';
import { lockHolder } from '../server/db/lock.ts';
import { runThroughServer } from './channel.ts';
import { insideServer, print, printError, setExitCode, writeErr, writeOut } from './io.ts';

interface ServerOnFolder {
  dataDir: string;
  pid: number;
}

/** What a command does while a server runs on the PGlite folder. */
type NextToServer = 'through the server' | { refuse: (s: ServerOnFolder) => string } | { answer: (s: ServerOnFolder) => string };

/** The server holding the PGlite folder: this process when inside it, else the lock's live holder. */
function serverOnFolder(): ServerOnFolder | null {
  const config = loadConfig();
  if (config.DATABASE_URL) return null;
  const dataDir = path.resolve(config.DATA_DIR);
  if (insideServer()) return { dataDir, pid: process.pid };
  const pid = lockHolder(dataDir);
  return pid ? { dataDir, pid } : null;
}

// Commander passes the arguments, the options and the command itself.
type Action = (...args: any[]) => Promise<void>;

// The commands' code is loaded when one runs: a CLI that hands its command to the server starts
// without loading the application.
const admin = () => import('./admin.ts');
const lists = () => import('./lists.ts');
const backup = () => import('./backup.ts');
const imports = () => import('./import.ts');

function buildProgram(argv: string[]) {
  const act = (nextToServer: NextToServer, load: () => Promise<Action>): Action => async (...args) => {
    const server = serverOnFolder();
    if (!server || (nextToServer === 'through the server' && insideServer())) return (await load())(...args);
    if (nextToServer === 'through the server') return setExitCode(await runThroughServer(argv, server.dataDir, server.pid));
    if ('answer' in nextToServer) return print(nextToServer.answer(server));
    printError(nextToServer.refuse(server));
    setExitCode(1);
  };
  const program = new Command()
    .name('samverkan')
    .description(
      'Samverkan: business and international relations for municipalities.\n' +
        'Settings come from the environment: PORT, DATA_DIR, DATABASE_URL, PUBLIC_URL, LOG_LEVEL (see README).\n' +
        'On PGlite, while the server runs on DATA_DIR, commands are run by that server (same user only).',
    )
    .exitOverride()
    .configureOutput({ writeOut, writeErr });

  program
    .command('serve')
    .description('run the web application and API')
    .action(
      act({ refuse: (s) => `Samverkan already runs on ${s.dataDir} (pid ${s.pid}): stop it first, or set DATA_DIR to another folder.` }, async () => async () => {
        const { startServer } = await import('../server/main.ts');
        await startServer(loadConfig()).catch((err: Error) => {
          printError(`samverkan: ${err.message}`);
          // A start that failed half-way may hold the database and the mail sender open, with nothing to finish.
          process.exit(1);
        });
      }),
    );

  program
    .command('migrate')
    .description('apply pending database migrations and exit')
    .action(act({ answer: (s) => `The server running on ${s.dataDir} (pid ${s.pid}) migrated the database when it started: it is up to date.` }, async () => (await admin()).migrateCommand));

  const user = program.command('user').description('manage accounts');
  user
    .command('create')
    .description('create an account and add it to a workspace')
    .requiredOption('--email <email>')
    .requiredOption('--name <name>')
    .requiredOption('--workspace <slug>', 'workspace slug')
    .option('--role <role>', 'admin | officer | desk | viewer', 'admin')
    .option('--password <password>', 'at least 10 characters; generated and printed when left out')
    .action(act('through the server', async () => (await admin()).userCreate));
  user
    .command('list')
    .description('the members of a workspace: e-mail, name, role, last login (while its session is stored)')
    .requiredOption('--workspace <slug>', 'workspace slug')
    .option('--json', 'a JSON array instead of a table')
    .action(act('through the server', async () => (await lists()).userList));
  user
    .command('reset-password')
    .description('set a new password and end the account’s sessions')
    .requiredOption('--email <email>')
    .option('--password <password>', 'generated and printed when left out')
    .action(act('through the server', async () => (await admin()).userResetPassword));

  const workspace = program.command('workspace').description('manage workspaces');
  workspace
    .command('create')
    .description('create a workspace (add its first admin with `user create`)')
    .requiredOption('--slug <slug>', 'lowercase letters, digits and dashes')
    .requiredOption('--name <name>')
    .option('--country <code>', 'ISO 3166 country code', 'SE')
    .option('--locale <locale>', 'sv | da | en', 'sv')
    .action(act('through the server', async () => (await admin()).workspaceCreate));
  workspace
    .command('list')
    .description('the workspaces: slug, name, country, language, members')
    .option('--json', 'a JSON array instead of a table')
    .action(act('through the server', async () => (await lists()).workspaceList));

  program
    .command('backup')
    .argument('<file>', 'where to write the backup (.tar.gz)')
    .description('PGlite: a consistent copy of the data folder, also while the server runs. PostgreSQL: use pg_dump (see README)')
    .action(act('through the server', async () => (await backup()).backupCommand));
  program
    .command('restore')
    .argument('<file>', 'a backup written by `samverkan backup`')
    .description('PGlite: replace the data folder with a backup (the server must be stopped; the old folder is kept aside)')
    .action(act({ refuse: (s) => `The server runs on ${s.dataDir} (pid ${s.pid}): stop it first, then restore.` }, async () => (await backup()).restoreCommand));

  program
    .command('import')
    .argument('<kind>', 'organisations | relations')
    .argument('[file]', 'a CSV (, ; or tab; UTF-8 or Windows-1252) or XLSX file; the first row names the columns')
    .description('check every row, then import in batches of 2,000 with a progress bar: rows that are one organisation become one; organisations the register has are found by number or by name and country')
    .option('--workspace <slug>', 'the workspace to import into (may be left out when there is only one)')
    .option('--mapping <file>', 'JSON {"column": "field"}; the choices saved for files with these columns, else suggested from the headers, when left out')
    .option('--values <file>', 'JSON {"field": {"value in the file": "code"}}, e.g. {"kind": {"Local public body": "municipality"}}')
    .option('--dry-run', 'only check and report; write nothing')
    .option('--existing <action>', 'organisations the register has: leave (default) | update (fill in what it lacks) | skip')
    .option('--similar <action>', 'organisations whose name resembles one in the register: skip (default) | create | leave | update')
    .option('--skip-duplicates', 'the same as --existing skip (and similar names skipped, the default)')
    .option('--report <file>', 'write every row with what was found or done to this CSV file')
    .option('--json', 'print the summary as one JSON document on stdout and nothing else (its keys: docs/cli.md); progress and notes go to stderr')
    .option('--lang <lang>', 'sv | da | en for the messages (default: the workspace’s language)')
    .option('--resume <importId>', 'continue an import that was interrupted, after its last finished batch (no file needed)')
    .addHelpText(
      'after',
      '\nExit status:\n' +
        '  0  the import ran (rows that failed are counted in its summary), or a --dry-run found no errors\n' +
        '  1  a --dry-run found rows with errors (its summary is printed all the same), or the command\n' +
        '     could not run (an option, file, workspace or mapping that does not fit): the reason goes to\n' +
        '     stderr, and with --json nothing to stdout',
    )
    .action(act('through the server', async () => (await imports()).importCommand));
  program
    .command('export')
    .argument('<kind>', 'organisations')
    .argument('<file>', 'FILE.csv or FILE.xlsx: a file that imports back unchanged')
    .description('write the register to a file')
    .option('--workspace <slug>', 'the workspace to export (may be left out when there is only one)')
    .action(act('through the server', async () => (await imports()).exportCommand));

  return program;
}

/** A failure as one line a person reads. */
function explain(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT' && e.path) return `No such file: ${e.path}`;
  if (e?.code === 'EACCES' && e.path) return `No permission to use ${e.path}`;
  return e instanceof Error ? e.message : String(err);
}

/** Runs one command line (without `samverkan`); its exit status is set through io.ts. */
export async function runCommand(argv: string[]): Promise<void> {
  try {
    await buildProgram(argv).parseAsync(argv, { from: 'user' });
  } catch (err) {
    // Commander has printed its own message (usage, unknown option, help).
    if (err instanceof CommanderError) return setExitCode(err.exitCode);
    printError(`samverkan: ${explain(err)}`);
    setExitCode(1);
  }
}
