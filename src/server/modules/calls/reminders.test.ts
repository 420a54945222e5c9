// Reminders before call deadlines, run by the product's scheduler on a moved clock: the right
// day, once, in the follower's language, for both stages, after a late follow and a moved deadline.
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, Client, createTestApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { createScheduler } from '../jobs/scheduler.ts';
import { created, portfolioSession, type Portfolio } from '../projects/testkit.ts';
import { callReminderJob } from './reminders.ts';

let t: TestApp;
let a: Portfolio;
let clock: Date;
let danish: Client;
let callId: string;

const put = (c: Client, url: string, body: unknown) => c.request('PUT', url, body);

async function outbox(workspaceId: string) {
  const { rows } = await sql<{ to_address: string; subject: string; body_text: string; language: string; related_id: string }>`
    select to_address, subject, body_text, language, related_id from mail_outbox where workspace_id = ${workspaceId} and template = 'call.reminder' order by seq`.execute(t.database.db);
  return rows;
}

function scheduler() {
  return createScheduler({ db: t.database.db, logger: pino({ level: 'silent' }), now: () => clock, kinds: [callReminderJob({ baseUrl: 'https://samverkan.example' })] });
}

/** Runs the reminder job at `iso`, as the scheduler does when its time has come. */
async function runAt(iso: string) {
  clock = new Date(iso);
  const s = scheduler();
  await s.prepare();
  // The job's turn has come (it runs every 15 minutes; here exactly at the moment asked about).
  await sql`update jobs set run_at = ${clock} where kind = 'calls.reminders'`.execute(t.database.db);
  const r = await s.runDue();
  const failed = await sql<{ last_error: string | null }>`select last_error from jobs where kind = 'calls.reminders'`.execute(t.database.db);
  expect(failed.rows[0]?.last_error ?? null).toBeNull();
  return r;
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2027-01-10T09:00:00Z');
  a = await portfolioSession(t, { lang: 'sv', own: false });
  const programme = (await a.viewer.get(`${a.base}/programmes?q=South%20Baltic`)).body.items[0].id;
  callId = (await created(a.officer.post(`${a.base}/calls`, { programmeId: programme, identifier: 'SB-3', title: 'Små projekt', deadline: '2027-03-10T17:00', stage2Deadline: '2027-06-01T12:00' }))).id;
  const u = await buildUser(t, { workspaceId: a.workspaceId, role: 'officer', name: 'Mette Dansk' });
  await sql`update users set locale = 'da' where id = ${u.id}`.execute(t.database.db);
  danish = new Client(t, 'da');
  await danish.login(u.email);
  await created(put(a.officer, `${a.base}/calls/${callId}/follow`, { following: true }), 200);
  await created(put(danish, `${a.base}/calls/${callId}/follow`, { following: true }), 200);
});
afterAll(() => t.close());

describe('call reminders', () => {
  it('mails each follower 14 days before the deadline, on that day and once, in their language', async () => {
    await runAt('2027-02-24T15:59:00Z');
    expect(await outbox(a.workspaceId)).toHaveLength(0);
    await runAt('2027-02-24T16:00:00Z');
    await runAt('2027-02-24T16:20:00Z');
    const mails = await outbox(a.workspaceId);
    expect(mails).toHaveLength(2);
    const da = mails.find((m) => m.language === 'da')!;
    expect(da.subject).toBe('Påmindelse: SB-3 Små projekt lukker om 14 dage');
    expect(da.body_text).toContain('Hej Mette Dansk');
    expect(da.body_text).toContain('Fristen er 10. marts 2027 kl. 17.00 CET (tid i Bruxelles).');
    expect(da.body_text).toContain(`https://samverkan.example/w/`);
    expect(da.body_text).toContain(`/projects/calls/${callId}`);
    const sv = mails.find((m) => m.language === 'sv')!;
    expect(sv.subject).toBe('Påminnelse: SB-3 Små projekt stänger om 14 dagar');
    expect(sv.related_id).toBe(callId);
  });

  it('mails again 3 days before, and runs once however many schedulers run at the same time', async () => {
    clock = new Date('2027-03-07T16:00:00Z');
    const runs = [scheduler(), scheduler(), scheduler()];
    for (const s of runs) await s.prepare();
    await sql`update jobs set run_at = ${clock} where kind = 'calls.reminders'`.execute(t.database.db);
    await Promise.all(runs.map((s) => s.runDue()));
    const mails = await outbox(a.workspaceId);
    expect(mails).toHaveLength(4);
    expect(mails.slice(2).map((m) => m.subject).sort()).toEqual(['Påmindelse: SB-3 Små projekt lukker om 3 dage', 'Påminnelse: SB-3 Små projekt stänger om 3 dagar']);
    await runAt('2027-03-10T15:00:00Z');
    await runAt('2027-03-11T09:00:00Z');
    expect(await outbox(a.workspaceId)).toHaveLength(4);
  });

  it('reminds of the second stage, not of what was missed before one followed, and not after one stopped', async () => {
    t.clock.now = new Date('2027-05-20T09:00:00Z');
    await a.signInAgain();
    await danish.login((await sql<{ email: string }>`select email from users where name = 'Mette Dansk'`.execute(t.database.db)).rows[0]!.email);
    // The Danish officer stops following; the viewer starts now, after the stage's 14-day moment.
    await created(put(danish, `${a.base}/calls/${callId}/follow`, { following: false }), 200);
    await created(put(a.viewer, `${a.base}/calls/${callId}/follow`, { following: true }), 200);
    await runAt('2027-05-20T10:00:00Z');
    let mails = await outbox(a.workspaceId);
    expect(mails).toHaveLength(5);
    expect(mails[4]!.body_text).toContain('Det gäller andra steget.');
    expect(mails[4]!.subject).toBe('Påminnelse: SB-3 Små projekt stänger om 12 dagar');
    await runAt('2027-05-29T10:00:00Z');
    mails = await outbox(a.workspaceId);
    expect(mails).toHaveLength(7);
    expect(mails.slice(5).map((m) => m.language)).toEqual(['sv', 'sv']);
  });

  it('sends new reminders for a deadline moved later, on the days the workspace chose', async () => {
    await created(put(a.admin, `${a.base}/call-settings`, { reminderDays: [7] }), 200);
    const current = (await a.officer.get(`${a.base}/calls/${callId}`)).body;
    await created(a.officer.patch(`${a.base}/calls/${callId}`, { version: current.version, stage2Deadline: '2027-07-01T12:00' }), 200);
    await runAt('2027-06-20T10:00:00Z');
    expect(await outbox(a.workspaceId)).toHaveLength(7);
    await runAt('2027-06-24T10:00:00Z');
    const mails = await outbox(a.workspaceId);
    expect(mails).toHaveLength(9);
    expect(mails.slice(7).every((m) => m.subject.endsWith('stänger om 7 dagar'))).toBe(true);
  });
});
