// The demo workspace's case desk: realistic cases in every status, channel and several languages,
// linked to the demo register, numbered in the order they came in, and no mail sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, TestApp } from '../../../../tests/helpers/app.ts';
import { demoSession } from '../../../../tests/helpers/demo.ts';

let t: TestApp;
let client: Client;
let base: string;

beforeAll(async () => {
  ({ t, client, base } = await demoSession(0));
});
afterAll(() => t.close());

describe('demo cases', () => {
  it('has cases in every status, channel and several languages, numbered in the order they came in', async () => {
    const items = (await client.get(`${base}/cases?limit=200`)).body.items as { reference: string; status: string; channel: string; language: string; receivedAt: string; overdue: boolean; secret: boolean }[];
    expect(items.length).toBeGreaterThanOrEqual(15);
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(['received', 'assigned', 'in_progress', 'referred', 'answered', 'closed']));
    expect(new Set(items.map((i) => i.channel))).toEqual(new Set(['web', 'phone', 'visit', 'email', 'chat', 'letter']));
    expect(new Set(items.map((i) => i.language))).toEqual(new Set(['sv', 'da', 'en', 'pl']));
    expect(items.some((i) => i.overdue)).toBe(true);
    expect(items.filter((i) => i.secret)).toHaveLength(1);
    // Newest first: numbers run backwards without a gap.
    const numbers = items.map((i) => Number(i.reference.split('/')[1]));
    expect(numbers).toEqual(Array.from({ length: items.length }, (_, k) => items.length - k));
  });

  it('links cases to the demo register and keeps history, notes and phone messages; no mail is queued', async () => {
    const orgs = (await client.get(`${base}/organisations?q=Nordjysk`)).body.items;
    const nordjysk = (await client.get(`${base}/cases?organisationId=${orgs[0].id}`)).body.items;
    expect(nordjysk).toHaveLength(1);
    const referred = (await client.get(`${base}/cases?status=referred`)).body.items[0];
    const detail = (await client.get(`${base}/cases/${referred.id}`)).body;
    expect(detail.referredTo.name).toBe('Almi Företagspartner Gävleborg');
    expect(detail.history.map((h: { to: string }) => h.to)).toEqual(['received', 'referred']);
    const sagverk = (await client.get(`${base}/cases?q=${encodeURIComponent("Słupsk")}`)).body.items[0];
    const withNote = (await client.get(`${base}/cases/${sagverk.id}`)).body;
    expect(withNote.requester.person.name).toBe('Karin Sjöberg');
    expect(withNote.notes).toHaveLength(1);
    const mail = await t.database.db.selectFrom('mail_outbox').select('id').where('related_type', '=', 'case').execute();
    expect(mail).toEqual([]);
  });
});
