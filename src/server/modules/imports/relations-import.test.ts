// Importing relations: each end found by a number in any of its forms or by name (+ country),
// types by code or the workspace's own labels, and the same dry-run/run flow as organisations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSeOrgnr } from '../../../shared/identifiers/index.ts';
import { adminSession, createTestApp, type Client, type TestApp } from '../../../../tests/helpers/app.ts';
import { upload, validId } from './testkit.ts';

let t: TestApp;
let client: Client;
let base: string;
const ids: Record<string, string> = {};
const orgnr = validId('se_orgnr', 41);
const cvr = validId('dk_cvr', 42);

beforeAll(async () => {
  t = await createTestApp();
  const s = await adminSession(t, 'en');
  client = s.client;
  base = `/api/w/${s.ws.id}`;
  const make = async (key: string, body: Record<string, unknown>) => {
    const r = await client.post(`${base}/organisations`, body);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    ids[key] = r.body.id;
  };
  await make('own', { name: 'Östanviks kommun', kind: 'municipality', country: 'SE', identifiers: [{ scheme: 'se_orgnr', value: orgnr }] });
  await make('fred', { name: 'Frederikshavn Kommune', kind: 'municipality', country: 'DK', identifiers: [{ scheme: 'dk_cvr', value: cvr }] });
  await make('slupsk', { name: 'Miasto Słupsk', kind: 'municipality', country: 'PL' });
  await make('linkSe', { name: 'Nordic Link', kind: 'network', country: 'SE' });
  await make('linkDk', { name: 'Nordic Link', kind: 'network', country: 'DK' });
  expect((await client.post(`${base}/relations`, { fromId: ids.own, toId: ids.fred, type: 'twin_town' })).status).toBe(201);
  expect((await client.post(`${base}/relation-types`, { code: 'school', labels: { sv: 'Skolsamarbete', da: 'Skolesamarbejde', en: 'School partnership' } })).status).toBe(201);
});
afterAll(() => t.close());

const csv = [
  'From identifier;From;From country;To identifier;To;To country;Type;Status;Start date;End date',
  `${formatSeOrgnr(orgnr)};;;;Miasto Słupsk;PL;twin_town;aktiv;2001-05-01;`, // 2: good, number with a dash
  `;Östanviks kommun;;DK${cvr};;;export_agreement;active;12.03.2024;`, // 3: good, the CVR as a VAT number
  ';Nordic Link;;;Miasto Słupsk;;twin_town;;;', // 4: two organisations have this name
  ';Nordic Link;DK;;Okänd AB;;twin_town;;;', // 5: no such organisation
  ';Östanviks kommun;;;Frederikshavn Kommune;;twin_town;;;', // 6: the register has it
  `${orgnr};;;;Frederikshavn Kommune;;friendship;;;`, // 7: unknown type
  ';Östanviks kommun;;;Miasto Słupsk;;network_membership;;2024-13-01;', // 8: no 13th month
  `SE${orgnr}01;;;;Miasto Słupsk;Polen;twin_town;;;`, // 9: row 2 again, via the VAT number: repeats it
  ';nordic link;DK;;Frederikshavn Kommune;;Skolsamarbete;vilande;2020-01-01;2019-12-31', // 10: end before start
  ';Nordic Link;SE;;Frederikshavn Kommune;;Skolsamarbete;vilande;2020-01-01;2024-06-30', // 11: good, type by its label
].join('\n');

describe('relation import', () => {
  it('finds both ends, reports each bad row by column, and imports the rest', async () => {
    const up = await upload(t, client, `${base}/imports?kind=relations`, csv);
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect(up.body.suggestedMapping).toEqual({
      'From identifier': 'from.identifier', From: 'from.name', 'From country': 'from.country',
      'To identifier': 'to.identifier', To: 'to.name', 'To country': 'to.country',
      Type: 'type', Status: 'status', 'Start date': 'startDate', 'End date': 'endDate',
    });
    const dry = await client.post(`${base}/imports/${up.body.id}/dry-run`, { mapping: up.body.suggestedMapping });
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [4, 'From'],
      [5, 'To'],
      [7, 'Type'],
      [8, 'Start date'],
      [10, 'End date'],
    ]);
    expect(dry.body.errors[0].message).toMatch(/Several organisations are called “Nordic Link”: Nordic Link \((SE|DK)\), Nordic Link \((SE|DK)\)/);
    expect(dry.body).toMatchObject({ total: 10, valid: 5, errorRows: 5, repeats: 1, new: 3, existing: { identifier: 1 } });
    const exists = await client.get(`${base}/imports/${up.body.id}/rows?outcome=exists`);
    expect(exists.body.items).toEqual([expect.objectContaining({ row: 6, relationId: expect.any(String), name: 'Östanviks kommun → Frederikshavn Kommune', reason: 'same_relation' })]);
    const repeats = await client.get(`${base}/imports/${up.body.id}/rows?outcome=repeat`);
    expect(repeats.body.items).toEqual([expect.objectContaining({ row: 9, repeatOf: 2 })]);

    const run = await client.post(`${base}/imports/${up.body.id}/run`, { mapping: up.body.suggestedMapping });
    expect(run.body).toMatchObject({ status: 'done', processed: 10, created: 3, matched: 1, repeated: 1, skipped: 0, failed: 5 });
    const rels = (await client.get(`${base}/relations?limit=100`)).body.items;
    const find = (from: string, to: string, type: string) => rels.find((r: any) => r.from.id === ids[from] && r.to.id === ids[to] && r.type === type);
    expect(find('own', 'slupsk', 'twin_town')).toMatchObject({ status: 'active', startDate: '2001-05-01' });
    expect(find('own', 'fred', 'export_agreement')).toMatchObject({ startDate: '2024-03-12' });
    expect(find('linkSe', 'fred', 'school')).toMatchObject({ status: 'dormant', endDate: '2024-06-30' });
    expect(rels).toHaveLength(4);
  });

  it('reads built-in types by their names in sv, da and en', async () => {
    const file = [
      'Fra;Til;Relationstype',
      'Miasto Słupsk;Frederikshavn Kommune;Venskabsby', // da
      'Miasto Słupsk;Östanviks kommun;Exportavtal', // sv
      'Frederikshavn Kommune;Miasto Słupsk;Research collaboration', // en
      'Frederikshavn Kommune;Östanviks kommun;Hensigtserklæring', // da, with æ
    ].join('\n');
    const up = await upload(t, client, `${base}/imports?kind=relations`, file);
    expect(up.body.suggestedMapping).toEqual({ Fra: 'from.name', Til: 'to.name', Relationstype: 'type' });
    const run = await client.post(`${base}/imports/${up.body.id}/run`, { mapping: up.body.suggestedMapping });
    expect(run.body).toMatchObject({ status: 'done', created: 4, failed: 0 });
    const rels = (await client.get(`${base}/relations?organisationId=${ids.slupsk}&limit=100`)).body.items;
    const types = (from: string, to: string) => rels.filter((r: any) => r.from.id === ids[from] && r.to.id === ids[to]).map((r: any) => r.type);
    expect(types('slupsk', 'fred')).toEqual(['twin_town']);
    expect(types('slupsk', 'own')).toEqual(['export_agreement']);
    expect(types('fred', 'slupsk')).toEqual(['research_collaboration']);
  });

  it('settles a shared name by the row’s country or a Wikidata id, and knows a twin town either way round', async () => {
    const boston = async (country: string, qid: string) => (await client.post(`${base}/organisations`, { name: 'Boston', kind: 'municipality', country, identifiers: [{ scheme: 'wikidata', value: qid }] })).body.id;
    const us = await boston('US', 'Q100');
    const gb = await boston('GB', 'Q311975');
    const file = [
      'city,cityLabel,twin,twinLabel,twinCountry,type',
      `,Miasto Słupsk,http://www.wikidata.org/entity/Q100,Boston,,twinned administrative body`, // by the Wikidata address
      `,Miasto Słupsk,,Boston,United Kingdom,twinned administrative body`, // by the country's name
      `,Miasto Słupsk,,Boston,,sister city`, // two Bostons: names both
      `,Frederikshavn Kommune,,Östanviks kommun,Sverige,twin town`, // the register has Östanvik → Frederikshavn
    ].join('\n');
    const up = await upload(t, client, `${base}/imports?kind=relations`, file);
    const mapping = { city: 'from.identifier', cityLabel: 'from.name', twin: 'to.identifier', twinLabel: 'to.name', twinCountry: 'to.country', type: 'type' };
    const dry = await client.post(`${base}/imports/${up.body.id}/dry-run`, { mapping });
    expect(dry.body.errors).toEqual([expect.objectContaining({ row: 4, column: 'twinLabel', message: expect.stringMatching(/Boston \(US\), Boston \(GB\)|Boston \(GB\), Boston \(US\)/) })]);
    expect(dry.body).toMatchObject({ new: 2, existing: { identifier: 1 } });
    const run = await client.post(`${base}/imports/${up.body.id}/run`, { mapping });
    expect(run.body).toMatchObject({ created: 2, matched: 1, failed: 1 });
    const rels = (await client.get(`${base}/relations?organisationId=${ids.slupsk}&limit=100`)).body.items;
    expect(rels.filter((r: any) => r.type === 'twin_town' && r.from.id === ids.slupsk).map((r: any) => r.to.id).sort()).toEqual([us, gb, ids.fred].sort());
  });

  it('gives a reloaded page the kind, sample rows and suggested mapping until the run starts', async () => {
    const up = await upload(t, client, `${base}/imports?kind=relations`, csv);
    const state = await client.get(`${base}/imports/${up.body.id}`);
    expect(state.status).toBe(200);
    expect(state.body).toMatchObject({ kind: 'relations', status: 'uploaded', plan: null, suggestedMapping: up.body.suggestedMapping, sampleRows: up.body.sampleRows });
    expect(state.body.sampleRows).toHaveLength(5);
    expect((await client.get(`${base}/imports`)).body.items.find((i: { id: string }) => i.id === up.body.id)).toMatchObject({ kind: 'relations', status: 'uploaded' });

    const run = await client.post(`${base}/imports/${up.body.id}/run`, { mapping: up.body.suggestedMapping });
    expect(run.body).toMatchObject({ status: 'done', sampleRows: [], suggestedMapping: {} });
  });
});
