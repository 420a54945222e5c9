// The job table's statements (migration 0015, decision 017): queue, claim, finish. Every time is
// the caller's clock, never the database's, so that tests and a moved test clock decide what is due.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { Tx } from '../../db/tenancy.ts';

export interface JobRow {
  id: string;
  kind: string;
  key: string;
  workspaceId: string | null;
  payload: Record<string, unknown>;
  everySeconds: number | null;
  attempts: number;
  maxAttempts: number;
}

export interface NewJob {
  kind: string;
  /** One unfinished job per key: queuing the same key again changes nothing. Defaults to the kind. */
  key?: string;
  workspaceId?: string | null;
  payload?: Record<string, unknown>;
  runAt: Date;
  maxAttempts?: number;
}

type Runner = Kysely<DB> | Tx;

/** Queues a one-off job in the caller's transaction: it exists only if that commits. */
export async function queueJob(db: Runner, job: NewJob): Promise<boolean> {
  const { rows } = await sql<{ id: string }>`
    insert into jobs (kind, key, workspace_id, payload, run_at, max_attempts)
    values (${job.kind}, ${job.key ?? job.kind}, ${job.workspaceId ?? null}, ${JSON.stringify(job.payload ?? {})}::jsonb, ${job.runAt}, ${job.maxAttempts ?? 5})
    on conflict (key) where state in ('queued', 'running') do nothing
    returning id`.execute(db);
  return rows.length > 0;
}

/** Makes sure each recurring job has its row (first run at `now`), with the interval as given. */
export async function ensureRecurring(db: Kysely<DB>, recurring: { kind: string; everySeconds: number }[], now: Date) {
  for (const r of recurring) {
    await sql`
      insert into jobs (kind, key, every_seconds, run_at, max_attempts)
      values (${r.kind}, ${r.kind}, ${r.everySeconds}, ${now}, 1000000)
      on conflict (key) where state in ('queued', 'running') do update set every_seconds = excluded.every_seconds`.execute(db);
  }
}

/**
 * Claims up to `limit` due jobs for `owner` until `leaseUntil`. Due: queued with its time come;
 * a recurring job whose next run lies further ahead than its interval (the clock went back);
 * or running with its lease run out (its process died). SKIP LOCKED: two processes never claim
 * the same job.
 */
export async function claimDue(db: Kysely<DB>, owner: string, now: Date, leaseUntil: Date, limit: number): Promise<JobRow[]> {
  const { rows } = await sql<{ id: string; kind: string; key: string; workspace_id: string | null; payload: Record<string, unknown>; every_seconds: number | null; attempts: number; max_attempts: number }>`
    update jobs set state = 'running', locked_until = ${leaseUntil}, locked_by = ${owner}, attempts = attempts + 1, last_run_at = ${now}
    where id in (
      select id from jobs
      where (state = 'queued' and (run_at <= ${now} or (every_seconds is not null and run_at > ${now}::timestamptz + every_seconds * interval '1 second')))
         or (state = 'running' and locked_until < ${now})
      order by run_at
      limit ${limit}
      for update skip locked)
    returning id::text, kind, key, workspace_id, payload, every_seconds, attempts, max_attempts`.execute(db);
  return rows.map((r) => ({ id: r.id, kind: r.kind, key: r.key, workspaceId: r.workspace_id, payload: r.payload, everySeconds: r.every_seconds, attempts: r.attempts, maxAttempts: r.max_attempts }));
}

/** Records the end of a run. Only the holder of the lease writes: a job claimed again after a lost lease is not overwritten. */
export async function finishJob(db: Kysely<DB>, job: JobRow, owner: string, now: Date, error: string | null) {
  const failedForGood = error !== null && job.everySeconds === null && job.attempts >= job.maxAttempts;
  const next = job.everySeconds !== null
    ? new Date(now.getTime() + (error ? Math.min(job.everySeconds, retryDelaySeconds(job.attempts)) : job.everySeconds) * 1000)
    : error && !failedForGood
      ? new Date(now.getTime() + retryDelaySeconds(job.attempts) * 1000)
      : null;
  const state = next ? 'queued' : failedForGood ? 'failed' : 'done';
  await sql`
    update jobs set state = ${state}, locked_until = null, locked_by = null,
      run_at = coalesce(${next}::timestamptz, run_at),
      attempts = case when ${job.everySeconds !== null && !error} then 0 else attempts end,
      last_error = ${error?.slice(0, 2000) ?? null},
      finished_at = case when ${state} in ('done', 'failed') then ${now}::timestamptz end
    where id = ${job.id} and state = 'running' and locked_by = ${owner}`.execute(db);
}

/** 30 s, 2 min, 8 min, 32 min… capped at 6 hours. */
export const retryDelaySeconds = (attempt: number) => Math.min(6 * 3600, 30 * 4 ** Math.max(0, attempt - 1));

/** Forgets finished jobs older than `before`. */
export async function pruneFinished(db: Kysely<DB>, before: Date) {
  const r = await sql`delete from jobs where state in ('done', 'failed') and finished_at < ${before}`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}
