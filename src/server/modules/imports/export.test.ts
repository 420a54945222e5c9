// Export → import round trip, in CSV and XLSX: the exported file dry-runs without errors with
// every row found in the register, and after the organisations are deleted it recreates them
// with the same field values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { adminSession, createTestApp, type Client, type TestApp } from '../../../../tests/helpers/app.ts';
import { download, upload, validId, XLSX_TYPE } from './testkit.ts';

let t: TestApp;
let client: Client;
let base: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ client } = await adminSession(t, 'sv'));
  base = `/api/w/${(await client.get('/api/me')).body.workspaces[0].id}`;
});
afterAll(() => t.close());

const register = [
  {
    name: 'Volvo Personvagnar AB',
    names: { en: 'Volvo Cars', pl: 'Volvo Samochody' },
    kind: 'company',
    country: 'SE',
    city: 'Göteborg',
    lat: 57.7,
    lon: 11.97,
    nutsCode: 'SE232',
    naceCode: '29.10',
    identifiers: [{ scheme: 'se_orgnr', value: validId('se_orgnr', 1) }, { scheme: 'eu_vat', value: `DK${validId('dk_cvr', 9)}` }],
    themes: ['po1', 'po2'],
    sdgs: [7, 9],
    website: 'https://www.volvocars.com',
    description: 'Tillverkar personbilar.\nRad två; med "citat", och komma.',
    tags: ['fordon', 'export'],
    isLocal: true,
  },
  { name: 'Aalborg Kommune', kind: 'municipality', country: 'DK', city: 'Aalborg', nutsCode: 'DK050', identifiers: [{ scheme: 'dk_cvr', value: validId('dk_cvr', 2) }] },
  // No identifier: found again by its name, although its other names are part of the search name.
  { name: 'Miasto Słupsk', names: { sv: 'Słupsk stad' }, kind: 'municipality', country: 'PL', city: 'Słupsk', description: 'Współpraca gospodarcza.' },
  { name: 'Tartu Ülikool', kind: 'university', country: 'EE', sdgs: [4], themes: ['po1'] },
];

const FIELDS = ['name', 'names', 'kind', 'country', 'city', 'lat', 'lon', 'nutsCode', 'naceCode', 'identifiers', 'themes', 'sdgs', 'website', 'description', 'tags', 'isLocal'] as const;

async function snapshot() {
  const list = await client.get(`${base}/organisations?limit=200`);
  const full = await Promise.all(list.body.items.map((i: { id: string }) => client.get(`${base}/organisations/${i.id}`)));
  return full
    .map((r) => Object.fromEntries(FIELDS.map((f) => [f, r.body[f]])) as Record<(typeof FIELDS)[number], any>)
    .map((o) => ({ ...o, identifiers: o.identifiers.map(({ scheme, value }: { scheme: string; value: string }) => ({ scheme, value })) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

describe.each([['csv'], ['xlsx']])('export and import back as %s', (format) => {
  it('gives the same organisations', async () => {
    for (const o of register) expect((await client.post(`${base}/organisations`, o)).status).toBe(201);
    const before = await snapshot();
    expect(before).toHaveLength(register.length);

    const file = await download(t, client, `${base}/organisations/export?format=${format}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toMatch(new RegExp(`attachment; filename="organisations-\\d{4}-\\d{2}-\\d{2}\\.${format}"`));
    const type = format === 'csv' ? 'text/csv' : XLSX_TYPE;
    const up = await upload(t, client, `${base}/imports`, file.bytes, type);
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect(up.body.total).toBe(register.length);
    // Every column of the export is recognised.
    expect(Object.keys(up.body.suggestedMapping)).toEqual(up.body.columns);

    const dry = await client.post(`${base}/imports/${up.body.id}/dry-run`, { mapping: up.body.suggestedMapping });
    expect(dry.body.errors).toEqual([]);
    // Every row is an organisation the register has: two by number, the two without one by name and country.
    expect(dry.body).toMatchObject({ total: 4, errorRows: 0, organisations: 4, new: 0, existing: { identifier: 2, name: 2 }, similar: 0 });
    const found = await client.get(`${base}/imports/${up.body.id}/rows?outcome=match`);
    const reasons = Object.fromEntries(found.body.items.map((r: { name: string; reason: string; organisation: { name: string } }) => [r.name, [r.reason, r.organisation.name]]));
    expect(reasons).toEqual({
      'Volvo Personvagnar AB': ['identifier', 'Volvo Personvagnar AB'],
      'Aalborg Kommune': ['identifier', 'Aalborg Kommune'],
      'Miasto Słupsk': ['name', 'Miasto Słupsk'],
      'Tartu Ülikool': ['name', 'Tartu Ülikool'],
    });

    const list = await client.get(`${base}/organisations?limit=200`);
    for (const i of list.body.items) expect((await client.delete(`${base}/organisations/${i.id}`)).status).toBe(204);
    const run = await client.post(`${base}/imports/${up.body.id}/run`, { mapping: up.body.suggestedMapping });
    expect(run.body).toMatchObject({ status: 'done', created: register.length, failed: 0, skipped: 0 });
    expect(await snapshot()).toEqual(before);

    // Clean up for the other format.
    for (const i of (await client.get(`${base}/organisations?limit=200`)).body.items) await client.delete(`${base}/organisations/${i.id}`);
  });
});

describe('export', () => {
  it('applies the list’s filters and writes semicolon CSV with a BOM that Excel opens', async () => {
    for (const o of register) await client.post(`${base}/organisations`, o);
    const file = await download(t, client, `${base}/organisations/export?format=csv&country=DK,PL`);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes);
    expect(text.startsWith('\uFEFFName;Other names;Kind;Country;')).toBe(true);
    const rows = parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.Name).sort()).toEqual(['Aalborg Kommune', 'Miasto Słupsk']);
    expect(rows.find((r) => r.Name === 'Miasto Słupsk')!['Other names']).toBe('sv: Słupsk stad');
    expect((await download(t, client, `${base}/organisations/export?format=pdf`)).status).toBe(422);
  });
});
