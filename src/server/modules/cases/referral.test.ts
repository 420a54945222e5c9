// Referring cases to partner organisations, through HTTP on a real database with a real SMTP
// server in the process: the case moves to referred and stays ours, the partner gets the case and
// a personal link (only its hash is stored), confirms receipt on a public page without logging in,
// and the case shows who confirmed and when. Roles, localised validation and the audit trail.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminSession, buildUser, Client, createTestApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { asSystem } from '../../db/tenancy.ts';
import { sha256 } from '../../http/session.ts';
import { startSmtpServer, testMailSender, toAddress, type TestSmtp } from '../mail/testkit.ts';

let smtp: TestSmtp;
let t: TestApp;
let A: Awaited<ReturnType<typeof adminSession>>;
let desk: Client;
let viewer: Client;
let base: string;
let almi: string;
let af: string;

const MONDAY = new Date('2026-11-23T09:00:00Z');
const DAY = 86_400_000;

async function login(role: 'desk' | 'viewer', lang: string) {
  const u = await buildUser(t, { workspaceId: A.ws.id, role, name: role === 'desk' ? 'Märta Håkansson' : 'Lars Läsare' });
  const c = new Client(t, lang);
  await c.login(u.email);
  return c;
}

const newCase = async (extra: Record<string, unknown> = {}) => {
  const r = await desk.post(`${base}/cases`, {
    channel: 'phone',
    category: 'finansiering',
    title: 'Lån till ny maskin – Karin Sjöberg 070-123 45 67',
    description: 'Sågverket behöver finansiering för en ny CNC-maskin.',
    requester: { kind: 'company', name: 'Karin Sjöberg', email: 'karin@sagverk.example', phone: '070-123 45 67', organisationName: 'Sågverket AB' },
    ...extra,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; reference: string };
};

/** Sends what is queued through the test SMTP server and returns what arrived. */
async function deliver() {
  await testMailSender(t.database.db, { smtpUrl: smtp.url }).runOnce();
  return smtp.received;
}

const tokenIn = (text: string) => /\/public\/[^/]+\/referrals\/([A-Za-z0-9_-]+)/.exec(text)?.[1];
const publicUrl = (token: string, slug = A.ws.slug) => `/api/public/${slug}/referrals/${token}`;

async function audit(action: string, entityId: string) {
  return (await A.client.get(`${base}/audit?action=${action}&entityId=${entityId}`)).body.items as { actor: unknown; after: Record<string, unknown>; before: unknown }[];
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ SMTP_URL: smtp.url });
  t.clock.now = MONDAY;
  A = await adminSession(t, 'en');
  base = `/api/w/${A.ws.id}`;
  desk = await login('desk', 'sv');
  viewer = await login('viewer', 'en');
  almi = (await A.client.post(`${base}/organisations`, { name: 'Almi Företagspartner', kind: 'agency', country: 'SE' })).body.id;
  af = (await A.client.post(`${base}/organisations`, { name: 'Arbetsförmedlingen', kind: 'agency', country: 'SE' })).body.id;
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});
beforeEach(() => {
  smtp.received.length = 0;
  t.clock.now = MONDAY;
});

describe('referring a case', () => {
  let caseId: string;
  let reference: string;
  let token: string;

  it('moves the case to referred, mails the partner the case and a personal link, tells the requester; only the token’s hash is stored', async () => {
    ({ id: caseId, reference } = await newCase());
    expect((await desk.post(`${base}/cases/${caseId}/notes`, { body: 'Intern: kunden har skulder hos banken.' })).status).toBe(201);
    const r = await desk.post(`${base}/cases/${caseId}/referrals`, { organisationId: almi, email: 'Radgivning@Almi.example', note: 'Almi kan ta lånefrågan.', language: 'sv' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({
      caseId,
      organisation: { id: almi, name: 'Almi Företagspartner' },
      email: 'radgivning@almi.example',
      status: 'pending',
      sentCount: 1,
      includeContact: true,
      receipt: null,
      expiresAt: new Date(MONDAY.getTime() + 14 * DAY).toISOString(),
    });

    const c = (await desk.get(`${base}/cases/${caseId}`)).body;
    expect(c).toMatchObject({ status: 'referred', referredTo: { id: almi } });
    expect(c.history.at(-1)).toMatchObject({ from: 'received', to: 'referred', comment: 'Almi kan ta lånefrågan.' });

    const mail = await deliver();
    const partner = mail.find((m) => toAddress(m) === 'radgivning@almi.example')!;
    expect(partner.subject).toBe(`Hänvisat ärende från ${A.ws.name} (${reference}) – bekräfta mottagandet`);
    for (const part of ['Sågverket behöver finansiering för en ny CNC-maskin.', 'Namn: Karin Sjöberg', 'E-post: karin@sagverk.example', 'Telefon: 070-123 45 67', 'Organisation: Sågverket AB', 'Almi kan ta lånefrågan.', 'ingen inloggning behövs']) {
      expect(partner.text).toContain(part);
    }
    expect(partner.text).not.toContain('Intern');
    expect(partner.headers.get('content-language')).toBe('sv');
    token = tokenIn(partner.text ?? '')!;
    expect(partner.text).toContain(`http://localhost/public/${A.ws.slug}/referrals/${token}`);
    expect(mail.find((m) => toAddress(m) === 'karin@sagverk.example')!.subject).toBe(`Din fråga har skickats vidare (${reference})`);

    const stored = await asSystem(t.database.db, (tx) => tx.selectFrom('case_referrals').selectAll().where('case_id', '=', caseId).execute());
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token_hash).toBe(sha256(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const entries = await audit('case.referral', caseId);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.after).toMatchObject({ referralId: r.body.id, organisationId: almi, mailed: true });
    expect(JSON.stringify(entries)).not.toContain('radgivning@almi.example');
    expect(await audit('case.status_change', caseId)).toHaveLength(1);
  });

  it('the partner sees the case (title masked) and confirms receipt without logging in, once; the case shows who and when', async () => {
    const partner = new Client(t, 'da');
    const page = await partner.get(publicUrl(token));
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    expect(page.body).toMatchObject({ workspace: { slug: A.ws.slug }, reference, partner: 'Almi Företagspartner', status: 'pending', receipt: null, language: 'sv' });
    expect(page.body.title).toBe('Lån till ny maskin – [personoplysning] [personoplysning]');

    t.clock.now = new Date(MONDAY.getTime() + 3_600_000);
    const confirmed = await partner.post(`${publicUrl(token)}/receipt`, { name: 'Mette Jensen', note: 'Vi ringer kunden i morgon.' });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(201);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', receipt: { name: 'Mette Jensen', at: t.clock.now.toISOString() } });
    const again = await partner.post(`${publicUrl(token)}/receipt`, { name: 'Mette Jensen' });
    expect(again.status).toBe(409);
    expect(again.body.title).toBe('Modtagelsen er allerede bekræftet.');
    expect((await partner.get(publicUrl(token))).body.status).toBe('confirmed');

    const shown = await viewer.get(`${base}/cases/${caseId}/referrals`);
    expect(shown.body.state).toBe('confirmed');
    expect(shown.body.items[0]).toMatchObject({ status: 'confirmed', receipt: { name: 'Mette Jensen', note: 'Vi ringer kunden i morgon.', at: t.clock.now.toISOString() } });
    const receipt = await audit('case.referral_receipt', caseId);
    expect(receipt).toHaveLength(1);
    expect(receipt[0]).toMatchObject({ actor: null, after: { referralId: shown.body.items[0].id, organisationId: almi } });
    const list = await viewer.get(`${base}/case-referrals?status=confirmed`);
    expect(list.body.items.map((i: { case: { reference: string } }) => i.case.reference)).toContain(reference);
    expect((await viewer.get(`${base}/case-referrals?status=pending`)).body.items.map((i: { caseId: string }) => i.caseId)).not.toContain(caseId);
    // Confirming does not change the case: it stays referred in our register.
    expect((await viewer.get(`${base}/cases/${caseId}`)).body.status).toBe('referred');
  });

  it('a link works only under its own workspace’s address, runs out, and a new one replaces it', async () => {
    const B = await adminSession(t, 'en');
    const anon = new Client(t, 'en');
    expect((await anon.get(publicUrl(token, B.ws.slug))).status).toBe(404);
    expect((await anon.post(`${publicUrl(token, B.ws.slug)}/receipt`, { name: 'X' })).status).toBe(404);

    const { id } = await newCase({ title: 'Arbetskraft till sommaren' });
    const r = await desk.post(`${base}/cases/${id}/referrals`, { organisationId: af, email: 'foretag@af.example', days: 1 });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const first = tokenIn((await deliver()).find((m) => toAddress(m) === 'foretag@af.example')!.text ?? '')!;
    // A day and a minute later (the link's time is moved back: sessions would not outlive the clock).
    await asSystem(t.database.db, (tx) => tx.updateTable('case_referrals').set({ expires_at: new Date(MONDAY.getTime() - 60_000) }).where('id', '=', r.body.id).execute());
    const gone = await anon.get(publicUrl(first));
    expect(gone.status).toBe(410);
    expect(gone.body.title).toBe('The link has expired or has been replaced by a newer one. Ask the municipality to send a new link.');
    expect((await anon.post(`${publicUrl(first)}/receipt`, { name: 'Per' })).status).toBe(410);
    expect((await viewer.get(`${base}/cases/${id}/referrals`)).body).toMatchObject({ state: 'expired' });

    smtp.received.length = 0;
    const resent = await desk.post(`${base}/cases/${id}/referrals/${r.body.id}/resend`, { days: 7 });
    expect(resent.status, JSON.stringify(resent.body)).toBe(200);
    expect(resent.body).toMatchObject({ status: 'pending', sentCount: 2, lastSentAt: MONDAY.toISOString(), expiresAt: new Date(MONDAY.getTime() + 7 * DAY).toISOString() });
    const second = tokenIn((await deliver()).find((m) => toAddress(m) === 'foretag@af.example')!.text ?? '')!;
    expect(second).not.toBe(first);
    expect((await anon.get(publicUrl(first))).status).toBe(404);
    expect((await anon.post(`${publicUrl(second)}/receipt`, { name: 'Per Persson' })).status).toBe(201);
    const late = await desk.post(`${base}/cases/${id}/referrals/${r.body.id}/resend`, {});
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('referral.not_pending');
    expect(await audit('case.referral_resend', id)).toHaveLength(1);
  });

  it('never answers bad input on the public routes with a server error', async () => {
    const anon = new Client(t, 'sv');
    const tokens = ['x', '..%2F..%2Fetc', 'a'.repeat(300), '%00', 'Ω'.repeat(40), `${token}'--`, 'A'.repeat(43), encodeURIComponent('<script>')];
    for (const bad of tokens) {
      for (const slug of [A.ws.slug, 'no-such-workspace', 'X', '%E2%98%83']) {
        const get = await anon.get(`/api/public/${slug}/referrals/${bad}`);
        expect(get.status, `${slug} ${bad}`).toBeGreaterThanOrEqual(400);
        expect(get.status, `${slug} ${bad}`).toBeLessThan(500);
        const post = await anon.post(`/api/public/${slug}/referrals/${bad}/receipt`, { name: 'X' });
        expect(post.status).toBeGreaterThanOrEqual(400);
        expect(post.status).toBeLessThan(500);
      }
    }
    const { id } = await newCase({ title: 'Kompetensfråga' });
    await desk.post(`${base}/cases/${id}/referrals`, { organisationId: af, email: 'foretag@af.example' });
    const fresh = tokenIn((await deliver()).find((m) => toAddress(m) === 'foretag@af.example')!.text ?? '')!;
    for (const body of [{}, { name: '' }, { name: 'x'.repeat(201) }, { name: 'Nul\u0000' }, { name: 'A', extra: 1 }, { name: 42 }, [], 'text']) {
      const r = await anon.post(`${publicUrl(fresh)}/receipt`, body);
      expect(r.status, JSON.stringify(body)).toBe(422);
    }
    const missing = await anon.post(`${publicUrl(fresh)}/receipt`, {});
    expect(missing.body.errors).toEqual([{ field: 'name', code: 'required', message: 'Fältet måste fyllas i.' }]);
    const raw = await t.app.request(`${publicUrl(fresh)}/receipt`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name": ' });
    expect(raw.status).toBe(400);
    const big = await t.app.request(`${publicUrl(fresh)}/receipt`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'x'.repeat(20_000) }) });
    expect(big.status).toBe(413);
    const cross = await t.app.request(`${publicUrl(fresh)}/receipt`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://evil.example' }, body: JSON.stringify({ name: 'X' }) });
    expect(cross.status).toBe(403);
    expect((await viewer.get(`${base}/cases/${id}/referrals`)).body.state).toBe('pending');
  });
});

describe('rules for referring', () => {
  it('viewers read but cannot refer; bad input names each field in the caller’s language', async () => {
    const { id } = await newCase();
    expect((await viewer.post(`${base}/cases/${id}/referrals`, { organisationId: almi, email: 'a@almi.example' })).status).toBe(403);
    expect((await viewer.post(`${base}/cases/${id}/referrals/00000000-0000-4000-8000-000000000000/resend`, {})).status).toBe(403);
    const none = await desk.post(`${base}/cases/${id}/referrals`, { organisationId: almi });
    expect(none.status).toBe(422);
    expect(none.body.errors).toEqual([{ field: 'email', code: 'required', message: 'Fältet måste fyllas i.' }]);
    const bad = await desk.request('POST', `${base}/cases/${id}/referrals`, { organisationId: 'nope', email: 'inte-en-adress', days: 0, language: 'pl' }, { 'accept-language': 'da' });
    expect(bad.body.title).toBe('Nogle oplysninger er forkerte. Ret de markerede felter, og prøv igen.');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['days', 'email', 'language', 'organisationId']);
    const unknown = await desk.post(`${base}/cases/${id}/referrals`, { organisationId: '00000000-0000-4000-8000-000000000000', email: 'a@almi.example' });
    expect(unknown.body.errors).toEqual([{ field: 'organisationId', code: 'not_found', message: expect.any(String) }]);
    expect((await desk.get(`${base}/cases/${id}`)).body.status).toBe('received');
    expect((await desk.post(`${base}/cases/00000000-0000-4000-8000-000000000000/referrals`, { organisationId: almi, email: 'a@almi.example' })).status).toBe(404);
    expect((await viewer.get(`${base}/cases/00000000-0000-4000-8000-000000000000/referrals`)).status).toBe(404);
  });

  it('follows the workflow: a closed case cannot be referred; a referred case only again to the same partner', async () => {
    const closed = await newCase();
    await desk.post(`${base}/cases/${closed.id}/status`, { status: 'closed' });
    const refused = await desk.post(`${base}/cases/${closed.id}/referrals`, { organisationId: almi, email: 'a@almi.example' });
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0]).toMatchObject({ field: 'status', message: 'Från Avslutat kan ärendet gå till: ”Pågår”.' });

    const { id } = await newCase();
    const tick = () => (t.clock.now = new Date(t.clock.now.getTime() + 60_000));
    expect((await desk.post(`${base}/cases/${id}/referrals`, { organisationId: almi, email: 'a@almi.example' })).status).toBe(201);
    tick();
    expect((await desk.post(`${base}/cases/${id}/referrals`, { organisationId: af, email: 'b@af.example' })).status).toBe(409);
    expect((await desk.post(`${base}/cases/${id}/referrals`, { organisationId: almi, email: 'c@almi.example' })).status).toBe(201);
    tick();
    // Taken back, it can go to another partner.
    expect((await desk.post(`${base}/cases/${id}/status`, { status: 'in_progress' })).status).toBe(200);
    expect((await desk.post(`${base}/cases/${id}/referrals`, { organisationId: af, email: 'b@af.example' })).status).toBe(201);
    const all = (await viewer.get(`${base}/cases/${id}/referrals`)).body;
    expect(all.items.map((i: { organisationName: string }) => i.organisationName)).toEqual(['Arbetsförmedlingen', 'Almi Företagspartner', 'Almi Företagspartner']);
    expect((await viewer.get(`${base}/cases/${id}`)).body.referredTo).toMatchObject({ id: af });
  });

  it('sends no contact details when asked not to, and writes in the chosen language', async () => {
    const { id, reference } = await newCase();
    const r = await desk.post(`${base}/cases/${id}/referrals`, { organisationId: af, email: 'int@af.example', includeContact: false, language: 'en' });
    expect(r.status).toBe(201);
    const m = (await deliver()).find((x) => toAddress(x) === 'int@af.example')!;
    expect(m.subject).toBe(`Case referred by ${A.ws.name} (${reference}) – please confirm receipt`);
    expect(m.text).toContain('Ask Märta Håkansson for the contact details of the person who asked if you need them.');
    // Without contact details, the requester's name and numbers are masked in the title and question too.
    expect(m.text).toContain('Title: Lån till ny maskin – [personal data] [personal data]');
    for (const personal of ['karin@sagverk.example', '070-123 45 67', 'Karin', 'Sjöberg']) expect(m.text).not.toContain(personal);
  });
});
