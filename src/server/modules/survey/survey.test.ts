import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, Client, createTestApp, type TestApp } from '../../../../tests/helpers/app.ts';

let t: TestApp;
let client: Client;
let base: string;
let companies: string[];

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://samverkan.example' });
  const s = await adminSession(t, 'sv');
  client = s.client;
  base = `/api/w/${s.ws.id}`;
  companies = [];
  for (const name of ['Sågverket AB', 'Fiskeriet AB', 'Verkstaden AB', 'Bageriet AB']) {
    const r = await client.post(`${base}/organisations`, { name, kind: 'company', country: 'SE', isLocal: true });
    companies.push(r.body.id);
  }
  await client.post(`${base}/organisations`, { name: 'Nordjysk Træ A/S', kind: 'company', country: 'DK' });
});
afterAll(() => t.close());

const tokenOf = (link: string) => link.split('/survey/')[1]!;
const answer = {
  exports: true,
  exportCountries: ['DK', 'pl'],
  imports: false,
  partners: [
    { name: 'nordjysk træ a/s', country: 'DK', type: 'export_agreement' },
    { name: 'Bałtyk Drewno', country: 'PL', type: 'export_agreement' },
  ],
  interests: ['export_advice'],
  comment: 'Vi vill växa i Polen.',
};

describe('inventory survey', () => {
  it('a company answers through its link without logging in; proposals await an officer; coverage counts it', async () => {
    const inv = await client.post(`${base}/survey/invitations`, { organisationIds: companies.slice(0, 2), language: 'da', days: 14 });
    expect(inv.status).toBe(201);
    expect(inv.body.items[0].link).toMatch(/^https:\/\/samverkan\.example\/survey\/[\w-]{43}$/);
    const token = tokenOf(inv.body.items[0].link);

    const guest = new Client(t, 'da');
    const form = await guest.get(`/api/survey/${token}`);
    expect(form.body).toMatchObject({ organisationName: 'Sågverket AB', language: 'da' });

    const bad = await guest.post(`/api/survey/${token}`, { ...answer, partners: [{ name: '', country: 'Danmark', type: 'x' }] });
    expect(bad.status).toBe(422);
    expect(bad.body.title).toMatch(/Nogle oplysninger er forkerte/);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['partners.0.country', 'partners.0.name', 'partners.0.type']);
    expect((await client.get(`${base}/survey/proposals`)).body.items).toEqual([]);

    const ok = await guest.post(`/api/survey/${token}`, answer);
    expect(ok.status).toBe(201);
    expect((await guest.post(`/api/survey/${token}`, answer)).status).toBe(410);

    const proposals = (await client.get(`${base}/survey/proposals?status=pending`)).body.items;
    expect(proposals.map((p: { partnerName: string }) => p.partnerName).sort()).toEqual(['Bałtyk Drewno', 'nordjysk træ a/s']);
    const cov = await client.get(`${base}/survey/coverage`);
    expect(cov.body).toEqual({ localCompanies: 4, invited: 2, answered: 1, share: 0.25 });

    // Accepting links the existing Danish company (same name, other case) and creates the Polish one.
    const dk = proposals.find((p: { partnerCountry: string }) => p.partnerCountry === 'DK');
    const pl = proposals.find((p: { partnerCountry: string }) => p.partnerCountry === 'PL');
    const accepted = await client.post(`${base}/survey/proposals/${dk.id}/decision`, { decision: 'accept' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    const rel = await client.get(`${base}/relations/${accepted.body.relationId}`);
    expect(rel.body).toMatchObject({ type: 'export_agreement', status: 'active', source: 'survey', to: { name: 'Nordjysk Træ A/S' } });
    expect((await client.post(`${base}/survey/proposals/${dk.id}/decision`, { decision: 'reject' })).status).toBe(409);
    await client.post(`${base}/survey/proposals/${pl.id}/decision`, { decision: 'accept' });
    expect((await client.get(`${base}/organisations?q=Bałtyk`)).body.items[0].name).toBe('Bałtyk Drewno');
    const audit = await client.get(`${base}/audit?action=survey.answer`);
    expect(audit.body.items).toHaveLength(1);
  });

  it('refuses an expired link in the visitor’s language', async () => {
    const inv = await client.post(`${base}/survey/invitations`, { organisationIds: [companies[3]], days: 1 });
    const saved = t.clock.now;
    t.clock.now = new Date(saved.getTime() + 2 * 86400_000);
    const r = await new Client(t, 'en').get(`/api/survey/${tokenOf(inv.body.items[0].link)}`);
    expect(r.status).toBe(410);
    expect(r.body.title).toMatch(/survey link is invalid/);
    t.clock.now = saved;
    const list = await client.get(`${base}/survey/invitations`);
    expect(list.body.items.map((i: { status: string }) => i.status).sort()).toEqual(['answered', 'sent', 'sent']);
  });

  it('only invites organisations of the register', async () => {
    const r = await client.post(`${base}/survey/invitations`, { organisationIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(r.status).toBe(422);
    expect(r.body.errors[0].field).toBe('organisationIds.0');
  });
});
