// Duplicates and merging: suggestions by number across schemes and by similar names; a merge
// keeps every relation, person and activity, drops what would become a self-relation or a twin,
// and the duplicate leaves lists and search while its row stays for the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, buildUser, Client, createTestApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { validId } from '../imports/testkit.ts';

let t: TestApp;
let client: Client;
let base: string;
let wsId: string;
const orgnr = validId('se_orgnr', 77);

beforeAll(async () => {
  t = await createTestApp();
  const s = await adminSession(t, 'en');
  client = s.client;
  wsId = s.ws.id;
  base = `/api/w/${wsId}`;
});
afterAll(() => t.close());

async function org(body: Record<string, unknown>) {
  const r = await client.post(`${base}/organisations`, { kind: 'company', country: 'SE', ...body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.id as string;
}
async function relation(fromId: string, toId: string, type: string, extra: Record<string, unknown> = {}) {
  const r = await client.post(`${base}/relations`, { fromId, toId, type, ...extra });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.id as string;
}

describe('duplicates and merge', () => {
  it('suggests the same number in two schemes and similar names in one country, not different companies', async () => {
    const a = await org({ name: 'Sågverket i Norr AB', identifiers: [{ scheme: 'se_orgnr', value: orgnr }] });
    const b = await org({ name: 'Sagverket Norr', identifiers: [{ scheme: 'eu_vat', value: `SE${orgnr}01` }] });
    const c = await org({ name: 'Nordjysk Træ A/S', country: 'DK' });
    const d = await org({ name: 'Nordjysk Trae A/S', country: 'DK' });
    await org({ name: 'Nordjysk Træ A/S', country: 'NO' }); // same name, other country
    const e = await org({ name: 'Volvo Lastvagnar AB', identifiers: [{ scheme: 'se_orgnr', value: validId('se_orgnr', 78) }] });
    const f = await org({ name: 'Volvo Lastvagnar AB', identifiers: [{ scheme: 'se_orgnr', value: validId('se_orgnr', 79) }] });
    const r = await client.get(`${base}/organisations/duplicates`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const pairs = r.body.items.map((i: any) => [i.reason, ...i.organisations.map((o: { id: string }) => o.id)]);
    expect(pairs).toContainEqual(['identifier', a, b]);
    expect(pairs).toContainEqual(['similar_name', c, d]);
    expect(pairs.filter((p: string[]) => p.includes(e) && p.includes(f))).toEqual([]);
    expect(r.body.items[0]).toMatchObject({ reason: 'identifier', score: 1 });
  });

  it('moves relations, people and activities, copies what the kept one lacks, and hides the duplicate', async () => {
    const kept = await org({ name: 'Kustfisk AB', identifiers: [{ scheme: 'se_orgnr', value: validId('se_orgnr', 80) }], tags: ['fisk'], themes: ['po1'] });
    const dup = await org({ name: 'Kustfisk i Norrland AB', city: 'Östanvik', website: 'https://kustfisk.example', identifiers: [{ scheme: 'eu_vat', value: `DK${validId('dk_cvr', 81)}` }], tags: ['livsmedel', 'fisk'], themes: ['po2'], sdgs: [14], names: { en: 'Coastal Fish' } });
    const partner = await org({ name: 'Gdańsk Port', country: 'PL', kind: 'agency' });
    const other = await org({ name: 'Almi', kind: 'agency' });
    await relation(kept, partner, 'export_agreement'); // kept already has this link
    const twin = await relation(dup, partner, 'export_agreement'); // would become its twin: dropped
    const self = await relation(kept, dup, 'other'); // would become a self-relation: dropped
    const moved1 = await relation(dup, other, 'network_membership');
    const moved2 = await relation(partner, dup, 'import_supplier');
    const moved3 = await relation(dup, partner, 'export_agreement', { status: 'ended' }); // differs from kept's: kept
    const p1 = (await client.post(`${base}/people`, { name: 'Per Fisk', legalBasis: 'consent', legalBasisDate: '2026-01-01', organisations: [{ organisationId: dup, role: 'VD' }] })).body.id;
    const p2 = (await client.post(`${base}/people`, { name: 'Eva Båda', legalBasis: 'consent', legalBasisDate: '2026-01-01', organisations: [{ organisationId: kept }, { organisationId: dup, role: 'Styrelse' }] })).body.id;
    const act = (await client.post(`${base}/organisations/${dup}/activities`, { kind: 'meeting', occurredOn: '2026-02-01', title: 'Möte om export' })).body.id;

    const desk = await buildUser(t, { workspaceId: wsId, role: 'desk' });
    const deskClient = new Client(t);
    await deskClient.login(desk.email);
    expect((await deskClient.post(`${base}/organisations/${kept}/merge`, { duplicateId: dup })).status).toBe(403);
    expect((await client.post(`${base}/organisations/${kept}/merge`, { duplicateId: kept })).status).toBe(422);

    const r = await client.post(`${base}/organisations/${kept}/merge`, { duplicateId: dup });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      name: 'Kustfisk AB',
      names: { en: 'Coastal Fish' },
      city: 'Östanvik',
      website: 'https://kustfisk.example',
      tags: ['fisk', 'livsmedel'],
      themes: ['po1', 'po2'],
      sdgs: [14],
      version: 2,
      counts: { relations: 4, people: 2, activities: 1 },
    });
    expect(r.body.identifiers.map((i: { scheme: string }) => i.scheme)).toEqual(['eu_vat', 'se_orgnr']);

    const rels = (await client.get(`${base}/relations?organisationId=${kept}`)).body.items;
    expect(rels.map((x: { id: string }) => x.id).sort()).toEqual([moved1, moved2, moved3, rels.find((x: any) => x.type === 'export_agreement' && x.status === 'active').id].sort());
    expect(rels.map((x: { id: string }) => x.id)).not.toContain(twin);
    expect(rels.map((x: { id: string }) => x.id)).not.toContain(self);
    expect(rels.every((x: any) => x.from.id !== dup && x.to.id !== dup)).toBe(true);
    expect((await client.get(`${base}/people?organisationId=${kept}`)).body.items.map((p: { id: string }) => p.id).sort()).toEqual([p1, p2].sort());
    expect((await client.get(`${base}/people/${p2}`)).body.organisations).toEqual([{ organisationId: kept, name: 'Kustfisk AB', role: 'Styrelse' }]);
    expect((await client.get(`${base}/organisations/${kept}/activities`)).body.items.map((a: { id: string }) => a.id)).toEqual([act]);

    // The duplicate is gone from reads, lists, search and suggestions, but its row remains.
    expect((await client.get(`${base}/organisations/${dup}`)).status).toBe(404);
    expect((await client.get(`${base}/organisations?q=Kustfisk`)).body.items.map((i: { id: string }) => i.id)).toEqual([kept]);
    const dupRow = await t.database.db.selectFrom('organisations').select(['merged_into']).where('id', '=', dup).executeTakeFirstOrThrow();
    expect(dupRow.merged_into).toBe(kept);
    expect((await client.post(`${base}/organisations/${kept}/merge`, { duplicateId: dup })).status).toBe(422);

    const audit = (await client.get(`${base}/audit?entityId=${kept}`)).body.items[0];
    expect(audit).toMatchObject({ action: 'organisation.merge' });
    expect(audit.before.duplicate.name).toBe('Kustfisk i Norrland AB');
    expect(audit.after.droppedRelations.map((x: { id: string }) => x.id).sort()).toEqual([twin, self].sort());
    expect((await client.get(`${base}/audit?entityId=${dup}`)).body.items[0]).toMatchObject({ action: 'organisation.merged', after: { mergedInto: kept } });
  });

  it('deletes the merged rows with the organisation they were merged into, so none comes back', async () => {
    const kept = await org({ name: 'Sillfabriken i Grebbestad AB' });
    const dup = await org({ name: 'Sillfabriken Grebbestad' });
    expect((await client.post(`${base}/organisations/${kept}/merge`, { duplicateId: dup })).status).toBe(200);
    expect((await client.delete(`${base}/organisations/${kept}`)).status).toBe(204);
    expect((await client.get(`${base}/organisations?q=Sillfabriken`)).body.items).toEqual([]);
    expect((await client.get(`${base}/organisations/${dup}`)).status).toBe(404);
    expect(await t.database.db.selectFrom('organisations').select('id').where('id', 'in', [kept, dup]).execute()).toEqual([]);
  });
});
