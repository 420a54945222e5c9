// The job scheduler on the real database: due times by the caller's clock, recurring work,
// retries, restarts and lost leases, and each job run once by concurrent schedulers.
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { queueJob } from './queue.ts';
import { createScheduler, type JobKind } from './scheduler.ts';

let t: TestApp;
const logger = pino({ level: 'silent' });
let clock: Date;
const now = () => clock;
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  clock = at('2027-03-01T08:00:00Z');
  await sql`delete from jobs`.execute(t.database.db);
});

const jobRows = async () => (await sql<{ kind: string; key: string; state: string; attempts: number; run_at: Date; last_error: string | null }>`select kind, key, state, attempts, run_at, last_error from jobs where kind <> 'jobs.prune' order by id`.execute(t.database.db)).rows;

function scheduler(kinds: JobKind[]) {
  return createScheduler({ db: t.database.db, logger, kinds, now });
}

describe('job scheduler', () => {
  it('runs a one-off job when its time has come by the clock it is given, and once', async () => {
    const ran: string[] = [];
    const s = scheduler([{ kind: 'test.note', handler: async ({ job }) => void ran.push(String(job.payload.text)) }]);
    await queueJob(t.database.db, { kind: 'test.note', key: 'note:1', payload: { text: 'hello' }, runAt: at('2027-03-02T08:00:00Z') });
    expect(await s.runDue()).toEqual({ ran: 0, failed: 0 });
    clock = at('2027-03-02T07:59:59Z');
    await s.runDue();
    expect(ran).toEqual([]);
    clock = at('2027-03-02T08:00:00Z');
    expect(await s.runDue()).toEqual({ ran: 1, failed: 0 });
    await s.runDue();
    expect(ran).toEqual(['hello']);
    expect((await jobRows())[0]).toMatchObject({ state: 'done', attempts: 1 });
  });

  it('queues one job per key while it is unfinished', async () => {
    expect(await queueJob(t.database.db, { kind: 'test.note', key: 'same', runAt: clock })).toBe(true);
    expect(await queueJob(t.database.db, { kind: 'test.note', key: 'same', runAt: clock })).toBe(false);
    const s = scheduler([{ kind: 'test.note', handler: async () => undefined }]);
    await s.runDue();
    // Done: the key is free again.
    expect(await queueJob(t.database.db, { kind: 'test.note', key: 'same', runAt: clock })).toBe(true);
    expect((await jobRows()).map((j) => j.state)).toEqual(['done', 'queued']);
  });

  it('runs recurring work every interval, and still after the clock was set back', async () => {
    let runs = 0;
    const s = scheduler([{ kind: 'test.tick', everySeconds: 600, handler: async () => void runs++ }]);
    await s.prepare();
    await s.runDue();
    expect(runs).toBe(1);
    clock = at('2027-03-01T08:09:00Z');
    await s.runDue();
    expect(runs).toBe(1);
    clock = at('2027-03-01T08:10:00Z');
    await s.runDue();
    expect(runs).toBe(2);
    // Moved a month ahead and back: the next run, a month away, is not waited for.
    clock = at('2027-04-01T08:00:00Z');
    await s.runDue();
    clock = at('2027-03-01T08:11:00Z');
    await s.runDue();
    expect(runs).toBe(4);
    const [row] = await jobRows();
    expect(row).toMatchObject({ kind: 'test.tick', state: 'queued', attempts: 0 });
    expect(row!.run_at.toISOString()).toBe('2027-03-01T08:21:00.000Z');
  });

  it('retries a failing job later and gives up after its attempts, keeping the error', async () => {
    let calls = 0;
    const s = scheduler([{ kind: 'test.fail', handler: async () => { calls++; throw new Error('the partner portal did not answer'); } }]);
    await queueJob(t.database.db, { kind: 'test.fail', key: 'f', runAt: clock, maxAttempts: 3 });
    expect(await s.runDue()).toEqual({ ran: 0, failed: 1 });
    let [row] = await jobRows();
    expect(row).toMatchObject({ state: 'queued', attempts: 1, last_error: 'the partner portal did not answer' });
    expect(row!.run_at.toISOString()).toBe('2027-03-01T08:00:30.000Z');
    await s.runDue();
    expect(calls).toBe(1);
    clock = at('2027-03-01T08:00:30Z');
    await s.runDue();
    clock = at('2027-03-01T08:02:30Z');
    await s.runDue();
    clock = at('2027-03-02T08:00:00Z');
    await s.runDue();
    expect(calls).toBe(3);
    [row] = await jobRows();
    expect(row).toMatchObject({ state: 'failed', attempts: 3 });
  });

  it('fails a job of a kind nobody handles, with the reason', async () => {
    await queueJob(t.database.db, { kind: 'test.unknown', key: 'u', runAt: clock, maxAttempts: 1 });
    expect(await scheduler([]).runDue()).toEqual({ ran: 0, failed: 1 });
    expect((await jobRows())[0]).toMatchObject({ state: 'failed', last_error: 'no handler for job kind test.unknown' });
  });

  it('keeps queued work across a restart, and takes over a job whose process died once its lease ran out', async () => {
    await queueJob(t.database.db, { kind: 'test.note', key: 'before-restart', runAt: clock });
    const ran: string[] = [];
    // A process that claims the job and dies before finishing it: its lease stays behind.
    const dying = createScheduler({ db: t.database.db, logger, now, leaseMs: 60_000, kinds: [{ kind: 'test.note', handler: () => new Promise(() => undefined) }] });
    void dying.runDue();
    await new Promise((r) => setTimeout(r, 200));
    expect((await jobRows())[0]).toMatchObject({ state: 'running' });
    const next = scheduler([{ kind: 'test.note', handler: async ({ job }) => void ran.push(job.key) }]);
    await next.runDue();
    expect(ran).toEqual([]);
    clock = at('2027-03-01T08:01:01Z');
    await next.runDue();
    expect(ran).toEqual(['before-restart']);
    expect((await jobRows())[0]).toMatchObject({ state: 'done', attempts: 2 });
  });

  it('runs each of 40 jobs exactly once when three schedulers work at the same time', async () => {
    const counts = new Map<string, number>();
    const handler = async ({ job }: { job: { key: string } }) => {
      counts.set(job.key, (counts.get(job.key) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 2));
    };
    for (let i = 0; i < 40; i++) await queueJob(t.database.db, { kind: 'test.once', key: `once:${i}`, runAt: clock });
    const schedulers = [1, 2, 3].map(() => scheduler([{ kind: 'test.once', handler }]));
    const reports = await Promise.all(schedulers.map((s) => s.runDue()));
    expect(reports.reduce((n, r) => n + r.ran, 0)).toBe(40);
    expect(counts.size).toBe(40);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect((await jobRows()).every((j) => j.state === 'done')).toBe(true);
  });
});
