// Settings from the environment, checked once at start.
import { z } from 'zod';

/** `NAME=` in an env file means not set. */
const unsetIfEmpty = <T extends z.ZodType>(type: T) => z.preprocess((v) => (v === '' ? undefined : v), type);

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  /** PGlite only: MiB of database pages kept in memory (its shared_buffers; PGlite's own default is 128). */
  PGLITE_CACHE_MB: unsetIfEmpty(z.coerce.number().int().min(16).max(2048).optional()),
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_HOURS: z.coerce.number().positive().default(12),
  SESSION_MAX_DAYS: z.coerce.number().positive().default(7),
  INVITE_DAYS: z.coerce.number().positive().default(7),
  /** Outgoing mail: smtp://user:password@host:587 or smtps://…:465. Without it, mail is held in the outbox. */
  SMTP_URL: unsetIfEmpty(z.string().url().refine((u) => /^smtps?:$/.test(new URL(u).protocol), 'must start with smtp:// or smtps://').optional()),
  /** The sender address of outgoing mail; the workspace's name is its display name. */
  MAIL_FROM: unsetIfEmpty(z.email().optional()),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_000_000),
  /** Public question form: attempts per IP address, and stored questions per workspace, in the window. */
  CASE_FORM_IP_LIMIT: z.coerce.number().int().positive().default(20),
  CASE_FORM_WORKSPACE_LIMIT: z.coerce.number().int().positive().default(500),
  CASE_FORM_WINDOW_MINUTES: z.coerce.number().positive().default(60),
  /** Largest public question form body; bigger ones are refused with 413 and counted. */
  CASE_FORM_MAX_BYTES: z.coerce.number().int().positive().default(65_536),
  /** Demo workspace on an empty database: on unless DEMO=false. */
  DEMO: z.enum(['true', 'false']).default('true'),
  /** Lower cost for argon2 in tests only; never set in production. */
  ARGON2_FAST: z.enum(['true', 'false']).default('false'),
  /**
   * Browser tests only: the server's clock can be moved (PUT /api/test/clock), so that work due on
   * a later day (reminders) can be seen today. Never set in production.
   */
  TEST_CLOCK: z.enum(['true', 'false']).default('false'),
  /** How often scheduled work is looked for, in seconds. */
  JOBS_POLL_SECONDS: z.coerce.number().min(0.2).max(3600).default(15),
});

export type Config = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = schema.safeParse({ ...env, ...overrides });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  return parsed.data;
}
