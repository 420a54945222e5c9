// The lifecycle through HTTP: a project from idea to closed with a date and a note on every move,
// kept in its history; refused moves named in words in each language; dates never before the
// previous move nor in the future (in the workspace's time zone); reopening a rejected or
// withdrawn project as a new idea while the old one stays as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, buildUser, createTestApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { buildOrganisation, buildProject, created, moveThrough, portfolioSession, type Portfolio } from './testkit.ts';

let t: TestApp;
let p: Portfolio;

beforeAll(async () => {
  // The clock moves over months here: sessions last as long as a cookie may (400 days).
  t = await createTestApp({ SESSION_IDLE_HOURS: 400 * 24, SESSION_MAX_DAYS: 400 });
  t.clock.now = new Date('2026-01-10T09:00:00Z');
  p = await portfolioSession(t);
});
afterAll(() => t.close());

const steps = (history: { fromStatus: string | null; toStatus: string; changedOn: string; note: string }[]) => history.map((h) => [h.fromStatus, h.toStatus, h.changedOn, h.note]);

describe('project moves', () => {
  it('takes a project from idea to closed, each move dated and noted, kept in the history and audited', async () => {
    t.clock.now = new Date('2026-01-10T09:00:00Z');
    const project = await buildProject(p);
    t.clock.now = new Date('2026-06-15T10:00:00Z');
    const url = `${p.base}/projects/${project.id}/moves`;
    const prep = await created(p.officer.post(url, { to: 'in_preparation', on: '2026-02-01', note: 'Partnerskapet klart efter mötet i Gdańsk.' }), 200);
    expect(prep).toMatchObject({ status: 'in_preparation', statusDate: '2026-02-01', version: 2, allowedMoves: ['submitted', 'withdrawn', 'idea'] });
    await moveThrough(p, project.id, [['submitted', '2026-03-15'], ['approved', '2026-05-20'], ['contracted', '2026-05-20']]);
    // Without a date: today.
    const running = await created(p.officer.post(url, { to: 'running' }), 200);
    expect(running).toMatchObject({ status: 'running', statusDate: '2026-06-15', allowedMoves: ['final_report'] });
    t.clock.now = new Date('2027-06-30T10:00:00Z');
    await p.signInAgain();
    await moveThrough(p, project.id, [['final_report', '2027-03-01']]);
    const closed = await created(p.officer.post(url, { to: 'closed', note: 'Slutrapporten godkänd.' }), 200);
    expect(closed).toMatchObject({ status: 'closed', statusDate: '2027-06-30', allowedMoves: [], version: 8 });
    expect(steps(closed.history)).toEqual([
      [null, 'idea', '2026-01-10', ''],
      ['idea', 'in_preparation', '2026-02-01', 'Partnerskapet klart efter mötet i Gdańsk.'],
      ['in_preparation', 'submitted', '2026-03-15', ''],
      ['submitted', 'approved', '2026-05-20', ''],
      ['approved', 'contracted', '2026-05-20', ''],
      ['contracted', 'running', '2026-06-15', ''],
      ['running', 'final_report', '2027-03-01', ''],
      ['final_report', 'closed', '2027-06-30', 'Slutrapporten godkänd.'],
    ]);
    expect(closed.history.every((h: { actor: { name: string } }) => h.actor.name === 'Test officer')).toBe(true);
    const audit = await p.admin.get(`${p.base}/audit?entityId=${project.id}`);
    const actions = audit.body.items.map((a: { action: string }) => a.action);
    expect(actions.filter((a: string) => a === 'project.move')).toHaveLength(7);
    expect(audit.body.items[0].before).toEqual({ status: 'final_report', statusDate: '2027-03-01' });
    expect(audit.body.items[0].after).toEqual({ status: 'closed', statusDate: '2027-06-30', note: 'Slutrapporten godkänd.' });
    // Shelving an application: back from preparation to idea is allowed.
    const shelved = await buildProject(p, { acronym: 'SHELF' });
    const back = await moveThrough(p, shelved.id, [['in_preparation'], ['idea']]);
    expect(steps(back.history).map((s) => s[1])).toEqual(['idea', 'in_preparation', 'idea']);
  });

  it('refuses a move the lifecycle does not allow, naming where the project is and may go, in each language', async () => {
    t.clock.now = new Date('2026-06-15T10:00:00Z');
    const project = await buildProject(p, { acronym: 'REFUSED' });
    const url = `${p.base}/projects/${project.id}/moves`;
    const en = await p.officer.post(url, { to: 'submitted' });
    expect(en.status).toBe(422);
    expect(en.body.code).toBe('project.move_forbidden');
    expect(en.body.title).toBe('The project cannot move to that status from the one it has now.');
    expect(en.body.errors).toEqual([{ field: 'to', code: 'project_move', message: 'A project in “Idea” cannot move to “Submitted”. It can move to: “In preparation”, “Withdrawn”.' }]);
    const u = await buildUser(t, { workspaceId: p.workspaceId, role: 'officer' });
    const sv = new Client(t, 'sv');
    await sv.login(u.email);
    const inSwedish = await sv.post(url, { to: 'running' });
    expect(inSwedish.body.title).toBe('Projektet kan inte få den statusen från den status det har nu.');
    expect(inSwedish.body.errors[0].message).toBe('Ett projekt med status ”Idé” kan inte gå till ”Pågår”. Det kan gå till: ”Under förberedelse”, ”Tillbakadragen”.');
    await moveThrough(p, project.id, [['withdrawn']]);
    const da = new Client(t, 'da');
    await da.login(u.email);
    const ended = await da.post(url, { to: 'idea' });
    expect(ended.status).toBe(422);
    expect(ended.body.errors[0]).toEqual({
      field: 'to',
      code: 'project_move_end',
      message: 'Et projekt med status ”Trukket tilbage” kan ikke gå til ”Idé”: ”Trukket tilbage” er en slutstatus. Et afslået eller tilbagetrukket projekt kan genåbnes som en ny idé.',
    });
    const unknown = await p.officer.post(url, { to: 'draft' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toBe('to');
    const read = await p.viewer.get(`${p.base}/projects/${project.id}`);
    expect(read.body).toMatchObject({ status: 'withdrawn', version: 2 });
    expect(read.body.history).toHaveLength(2);
  });

  it('dates a move today in the workspace’s time zone, never in the future, never before the previous move', async () => {
    t.clock.now = new Date('2026-03-01T10:00:00Z');
    const project = await buildProject(p, { acronym: 'DATES' });
    const url = `${p.base}/projects/${project.id}/moves`;
    // 00:30 on 16 June in Stockholm, still 15 June in UTC.
    t.clock.now = new Date('2026-06-15T22:30:00Z');
    const future = await p.officer.post(url, { to: 'in_preparation', on: '2026-06-17' });
    expect(future.status).toBe(422);
    expect(future.body.errors).toEqual([{ field: 'on', code: 'date_in_future', message: 'The date cannot be in the future.' }]);
    const early = await p.officer.post(url, { to: 'in_preparation', on: '2026-02-28' });
    expect(early.status).toBe(422);
    expect(early.body.errors).toEqual([{ field: 'on', code: 'before_previous_move', message: 'The date cannot be before the previous status change (2026-03-01).' }]);
    const badDate = await p.officer.post(url, { to: 'in_preparation', on: '2026-02-30' });
    expect(badDate.status).toBe(422);
    expect((await p.viewer.get(`${p.base}/projects/${project.id}`)).body).toMatchObject({ status: 'idea', statusDate: '2026-03-01', version: 1 });
    const today = await created(p.officer.post(url, { to: 'in_preparation' }), 200);
    expect(today.statusDate).toBe('2026-06-16');
    // The same day as the previous move is fine.
    const sameDay = await created(p.officer.post(url, { to: 'submitted', on: '2026-06-16' }), 200);
    expect(steps(sameDay.history).map((s) => s[2])).toEqual(['2026-03-01', '2026-06-16', '2026-06-16']);
  });
});

describe('reopening', () => {
  it('reopens a rejected project as a new idea with its content and partners; the old one stays as it was', async () => {
    t.clock.now = new Date('2026-01-10T09:00:00Z');
    const gdansk = await buildOrganisation(p);
    const aalborg = await buildOrganisation(p, { name: 'Aalborg Kommune', kind: 'municipality', country: 'DK', nutsCode: 'DK050' });
    const old = await buildProject(p, {
      acronym: 'DIGI-SME', title: 'Digitalisering av småföretag', summary: 'Erfarenhetsutbyte.', themes: ['po1'], sdgs: [8, 9], ourRole: 'lead_partner',
      officerId: p.officerId, startDate: '2026-09-01', endDate: '2028-08-31',
    });
    await created(p.officer.post(`${p.base}/projects/${old.id}/partners`, { organisationId: gdansk, role: 'partner' }));
    await created(p.officer.post(`${p.base}/projects/${old.id}/partners`, { organisationId: aalborg, role: 'associated' }));
    t.clock.now = new Date('2026-06-15T10:00:00Z');
    const notYet = await p.officer.post(`${p.base}/projects/${old.id}/reopen`);
    expect(notYet.status).toBe(422);
    expect(notYet.body.code).toBe('project.reopen_forbidden');
    expect(notYet.body.title).toBe('Only a rejected or withdrawn project can be reopened as a new idea.');
    const rejected = await moveThrough(p, old.id, [['in_preparation', '2026-02-01'], ['submitted', '2026-03-01'], ['rejected', '2026-05-05']]);

    const fresh = await created(p.officer.post(`${p.base}/projects/${old.id}/reopen`));
    expect(fresh.id).not.toBe(old.id);
    expect(fresh).toMatchObject({
      acronym: 'DIGI-SME', title: 'Digitalisering av småföretag', summary: 'Erfarenhetsutbyte.', themes: ['po1'], sdgs: [8, 9], ourRole: 'lead_partner',
      officer: { id: p.officerId }, status: 'idea', statusDate: '2026-06-15', startDate: null, endDate: null, version: 1,
      reopenedFrom: { id: old.id, acronym: 'DIGI-SME' }, reopenedAs: [], partnerCount: 2,
    });
    expect(steps(fresh.history)).toEqual([[null, 'idea', '2026-06-15', '']]);
    expect(fresh.partners.map((x: { organisation: { name: string }; role: string }) => [x.organisation.name, x.role])).toEqual([['Politechnika Gdańska', 'partner'], ['Aalborg Kommune', 'associated']]);
    // New partnerships for the new idea; the old project's ended with its rejection.
    const oldRelations = rejected.partners.map((x: { relationId: string }) => x.relationId);
    for (const partner of fresh.partners) {
      expect(oldRelations).not.toContain(partner.relationId);
      expect((await p.viewer.get(`${p.base}/relations/${partner.relationId}`)).body).toMatchObject({ status: 'proposed', notes: 'DIGI-SME' });
    }
    for (const id of oldRelations) expect((await p.viewer.get(`${p.base}/relations/${id}`)).body.status).toBe('ended');

    const before = await p.viewer.get(`${p.base}/projects/${old.id}`);
    expect(before.body).toMatchObject({ status: 'rejected', statusDate: '2026-05-05', reopenedAs: [{ id: fresh.id, acronym: 'DIGI-SME' }], partnerCount: 2, version: rejected.version });
    expect(before.body.history).toEqual(rejected.history);
    const audit = await p.admin.get(`${p.base}/audit?entityId=${fresh.id}`);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(['project.reopen']);
    expect(audit.body.items[0].after.reopenedFrom).toEqual({ id: old.id, acronym: 'DIGI-SME' });
  });

  it('reopens a withdrawn project too, as often as asked, each a new idea', async () => {
    t.clock.now = new Date('2026-06-15T10:00:00Z');
    const old = await buildProject(p, { acronym: 'COASTTRAIL' });
    await moveThrough(p, old.id, [['withdrawn']]);
    const first = await created(p.officer.post(`${p.base}/projects/${old.id}/reopen`));
    t.clock.now = new Date('2026-06-15T10:05:00Z');
    const second = await created(p.officer.post(`${p.base}/projects/${old.id}/reopen`));
    const read = await p.viewer.get(`${p.base}/projects/${old.id}`);
    expect(read.body.reopenedAs.map((r: { id: string }) => r.id)).toEqual([first.id, second.id]);
    expect((await p.viewer.get(`${p.base}/projects?q=COASTTRAIL&sort=status`)).body.statusCounts).toMatchObject({ idea: 2, withdrawn: 1 });
    // A new idea is no end: it cannot be reopened itself.
    expect((await p.officer.post(`${p.base}/projects/${first.id}/reopen`)).status).toBe(422);
  });
});
