// Importing organisations: the dry run finds exactly the bad rows (by sheet row and column) and
// writes nothing; the run imports the good rows in resumable batches; CSV in any delimiter and
// encoding, and XLSX.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inWorkspace } from '../../db/tenancy.ts';
import { adminSession, createTestApp, type Client, type TestApp } from '../../../../tests/helpers/app.ts';
import { runBatch, runImport } from './service.ts';
import { upload, uploadForm, validId, wrongCheckDigit, XLSX_TYPE, xlsx } from './testkit.ts';

let t: TestApp;
let client: Client;
let base: string;
let ws: { id: string };
let user: { id: string };
beforeAll(async () => {
  t = await createTestApp();
  ({ client, ws, user } = await adminSession(t, 'en'));
  base = `/api/w/${ws.id}`;
});
afterAll(() => t.close());

const count = async (table: 'organisations' | 'audit_log') =>
  Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('workspace_id', '=', ws.id).executeTakeFirstOrThrow()).n);

describe('organisation import', () => {
  const header = 'Namn,Organisationsnummer,Land,Ort,NUTS,SNI,Webbplats,Beskrivning,Typ,Taggar,Lokal';
  const good = (i: number) => `Importbolag ${i} AB,${validId('se_orgnr', 1000 + i)},Sverige,Gävle,SE313,62.10,www.bolag${i}.se,"Konsulter, IT",Företag,"export, it",ja`;
  const csv = [
    header,
    good(1),
    `Felsiffra AB,${wrongCheckDigit('se_orgnr', 7)},SE,Gävle,,,,,company,,`, // row 3
    good(2),
    'Okänd region AB,,SE,Sandviken,SE999,,,,company,,', // row 5
    good(3),
    ',,SE,Gävle,,,,,company,,', // row 7: no name
    good(4),
    good(5),
  ].join('\n');

  it('uploads, suggests a mapping from Swedish headers and shows sample rows', async () => {
    const r = await upload(t, client, `${base}/imports`, csv);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ kind: 'organisations', format: 'csv', encoding: 'utf-8', delimiter: ',', total: 8 });
    expect(r.body.columns).toEqual(header.split(','));
    expect(r.body.sampleRows).toHaveLength(5);
    expect(r.body.suggestedMapping).toEqual({
      Namn: 'name', Organisationsnummer: 'identifiers.se_orgnr', Land: 'country', Ort: 'city', NUTS: 'nutsCode', SNI: 'naceCode',
      Webbplats: 'website', Beskrivning: 'description', Typ: 'kind', Taggar: 'tags', Lokal: 'isLocal',
    });
  });

  it('dry run lists exactly the three bad rows with row and column, and writes nothing; the run imports the rest', async () => {
    const up = await upload(t, client, `${base}/imports`, csv);
    const [orgs, audit] = [await count('organisations'), await count('audit_log')];
    const dry = await client.post(`${base}/imports/${up.body.id}/dry-run`, { mapping: up.body.suggestedMapping });
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body).toMatchObject({ total: 8, valid: 5, errorRows: 3, repeats: 0, organisations: 5, new: 5, existing: { identifier: 0, name: 0 }, similar: 0 });
    expect(dry.body.errors.map((e: { row: number; column: string; field: string }) => [e.row, e.column, e.field])).toEqual([
      [3, 'Organisationsnummer', 'identifiers.se_orgnr'],
      [5, 'NUTS', 'nutsCode'],
      [7, 'Namn', 'name'],
    ]);
    expect(dry.body.errors[0].message).toMatch(/check digit/i);
    expect([await count('organisations'), await count('audit_log')]).toEqual([orgs, audit]);

    const run = await client.post(`${base}/imports/${up.body.id}/run`, { mapping: up.body.suggestedMapping });
    expect(run.status, JSON.stringify(run.body)).toBe(200);
    expect(run.body).toMatchObject({ status: 'done', total: 8, processed: 8, created: 5, failed: 3, skipped: 0 });
    expect(run.body.problems.map((p: { row: number }) => p.row)).toEqual([3, 5, 7]);
    expect(await count('organisations')).toBe(orgs + 5);

    const list = await client.get(`${base}/organisations?q=Importbolag&limit=50`);
    expect(list.body.total).toBe(5);
    const one = await client.get(`${base}/organisations/${list.body.items[0].id}`);
    expect(one.body).toMatchObject({ kind: 'company', country: 'SE', city: 'Gävle', nutsCode: 'SE313', naceCode: '62.10', description: 'Konsulter, IT', tags: ['export', 'it'], isLocal: true });
    expect(one.body.website).toMatch(/^https:\/\/www\.bolag\d\.se$/);
    const trail = await client.get(`${base}/audit?entityId=${one.body.id}`);
    expect(trail.body.items.map((a: { action: string }) => a.action)).toEqual(['organisation.create']);
    expect(trail.body.items[0].after.importId).toBe(up.body.id);

    // The same file again: every good row is now an organisation the register has, by its number.
    const again = await upload(t, client, `${base}/imports`, csv);
    const dry2 = await client.post(`${base}/imports/${again.body.id}/dry-run`, { mapping: again.body.suggestedMapping });
    expect(dry2.body).toMatchObject({ new: 0, existing: { identifier: 5, name: 0 }, errorRows: 3 });
    const run2 = await client.post(`${base}/imports/${again.body.id}/run`, { mapping: again.body.suggestedMapping });
    expect(run2.body).toMatchObject({ status: 'done', created: 0, matched: 5, skipped: 0, failed: 3 });
    expect(await count('organisations')).toBe(orgs + 5);
  });

  it('resumes after an interruption with exactly the right count and no duplicates', async () => {
    const rows = Array.from({ length: 23 }, (_, i) => `Återupptag ${i} AB,${validId('se_orgnr', 5000 + i)},SE`);
    const up = await upload(t, client, `${base}/imports`, ['Name,SE org number,Country', ...rows].join('\r\n'));
    const actor = { workspaceId: ws.id, userId: user.id, requestId: 'test' };
    await runImport(t.database.db, actor, up.body.id, { mapping: up.body.suggestedMapping, maxBatches: 1 }, { batchSize: 5 });
    expect((await client.get(`${base}/imports/${up.body.id}`)).body).toMatchObject({ status: 'running', processed: 5, created: 5 });
    // A changed mapping on a started import is refused rather than mixing two mappings.
    expect((await client.post(`${base}/imports/${up.body.id}/run`, { mapping: { Name: 'name' } })).status).toBe(409);

    // A crash in the middle of the next batch: its work and its progress roll back together.
    await expect(
      inWorkspace(t.database.db, actor, async (tx) => {
        await runBatch(tx, actor, up.body.id, 5);
        throw new Error('power cut');
      }),
    ).rejects.toThrow('power cut');
    expect((await client.get(`${base}/imports/${up.body.id}`)).body).toMatchObject({ processed: 5, created: 5 });

    // The page calls run again (no mapping needed once started) until done.
    let state = (await client.post(`${base}/imports/${up.body.id}/run`, { maxBatches: 1 })).body;
    while (state.status !== 'done') state = (await client.post(`${base}/imports/${up.body.id}/run`, {})).body;
    expect(state).toMatchObject({ processed: 23, created: 23, failed: 0, skipped: 0 });
    const listed = (await client.get(`${base}/imports`)).body.items;
    expect(listed[0]).toMatchObject({ id: up.body.id, status: 'done', total: 23, created: 23 });
    const names = await t.database.db.selectFrom('organisations').select('name').where('workspace_id', '=', ws.id).where('name', 'like', 'Återupptag %').execute();
    expect(names).toHaveLength(23);
    expect(new Set(names.map((n) => n.name)).size).toBe(23);
  });

  it('reads XLSX: numbers, booleans and the first sheet', async () => {
    const file = await xlsx([
      ['Name', 'CVR', 'Country', 'Latitude', 'Longitude', 'Local', 'SDGs'],
      ['Excel ApS', Number(validId('dk_cvr', 3)), 'DK', 57.05, 9.92, true, '7, 9'],
      ['Excel Två AB', null, 'Sweden', null, null, false, 11],
    ]);
    const up = await uploadForm(t, client, `${base}/imports`, file, 'register.xlsx');
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect(up.body).toMatchObject({ format: 'xlsx', filename: 'register.xlsx', total: 2 });
    expect(up.body.suggestedMapping).toMatchObject({ Name: 'name', CVR: 'identifiers.dk_cvr', Latitude: 'lat', Longitude: 'lon', Local: 'isLocal', SDGs: 'sdgs' });
    const run = await client.post(`${base}/imports/${up.body.id}/run`, { mapping: up.body.suggestedMapping });
    expect(run.body).toMatchObject({ status: 'done', created: 2, failed: 0 });
    const id = (await client.get(`${base}/organisations?q=Excel ApS`)).body.items[0].id;
    expect((await client.get(`${base}/organisations/${id}`)).body).toMatchObject({ country: 'DK', lat: 57.05, lon: 9.92, isLocal: true, sdgs: [7, 9], identifiers: [{ scheme: 'dk_cvr', value: validId('dk_cvr', 3) }] });
    // A raw XLSX body works as well as a form.
    expect((await upload(t, client, `${base}/imports?filename=x.xlsx`, file, XLSX_TYPE)).status).toBe(201);
  });

  it('reads Windows-1252 from Swedish Excel, semicolons with decimal commas, and UTF-8 with a BOM', async () => {
    const latin = Buffer.from('Namn;Ort;Land;Latitud;Beskrivning\r\nÅkeri i Västerås AB;Västerås;Sverige;59,61;"Åker; kör, lastar"\r\nÖrebro Öl AB;Örebro;SE;59,27;\r\n', 'latin1');
    const up = await upload(t, client, `${base}/imports`, new Uint8Array(latin), 'text/csv');
    expect(up.body).toMatchObject({ encoding: 'windows-1252', delimiter: ';', columns: ['Namn', 'Ort', 'Land', 'Latitud', 'Beskrivning'] });
    expect(up.body.sampleRows[0]).toEqual(['Åkeri i Västerås AB', 'Västerås', 'Sverige', '59,61', 'Åker; kör, lastar']);
    const run = await client.post(`${base}/imports/${up.body.id}/run`, { mapping: up.body.suggestedMapping });
    expect(run.body).toMatchObject({ created: 2, failed: 0 });
    const id = (await client.get(`${base}/organisations?q=Västerås`)).body.items[0].id;
    expect((await client.get(`${base}/organisations/${id}`)).body).toMatchObject({ name: 'Åkeri i Västerås AB', city: 'Västerås', lat: 59.61, description: 'Åker; kör, lastar' });

    const bom = await upload(t, client, `${base}/imports`, '\uFEFFName\tCountry\nTabbolaget\tNorway\n', 'text/plain');
    expect(bom.body).toMatchObject({ encoding: 'utf-8', delimiter: '\t', columns: ['Name', 'Country'], suggestedMapping: { Name: 'name', Country: 'country' } });
  });

  it('says what is wrong in the caller’s language, as 422 problem+json', async () => {
    const up = await upload(t, client, `${base}/imports`, 'Navn;Land\nFirma ApS;Atlantis\n');
    const titles = new Set<string>();
    for (const lang of ['sv', 'da', 'en']) {
      client.lang = lang;
      const bad = await client.post(`${base}/imports/${up.body.id}/dry-run`, { mapping: { Navn: 'name', Land: 'name', Nope: 'city' } });
      expect(bad.status).toBe(422);
      expect(bad.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['mapping.Land', 'mapping.Nope']);
      titles.add(bad.body.title);
    }
    expect(titles.size).toBe(3);
    client.lang = 'da';
    const dry = await client.post(`${base}/imports/${up.body.id}/dry-run`, { mapping: up.body.suggestedMapping });
    expect(dry.body.errors).toEqual([{ row: 2, column: 'Land', field: 'country', message: expect.stringMatching(/^”Atlantis” er ikke et land, vi kender\. Skriv landets navn/) }]);
    expect((await client.post(`${base}/imports/${up.body.id}/run`, {})).status).toBe(422);
    client.lang = 'en';
    const notSheet = await upload(t, client, `${base}/imports`, '{"a":1}', 'application/json');
    expect(notSheet.status).toBe(422);
    expect(notSheet.body.errors[0].field).toBe('file');
  });

  it('accepts an upload above the global body limit, up to its own', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `Storfil ${i} AB,SE,${'x'.repeat(60)}`);
    const big = ['Name,Country,Description', ...rows].join('\n');
    expect(big.length).toBeGreaterThan(t.config.BODY_LIMIT_BYTES);
    const r = await upload(t, client, `${base}/imports`, big);
    expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(201);
    expect(r.body.total).toBe(20_000);
    const tooBig = await upload(t, client, `${base}/imports`, new Uint8Array(20 * 1024 * 1024 + 1));
    expect(tooBig.status).toBe(413);
    // Other routes keep the global limit.
    const json = await client.post(`${base}/organisations`, { name: 'x'.repeat(t.config.BODY_LIMIT_BYTES), kind: 'company', country: 'SE' });
    expect(json.status).toBe(413);
  });
});
