// The mail sender: delivers queued mail after commit through SMTP (nodemailer), one message at a
// time. A message is claimed in its own committed statement before it is handed to SMTP, so it
// is sent at most once: a crash mid-send leaves it claimed, and it then fails with a note instead
// of going out twice. Temporary failures are retried with growing delays; a permanent refusal
// (5xx for the recipient or the message) or the last attempt marks it failed. Without SMTP_URL
// queued mail is held. Stopping waits for the message in flight; the rest stays queued in the
// database and goes out after the next start. Logs carry ids and SMTP codes, never addresses,
// subjects or bodies.
import nodemailer from 'nodemailer';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../../db/types.ts';
import { claimMail, dueMail, failInterrupted, holdQueued, markNotSent, markSent, type ClaimedMail } from './queries.ts';

export const MAX_ATTEMPTS = 5;
/** Delay after the 1st, 2nd, … failed attempt (the last one applies beyond). */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000];
/** A claim older than this belongs to a sender that died; SMTP time-outs keep a live send far shorter. */
export const CLAIM_TIMEOUT_MS = 10 * 60_000;
export const INTERRUPTED_NOTE = 'Sending was interrupted (the server stopped or lost its connection). The message may have been delivered; check with the recipient before sending it again.';
const POLL_MS = 5_000;
const PER_PASS = 50;

export interface MailSenderOptions {
  db: Kysely<DB>;
  logger: Logger;
  /** smtp:// or smtps:// URL; without it queued mail is held. */
  smtpUrl?: string;
  /** The From address; the workspace's name is its display name. */
  from: string;
  now?: () => Date;
  pollMs?: number;
  maxAttempts?: number;
  retryDelaysMs?: number[];
  /** Connection, greeting and idle time-outs of one SMTP conversation. */
  smtpTimeoutMs?: number;
}

export interface PassResult {
  sent: number;
  retrying: number;
  failed: number;
  held: number;
  interrupted: number;
}

export interface MailSender {
  /** Whether mail is delivered (SMTP configured) or held. */
  readonly delivers: boolean;
  /** Polls for due mail until stopped. */
  start(): void;
  /** Runs a pass soon, e.g. right after a commit that queued mail. */
  wake(): void;
  /** One pass now (waits for a pass already running first). */
  runOnce(): Promise<PassResult>;
  /** No new pass; waits for the message in flight. Queued mail stays queued for the next start. */
  stop(): Promise<void>;
}

/** MAIL_FROM, else noreply@ the host of PUBLIC_URL, else noreply@localhost. */
export function senderAddress(config: { MAIL_FROM?: string; PUBLIC_URL?: string }) {
  return config.MAIL_FROM ?? `noreply@${config.PUBLIC_URL ? new URL(config.PUBLIC_URL).hostname : 'localhost'}`;
}

interface SmtpError {
  message?: string;
  code?: string;
  responseCode?: number;
  response?: string;
}

/** 5xx for a recipient or the message will not change on retry; anything else might. */
function isPermanent(e: SmtpError) {
  return !!e.responseCode && e.responseCode >= 500 && (e.code === 'EENVELOPE' || e.code === 'EMESSAGE');
}

export function createMailSender(opts: MailSenderOptions): MailSender {
  const { db, logger } = opts;
  const clock = opts.now ?? (() => new Date());
  const pollMs = opts.pollMs ?? POLL_MS;
  const maxAttempts = opts.maxAttempts ?? MAX_ATTEMPTS;
  const delays = opts.retryDelaysMs ?? RETRY_DELAYS_MS;
  const timeout = opts.smtpTimeoutMs ?? 30_000;
  const transport = opts.smtpUrl
    ? nodemailer.createTransport({ url: opts.smtpUrl, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout * 2 })
    : null;
  const domain = opts.from.split('@')[1] ?? 'localhost';
  const log = logger.child({ module: 'mail' });

  let started = false;
  let stopping = false;
  let running: Promise<PassResult> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;

  async function deliver(mail: ClaimedMail): Promise<'sent' | 'retrying' | 'failed'> {
    const ids = { mailId: mail.id, workspaceId: mail.workspace_id, attempt: mail.attempts };
    try {
      await transport!.sendMail({
        from: { name: mail.workspace_name, address: opts.from },
        to: mail.to_address,
        replyTo: mail.reply_to ?? undefined,
        subject: mail.subject,
        text: mail.body_text,
        html: mail.body_html ?? undefined,
        messageId: `<${mail.id}@${domain}>`,
        headers: { 'Content-Language': mail.language, 'Auto-Submitted': 'auto-generated' },
      });
    } catch (err) {
      const e = err as SmtpError;
      const final = isPermanent(e) || mail.attempts >= maxAttempts;
      const delay = delays[Math.min(mail.attempts, delays.length) - 1] ?? 60_000;
      const error = (e.response ?? e.message ?? String(err)).slice(0, 2000);
      await markNotSent(db, mail, error, final ? null : new Date(clock().getTime() + delay));
      log.warn({ ...ids, code: e.code, responseCode: e.responseCode, final }, final ? 'mail failed' : 'mail not delivered; will retry');
      return final ? 'failed' : 'retrying';
    }
    // Outside the try: if recording fails now, the claim stays and the mail is never resent.
    await markSent(db, mail, clock());
    log.info(ids, 'mail sent');
    return 'sent';
  }

  async function pass(): Promise<PassResult> {
    const result: PassResult = { sent: 0, retrying: 0, failed: 0, held: 0, interrupted: 0 };
    result.interrupted = await failInterrupted(db, new Date(clock().getTime() - CLAIM_TIMEOUT_MS), INTERRUPTED_NOTE);
    if (result.interrupted) log.warn({ count: result.interrupted }, 'mail interrupted while sending marked failed');
    if (!transport) {
      result.held = await holdQueued(db);
      if (result.held) log.info({ count: result.held }, 'mail held: no SMTP_URL configured');
      return result;
    }
    let handled = 0;
    while (!stopping && handled < PER_PASS) {
      const due = await dueMail(db, clock(), 5);
      let mail: ClaimedMail | null = null;
      for (const key of due) {
        mail = await claimMail(db, key, clock());
        if (mail) break;
      }
      if (!mail) break;
      result[await deliver(mail)]++;
      handled++;
    }
    if (handled === PER_PASS) again = true;
    return result;
  }

  function schedule(ms: number) {
    if (!started || stopping) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void kick(), ms);
    timer.unref();
  }

  function kick(): Promise<PassResult> {
    if (running) {
      again = true;
      return running;
    }
    const run = (async () => {
      const total: PassResult = { sent: 0, retrying: 0, failed: 0, held: 0, interrupted: 0 };
      do {
        again = false;
        const r = await pass();
        for (const k of Object.keys(total) as (keyof PassResult)[]) total[k] += r[k];
      } while (again && !stopping);
      return total;
    })();
    running = run;
    run
      .catch((err: { message?: string; code?: string }) => log.error({ err: { message: err.message, code: err.code } }, 'mail pass failed'))
      .finally(() => {
        running = null;
        schedule(pollMs);
      });
    return run;
  }

  return {
    delivers: !!transport,
    start() {
      if (started) return;
      started = true;
      log.info({ delivery: transport ? 'smtp' : 'held' }, 'mail sender started');
      schedule(0);
    },
    wake() {
      if (started && !stopping) void kick().catch(() => undefined);
    },
    async runOnce() {
      while (running) await running.catch(() => undefined);
      return kick();
    },
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
      transport?.close();
    },
  };
}
