// Calls for proposals through HTTP: deadlines as published (Brussels wall time) and their
// instants, status derived from the dates, validation in the caller's language, following,
// roles, versions, audit, and one workspace's calls unseen by another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { created, portfolioSession, type Portfolio } from '../projects/testkit.ts';

let t: TestApp;
let a: Portfolio;
let b: Portfolio;
let interreg: string;

const put = (c: Portfolio['admin'], url: string, body: unknown) => c.request('PUT', url, body);

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2027-01-10T09:00:00Z');
  a = await portfolioSession(t, { lang: 'sv', own: false });
  b = await portfolioSession(t, { own: false });
  const programmes = (await a.viewer.get(`${a.base}/programmes?q=South%20Baltic`)).body.items;
  interreg = programmes[0].id;
});
afterAll(() => t.close());

const call = (over: Record<string, unknown> = {}) => ({
  programmeId: interreg,
  identifier: 'SB-2027-1',
  title: 'Tredje utlysningen: små projekt',
  opensOn: '2027-01-15',
  deadline: '2027-03-10T17:00',
  policyObjectives: ['PO1'],
  budget: { amountMinor: 450_000_000, currency: 'eur' },
  url: 'https://interreg.example/calls/3',
  ...over,
});

describe('calls', () => {
  it('keeps a deadline as published in Brussels time with its instant, and derives the status from the dates', async () => {
    const c = await created(a.officer.post(`${a.base}/calls`, call()));
    expect(c).toMatchObject({
      identifier: 'SB-2027-1',
      timeZone: 'Europe/Brussels',
      deadline: { local: '2027-03-10T17:00', at: '2027-03-10T16:00:00.000Z' },
      stage2Deadline: null,
      twoStage: false,
      status: 'forthcoming',
      nextDeadline: { stage: 1, local: '2027-03-10T17:00', at: '2027-03-10T16:00:00.000Z' },
      policyObjectives: ['PO1'],
      budget: { amountMinor: 450_000_000, currency: 'EUR' },
      following: false,
      followerCount: 0,
      version: 1,
    });
    expect(c.programme).toMatchObject({ id: interreg, fund: 'interreg' });
    // Sessions do not outlive a clock moved days ahead: everyone signs in again after each move.
    t.clock.now = new Date('2027-01-15T08:00:00Z');
    await a.signInAgain();
    expect((await a.viewer.get(`${a.base}/calls/${c.id}`)).body.status).toBe('open');
    t.clock.now = new Date('2027-03-10T16:00:00Z');
    await a.signInAgain();
    expect((await a.viewer.get(`${a.base}/calls/${c.id}`)).body).toMatchObject({ status: 'closed', nextDeadline: null });
    t.clock.now = new Date('2027-01-10T09:00:00Z');
    await a.signInAgain();
    await b.signInAgain();
    const audit = (await a.admin.get(`${a.base}/audit?action=call.create&entityId=${c.id}`)).body.items;
    expect(audit).toHaveLength(1);
  });

  it('takes two stages in any time zone, and refuses a skipped time, an unknown zone and stages out of order, in Swedish', async () => {
    const two = await created(a.officer.post(`${a.base}/calls`, call({ identifier: 'HORIZON-CL5-2027-D3-01', timeZone: 'Europe/Warsaw', deadline: '2027-02-02T17:00', stage2Deadline: '2027-09-15T17:00', budget: null })));
    expect(two).toMatchObject({ twoStage: true, deadline: { at: '2027-02-02T16:00:00.000Z' }, stage2Deadline: { local: '2027-09-15T17:00', at: '2027-09-15T15:00:00.000Z' }, budget: null });
    const bad = await a.officer.post(`${a.base}/calls`, call({ identifier: 'X-1', deadline: '2027-03-28T02:30', stage2Deadline: '2027-03-01T12:00', budget: { amountMinor: 100, currency: 'XYZ' } }));
    expect(bad.status).toBe(422);
    const fields = Object.fromEntries((bad.body.errors as { field: string; message: string }[]).map((e) => [e.field, e.message]));
    expect(fields['budget.currency']).toBe('Ange valutan som en kod enligt ISO 4217, till exempel EUR, SEK, DKK eller PLN.');
    const bad2 = await a.officer.post(`${a.base}/calls`, call({ identifier: 'X-2', deadline: '2027-03-28T02:30', stage2Deadline: '2027-03-01T12:00' }));
    const f2 = Object.fromEntries((bad2.body.errors as { field: string; message: string }[]).map((e) => [e.field, e.message]));
    expect(f2.deadline).toBe('Den tiden finns inte i Europe/Brussels: klockan ställs fram en timme den natten. Välj en annan tid.');
    expect(f2.stage2Deadline).toBe('Andra stegets sista dag måste ligga efter första stegets.');
    const bad3 = await a.officer.post(`${a.base}/calls`, call({ identifier: 'X-3', timeZone: 'Europe/Atlantis' }));
    expect(bad3.body.errors[0]).toMatchObject({ field: 'timeZone', message: 'Tidszonen ”Europe/Atlantis” finns inte. Ange den som till exempel Europe/Brussels eller Europe/Stockholm.' });
    const noCurrency = await a.officer.post(`${a.base}/calls`, call({ identifier: 'X-4', budget: { amountMinor: 100 } }));
    expect(noCurrency.status).toBe(422);
    expect(noCurrency.body.errors[0].field).toBe('budget.currency');
    const fraction = await a.officer.post(`${a.base}/calls`, call({ identifier: 'X-5', budget: { amountMinor: 10.5, currency: 'SEK' } }));
    expect(fraction.status).toBe(422);
    const same = await a.officer.post(`${a.base}/calls`, call({ identifier: 'sb-2027-1' }));
    expect(same.body.errors[0]).toMatchObject({ field: 'identifier', message: 'Programmet har redan en utlysning med beteckningen ”sb-2027-1”.' });
    expect((await a.viewer.get(`${a.base}/calls?q=X-`)).body.total).toBe(0);
  });

  it('moves the instants with a new time zone and keeps the published wall times; a stale version is refused', async () => {
    const c = await created(a.officer.post(`${a.base}/calls`, call({ identifier: 'SB-ZONE' })));
    const moved = await created(a.officer.patch(`${a.base}/calls/${c.id}`, { version: 1, timeZone: 'Europe/London' }), 200);
    expect(moved).toMatchObject({ timeZone: 'Europe/London', deadline: { local: '2027-03-10T17:00', at: '2027-03-10T17:00:00.000Z' }, version: 2 });
    const stale = await a.officer.patch(`${a.base}/calls/${c.id}`, { version: 1, title: 'Gammal' });
    expect(stale.status).toBe(409);
    const later = await created(a.officer.patch(`${a.base}/calls/${c.id}`, { version: 2, deadline: '2027-04-01T12:00' }), 200);
    expect(later.deadline).toEqual({ local: '2027-04-01T12:00', at: '2027-04-01T11:00:00.000Z' });
  });

  it('lists by status with counts, by programme and the calls one follows; anyone in the workspace follows, only officers write', async () => {
    const list = (await a.viewer.get(`${a.base}/calls?status=forthcoming&sort=deadline`)).body;
    expect(list.statusCounts).toEqual({ forthcoming: list.total, open: 0, closed: 0 });
    expect(list.items.map((c: { deadline: { at: string } }) => c.deadline.at)).toEqual([...list.items.map((c: { deadline: { at: string } }) => c.deadline.at)].sort());
    const id = list.items[0].id;
    expect((await a.viewer.post(`${a.base}/calls`, call({ identifier: 'V-1' }))).status).toBe(403);
    expect((await a.viewer.patch(`${a.base}/calls/${id}`, { version: 1, title: 'x' })).status).toBe(403);
    const followed = await created(put(a.viewer, `${a.base}/calls/${id}/follow`, { following: true }), 200);
    expect(followed).toMatchObject({ following: true, followerCount: 1 });
    await created(put(a.viewer, `${a.base}/calls/${id}/follow`, { following: true }), 200);
    expect((await a.officer.get(`${a.base}/calls/${id}`)).body).toMatchObject({ following: false, followerCount: 1 });
    expect((await a.viewer.get(`${a.base}/calls?following=true`)).body.items.map((c: { id: string }) => c.id)).toEqual([id]);
    expect((await a.officer.get(`${a.base}/calls?following=true`)).body.total).toBe(0);
    await created(put(a.viewer, `${a.base}/calls/${id}/follow`, { following: false }), 200);
    expect((await a.viewer.get(`${a.base}/calls?following=true`)).body.total).toBe(0);
    const actions = (await a.admin.get(`${a.base}/audit?entityId=${id}`)).body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['call.follow', 'call.unfollow']));
  });

  it('keeps reminder days per workspace, set by administrators', async () => {
    expect((await a.viewer.get(`${a.base}/call-settings`)).body).toEqual({ reminderDays: [14, 3] });
    expect((await put(a.officer, `${a.base}/call-settings`, { reminderDays: [7] })).status).toBe(403);
    expect((await put(a.admin, `${a.base}/call-settings`, { reminderDays: [1, 21, 7, 7] })).body).toEqual({ reminderDays: [21, 7, 1] });
    expect((await put(a.admin, `${a.base}/call-settings`, { reminderDays: [400] })).status).toBe(422);
    expect((await b.viewer.get(`${b.base}/call-settings`)).body).toEqual({ reminderDays: [14, 3] });
    await put(a.admin, `${a.base}/call-settings`, { reminderDays: [14, 3] });
  });

  it('shows one workspace’s calls to nobody in another', async () => {
    const mine = (await a.viewer.get(`${a.base}/calls`)).body.items[0].id;
    expect((await b.viewer.get(`${b.base}/calls`)).body.total).toBe(0);
    expect((await b.viewer.get(`${b.base}/calls/${mine}`)).status).toBe(404);
    expect((await b.officer.patch(`${b.base}/calls/${mine}`, { version: 1, title: 'x' })).status).toBe(404);
    expect((await put(b.viewer, `${b.base}/calls/${mine}/follow`, { following: true })).status).toBe(404);
    expect((await b.officer.delete(`${b.base}/calls/${mine}`)).status).toBe(404);
    expect((await a.viewer.get(`${a.base}/calls/${mine}`)).status).toBe(200);
  });

  it('deletes a call', async () => {
    const c = await created(a.officer.post(`${a.base}/calls`, call({ identifier: 'GONE' })));
    expect((await a.officer.delete(`${a.base}/calls/${c.id}`)).status).toBe(204);
    expect((await a.viewer.get(`${a.base}/calls/${c.id}`)).status).toBe(404);
  });

  it('links a project to a call of its programme only; the call’s page counts it, and deleting the call keeps the project', async () => {
    const c = await created(a.officer.post(`${a.base}/calls`, call({ identifier: 'LINKED' })));
    const p = await created(a.officer.post(`${a.base}/projects`, { acronym: 'CALLED', title: 'Svarar på utlysningen', ourRole: 'partner', programmeId: interreg, callId: c.id }));
    expect(p.call).toEqual({ id: c.id, title: c.title, identifier: 'LINKED' });
    expect((await a.viewer.get(`${a.base}/calls/${c.id}`)).body.projectCount).toBe(1);
    expect((await a.viewer.get(`${a.base}/projects?callId=${c.id}`)).body.items.map((i: { acronym: string }) => i.acronym)).toEqual(['CALLED']);
    // Another programme with the call left as it was, or a call that does not exist: refused at the field, in Swedish.
    const other = (await a.viewer.get(`${a.base}/programmes?q=Central%20Baltic`)).body.items[0].id;
    const moved = await a.officer.patch(`${a.base}/projects/${p.id}`, { version: p.version, programmeId: other });
    expect(moved.status).toBe(422);
    expect(moved.body.errors).toEqual([expect.objectContaining({ field: 'callId', code: 'call_other_programme', message: expect.stringMatching(/program/i) })]);
    const unknown = await a.officer.post(`${a.base}/projects`, { acronym: 'NOCALL', title: 'x', ourRole: 'partner', programmeId: interreg, callId: '7c9e6679-7425-40de-944b-e07fc1f90ae7' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.map((f: { field: string }) => f.field)).toEqual(['callId']);
    // Nothing was changed by the refusals.
    expect((await a.viewer.get(`${a.base}/projects/${p.id}`)).body).toMatchObject({ version: p.version, programme: { id: interreg }, call: { id: c.id } });
    // A call of another workspace is as unknown as one that never was.
    const theirs = await created(b.officer.post(`${b.base}/calls`, call({ identifier: 'THEIRS' })));
    expect((await a.officer.patch(`${a.base}/projects/${p.id}`, { version: p.version, callId: theirs.id })).status).toBe(422);
    // Programme and call changed together are accepted; deleting the call keeps the project.
    const c2 = await created(a.officer.post(`${a.base}/calls`, call({ identifier: 'CB-X', programmeId: other })));
    const changed = (await a.officer.patch(`${a.base}/projects/${p.id}`, { version: p.version, programmeId: other, callId: c2.id })).body;
    expect(changed.call).toMatchObject({ id: c2.id });
    expect((await a.officer.delete(`${a.base}/calls/${c2.id}`)).status).toBe(204);
    expect((await a.viewer.get(`${a.base}/projects/${p.id}`)).body).toMatchObject({ call: null, programme: { id: other } });
  });
});
