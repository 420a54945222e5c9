// samverkan serve | migrate | user create | user reset-password | workspace create | backup | restore
import { Command } from 'commander';
import { loadConfig } from '../server/config.ts';
import { startServer } from '../server/main.ts';
import { backupCommand, restoreCommand } from './backup.ts';
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

program.parseAsync(process.argv).catch((err: Error) => {
  process.stderr.write(`samverkan: ${err.message}\n`);
  process.exit(1);
});
