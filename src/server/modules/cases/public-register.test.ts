// The public register of cases and secrecy marking, through HTTP on a real database: anyone reads
// the register without logging in, with personal data masked in the titles and secret cases
// reduced to number, date and a marker; pages; search by number; bad input is a 4xx in the
// reader's language. Marking and unmarking secrecy need a reason, are kept and audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, buildUser, Client, createTestApp, type TestApp } from '../../../../tests/helpers/app.ts';

let t: TestApp;
let A: Awaited<ReturnType<typeof adminSession>>;
let desk: Client;
let viewer: Client;
let base: string;
let reg: string;
const anon = () => new Client(t, 'sv');

const MONDAY = new Date('2026-11-23T09:00:00Z');
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = MONDAY;
  A = await adminSession(t, 'en');
  base = `/api/w/${A.ws.id}`;
  reg = `/api/public/${A.ws.slug}/cases`;
  for (const [role, lang] of [['desk', 'sv'], ['viewer', 'en']] as const) {
    const u = await buildUser(t, { workspaceId: A.ws.id, role, name: role === 'desk' ? 'Märta Håkansson' : 'Lars Läsare' });
    const c = new Client(t, lang);
    await c.login(u.email);
    if (role === 'desk') desk = c;
    else viewer = c;
  }
  const person = await A.client.post(`${base}/people`, { name: 'Per-Olof Lind', email: 'po@lind.example', legalBasis: 'public_task', legalBasisDate: '2026-11-01' });
  const cases: [string, Record<string, unknown>][] = [
    ['plain', { category: 'export', title: 'Export av trävaror till Polen' }],
    ['personal', { category: 'starta-foretag', title: 'Karin Sjöbergs kafé – ring 070-123 45 67 eller karin@kafe.example', requester: { kind: 'company', name: 'Karin Sjöberg' } }],
    ['soleTrader', { category: 'tillstand', title: 'Enskild firma 198503121234 (Lind) söker tillstånd', requester: { kind: 'company', personId: person.body.id } }],
    ['secret', { category: 'finansiering', title: 'Rekonstruktion av Kustfisk AB', secret: true, secretReason: 'OSL 31:16' }],
  ];
  for (const [key, extra] of cases) {
    t.clock.now = new Date(t.clock.now.getTime() + 3_600_000);
    const r = await desk.post(`${base}/cases`, { channel: 'phone', ...extra });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    ids[key] = r.body.id;
  }
});
afterAll(() => t.close());

describe('the public register', () => {
  it('lists every case newest first without login: number, date, category, status, masked title; a secret case only number and date', async () => {
    const r = await anon().get(reg);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ workspace: { name: A.ws.name, slug: A.ws.slug }, page: 1, limit: 25, total: 4, pages: 1 });
    expect(r.body.items).toEqual([
      { reference: 'KS 2026/0004', receivedOn: '2026-11-23', secret: true, category: null, status: null, title: null },
      { reference: 'KS 2026/0003', receivedOn: '2026-11-23', secret: false, category: { code: 'tillstand', labels: expect.objectContaining({ sv: 'Tillstånd och regler' }) }, status: 'received', title: 'Enskild firma [personuppgift] ([personuppgift]) söker tillstånd' },
      { reference: 'KS 2026/0002', receivedOn: '2026-11-23', secret: false, category: expect.objectContaining({ code: 'starta-foretag' }), status: 'received', title: '[personuppgift] kafé – ring [personuppgift] eller [personuppgift]' },
      { reference: 'KS 2026/0001', receivedOn: '2026-11-23', secret: false, category: expect.objectContaining({ code: 'export' }), status: 'received', title: 'Export av trävaror till Polen' },
    ]);
    const text = JSON.stringify(r.body);
    for (const hidden of ['Karin', 'Sjöberg', '070-123', 'karin@kafe.example', '198503121234', 'Lind', 'Kustfisk', 'OSL']) expect(text).not.toContain(hidden);
    const en = await new Client(t, 'en').get(reg);
    expect(en.body.items[2].title).toBe('[personal data] kafé – ring [personal data] eller [personal data]');
  });

  it('pages and searches by registration number in the ways people write it', async () => {
    const p2 = await anon().get(`${reg}?limit=3&page=2`);
    expect(p2.body).toMatchObject({ page: 2, limit: 3, total: 4, pages: 2 });
    expect(p2.body.items.map((i: { reference: string }) => i.reference)).toEqual(['KS 2026/0001']);
    expect((await anon().get(`${reg}?limit=3&page=9`)).body.items).toEqual([]);
    for (const q of ['KS 2026/0002', 'ks 2026/2', '2026/0002', '2', ' 2026 / 2 ']) {
      const r = await anon().get(`${reg}?q=${encodeURIComponent(q)}`);
      expect(r.body.items.map((i: { reference: string }) => i.reference), q).toEqual(['KS 2026/0002']);
    }
    expect((await anon().get(`${reg}?q=${encodeURIComponent('NL 2026/2')}`)).body.items).toEqual([]);
    expect((await anon().get(`${reg}?q=4`)).body.items).toEqual([expect.objectContaining({ reference: 'KS 2026/0004', secret: true, title: null })]);
  });

  it('answers bad input with a 4xx in the reader’s language, never a server error', async () => {
    const words = await new Client(t, 'da').get(`${reg}?q=${encodeURIComponent('Karin Sjöberg')}`);
    expect(words.status).toBe(422);
    expect(words.body.errors).toEqual([{ field: 'q', code: 'reference_query', message: 'Søg på sagsnummer, for eksempel KS 2026/0042, 2026/42 eller 42.' }]);
    for (const qs of ['page=0', 'page=abc', 'limit=1000', 'page=1e9', `q=${'1'.repeat(100)}`, 'q=%00', 'q=KS%202026', 'q=0', 'limit=-1']) {
      const r = await anon().get(`${reg}?${qs}`);
      expect(r.status, qs).toBe(422);
    }
    for (const slug of ['no-such-workspace', 'X', '%E2%98%83', 'a'.repeat(200), '..']) {
      const r = await anon().get(`/api/public/${slug}/cases`);
      expect([404, 422], slug).toContain(r.status);
    }
  });
});

describe('secrecy marking', () => {
  it('marking needs a reason and hides the case in the register; unmarking needs one too; both kept and audited', async () => {
    const id = ids.plain!;
    expect((await viewer.post(`${base}/cases/${id}/secrecy`, { secret: true, reason: 'x' })).status).toBe(403);
    const noReason = await desk.post(`${base}/cases/${id}/secrecy`, { secret: true });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors).toEqual([{ field: 'reason', code: 'required', message: 'Fältet måste fyllas i.' }]);
    expect((await desk.post(`${base}/cases/${id}/secrecy`, { secret: true, reason: '   ' })).body.errors[0]).toMatchObject({ field: 'reason', code: 'required' });

    t.clock.now = new Date(MONDAY.getTime() + 10 * 3_600_000);
    const marked = await desk.post(`${base}/cases/${id}/secrecy`, { secret: true, reason: 'OSL 31:16 – affärsförhållanden' });
    expect(marked.status, JSON.stringify(marked.body)).toBe(200);
    expect(marked.body).toMatchObject({ caseId: id, secret: true, reason: 'OSL 31:16 – affärsförhållanden', history: [{ secret: true, reason: 'OSL 31:16 – affärsförhållanden', actor: { name: 'Märta Håkansson' } }] });
    expect((await viewer.get(`${base}/cases/${id}`)).body).toMatchObject({ secret: true, secretReason: 'OSL 31:16 – affärsförhållanden' });
    const hidden = (await anon().get(`${reg}?q=1`)).body.items[0];
    expect(hidden).toEqual({ reference: 'KS 2026/0001', receivedOn: '2026-11-23', secret: true, category: null, status: null, title: null });

    t.clock.now = new Date(MONDAY.getTime() + 11 * 3_600_000);
    const unmarked = await desk.post(`${base}/cases/${id}/secrecy`, { secret: false, reason: 'Prövat: uppgifterna är inte sekretessbelagda.' });
    expect(unmarked.body).toMatchObject({ secret: false, reason: null });
    expect(unmarked.body.history.map((h: { secret: boolean }) => h.secret)).toEqual([false, true]);
    expect((await anon().get(`${reg}?q=1`)).body.items[0].title).toBe('Export av trävaror till Polen');
    const again = await desk.post(`${base}/cases/${id}/secrecy`, { secret: false, reason: 'igen' });
    expect(again.status).toBe(409);
    expect(again.body.title).toBe('Ärendet är inte sekretessmarkerat, så markeringen kan inte tas bort.');

    const log = (await A.client.get(`${base}/audit?entityId=${id}`)).body.items as { action: string; after: Record<string, unknown> }[];
    expect(log.filter((e) => e.action.startsWith('case.secrecy')).map((e) => [e.action, e.after.reason])).toEqual([
      ['case.secrecy_unmark', 'Prövat: uppgifterna är inte sekretessbelagda.'],
      ['case.secrecy_mark', 'OSL 31:16 – affärsförhållanden'],
    ]);
    const read = await viewer.get(`${base}/cases/${id}/secrecy`);
    expect(read.body.history).toHaveLength(2);
    expect((await viewer.get(`${base}/cases/00000000-0000-4000-8000-000000000000/secrecy`)).status).toBe(404);
    expect((await desk.post(`${base}/cases/00000000-0000-4000-8000-000000000000/secrecy`, { secret: true, reason: 'x' })).status).toBe(404);
  });

  it('marking a secret case again records the new reason', async () => {
    const r = await desk.post(`${base}/cases/${ids.secret}/secrecy`, { secret: true, reason: 'OSL 31:16 och 21:1' });
    // The first entry is the marking it was registered with.
    expect(r.body).toMatchObject({ secret: true, reason: 'OSL 31:16 och 21:1', history: [{ secret: true, reason: 'OSL 31:16 och 21:1' }, { secret: true, reason: 'OSL 31:16' }] });
  });
});
