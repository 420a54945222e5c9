// The HTTP server: serve the app, and shut down cleanly on SIGTERM/SIGINT — stop accepting,
// finish in-flight requests, let the mail sender finish the message in flight (queued mail stays
// in the database for the next start), let CLI commands running in the server finish, then close
// the database (PGlite flushes and releases the folder lock).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from '@hono/node-server';
import type { Config } from './config.ts';
import { buildApp, type AppState } from './app.ts';
import { createLogger, openAndMigrate } from './bootstrap.ts';
import { createMailSender, senderAddress } from './modules/mail/sender.ts';
import { createScheduler } from './modules/jobs/scheduler.ts';
import { productJobs } from './modules/jobs/registry.ts';
import { testClock } from './modules/system/routes.ts';
import type { Database } from './db/connect.ts';
import { controlSocketPath, serveCommand } from '../cli/channel.ts';

export async function startServer(config: Config) {
  const logger = createLogger(config);
  const { database, demo } = await openAndMigrate(config, logger);
  const state: AppState = { shuttingDown: false };
  const clock = config.TEST_CLOCK === 'true' ? testClock() : null;
  const now = clock?.now;
  if (clock) logger.warn('TEST_CLOCK=true: the clock can be moved through the API; never in production');
  const mail = createMailSender({ db: database.db, logger, smtpUrl: config.SMTP_URL, from: senderAddress(config), now });
  const app = buildApp({ database, config, logger, mail, now, testClockRoutes: clock?.routes }, state);

  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }) as http.Server;
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const control = database.kind === 'pglite' ? startControlSocket(config, database, logger) : null;
  mail.start();
  logger.info({ port, db: database.kind }, 'listening');
  const url = `http://localhost:${port}`;
  process.stdout.write(`\nSamverkan is running on ${url} (database: ${database.kind === 'pglite' ? `PGlite in ${path.resolve(config.DATA_DIR)}` : 'PostgreSQL'})\n`);
  if (demo) {
    process.stdout.write(
      `\nA demo workspace "Östanviks kommun (demo)" was created.\n  Log in at ${url}/login\n  e-mail:   ${demo.email}\n  password: ${demo.password}\n` +
        `Other demo staff use the same password. Forgot it? npx samverkan user reset-password --email ${demo.email}\n\n`,
    );
  }

  // After the banner, and not awaited: the first requests, whoever waits for the login it prints
  // and a SIGTERM do not wait for the scheduler's first look at the job table.
  const jobs = createScheduler({
    db: database.db,
    logger,
    now,
    pollMs: config.JOBS_POLL_SECONDS * 1000,
    kinds: productJobs({ baseUrl: config.PUBLIC_URL ?? `http://localhost:${port}`, wakeMail: () => mail.wake() }),
  });
  const jobsStarted = jobs.start().catch((err: unknown) => logger.error({ err }, 'the job scheduler did not start'));

  let stopping: Promise<void> | null = null;
  const shutdown = (signal: string) => {
    stopping ??= (async () => {
      logger.info({ signal }, 'shutting down');
      state.shuttingDown = true;
      const force = setTimeout(() => {
        logger.warn('in-flight requests did not finish in 10 s; closing connections');
        server.closeAllConnections();
      }, 10_000);
      force.unref();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      clearTimeout(force);
      // Scheduled work in flight finishes (a job cut off is taken up again when its lease runs out).
      await Promise.race([jobsStarted.then(() => jobs.stop()), new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
      // An SMTP conversation in flight is bounded by its own time-outs; past this, its message
      // stays claimed and is reported as interrupted rather than sent twice.
      await Promise.race([mail.stop(), new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
      await control?.close();
      await database.close();
      logger.info('stopped');
    })();
    return stopping;
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM').then(() => process.exit(0)));
  process.once('SIGINT', () => void shutdown('SIGINT').then(() => process.exit(0)));
  return { server, port, shutdown, database };
}

/**
 * The admin channel: a Unix socket in the data folder, mode 0600, through which the CLI of the
 * same user has the server run its commands (workspace, user, import, export, backup) on the open
 * database while PGlite keeps the folder to this process (see src/cli/channel.ts).
 */
function startControlSocket(config: Config, database: Database, logger: ReturnType<typeof createLogger>) {
  const socketPath = controlSocketPath(config.DATA_DIR);
  try {
    fs.unlinkSync(socketPath);
  } catch {
    /* none left over */
  }
  const running = new Set<Promise<void>>();
  const server = http.createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/run') return void res.writeHead(404).end();
    const done = serveCommand(req, res, { database, log: (command, exit) => logger.info({ command, exit }, 'command from the CLI') })
      .catch((err: Error) => {
        logger.error({ err: err.message }, 'command from the CLI failed');
        res.destroy();
      })
      .finally(() => running.delete(done));
    running.add(done);
  });
  // Created with mode 0600 rather than changed to it after: no moment in which others can connect.
  const umask = process.umask(0o177);
  try {
    server.listen(socketPath);
  } finally {
    process.umask(umask);
  }
  server.once('listening', () => fs.chmodSync(socketPath, 0o600));
  // The web app runs on without it; the CLI then says the folder is in use.
  server.on('error', (err) => logger.warn({ err: err.message, socketPath }, 'the control socket for the CLI could not be opened'));
  return {
    /** Stops taking commands and waits up to 10 s for those running (an import resumes later). */
    async close() {
      server.close();
      await Promise.race([Promise.allSettled([...running]), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
      server.closeAllConnections();
    },
  };
}
