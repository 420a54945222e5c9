import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, createTestApp, type Client, type TestApp } from '../../../../tests/helpers/app.ts';

let t: TestApp;
let client: Client;
let base: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const s = await adminSession(t, 'da');
  client = s.client;
  base = `/api/w/${s.ws.id}`;
  for (const [key, o] of Object.entries({
    own: { name: 'Vår kommun', kind: 'municipality', country: 'SE', isOwn: true, lat: 61.9, lon: 17.2 },
    dk: { name: 'Frederikshavn Kommune', kind: 'municipality', country: 'DK', lat: 57.4, lon: 10.5 },
    pl: { name: 'Miasto Słupsk', kind: 'municipality', country: 'PL', lat: 54.5, lon: 17.0 },
    co: { name: 'Sågverket AB', kind: 'company', country: 'SE' },
  })) {
    ids[key] = (await client.post(`${base}/organisations`, o)).body.id;
  }
});
afterAll(() => t.close());

describe('relations', () => {
  it('links two organisations, validates type and dates, changes and deletes with audit', async () => {
    const bad = await client.post(`${base}/relations`, { fromId: ids.own, toId: ids.own, type: 'spaceport', startDate: '2020-01-01', endDate: '2019-01-01' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['endDate', 'toId']);
    expect(bad.body.errors.find((e: { field: string }) => e.field === 'endDate').message).toBe('Slutdatoen kan ikke ligge før startdatoen.');
    const unknownType = await client.post(`${base}/relations`, { fromId: ids.own, toId: ids.dk, type: 'spaceport' });
    expect(unknownType.status).toBe(422);
    expect(unknownType.body.errors[0].field).toBe('type');

    const r = await client.post(`${base}/relations`, { fromId: ids.own, toId: ids.dk, type: 'twin_town', status: 'active', startDate: '1972-05-01', source: 'Kommunfullmäktige 1972' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ from: { name: 'Vår kommun' }, to: { name: 'Frederikshavn Kommune' }, type: 'twin_town' });
    const changed = await client.patch(`${base}/relations/${r.body.id}`, { status: 'dormant', endDate: '1971-01-01' });
    expect(changed.status).toBe(422);
    expect((await client.patch(`${base}/relations/${r.body.id}`, { status: 'dormant' })).body.status).toBe('dormant');

    // A workspace adds its own relation type.
    expect((await client.post(`${base}/relation-types`, { code: 'sister_port', labels: { sv: 'Systerhamn', da: 'Søsterhavn', en: 'Sister port' } })).status).toBe(201);
    expect((await client.post(`${base}/relations`, { fromId: ids.own, toId: ids.pl, type: 'sister_port' })).status).toBe(201);
    expect((await client.post(`${base}/relations`, { fromId: ids.co, toId: ids.pl, type: 'export_agreement' })).status).toBe(201);

    const list = await client.get(`${base}/relations?organisationId=${ids.own}`);
    expect(list.body.items).toHaveLength(2);
    const audit = await client.get(`${base}/audit?entityId=${r.body.id}`);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(['relation.update', 'relation.create']);
  });

  it('draws the map: lines from our municipality and relations per country', async () => {
    const map = await client.get(`${base}/relations/map`);
    expect(map.status).toBe(200);
    expect(map.body.own.name).toBe('Vår kommun');
    expect(map.body.lines.map((l: { to: { name: string } }) => l.to.name).sort()).toEqual(['Frederikshavn Kommune', 'Miasto Słupsk']);
    expect(map.body.countries).toEqual([
      { country: 'SE', relations: 3 },
      { country: 'PL', relations: 2 },
      { country: 'DK', relations: 1 },
    ]);
  });

  it('builds the graph with degrees and filters by type', async () => {
    const g = await client.get(`${base}/relations/graph`);
    expect(g.body.edges).toHaveLength(3);
    expect(g.body.nodes.find((n: { name: string }) => n.name === 'Vår kommun').degree).toBe(2);
    const twins = await client.get(`${base}/relations/graph?type=twin_town`);
    expect(twins.body.nodes.map((n: { name: string }) => n.name).sort()).toEqual(['Frederikshavn Kommune', 'Vår kommun']);
  });

  it('deletes a relation (officer) and refuses a viewer', async () => {
    const r = await client.post(`${base}/relations`, { fromId: ids.dk, toId: ids.pl, type: 'friendship_city' });
    expect((await client.delete(`${base}/relations/${r.body.id}`)).status).toBe(204);
    expect((await client.get(`${base}/relations/${r.body.id}`)).status).toBe(404);
  });
});
