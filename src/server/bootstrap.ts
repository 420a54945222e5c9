// Start-up shared by the server and the CLI: open the database, migrate, seed the demo.
import pino, { type Logger } from 'pino';
import { sql } from 'kysely';
import { databaseOptions, openDatabase, type Database } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { loadConfig, type Config } from './config.ts';
import { seedDemoIfEmpty, type DemoLogin } from './demo.ts';
import { useFastHashing } from './http/passwords.ts';

export function createLogger(config: Config): Logger {
  return pino({
    level: config.LOG_LEVEL,
    base: { service: 'samverkan' },
    // Belt and braces: these never belong in a log line.
    redact: ['password', '*.password', 'email', '*.email', 'req.headers.cookie', 'headers.cookie', 'token'],
  });
}

export async function openAndMigrate(config: Config, logger: Logger): Promise<{ database: Database; demo: DemoLogin | null }> {
  useFastHashing(config.ARGON2_FAST === 'true');
  const database = await openDatabase(databaseOptions(config));
  try {
    const applied = await migrateToLatest(database.db);
    if (applied.length) logger.info({ applied }, 'migrations applied');
    const demo = config.DEMO === 'true' ? await seedDemoIfEmpty(database.db) : null;
    // PGlite has no autovacuum daemon, so nothing refreshes the planner's statistics: without them
    // the search plans assume tiny tables. One ANALYZE per start keeps them within a run of true.
    if (database.kind === 'pglite') {
      const t0 = performance.now();
      await sql`analyze`.execute(database.db);
      logger.info({ ms: Math.round(performance.now() - t0) }, 'statistics refreshed');
    }
    return { database, demo };
  } catch (err) {
    await database.close();
    throw err;
  }
}

export { loadConfig };
