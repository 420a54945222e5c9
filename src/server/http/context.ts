// What the shared middleware puts on each request's context.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Logger } from 'pino';
import type { Database } from '../db/connect.ts';
import type { Locale, Role } from '../db/types.ts';
import type { Config } from '../config.ts';

export interface SessionInfo {
  sessionId: string;
  csrfToken: string;
  user: { id: string; email: string; name: string; locale: Locale | null };
}

export interface AppEnv {
  Variables: {
    requestId: string;
    log: Logger;
    locale: Locale;
    session: SessionInfo | null;
    /** Set on /api/w/:workspaceId routes once membership is checked. */
    membership: { workspaceId: string; role: Role } | null;
  };
}

export interface AppDeps {
  database: Database;
  config: Config;
  logger: Logger;
  /** The clock, replaceable in tests. */
  now?: () => Date;
  /** Browser tests only (TEST_CLOCK=true): the movable clock's route. */
  testClockRoutes?: OpenAPIHono<AppEnv>;
  /** The mail sender, woken after a commit that queued mail (absent where nothing is sent). */
  mail?: { wake(): void };
}
