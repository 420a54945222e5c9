// samverkan serve | migrate | user create | user reset-password | workspace create | backup | restore | import | export
import { Command } from 'commander';
import { loadConfig } from '../server/config.ts';
import { startServer } from '../server/main.ts';
import { backupCommand, restoreCommand } from './backup.ts';
import { exportCommand, importCommand } from './import.ts';
import { migrateCommand, userCreate, userResetPassword, workspaceCreate } from './admin.ts';

const program = new Command()
  .name('samverkan')
  .description('Samverkan: business and international relations for municipalities.\nSettings come from the environment: PORT, DATA_DIR, DATABASE_URL, PUBLIC_URL, LOG_LEVEL (see README).');

program.command('serve').description('run the web application and API').action(async () => {
  await startServer(loadConfig());
});

program.command('migrate').description('apply pending database migrations and exit').action(migrateCommand);

const user = program.command('user').description('manage accounts');
user
  .command('create')
  .description('create an account and add it to a workspace')
  .requiredOption('--email <email>')
  .requiredOption('--name <name>')
  .requiredOption('--workspace <slug>', 'workspace slug')
  .option('--role <role>', 'admin | officer | desk | viewer', 'admin')
  .option('--password <password>', 'at least 10 characters; generated and printed when left out')
  .action(userCreate);
user
  .command('reset-password')
  .description('set a new password and end the account’s sessions')
  .requiredOption('--email <email>')
  .option('--password <password>', 'generated and printed when left out')
  .action(userResetPassword);

program
  .command('workspace')
  .description('manage workspaces')
  .command('create')
  .description('create a workspace (add its first admin with `user create`)')
  .requiredOption('--slug <slug>', 'lowercase letters, digits and dashes')
  .requiredOption('--name <name>')
  .option('--country <code>', 'ISO 3166 country code', 'SE')
  .option('--locale <locale>', 'sv | da | en', 'sv')
  .action(workspaceCreate);

program
  .command('backup')
  .argument('<file>', 'where to write the backup (.tar.gz)')
  .description('PGlite: a consistent copy of the data folder, also while the server runs. PostgreSQL: use pg_dump (see README)')
  .action(backupCommand);
program
  .command('restore')
  .argument('<file>', 'a backup written by `samverkan backup`')
  .description('PGlite: replace the data folder with a backup (the server must be stopped; the old folder is kept aside)')
  .action(restoreCommand);

program
  .command('import')
  .argument('<kind>', 'organisations | relations')
  .argument('[file]', 'a CSV (, ; or tab; UTF-8 or Windows-1252) or XLSX file; the first row names the columns')
  .description('check every row, then import the good ones in batches of 500 with a progress bar')
  .option('--workspace <slug>', 'the workspace to import into (may be left out when there is only one)')
  .option('--mapping <file>', 'JSON {"column": "field"}; suggested from the headers when left out')
  .option('--dry-run', 'only check and report; write nothing')
  .option('--skip-duplicates', 'leave out rows whose name resembles an organisation in the register')
  .option('--lang <lang>', 'sv | da | en for the messages (default: the workspace’s language)')
  .option('--resume <importId>', 'continue an import that was interrupted, after its last finished batch (no file needed)')
  .action(importCommand);
program
  .command('export')
  .argument('<kind>', 'organisations')
  .argument('<file>', 'FILE.csv or FILE.xlsx: a file that imports back unchanged')
  .description('write the register to a file')
  .option('--workspace <slug>', 'the workspace to export (may be left out when there is only one)')
  .action(exportCommand);

program.parseAsync(process.argv).catch((err: Error) => {
  process.stderr.write(`samverkan: ${err.message}\n`);
  process.exit(1);
});
