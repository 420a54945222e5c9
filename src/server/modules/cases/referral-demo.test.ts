// The demo workspace's routing rules, referral with a confirmed receipt, accepted suggestion and
// secrecy history, and its public register: written through the services, no mail queued.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type TestApp } from '../../../../tests/helpers/app.ts';
import { demoSession } from '../../../../tests/helpers/demo.ts';
import { DEMO_SLUG } from '../../demo.ts';

let t: TestApp;
let client: Client;
let base: string;

beforeAll(async () => {
  ({ t, client, base } = await demoSession(0));
});
afterAll(() => t.close());

const findCase = async (q: string) => (await client.get(`${base}/cases?q=${encodeURIComponent(q)}`)).body.items[0] as { id: string; reference: string };

describe('demo routing, referrals and secrecy', () => {
  it('has routing rules with suggestions for open cases, and one accepted suggestion', async () => {
    const rules = (await client.get(`${base}/case-routing-rules`)).body.items as { name: string; unit: unknown; organisation: unknown }[];
    expect(rules.length).toBeGreaterThanOrEqual(5);
    expect(rules.some((r) => r.unit) && rules.some((r) => r.organisation)).toBe(true);
    const nursing = await findCase('nursing degree');
    expect((await client.get(`${base}/cases/${nursing.id}/routing`)).body.suggestion).toMatchObject({ organisation: { name: 'Arbetsförmedlingen' }, state: 'open', matched: { category: true, language: true } });
    const fish = await findCase('Szukamy');
    const routing = (await client.get(`${base}/cases/${fish.id}/routing`)).body;
    expect(routing.suggestion).toMatchObject({ unit: { code: 'naringsliv' }, state: 'accepted', matched: { words: ['dostaw'] } });
    expect(routing.decisions).toMatchObject([{ action: 'accepted', decidedBy: { name: 'Erik Öberg' } }]);
  });

  it('has a case referred to a partner who confirmed receipt, and a case marked secret and unmarked with reasons', async () => {
    const market = await findCase('marknad i Bergsjö');
    const detail = (await client.get(`${base}/cases/${market.id}`)).body;
    expect(detail).toMatchObject({ status: 'referred', referredTo: { name: 'Polismyndigheten, region Mitt' } });
    const refs = (await client.get(`${base}/cases/${market.id}/referrals`)).body;
    expect(refs).toMatchObject({ state: 'confirmed', items: [{ organisationName: 'Polismyndigheten, region Mitt', receipt: { name: 'Jonas Berg, tillståndsenheten' }, sentCount: 0, lastSentAt: null }] });
    expect(Date.parse(refs.items[0].receipt.at)).toBeGreaterThan(Date.parse(refs.items[0].createdAt));
    const complaint = await findCase('Klagomål');
    const secrecy = (await client.get(`${base}/cases/${complaint.id}/secrecy`)).body;
    expect(secrecy).toMatchObject({ secret: false, history: [{ secret: false }, { secret: true }] });
    const mail = await t.database.db.selectFrom('mail_outbox').select('id').where('related_type', '=', 'case').execute();
    expect(mail).toEqual([]);
  });

  it('shows the public register with masked titles and the secret case hidden', async () => {
    const r = await new Client(t, 'en').get(`/api/public/${DEMO_SLUG}/cases?limit=100`);
    expect(r.status).toBe(200);
    const secret = r.body.items.filter((i: { secret: boolean }) => i.secret);
    expect(secret).toHaveLength(1);
    expect(secret[0]).toMatchObject({ title: null, category: null, status: null });
    const text = JSON.stringify(r.body);
    for (const hidden of ['företagets ekonomiska situation', 'Maria Kowalska', 'Rolf Bäck', '070-']) expect(text).not.toContain(hidden);
    expect(text).toContain('Vill öppna kafé i hamnen');
  });
});
