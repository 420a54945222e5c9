// Funding programmes through HTTP: the shipped catalogue, the same in every workspace and
// read-only; each workspace's own programmes, kept by administrators and seen by nobody else;
// a programme in use cannot be deleted. And the catalogue's start-up upsert, run twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { programmeCatalogue } from '../../../shared/vocabularies/programmes.ts';
import { upsertProgrammeCatalogue } from './catalogue.ts';
import { buildProject, created, portfolioSession, type Portfolio } from './testkit.ts';

let t: TestApp;
let a: Portfolio;
let b: Portfolio;

const regional = { name: 'Regionala utvecklingsmedel Gävleborg', fund: 'regional', periodStart: 2021, periodEnd: 2027, managingAuthority: 'Region Gävleborg', eligibleNuts: ['se313'], maxCofinancingRate: 50, currency: 'sek' };

beforeAll(async () => {
  t = await createTestApp();
  a = await portfolioSession(t, { lang: 'sv' });
  b = await portfolioSession(t);
});
afterAll(() => t.close());

describe('programmes', () => {
  it('shows every workspace the whole catalogue, the same, read-only', async () => {
    const inA = (await a.viewer.get(`${a.base}/programmes`)).body.items;
    const inB = (await b.viewer.get(`${b.base}/programmes`)).body.items;
    expect(inA).toHaveLength(programmeCatalogue.length);
    // The same entries (listed in each caller's language order).
    const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : 1);
    expect([...inB].sort(byId)).toEqual([...inA].sort(byId));
    const oks = programmeCatalogue[0]!;
    expect(inA.find((p: { code: string }) => p.code === oks.code)).toEqual({
      id: expect.any(String), own: false, code: oks.code, name: oks.name, fund: oks.fund, periodStart: oks.periodStart, periodEnd: oks.periodEnd, cci: oks.cci,
      managingAuthority: oks.managingAuthority, eligibleNuts: oks.eligibleNuts, maxCofinancingRate: oks.maxCofinancingRate, currency: oks.currency, url: oks.url, projectCount: 0,
    });
    const id = inA[0].id;
    for (const r of [await a.admin.patch(`${a.base}/programmes/${id}`, { name: 'Ändrat' }), await a.admin.delete(`${a.base}/programmes/${id}`)]) {
      expect(r.status).toBe(403);
      expect(r.body.code).toBe('programme.catalogue_read_only');
      expect(r.body.title).toBe('Programmen i katalogen kan inte ändras eller tas bort. Lägg till ett eget program om uppgifterna inte passar.');
    }
    expect((await b.viewer.get(`${b.base}/programmes`)).body.items.find((p: { id: string }) => p.id === id)).toEqual(inA[0]);
  });

  it('sorts by name in the caller’s language and filters by fund and words', async () => {
    for (const name of ['Östersjöfonden', 'Zeta-fonden', 'Ängsfonden', 'Alfa-fonden']) {
      await created(a.admin.post(`${a.base}/programmes`, { name, fund: 'national', periodStart: 2021, periodEnd: 2027 }));
      await created(b.admin.post(`${b.base}/programmes`, { name, fund: 'national', periodStart: 2021, periodEnd: 2027 }));
    }
    const names = async (w: Portfolio) => ((await w.viewer.get(`${w.base}/programmes?fund=national`)).body.items as { name: string }[]).map((x) => x.name);
    // Å, Ä, Ö after Z in Swedish; folded into A and O in English.
    expect(await names(a)).toEqual(['Alfa-fonden', 'Zeta-fonden', 'Ängsfonden', 'Östersjöfonden']);
    expect(await names(b)).toEqual(['Alfa-fonden', 'Ängsfonden', 'Östersjöfonden', 'Zeta-fonden']);
    const interreg = (await a.viewer.get(`${a.base}/programmes?fund=interreg`)).body.items as { fund: string }[];
    expect(interreg.length).toBe(programmeCatalogue.filter((p) => p.fund === 'interreg').length);
    expect(interreg.every((p) => p.fund === 'interreg')).toBe(true);
    const words = (await a.viewer.get(`${a.base}/programmes?q=${encodeURIComponent('oresund-kattegat')}`)).body.items as { code: string }[];
    expect(words.map((p) => p.code)).toEqual(['interreg-oks-2021-2027']);
    expect((await a.viewer.get(`${a.base}/programmes?fund=pension`)).status).toBe(422);
  });

  it('lets administrators add, change and delete their own programmes, audited; others see none of it', async () => {
    const own = await created(a.admin.post(`${a.base}/programmes`, regional));
    expect(own).toEqual({
      id: expect.any(String), own: true, code: null, name: regional.name, fund: 'regional', periodStart: 2021, periodEnd: 2027, cci: null,
      managingAuthority: 'Region Gävleborg', eligibleNuts: ['SE313'], maxCofinancingRate: 50, currency: 'SEK', url: null, projectCount: 0,
    });
    const listed = (await a.viewer.get(`${a.base}/programmes?fund=regional`)).body.items;
    expect(listed.map((p: { id: string }) => p.id)).toContain(own.id);
    // Workspace B sees the catalogue only, and cannot reach A's programme.
    const inB = (await b.admin.get(`${b.base}/programmes`)).body.items as { id: string; own: boolean; name: string }[];
    expect(inB.map((p) => p.id)).not.toContain(own.id);
    expect(inB.filter((p) => p.own).map((p) => p.name)).toEqual(['Alfa-fonden', 'Ängsfonden', 'Östersjöfonden', 'Zeta-fonden']);
    expect((await b.admin.patch(`${b.base}/programmes/${own.id}`, { name: 'X' })).status).toBe(404);
    expect((await b.admin.delete(`${b.base}/programmes/${own.id}`)).status).toBe(404);
    expect((await b.officer.post(`${b.base}/projects`, { acronym: 'X', title: 'X', ourRole: 'partner', programmeId: own.id })).status).toBe(422);
    // The same name may exist in another workspace, not twice in one (whatever the case).
    expect((await b.admin.post(`${b.base}/programmes`, regional)).status).toBe(201);
    const twice = await a.admin.post(`${a.base}/programmes`, { ...regional, name: regional.name.toUpperCase() });
    expect(twice.status).toBe(422);
    expect(twice.body.errors).toEqual([{ field: 'name', code: 'programme_name_taken', message: `Arbetsytan har redan ett program med namnet ”${regional.name.toUpperCase()}”.` }]);

    const changed = await created(a.admin.patch(`${a.base}/programmes/${own.id}`, { maxCofinancingRate: 42.5, periodEnd: 2028, url: 'https://www.regiongavleborg.se' }), 200);
    expect(changed).toMatchObject({ maxCofinancingRate: 42.5, periodEnd: 2028, url: 'https://www.regiongavleborg.se', name: regional.name });
    const audit = await a.admin.get(`${a.base}/audit?entityId=${own.id}`);
    expect(audit.body.items.map((x: { action: string }) => x.action)).toEqual(['programme.update', 'programme.create']);
    expect(audit.body.items[0].before.maxCofinancingRate).toBe(50);
    expect((await a.admin.delete(`${a.base}/programmes/${own.id}`)).status).toBe(204);
    expect((await a.viewer.get(`${a.base}/programmes?fund=regional`)).body.items).toEqual([]);
  });

  it('keeps programmes for administrators: officers, desk staff and viewers may only read', async () => {
    for (const client of [a.officer, a.desk, a.viewer]) {
      expect((await client.post(`${a.base}/programmes`, { ...regional, name: 'Nej' })).status).toBe(403);
    }
    const own = await created(a.admin.post(`${a.base}/programmes`, { ...regional, name: 'Leader Hälsingland' }));
    expect((await a.officer.patch(`${a.base}/programmes/${own.id}`, { name: 'Nej' })).status).toBe(403);
    expect((await a.officer.delete(`${a.base}/programmes/${own.id}`)).status).toBe(403);
    expect((await a.viewer.get(`${a.base}/programmes?q=leader`)).body.items.map((p: { name: string }) => p.name)).toEqual(['Leader Hälsingland']);
  });

  it('refuses deleting a programme projects use, counts its projects, and checks the fields', async () => {
    const own = await created(a.admin.post(`${a.base}/programmes`, { ...regional, name: 'Tillväxtverket' }));
    const catalogueId = (await a.viewer.get(`${a.base}/programmes?fund=interreg`)).body.items[0].id;
    await buildProject(a, { programmeId: own.id });
    await buildProject(a, { acronym: 'TWO', programmeId: own.id });
    await buildProject(a, { acronym: 'CAT', programmeId: catalogueId });
    const inUse = await a.admin.delete(`${a.base}/programmes/${own.id}`);
    expect(inUse.status).toBe(409);
    expect(inUse.body.code).toBe('programme.in_use');
    const counts = (await a.viewer.get(`${a.base}/programmes`)).body.items as { id: string; projectCount: number }[];
    expect(counts.find((p) => p.id === own.id)!.projectCount).toBe(2);
    expect(counts.find((p) => p.id === catalogueId)!.projectCount).toBe(1);
    // Workspace B's count of the same catalogue programme is its own.
    expect(((await b.viewer.get(`${b.base}/programmes`)).body.items as { id: string; projectCount: number }[]).find((p) => p.id === catalogueId)!.projectCount).toBe(0);

    const bad = await a.admin.post(`${a.base}/programmes`, { name: 'Fel', fund: 'regional', periodStart: 2027, periodEnd: 2021, maxCofinancingRate: 120, currency: 'kronor', eligibleNuts: ['SE3'] });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['currency', 'maxCofinancingRate']));
    expect(bad.body.errors.find((e: { field: string }) => e.field === 'maxCofinancingRate').message).toBe('Värdet får vara högst 100.');
    const period = await a.admin.post(`${a.base}/programmes`, { name: 'Fel', fund: 'regional', periodStart: 2027, periodEnd: 2021 });
    expect(period.body.errors).toEqual([{ field: 'periodEnd', code: 'programme_period_order', message: 'Periodens slutår kan inte ligga före startåret.' }]);
    const nuts = await a.admin.post(`${a.base}/programmes`, { name: 'Fel', fund: 'regional', periodStart: 2021, periodEnd: 2027, eligibleNuts: ['SE313', 'SE999'] });
    expect(nuts.body.errors).toEqual([{ field: 'eligibleNuts.1', code: 'unknown_code', message: 'Okänd kod: SE999.' }]);
    const stretch = await a.admin.patch(`${a.base}/programmes/${own.id}`, { periodStart: 2030 });
    expect(stretch.status).toBe(422);
    expect(stretch.body.errors[0].field).toBe('periodEnd');
  });

  it('upserts the catalogue by code at start-up: a second run writes nothing and adds no row', async () => {
    expect(await upsertProgrammeCatalogue(t.database.db)).toBe(0);
    const rows = await t.database.db.selectFrom('programmes').select(['code']).where('workspace_id', 'is', null).execute();
    expect(rows.map((r) => r.code).sort()).toEqual(programmeCatalogue.map((p) => p.code).sort());
    // A corrected entry is written back on the next run.
    await t.database.db.updateTable('programmes').set({ name: 'Gammalt namn' }).where('code', '=', programmeCatalogue[0]!.code).execute();
    expect(await upsertProgrammeCatalogue(t.database.db)).toBe(1);
    const fixed = await t.database.db.selectFrom('programmes').select('name').where('code', '=', programmeCatalogue[0]!.code).executeTakeFirstOrThrow();
    expect(fixed.name).toBe(programmeCatalogue[0]!.name);
  });
});
