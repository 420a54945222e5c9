import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, createTestApp, type Client, type TestApp } from '../../../../tests/helpers/app.ts';

let t: TestApp;
let client: Client;
let base: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const s = await adminSession(t, 'en');
  client = s.client;
  base = `/api/w/${s.ws.id}`;
  const make = async (key: string, o: Record<string, unknown>) => {
    const r = await client.post(`${base}/organisations`, { kind: 'company', country: 'SE', ...o });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    ids[key] = r.body.id;
  };
  await make('own', { name: 'Vår kommun', kind: 'municipality', isOwn: true });
  await make('wind', { name: 'Vindkraft Syd A/S', country: 'DK', nutsCode: 'DK032', naceCode: '35.11', themes: ['po2'], description: 'Havvindmøller og energilagring til virksomhederne.' });
  await make('gdansk', { name: 'Politechnika Gdańska', kind: 'university', country: 'PL', nutsCode: 'PL634', themes: ['po2', 'po1'], description: 'Badania nad energią wiatrową na morzu.' });
  await make('bakery', { name: 'Bageriet i Byn AB', naceCode: '10.71', description: 'Bröd och kakor.' });
  await make('tartu', { name: 'Tartu Ülikool', kind: 'university', country: 'EE', themes: ['po1'], description: 'Offshore wind energy research and storage.' });
  const rel = await client.post(`${base}/relations`, { fromId: ids.own, toId: ids.gdansk, type: 'eu_project_partnership', status: 'active' });
  expect(rel.status).toBe(201);
});
afterAll(() => t.close());

describe('partner search', () => {
  it('ranks by idea, themes and earlier cooperation, and says why', async () => {
    const r = await client.post(`${base}/partner-search`, { idea: 'Offshore wind energy storage', themes: ['po2'] });
    expect(r.status).toBe(200);
    const names = r.body.items.map((i: { name: string }) => i.name);
    expect(names).not.toContain('Bageriet i Byn AB');
    expect(names).not.toContain('Vår kommun');
    expect(names).toEqual(expect.arrayContaining(['Tartu Ülikool', 'Politechnika Gdańska', 'Vindkraft Syd A/S']));
    const tartu = r.body.items.find((i: { name: string }) => i.name === 'Tartu Ülikool');
    expect(tartu.reasons).toEqual(expect.arrayContaining([{ kind: 'text', detail: expect.arrayContaining(['offshore', 'wind', 'energy', 'storage']) }]));
    const gdansk = r.body.items.find((i: { name: string }) => i.name === 'Politechnika Gdańska');
    expect(gdansk.reasons).toEqual(expect.arrayContaining([{ kind: 'theme', detail: ['po2'] }, { kind: 'cooperation', detail: ['eu_project_partnership'] }]));
  });

  it('keeps to eligible regions and kinds', async () => {
    const r = await client.post(`${base}/partner-search`, { idea: 'energi', themes: ['po2'], nuts: ['DK03', 'PL6'], kinds: ['university'] });
    expect(r.body.items.map((i: { name: string }) => i.name)).toEqual(['Politechnika Gdańska']);
    expect(r.body.items[0].reasons).toEqual(expect.arrayContaining([{ kind: 'region', detail: ['PL634'] }]));
  });

  it('matches a sector by NACE prefix and a Danish stem', async () => {
    const sector = await client.post(`${base}/partner-search`, { nace: ['35'] });
    expect(sector.body.items.map((i: { name: string }) => i.name)).toEqual(['Vindkraft Syd A/S']);
    const danish = await client.post(`${base}/partner-search`, { idea: 'virksomhed' });
    expect(danish.body.items.map((i: { name: string }) => i.name)).toEqual(['Vindkraft Syd A/S']);
  });

  it('answers an empty search with no hits and a bad one with field errors', async () => {
    expect((await client.post(`${base}/partner-search`, {})).body.items).toEqual([]);
    const bad = await client.post(`${base}/partner-search`, { kinds: ['castle'], countries: ['sweden'] });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['countries.0', 'kinds.0']);
  });
});

describe('the idea as a query', () => {
  it('keeps one of each term, drops prefixes a shorter one covers, and still finds the same organisations', async () => {
    const { dropCoveredPrefixes, ideaTerms, ideaWords } = await import('./service.ts');
    expect(dropCoveredPrefixes(["('hamn':*)", "('hamnar':*)", "('energi':*)", "('e' <-> 'handel':*)", "('vätgas':*)"])).toEqual(["('hamn':*)", "('energi':*)", "('e' <-> 'handel':*)", "('vätgas':*)"]);
    const words = ideaWords('Vindkraft och energilagring: havvindmøller, energy storage');
    expect(words).toEqual(['vindkraft', 'energilagring', 'havvindmøller', 'energy', 'storage']);
    const terms = await t.database.db.transaction().execute((tx) => ideaTerms(tx, words));
    const list = terms.query!.split(' | ');
    expect(new Set(list).size).toBe(list.length);
    // The reduced query matches exactly what the four variants of every word OR'ed together match.
    const { sql } = await import('kysely');
    const query = words.map((w) => `${w}:*`).join(' | ');
    const docs = ['Havvindmøller og energilagring til virksomhederne.', 'Offshore wind energy research and storage.', 'Bröd och kakor.', 'Energilagringen i hamnarna'];
    for (const d of docs) {
      const doc = sql`(to_tsvector('swedish', ${d}) || to_tsvector('danish', ${d}) || to_tsvector('english', ${d}) || to_tsvector('simple', fold(${d})))`;
      const full = sql`(to_tsquery('swedish', ${query}) || to_tsquery('danish', ${query}) || to_tsquery('english', ${query}) || to_tsquery('simple', fold(${query})))`;
      const r = await sql<{ a: boolean; b: boolean }>`select ${doc} @@ ${full} as a, ${doc} @@ ${terms.query}::tsquery as b`.execute(t.database.db);
      expect(r.rows[0]!.b, d).toBe(r.rows[0]!.a);
    }
  });

  it('matches a stem of fewer than four letters exactly, a longer one as a prefix', async () => {
    const { exactIfShort, ideaTerms, ideaWords } = await import('./service.ts');
    expect(exactIfShort("('sma':*)")).toBe("('sma')");
    expect(exactIfShort("('små':*)")).toBe("('små')");
    expect(exactIfShort("('hamn':*)")).toBe("('hamn':*)");
    expect(exactIfShort("('e' <-> 'handel':*)")).toBe("('e' <-> 'handel':*)");
    const terms = await t.database.db.transaction().execute((tx) => ideaTerms(tx, ideaWords('små hamnar')));
    const { sql } = await import('kysely');
    const found = async (text: string) =>
      (await sql<{ m: boolean }>`select (to_tsvector('swedish', ${text}) || to_tsvector('simple', fold(${text}))) @@ ${terms.query}::tsquery as m`.execute(t.database.db)).rows[0]!.m;
    expect(await found('Små företag')).toBe(true);
    expect(await found('Smart energi')).toBe(false);
    expect(await found('Hamnarnas logistik')).toBe(true);
    expect(terms.perWord.get('små')).toEqual(expect.arrayContaining(["('små')", "('sma')"]));
    // A stop word of any of the three languages is no word of the idea ('fra' in Danish).
    const danish = await t.database.db.transaction().execute((tx) => ideaTerms(tx, ideaWords('Træ fra savværker')));
    expect([...danish.perWord.keys()]).toEqual(['træ', 'savværker']);
  });
});
