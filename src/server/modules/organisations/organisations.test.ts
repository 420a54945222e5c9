import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, createTestApp, type Client, type TestApp } from '../../../../tests/helpers/app.ts';

let t: TestApp;
let client: Client;
let base: string;
beforeAll(async () => {
  t = await createTestApp();
  const s = await adminSession(t, 'sv');
  client = s.client;
  base = `/api/w/${s.ws.id}`;
});
afterAll(() => t.close());

const org = (over: Record<string, unknown> = {}) => ({ name: 'Testbolaget AB', kind: 'company', country: 'SE', ...over });

describe('organisations', () => {
  it('creates, reads, changes with a version check, and deletes; every write audited', async () => {
    const created = await client.post(`${base}/organisations`, org({
      name: 'Volvo Personvagnar AB',
      names: { en: 'Volvo Cars' },
      city: 'Göteborg',
      lat: 57.7,
      lon: 11.97,
      nutsCode: 'SE232',
      naceCode: '29.10',
      identifiers: [{ scheme: 'se_orgnr', value: '556074-3089' }],
      themes: ['po1'],
      sdgs: [9, 7, 9],
      website: 'https://www.volvocars.com',
      description: 'Tillverkar personbilar.',
      tags: ['fordon'],
      isLocal: true,
    }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ name: 'Volvo Personvagnar AB', version: 1, sdgs: [7, 9], identifiers: [{ scheme: 'se_orgnr', value: '5560743089', display: '556074-3089' }] });
    const id = created.body.id;

    const stale = await client.patch(`${base}/organisations/${id}`, { version: 2, city: 'Torslanda' });
    expect(stale.status).toBe(409);
    const changed = await client.patch(`${base}/organisations/${id}`, { version: 1, city: 'Torslanda' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ city: 'Torslanda', version: 2 });

    const audit = await client.get(`${base}/audit?entityId=${id}`);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(['organisation.update', 'organisation.create']);
    expect(audit.body.items[0].before.city).toBe('Göteborg');
    expect(audit.body.items[0].after.city).toBe('Torslanda');

    expect((await client.delete(`${base}/organisations/${id}`)).status).toBe(204);
    expect((await client.get(`${base}/organisations/${id}`)).status).toBe(404);
  });

  it('refuses a wrong check digit as a field error in the user’s language, and changes nothing', async () => {
    const before = (await client.get(`${base}/organisations`)).body.total;
    const r = await client.post(`${base}/organisations`, org({ identifiers: [{ scheme: 'se_orgnr', value: '556074-3088' }, { scheme: 'dk_cvr', value: '1234' }] }));
    expect(r.status).toBe(422);
    expect(r.body.errors).toEqual([
      expect.objectContaining({ field: 'identifiers.0.value', message: 'Kontrollsiffran stämmer inte – kontrollera numret.' }),
      expect.objectContaining({ field: 'identifiers.1.value' }),
    ]);
    expect((await client.get(`${base}/organisations`)).body.total).toBe(before);
  });

  it('checks NUTS, NACE, themes and the responsible officer against the vocabularies', async () => {
    const r = await client.post(`${base}/organisations`, org({ nutsCode: 'DK011', naceCode: '99.99', themes: ['po1', 'nope'], responsibleUserId: '00000000-0000-4000-8000-000000000000' }));
    expect(r.status).toBe(422);
    expect(r.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['naceCode', 'nutsCode', 'responsibleUserId', 'themes.1']);
  });

  it('finds a duplicate identifier and keeps one own municipality', async () => {
    const first = await client.post(`${base}/organisations`, org({ name: 'Dubblett A/S', country: 'DK', identifiers: [{ scheme: 'dk_cvr', value: '10150817' }] }));
    expect(first.status).toBe(201);
    const dup = await client.post(`${base}/organisations`, org({ name: 'Dubblett igen', country: 'DK', identifiers: [{ scheme: 'dk_cvr', value: '1015 0817' }] }));
    expect(dup.status).toBe(422);
    expect(dup.body.errors[0].message).toContain('Dubblett A/S');
    expect((await client.post(`${base}/organisations`, org({ name: 'Vår kommun', kind: 'municipality', isOwn: true }))).status).toBe(201);
    expect((await client.post(`${base}/organisations`, org({ name: 'Annan kommun', kind: 'municipality', isOwn: true }))).status).toBe(422);
  });
});

describe('search', () => {
  beforeAll(async () => {
    const make = (o: Record<string, unknown>) => client.post(`${base}/organisations`, org(o)).then((r) => expect(r.status, JSON.stringify(r.body)).toBe(201));
    await make({ name: 'Helsingborgs stad', kind: 'municipality', city: 'Helsingborg', nutsCode: 'SE224', description: 'Kommunen driver företagen framåt med exportrådgivning.' });
    await make({ name: 'Slagelse Erhvervscenter', kind: 'agency', country: 'DK', city: 'Slagelse', nutsCode: 'DK022', description: 'Rådgivning til virksomhederne i kommunen om eksport.', themes: ['po1'] });
    await make({ name: 'Politechnika Gdańska', kind: 'university', country: 'PL', city: 'Gdańsk', description: 'Badania i współpraca z przemysłem morskim.', sdgs: [14] });
    await make({ name: 'Tartu Ülikool', kind: 'university', country: 'EE', city: 'Tartu', description: 'Research university with renewable energy labs.', themes: ['po2'] });
    await make({ name: 'Ängelholms Ölfabrik', kind: 'company', city: 'Ängelholm', description: 'Bryggeri.', isLocal: true, tags: ['livsmedel'] });
  });

  const names = (r: { body: { items: { name: string }[] } }) => r.body.items.map((i) => i.name);

  it('stems Danish: "virksomhed" finds "virksomhederne"', async () => {
    const r = await client.get(`${base}/organisations?q=virksomhed`);
    expect(names(r)).toContain('Slagelse Erhvervscenter');
    expect(r.body.items.find((i: { name: string }) => i.name === 'Slagelse Erhvervscenter').reasons).toContain('description');
  });

  it('stems Swedish ("företag" finds "företagen") and English ("universities" finds "university")', async () => {
    expect(names(await client.get(`${base}/organisations?q=företag`))).toContain('Helsingborgs stad');
    expect(names(await client.get(`${base}/organisations?q=research`))).toEqual(['Tartu Ülikool']);
  });

  it('finds Polish text without accents and by prefix', async () => {
    expect(names(await client.get(`${base}/organisations?q=gdansk`))).toEqual(['Politechnika Gdańska']);
    expect(names(await client.get(`${base}/organisations?q=wspolprac`))).toEqual(['Politechnika Gdańska']);
  });

  it('tolerates a misspelt name and says so', async () => {
    const r = await client.get(`${base}/organisations?q=Helsingbrog`);
    expect(names(r)[0]).toBe('Helsingborgs stad');
    expect(r.body.items[0].reasons).toContain('similar_name');
  });

  it('matches themes in any language and places, and says why', async () => {
    const theme = await client.get(`${base}/organisations?q=grönare`);
    expect(names(theme)).toContain('Tartu Ülikool');
    expect(theme.body.items.find((i: { name: string }) => i.name === 'Tartu Ülikool').reasons).toContain('theme');
    const place = await client.get(`${base}/organisations?q=tartu`);
    expect(place.body.items[0].reasons).toEqual(expect.arrayContaining(['name', 'place']));
  });

  it('filters by kind, country, NUTS prefix, theme, SDG and local flag', async () => {
    expect(names(await client.get(`${base}/organisations?kind=university&country=EE,PL`)).sort()).toEqual(['Politechnika Gdańska', 'Tartu Ülikool']);
    expect(names(await client.get(`${base}/organisations?nuts=DK02`))).toEqual(['Slagelse Erhvervscenter']);
    expect(names(await client.get(`${base}/organisations?sdg=14`))).toEqual(['Politechnika Gdańska']);
    expect(names(await client.get(`${base}/organisations?theme=po2`))).toEqual(['Tartu Ülikool']);
    expect(names(await client.get(`${base}/organisations?local=true&q=öl`))).toEqual(['Ängelholms Ölfabrik']);
    expect((await client.get(`${base}/organisations?kind=castle`)).status).toBe(422);
  });

  it('sorts in Swedish with Å Ä Ö last and pages with a cursor without gaps or repeats', async () => {
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const r: { body: { items: { name: string }[]; nextCursor: string | null } } = await client.get(`${base}/organisations?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      all.push(...names(r));
      cursor = r.body.nextCursor;
    } while (cursor);
    expect(all.at(-1)).toBe('Ängelholms Ölfabrik');
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe((await client.get(`${base}/organisations?limit=200`)).body.total);
  });
});
