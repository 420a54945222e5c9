// The deadline watch and response-time statistics through HTTP on a real database, with a clock
// the test moves: counts for the caller and for everyone, the caller's open cases by due date,
// and per category the median days to the first answer and the share answered by the due date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, buildUser, Client, createTestApp, type TestApp } from '../../../../tests/helpers/app.ts';

let t: TestApp;
let desk: Client;
let viewer: Client;
let deskId: string;
let base: string;

// Monday 23 November 2026, 10:00 in Stockholm.
const MONDAY = new Date('2026-11-23T09:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function register(at: Date, extra: Record<string, unknown>) {
  t.clock.now = at;
  const r = await desk.post(`${base}/cases`, { channel: 'phone', receivedAt: at.toISOString(), ...extra });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; dueOn: string };
}

async function answer(id: string, at: Date) {
  t.clock.now = at;
  expect((await desk.post(`${base}/cases/${id}/status`, { status: 'answered', comment: 'Per telefon' })).status).toBe(200);
}

beforeAll(async () => {
  // The clock jumps days back and forth; sessions must outlive it.
  t = await createTestApp({ SESSION_IDLE_HOURS: 24 * 400, SESSION_MAX_DAYS: 400 });
  const s = await adminSession(t, 'en');
  base = `/api/w/${s.ws.id}`;
  const d = await buildUser(t, { workspaceId: s.ws.id, role: 'desk', name: 'Märta Håkansson' });
  desk = new Client(t, 'sv');
  await desk.login(d.email);
  deskId = d.id;
  const v = await buildUser(t, { workspaceId: s.ws.id, role: 'viewer' });
  viewer = new Client(t, 'da');
  await viewer.login(v.email);

  // Starta företag: 5 working days. Three answered after 1, 2 and 9 days (the last one late).
  const start = MONDAY.getTime() - 20 * DAY; // Tuesday 3 November
  for (const [received, days] of [[0, 1], [1, 2], [2, 9]] as const) {
    const c = await register(new Date(start + received * DAY), { category: 'starta-foretag', title: `Starta ${received}` });
    await answer(c.id, new Date(start + (received + days) * DAY));
  }
  // Export: 10 working days. One answered in 3.5 days; one open and overdue (mine); one open due today (mine); one open, nobody's.
  const e = await register(new Date(start), { category: 'export', title: 'Export 1' });
  await answer(e.id, new Date(start + 3.5 * DAY));
  await register(new Date(start + DAY), { category: 'export', title: 'Export sen', assigneeId: deskId });
  // Due today: ten working days before Monday 23 November is Monday 9 November.
  const today = await register(new Date('2026-11-09T08:00:00Z'), { category: 'export', title: 'Export i dag', assigneeId: deskId });
  expect(today.dueOn).toBe('2026-11-23');
  await register(new Date(MONDAY.getTime() - HOUR), { category: 'export', title: 'Export ny' });
  t.clock.now = MONDAY;
});
afterAll(() => t.close());

describe('deadline watch', () => {
  it('counts open, overdue and due-today cases for the caller and everyone, and lists the caller’s open cases by due date', async () => {
    t.clock.now = MONDAY;
    const r = await desk.get(`${base}/case-deadlines`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      today: '2026-11-23',
      mine: { open: 2, overdue: 1, dueToday: 1 },
      all: { open: 3, overdue: 1, dueToday: 1, unassigned: 1 },
      referralsAwaitingReceipt: 0,
    });
    expect(r.body.myCases.map((c: { title: string; overdue: boolean }) => [c.title, c.overdue])).toEqual([['Export sen', true], ['Export i dag', false]]);
    const theirs = await viewer.get(`${base}/case-deadlines`);
    expect(theirs.body.mine).toEqual({ open: 0, overdue: 0, dueToday: 0 });
    expect(theirs.body.myCases).toEqual([]);
    // A day later, today's case is overdue too.
    t.clock.now = new Date(MONDAY.getTime() + DAY);
    expect((await desk.get(`${base}/case-deadlines`)).body.mine).toEqual({ open: 2, overdue: 2, dueToday: 0 });
  });
});

describe('response-time statistics', () => {
  it('gives per category the median days to answer and the share answered by the due date', async () => {
    t.clock.now = MONDAY;
    const r = await viewer.get(`${base}/case-statistics`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ from: '2025-11-24', to: '2026-11-23' });
    const by = Object.fromEntries(r.body.categories.map((c: { category: { code: string } }) => [c.category.code, c]));
    expect(by['starta-foretag']).toMatchObject({ category: { responseDays: 5 }, received: 3, answered: 3, medianDays: 2, withinTarget: 2, shareWithinTarget: 0.667, open: 0, overdue: 0 });
    expect(by.export).toMatchObject({ received: 4, answered: 1, medianDays: 3.5, withinTarget: 1, shareWithinTarget: 1, open: 3, overdue: 1 });
    expect(by.ovrigt).toMatchObject({ received: 0, answered: 0, medianDays: null, shareWithinTarget: null });
    expect(r.body.total).toEqual({ received: 7, answered: 4, medianDays: 2.8, withinTarget: 3, shareWithinTarget: 0.75, open: 3, overdue: 1 });
  });

  it('counts cases by the day they came in, in a period of at most five years; bad periods are refused in the reader’s language', async () => {
    const first = await viewer.get(`${base}/case-statistics?from=2026-11-03&to=2026-11-03`);
    expect(first.body.total).toMatchObject({ received: 2, answered: 2 });
    const order = await viewer.get(`${base}/case-statistics?from=2026-11-23&to=2026-11-01`);
    expect(order.status).toBe(422);
    expect(order.body.errors).toEqual([{ field: 'from', code: 'period_order', message: 'Startdatoen skal ligge før eller på slutdatoen.' }]);
    expect((await viewer.get(`${base}/case-statistics?from=2010-01-01&to=2026-01-01`)).body.errors[0]).toMatchObject({ code: 'period_too_long' });
    for (const qs of ['from=2026-13-01', 'to=yesterday', 'from=2026-02-30x']) expect((await viewer.get(`${base}/case-statistics?${qs}`)).status, qs).toBe(422);
  });
});
