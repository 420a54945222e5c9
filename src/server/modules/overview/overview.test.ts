// The start page's figures through HTTP on a real database: the register's counts and relations
// by type, the case desk's open, overdue and this month's cases counted in the workspace's time
// zone, the caller's own cases and the nearest deadlines, imports in progress — each part for the
// roles that may read it, and nothing of another workspace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, buildUser, buildWorkspace, Client, createTestApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { asSystem } from '../../db/tenancy.ts';
import { upload } from '../imports/testkit.ts';

let t: TestApp;
let admin: Client;
let desk: Client;
let viewer: Client;
let deskId: string;
let base: string;
let importId: string;
let other: Awaited<ReturnType<typeof adminSession>>;

// Thursday 10 December 2026, 11:00 in Stockholm.
const NOW = new Date('2026-12-10T10:00:00Z');

async function created(r: Promise<{ status: number; body: any }>) {
  const res = await r;
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string };
}

const registerCase = (client: Client, url: string, receivedAt: string, extra: Record<string, unknown>) =>
  created(client.post(`${url}/cases`, { channel: 'phone', category: 'export', receivedAt, ...extra }));

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = NOW;
  const s = await adminSession(t, 'en');
  admin = s.client;
  base = `/api/w/${s.ws.id}`;
  const d = await buildUser(t, { workspaceId: s.ws.id, role: 'desk' });
  deskId = d.id;
  desk = new Client(t, 'sv');
  await desk.login(d.email);
  const v = await buildUser(t, { workspaceId: s.ws.id, role: 'viewer' });
  viewer = new Client(t, 'da');
  await viewer.login(v.email);

  // The register: three organisations (a fourth merged into the first), two people, relations of three types.
  const own = await created(admin.post(`${base}/organisations`, { name: 'Östanviks kommun', kind: 'municipality', country: 'SE', isOwn: true }));
  const twinA = await created(admin.post(`${base}/organisations`, { name: 'Frederikshavn Kommune', kind: 'municipality', country: 'DK' }));
  const twinB = await created(admin.post(`${base}/organisations`, { name: 'Miasto Słupsk', kind: 'municipality', country: 'PL' }));
  const merged = await created(admin.post(`${base}/organisations`, { name: 'Frederikshavns Kommune', kind: 'municipality', country: 'DK' }));
  await asSystem(t.database.db, (tx) => tx.updateTable('organisations').set({ merged_into: twinA.id }).where('id', '=', merged.id).execute());
  await created(admin.post(`${base}/relation-types`, { code: 'kulturutbyte', labels: { sv: 'Kulturutbyte', da: 'Kulturudveksling', en: 'Cultural exchange' } }));
  for (const [from, to, type] of [[own, twinA, 'twin_town'], [own, twinB, 'twin_town'], [own, twinB, 'kulturutbyte'], [twinA, twinB, 'network_membership']] as const) {
    await created(admin.post(`${base}/relations`, { fromId: from.id, toId: to.id, type }));
  }
  for (const name of ['Mette Sørensen', 'Piotr Nowak']) {
    await created(admin.post(`${base}/people`, { name, legalBasis: 'legitimate_interest', legalBasisDate: '2026-01-01' }));
  }

  // The desk: export questions take 10 working days.
  // Overdue, mine (received 2 November, due 16 November).
  await registerCase(desk, base, '2026-11-02T09:00:00Z', { title: 'Försenat', assigneeId: deskId });
  // 00:30 on 1 December in Stockholm (still 30 November in UTC): this month, mine, due 15 December.
  await registerCase(desk, base, '2026-11-30T23:30:00Z', { title: 'Första december', assigneeId: deskId });
  // 23:30 on 30 November in Stockholm: last month, nobody's, due 14 December.
  await registerCase(desk, base, '2026-11-30T22:30:00Z', { title: 'Sista november' });
  // This month, answered: counts as received, not as open.
  const answered = await registerCase(desk, base, '2026-12-08T08:00:00Z', { title: 'Besvarat' });
  expect((await desk.post(`${base}/cases/${answered.id}/status`, { status: 'answered', comment: 'Per telefon' })).status).toBe(200);

  // The portfolio: an idea, a submitted application, a running project and a rejected one.
  const moves: Record<string, string[]> = {
    Idé: [],
    Ansökan: ['in_preparation', 'submitted'],
    Pågår: ['in_preparation', 'submitted', 'approved', 'contracted', 'running'],
    Avslag: ['in_preparation', 'submitted', 'rejected'],
  };
  for (const [acronym, steps] of Object.entries(moves)) {
    const p = await created(admin.post(`${base}/projects`, { acronym, title: `Projekt ${acronym}`, ourRole: 'partner' }));
    for (const to of steps) expect((await admin.post(`${base}/projects/${p.id}/moves`, { to })).status).toBe(200);
  }

  const up = await upload(t, admin, `${base}/imports`, 'Name,Country\nNy AB,SE\n');
  expect(up.status, JSON.stringify(up.body)).toBe(201);
  importId = up.body.id;

  // Another workspace with data of every kind: none of it may count above.
  other = await adminSession(t, 'en');
  const ob = `/api/w/${other.ws.id}`;
  const o1 = await created(other.client.post(`${ob}/organisations`, { name: 'Annan AB', kind: 'company', country: 'SE' }));
  const o2 = await created(other.client.post(`${ob}/organisations`, { name: 'Annan Partner', kind: 'company', country: 'NO' }));
  await created(other.client.post(`${ob}/relations`, { fromId: o1.id, toId: o2.id, type: 'twin_town' }));
  await created(other.client.post(`${ob}/people`, { name: 'Annan Person', legalBasis: 'legitimate_interest', legalBasisDate: '2026-01-01' }));
  await registerCase(other.client, ob, '2026-11-01T09:00:00Z', { title: 'Annat ärende', assigneeId: other.user.id });
  await registerCase(other.client, ob, '2026-12-09T09:00:00Z', { title: 'Annat nytt ärende' });
  expect((await upload(t, other.client, `${ob}/imports`, 'Name,Country\nAnnan Import AB,SE\n')).status).toBe(201);
  await created(other.client.post(`${ob}/projects`, { acronym: 'ANNAT', title: 'Annat projekt', ourRole: 'lead_partner' }));
});
afterAll(() => t.close());

const titles = (cases: { title: string }[]) => cases.map((c) => c.title);

describe('GET /overview', () => {
  it('counts the register: organisations without merged ones, people, relations by type with the workspace’s own labels', async () => {
    const r = await desk.get(`${base}/overview`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.today).toBe('2026-12-10');
    expect(r.body.timeZone).toBe('Europe/Stockholm');
    expect(r.body.register).toEqual({
      organisations: 3,
      people: 2,
      relations: 4,
      relationTypes: [
        { type: 'twin_town', labels: null, count: 2 },
        { type: 'kulturutbyte', labels: { sv: 'Kulturutbyte', da: 'Kulturudveksling', en: 'Cultural exchange' }, count: 1 },
        { type: 'network_membership', labels: null, count: 1 },
      ],
      otherRelations: 0,
    });
  });

  // 'Första december' came in on 30 November in UTC but on 1 December in Stockholm, 'Sista november'
  // an hour earlier: counted in UTC, this month would hold one case, not two.
  it('counts the desk in the workspace’s time zone and lists the caller’s cases and the nearest deadlines, overdue first', async () => {
    const r = await desk.get(`${base}/overview`);
    const cases = r.body.cases;
    expect(cases).toMatchObject({ open: 3, overdue: 1, dueToday: 0, unassigned: 1, receivedThisMonth: 2, mine: { open: 2, overdue: 1, dueToday: 0 } });
    expect(titles(cases.myCases)).toEqual(['Försenat', 'Första december']);
    expect(cases.myCases.map((c: { overdue: boolean; dueOn: string }) => [c.overdue, c.dueOn])).toEqual([[true, '2026-11-16'], [false, '2026-12-15']]);
    expect(titles(cases.nearestDeadlines)).toEqual(['Försenat', 'Sista november', 'Första december']);
    // The answered case is neither open nor due.
    expect(titles(cases.nearestDeadlines)).not.toContain('Besvarat');
  });

  it('gives each role what it may read: every member the cases, only officers and administrators the imports', async () => {
    const forAdmin = await admin.get(`${base}/overview`);
    expect(forAdmin.body.imports).toEqual([{ id: importId, kind: 'organisations', status: 'uploaded', filename: null, total: 1, processed: 0, createdAt: expect.any(String) }]);
    // Nothing is assigned to the administrator.
    expect(forAdmin.body.cases.mine).toEqual({ open: 0, overdue: 0, dueToday: 0 });
    expect(forAdmin.body.cases.myCases).toEqual([]);
    expect(forAdmin.body.cases.open).toBe(3);

    const forDesk = await desk.get(`${base}/overview`);
    expect(forDesk.body.imports).toBeNull();
    const forViewer = await viewer.get(`${base}/overview`);
    expect(forViewer.status).toBe(200);
    expect(forViewer.body.imports).toBeNull();
    expect(forViewer.body.cases.open).toBe(3);
    expect(forViewer.body.register.organisations).toBe(3);
  });

  it('counts the portfolio: running from approved to final report, in preparation from idea to submitted, for every role', async () => {
    for (const client of [admin, desk, viewer]) {
      const r = await client.get(`${base}/overview`);
      expect(r.body.projects).toEqual({ total: 4, running: 1, inPreparation: 2 });
    }
  });

  it('never counts another workspace, and answers 404 to a non-member as for a workspace that does not exist', async () => {
    const theirs = await other.client.get(`/api/w/${other.ws.id}/overview`);
    expect(theirs.body.register).toMatchObject({ organisations: 2, people: 1, relations: 1 });
    expect(theirs.body.cases).toMatchObject({ open: 2, receivedThisMonth: 1 });
    expect(theirs.body.imports).toHaveLength(1);
    expect(theirs.body.imports[0].id).not.toBe(importId);
    expect(theirs.body.projects).toEqual({ total: 1, running: 0, inPreparation: 1 });

    const probe = await other.client.get(`${base}/overview`);
    expect(probe.status).toBe(404);
    const missing = await other.client.get('/api/w/00000000-0000-4000-8000-000000000000/overview');
    expect(missing.status).toBe(404);
    expect(probe.body.title).toBe(missing.body.title);
    expect((await new Client(t).get(`${base}/overview`)).status).toBe(401);
  });

  it('reads well for a new workspace with nothing in it: zeros and empty lists', async () => {
    const ws = await buildWorkspace(t);
    const u = await buildUser(t, { workspaceId: ws.id, role: 'officer' });
    const c = new Client(t);
    await c.login(u.email);
    const r = await c.get(`/api/w/${ws.id}/overview`);
    expect(r.status).toBe(200);
    expect(r.body.register).toEqual({ organisations: 0, people: 0, relations: 0, relationTypes: [], otherRelations: 0 });
    expect(r.body.cases).toEqual({ open: 0, overdue: 0, dueToday: 0, unassigned: 0, receivedThisMonth: 0, mine: { open: 0, overdue: 0, dueToday: 0 }, myCases: [], nearestDeadlines: [] });
    expect(r.body.imports).toEqual([]);
    expect(r.body.projects).toEqual({ total: 0, running: 0, inPreparation: 0 });
  });
});
