// Projects through HTTP on a real database: create as an idea, read, change with the version
// read, delete; validation naming the fields; who may do what; and the portfolio list with its
// filters, sorts, pages and status counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { buildProject, created, moveThrough, portfolioSession, type Portfolio } from './testkit.ts';

let t: TestApp;
let p: Portfolio;
let catalogue: { id: string; name: string; fund: string };
let regional: { id: string; name: string };

const MINUTE = 60_000;
const START = new Date('2026-06-15T08:00:00Z');

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = START;
  p = await portfolioSession(t);
  const programmes = (await p.viewer.get(`${p.base}/programmes?fund=interreg`)).body.items;
  catalogue = programmes[0];
  regional = await created(p.admin.post(`${p.base}/programmes`, { name: 'Regionala utvecklingsmedel', fund: 'regional', periodStart: 2021, periodEnd: 2027, currency: 'SEK' }));
});
afterAll(() => t.close());

describe('projects', () => {
  it('creates a project as an idea dated today, with its first history entry, reads it back and audits it', async () => {
    const body = await buildProject(p, {
      acronym: ' WINDCOAST ',
      title: 'Kompetens för havsbaserad vindkraft',
      summary: 'Kustföretag blir leverantörer.',
      programmeId: regional.id,
      themes: ['po1', 'po2'],
      sdgs: [13, 7, 7],
      startDate: '2027-01-01',
      endDate: '2029-12-31',
      ourRole: 'lead_partner',
      officerId: p.officerId,
    });
    expect(body).toMatchObject({
      acronym: 'WINDCOAST',
      title: 'Kompetens för havsbaserad vindkraft',
      summary: 'Kustföretag blir leverantörer.',
      status: 'idea',
      statusDate: '2026-06-15',
      ourRole: 'lead_partner',
      programme: { id: regional.id, name: 'Regionala utvecklingsmedel', fund: 'regional' },
      startDate: '2027-01-01',
      endDate: '2029-12-31',
      officer: { id: p.officerId, name: 'Test officer' },
      partnerCount: 0,
      themes: ['po1', 'po2'],
      sdgs: [7, 13],
      version: 1,
      reopenedFrom: null,
      reopenedAs: [],
      allowedMoves: ['in_preparation', 'withdrawn'],
      partners: [],
    });
    expect(body.history).toEqual([{ id: expect.any(String), fromStatus: null, toStatus: 'idea', changedOn: '2026-06-15', note: '', actor: { id: expect.any(String), name: 'Test officer' }, createdAt: expect.any(String) }]);
    const read = await p.viewer.get(`${p.base}/projects/${body.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(body);
    const audit = await p.admin.get(`${p.base}/audit?entityId=${body.id}`);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(['project.create']);
    expect(audit.body.items[0].after.acronym).toBe('WINDCOAST');
  });

  it('refuses what the workspace does not have, naming each field', async () => {
    const unknown = await p.officer.post(`${p.base}/projects`, {
      acronym: 'X', title: 'X', ourRole: 'partner', programmeId: '00000000-0000-4000-8000-000000000001', themes: ['po1', 'nope'], officerId: '00000000-0000-4000-8000-000000000002',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([
      { field: 'programmeId', code: 'programme_not_found', message: 'The programme does not exist. Choose a programme from the list.' },
      { field: 'themes.1', code: 'unknown_code', message: 'Unknown code: nope.' },
      { field: 'officerId', code: 'not_member', message: 'This person is not a member of the workspace.' },
    ]);
    const dates = await p.officer.post(`${p.base}/projects`, { acronym: 'X', title: 'X', ourRole: 'partner', startDate: '2027-05-01', endDate: '2027-04-30' });
    expect(dates.status).toBe(422);
    expect(dates.body.errors).toEqual([{ field: 'endDate', code: 'end_before_start', message: 'The end date cannot be before the start date.' }]);
    const shape = await p.officer.post(`${p.base}/projects`, { acronym: 'A'.repeat(41), title: '', ourRole: 'boss', sdgs: [18] });
    expect(shape.status).toBe(422);
    expect(shape.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['acronym', 'ourRole', 'sdgs.0', 'title']);
    expect((await p.viewer.get(`${p.base}/projects?q=X`)).body.total).toBe(0);
  });

  it('changes a project with the version it read; a stale version is a 409 and changes nothing', async () => {
    const project = await buildProject(p, { acronym: 'STALE', startDate: '2027-01-01' });
    const changed = await p.officer.patch(`${p.base}/projects/${project.id}`, { version: 1, title: 'Ny titel', programmeId: catalogue.id, sdgs: [14] });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body).toMatchObject({ title: 'Ny titel', version: 2, programme: { id: catalogue.id, name: catalogue.name, fund: 'interreg' }, sdgs: [14] });
    const stale = await p.officer.patch(`${p.base}/projects/${project.id}`, { version: 1, title: 'Gammal titel' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('problem.stale');
    // The end may not come before the start it keeps.
    const early = await p.officer.patch(`${p.base}/projects/${project.id}`, { version: 2, endDate: '2026-12-31' });
    expect(early.status).toBe(422);
    expect(early.body.errors[0].field).toBe('endDate');
    const read = await p.viewer.get(`${p.base}/projects/${project.id}`);
    expect(read.body).toMatchObject({ title: 'Ny titel', version: 2, endDate: null });
    const audit = await p.admin.get(`${p.base}/audit?entityId=${project.id}`);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(['project.update', 'project.create']);
    expect(audit.body.items[0].before.title).toBe('Grön vätgas för små hamnar');
    expect(audit.body.items[0].after.title).toBe('Ny titel');
    // Clearing the programme: null.
    const cleared = await p.officer.patch(`${p.base}/projects/${project.id}`, { version: 2, programmeId: null });
    expect(cleared.body.programme).toBeNull();
  });

  it('lets viewers and desk staff read but not change; officers and administrators change', async () => {
    const project = await buildProject(p, { acronym: 'ROLES' });
    const url = `${p.base}/projects/${project.id}`;
    expect((await p.viewer.get(`${p.base}/projects`)).status).toBe(200);
    expect((await p.viewer.get(url)).status).toBe(200);
    for (const client of [p.viewer, p.desk]) {
      const refused = [
        await client.post(`${p.base}/projects`, { acronym: 'NO', title: 'No', ourRole: 'partner' }),
        await client.patch(url, { version: 1, title: 'No' }),
        await client.delete(url),
        await client.post(`${url}/moves`, { to: 'in_preparation' }),
        await client.post(`${url}/reopen`),
        await client.post(`${url}/partners`, { organisationId: p.own, role: 'partner' }),
      ];
      expect(refused.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403]);
    }
    expect((await p.viewer.get(url)).body).toMatchObject({ status: 'idea', version: 1, title: 'Grön vätgas för små hamnar' });
    const byAdmin = await p.admin.patch(url, { version: 1, title: 'Av administratören' });
    expect(byAdmin.status).toBe(200);
  });

  it('deletes a project with its history, audited; it is gone afterwards', async () => {
    const project = await buildProject(p, { acronym: 'GONE' });
    await moveThrough(p, project.id, [['in_preparation']]);
    expect((await p.officer.delete(`${p.base}/projects/${project.id}`)).status).toBe(204);
    expect((await p.viewer.get(`${p.base}/projects/${project.id}`)).status).toBe(404);
    const history = await t.database.db.selectFrom('project_status_changes').select('id').where('project_id', '=', project.id).execute();
    expect(history).toEqual([]);
    const audit = await p.admin.get(`${p.base}/audit?entityId=${project.id}`);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(['project.delete', 'project.move', 'project.create']);
    expect((await p.officer.delete(`${p.base}/projects/${project.id}`)).status).toBe(404);
  });
});

describe('the portfolio list', () => {
  let q: Portfolio;
  let own: { id: string };
  let interreg: string;
  const acronyms = (r: { body: { items: { acronym: string }[] } }) => r.body.items.map((i) => i.acronym);

  beforeAll(async () => {
    q = await portfolioSession(t, { lang: 'sv' });
    own = await created(q.admin.post(`${q.base}/programmes`, { name: 'Egen fond', fund: 'regional', periodStart: 2021, periodEnd: 2027 }));
    interreg = catalogue.id;
    const rows: [Record<string, unknown>, string[]][] = [
      [{ acronym: 'ALPHA', title: 'Ängar och våtmarker', programmeId: interreg, themes: ['po2'], sdgs: [13, 15], startDate: '2024-01-01', endDate: '2025-12-31', ourRole: 'lead_partner', officerId: q.officerId }, ['in_preparation']],
      [{ acronym: 'beta', title: 'Biobaserade hamnar', programmeId: own.id, themes: ['po1'], sdgs: [9], startDate: '2026-03-01', endDate: '2028-02-29', ourRole: 'partner' }, ['in_preparation', 'submitted']],
      [{ acronym: 'Gamma', title: 'Öresund på cykel', ourRole: 'associated_partner' }, []],
      [{ acronym: 'DELTA', title: 'Ålands färjor', programmeId: interreg, themes: ['po2', 'po3'], sdgs: [14], startDate: '2025-06-01', ourRole: 'partner', officerId: q.officerId }, []],
      [{ acronym: 'epsilon', title: 'Cirkulär ekonomi', programmeId: own.id, startDate: '2020-01-01', endDate: '2023-12-31', ourRole: 'partner' }, ['in_preparation', 'submitted', 'rejected']],
    ];
    // One minute apart, so "most recently changed first" has an order to show.
    for (const [i, [input, steps]] of rows.entries()) {
      t.clock.now = new Date(START.getTime() + (i + 1) * MINUTE);
      const project = await created(q.officer.post(`${q.base}/projects`, input));
      if (steps.length) await moveThrough(q, project.id, steps.map((s) => [s]));
    }
  });

  it('lists every project, most recently changed first, with counts per status', async () => {
    const r = await q.viewer.get(`${q.base}/projects`);
    expect(r.status).toBe(200);
    expect(acronyms(r)).toEqual(['epsilon', 'DELTA', 'Gamma', 'beta', 'ALPHA']);
    expect(r.body.total).toBe(5);
    expect(r.body.statusCounts).toEqual({ idea: 2, in_preparation: 1, submitted: 1, approved: 0, rejected: 1, withdrawn: 0, contracted: 0, running: 0, final_report: 0, closed: 0 });
    const alpha = r.body.items.find((i: { acronym: string }) => i.acronym === 'ALPHA');
    expect(alpha).toEqual({
      id: expect.any(String), acronym: 'ALPHA', title: 'Ängar och våtmarker', status: 'in_preparation', statusDate: '2026-06-15', ourRole: 'lead_partner',
      programme: { id: interreg, name: catalogue.name, fund: 'interreg' }, call: null, startDate: '2024-01-01', endDate: '2025-12-31', officer: { id: q.officerId, name: 'Test officer' },
      partnerCount: 0, themes: ['po2'], sdgs: [13, 15], updatedAt: new Date(START.getTime() + MINUTE).toISOString(), allowedMoves: ['submitted', 'withdrawn', 'idea'],
    });
  });

  it('says with every project in the list where it may move next, as the project itself does (the board offers only these)', async () => {
    const r = await q.viewer.get(`${q.base}/projects?sort=acronym`);
    expect(Object.fromEntries(r.body.items.map((i: { acronym: string; allowedMoves: string[] }) => [i.acronym, i.allowedMoves]))).toEqual({
      ALPHA: ['submitted', 'withdrawn', 'idea'],
      beta: ['approved', 'rejected', 'withdrawn'],
      DELTA: ['in_preparation', 'withdrawn'],
      epsilon: [],
      Gamma: ['in_preparation', 'withdrawn'],
    });
    for (const item of r.body.items) expect((await q.viewer.get(`${q.base}/projects/${item.id}`)).body.allowedMoves).toEqual(item.allowedMoves);
  });

  it('filters by status (counting the tabs under the other filters only), text, programme, fund, role, theme, SDG, officer and year', async () => {
    const idea = await q.viewer.get(`${q.base}/projects?status=idea&sort=acronym`);
    expect(acronyms(idea)).toEqual(['DELTA', 'Gamma']);
    expect(idea.body.total).toBe(2);
    expect(idea.body.statusCounts).toMatchObject({ idea: 2, in_preparation: 1, submitted: 1, rejected: 1 });
    expect((await q.viewer.get(`${q.base}/projects?status=idea,submitted`)).body.total).toBe(3);
    const get = async (query: string) => acronyms(await q.viewer.get(`${q.base}/projects?sort=acronym&${query}`));
    expect(await get('q=öresund')).toEqual(['Gamma']);
    expect(await get('q=oresund')).toEqual(['Gamma']);
    expect(await get('q=alp')).toEqual(['ALPHA']);
    expect(await get('q=%25')).toEqual([]);
    expect(await get(`programmeId=${own.id}`)).toEqual(['beta', 'epsilon']);
    expect(await get('fund=regional')).toEqual(['beta', 'epsilon']);
    expect(await get('fund=interreg')).toEqual(['ALPHA', 'DELTA']);
    expect(await get('role=partner')).toEqual(['beta', 'DELTA', 'epsilon']);
    expect(await get('theme=po2')).toEqual(['ALPHA', 'DELTA']);
    expect(await get('sdg=13')).toEqual(['ALPHA']);
    expect(await get(`officerId=${q.officerId}`)).toEqual(['ALPHA', 'DELTA']);
    // Runs in the year: ALPHA 2024–2025, DELTA from June 2025 without an end; beta starts 2026, epsilon ended 2023.
    expect(await get('year=2025')).toEqual(['ALPHA', 'DELTA']);
    expect(await get('year=2027')).toEqual(['beta']);
    expect(await get('year=2021')).toEqual(['epsilon']);
    const year = await q.viewer.get(`${q.base}/projects?year=2025&status=idea`);
    expect(year.body.total).toBe(1);
    expect(year.body.statusCounts).toMatchObject({ idea: 1, in_preparation: 1, submitted: 0, rejected: 0 });
    expect(await get('role=partner&fund=regional&status=rejected')).toEqual(['epsilon']);
  });

  it('sorts by acronym, title (Swedish order), status in lifecycle order and dates with the missing ones last, either way', async () => {
    const get = async (sort: string) => acronyms(await q.viewer.get(`${q.base}/projects?sort=${sort}`));
    expect(await get('acronym')).toEqual(['ALPHA', 'beta', 'DELTA', 'epsilon', 'Gamma']);
    expect(await get('-acronym')).toEqual(['Gamma', 'epsilon', 'DELTA', 'beta', 'ALPHA']);
    // Å, Ä, Ö after Z in Swedish.
    expect(await get('title')).toEqual(['beta', 'epsilon', 'DELTA', 'ALPHA', 'Gamma']);
    const byStatus = await get('status');
    expect(byStatus.slice(0, 2).sort()).toEqual(['DELTA', 'Gamma']);
    expect(byStatus.slice(2)).toEqual(['ALPHA', 'beta', 'epsilon']);
    expect(await get('start_date')).toEqual(['epsilon', 'ALPHA', 'DELTA', 'beta', 'Gamma']);
    expect(await get('-start_date')).toEqual(['beta', 'DELTA', 'ALPHA', 'epsilon', 'Gamma']);
    const ends = await get('end_date');
    expect(ends.slice(0, 3)).toEqual(['epsilon', 'ALPHA', 'beta']);
    expect(ends.slice(3).sort()).toEqual(['DELTA', 'Gamma']);
    expect((await get('-end_date')).slice(0, 3)).toEqual(['beta', 'ALPHA', 'epsilon']);
    expect(await get('updated_at')).toEqual(['ALPHA', 'beta', 'Gamma', 'DELTA', 'epsilon']);
  });

  it('pages with limit and offset, the total staying the same; refuses a limit or sort it does not know', async () => {
    const page = async (offset: number) => q.viewer.get(`${q.base}/projects?sort=acronym&limit=2&offset=${offset}`);
    const pages = [await page(0), await page(2), await page(4), await page(6)];
    expect(pages.map(acronyms)).toEqual([['ALPHA', 'beta'], ['DELTA', 'epsilon'], ['Gamma'], []]);
    expect(pages.map((r) => r.body.total)).toEqual([5, 5, 5, 5]);
    for (const bad of ['limit=0', 'limit=201', 'sort=name', 'status=draft', 'year=99', 'sdg=18']) {
      const r = await q.viewer.get(`${q.base}/projects?${bad}`);
      expect(r.status, bad).toBe(422);
    }
  });
});
