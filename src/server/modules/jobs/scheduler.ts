// The scheduler: one loop per server process that claims due jobs from the job table and runs
// their handlers (decision 017). Several processes on one PostgreSQL share the table; each job
// runs in one of them. Handlers are registered by the modules (jobs/registry.ts).
import crypto from 'node:crypto';
import os from 'node:os';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../../db/types.ts';
import { claimDue, ensureRecurring, finishJob, pruneFinished, type JobRow } from './queue.ts';

export interface JobContext {
  db: Kysely<DB>;
  now: () => Date;
  logger: Logger;
  job: JobRow;
}

export type JobHandler = (ctx: JobContext) => Promise<void>;

export interface JobKind {
  kind: string;
  handler: JobHandler;
  /** Recurring: runs every this many seconds, in one process. */
  everySeconds?: number;
}

export interface SchedulerOptions {
  db: Kysely<DB>;
  logger: Logger;
  kinds: JobKind[];
  now?: () => Date;
  /** How often the loop looks for due work when nothing woke it. */
  pollMs?: number;
  /** How long a claimed job is this process's before another may take it over. */
  leaseMs?: number;
  /** Finished jobs are kept this long for inspection. */
  keepDays?: number;
}

export interface PassReport {
  ran: number;
  failed: number;
}

export interface Scheduler {
  /** Writes the recurring jobs' rows (first run now); start() does this first. */
  prepare(): Promise<void>;
  /** Prepares, then looks for due work every poll interval. */
  start(): Promise<void>;
  /** Runs what is due now, once (waits for a pass already running). */
  runDue(): Promise<PassReport>;
  /** Looks for due work soon, e.g. after a commit that queued a job. */
  wake(): void;
  /** Stops looking for work and waits for the pass in flight. */
  stop(): Promise<void>;
}

const PRUNE_KIND = 'jobs.prune';

export function createScheduler(opts: SchedulerOptions): Scheduler {
  const { db } = opts;
  const clock = opts.now ?? (() => new Date());
  const pollMs = opts.pollMs ?? 15_000;
  const leaseMs = opts.leaseMs ?? 10 * 60_000;
  const keepMs = (opts.keepDays ?? 30) * 86_400_000;
  const owner = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`.slice(0, 200);
  const log = opts.logger.child({ module: 'jobs' });
  const kinds = new Map<string, JobKind>(opts.kinds.map((k) => [k.kind, k]));
  kinds.set(PRUNE_KIND, { kind: PRUNE_KIND, everySeconds: 86_400, handler: async (ctx) => void (await pruneFinished(ctx.db, new Date(ctx.now().getTime() - keepMs))) });

  let started = false;
  let stopping = false;
  let running: Promise<PassReport> | null = null;
  let timer: NodeJS.Timeout | null = null;

  async function runOne(job: JobRow): Promise<boolean> {
    const kind = kinds.get(job.kind);
    let error: string | null = null;
    try {
      if (!kind) throw new Error(`no handler for job kind ${job.kind}`);
      await kind.handler({ db, now: clock, logger: log, job });
    } catch (err) {
      error = (err as Error).message || String(err);
      log.warn({ jobId: job.id, kind: job.kind, attempt: job.attempts, err: error }, 'job failed');
    }
    await finishJob(db, job, owner, clock(), error);
    return error === null;
  }

  async function pass(): Promise<PassReport> {
    const report: PassReport = { ran: 0, failed: 0 };
    // A bounded pass: a backlog is worked off over several passes, not in one that never ends.
    for (let round = 0; round < 20 && !stopping; round++) {
      const now = clock();
      const due = await claimDue(db, owner, now, new Date(now.getTime() + leaseMs), 5);
      if (!due.length) break;
      for (const job of due) {
        if (await runOne(job)) report.ran++;
        else report.failed++;
      }
    }
    return report;
  }

  function schedule(ms: number) {
    if (!started || stopping) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void runDue().catch((err: Error) => log.error({ err: err.message }, 'job pass failed')), ms);
    timer.unref();
  }

  async function runDue(): Promise<PassReport> {
    while (running) await running.catch(() => undefined);
    running = pass();
    try {
      return await running;
    } finally {
      running = null;
      schedule(pollMs);
    }
  }

  async function prepare() {
    const recurring = [...kinds.values()].filter((k) => k.everySeconds).map((k) => ({ kind: k.kind, everySeconds: k.everySeconds! }));
    await ensureRecurring(db, recurring, clock());
  }

  return {
    prepare,
    async start() {
      await prepare();
      started = true;
      schedule(0);
    },
    runDue,
    wake() {
      schedule(50);
    },
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}
