// The HTTP server: serve the app, and shut down cleanly on SIGTERM/SIGINT — stop accepting,
// finish in-flight requests, let the mail sender finish the message in flight (queued mail stays
// in the database for the next start), then close the database (PGlite flushes and releases the
// folder lock).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from '@hono/node-server';
import type { Config } from './config.ts';
import { buildApp, type AppState } from './app.ts';
import { createLogger, openAndMigrate } from './bootstrap.ts';
import { createMailSender, senderAddress } from './modules/mail/sender.ts';

export async function startServer(config: Config) {
  const logger = createLogger(config);
  const { database, demo } = await openAndMigrate(config, logger);
  const state: AppState = { shuttingDown: false };
  const mail = createMailSender({ db: database.db, logger, smtpUrl: config.SMTP_URL, from: senderAddress(config) });
  const app = buildApp({ database, config, logger, mail }, state);

  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }) as http.Server;
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const control = database.kind === 'pglite' ? startControlSocket(config, database.dump!, logger) : null;
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
      // An SMTP conversation in flight is bounded by its own time-outs; past this, its message
      // stays claimed and is reported as interrupted rather than sent twice.
      await Promise.race([mail.stop(), new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
      control?.close();
      await database.close();
      logger.info('stopped');
    })();
    return stopping;
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM').then(() => process.exit(0)));
  process.once('SIGINT', () => void shutdown('SIGINT').then(() => process.exit(0)));
  return { server, port, shutdown, database };
}

/** A Unix socket in the data folder through which `samverkan backup` asks the running server for a dump. */
function startControlSocket(config: Config, dump: () => Promise<Uint8Array>, logger: ReturnType<typeof createLogger>) {
  const socketPath = controlSocketPath(config.DATA_DIR);
  try {
    fs.unlinkSync(socketPath);
  } catch {
    /* none left over */
  }
  const server = http.createServer(async (req, res) => {
    if (req.method === 'POST' && req.url === '/backup') {
      try {
        const bytes = await dump();
        res.writeHead(200, { 'content-type': 'application/gzip' }).end(Buffer.from(bytes));
      } catch (err) {
        logger.error({ err: (err as Error).message }, 'backup failed');
        res.writeHead(500).end((err as Error).message);
      }
    } else res.writeHead(404).end();
  });
  server.listen(socketPath, () => fs.chmodSync(socketPath, 0o600));
  return { close: () => server.close() };
}

export function controlSocketPath(dataDir: string) {
  return path.join(path.resolve(dataDir), 'control.sock');
}
