// The public question form through HTTP, without logging in: the form, the receipt, the e-mail
// receipt, validation in three languages, and the defences (honeypot, rate limits, size limit)
// whose refusals are counted, never stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../db/tenancy.ts';
import { adminSession, Client, createTestApp, type TestApp } from '../../../../tests/helpers/app.ts';

let t: TestApp;
let admin: Client;
let ws: { id: string; slug: string; name: string };
let ip = 0;
const MONDAY = new Date('2026-11-23T09:00:00Z');

/** A visitor from a new address each time, unless one is given. */
function post(slug: string, body: unknown, headers: Record<string, string> = {}, lang = 'sv') {
  const h: Record<string, string> = { 'accept-language': lang, 'x-forwarded-for': `198.51.100.${++ip % 250}`, ...headers };
  const init: RequestInit = { method: 'POST', headers: h };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    if (!('content-type' in h)) h['content-type'] = 'application/json';
  }
  return Promise.resolve(t.app.request(`/api/public/${slug}/questions`, init)).then(async (res) => ({ status: res.status, headers: res.headers, body: await res.json().catch(() => null) }));
}

const question = (extra: Record<string, unknown> = {}) => ({
  language: 'sv',
  requesterKind: 'company',
  topic: 'starta-foretag',
  question: 'Hur registrerar jag ett aktiebolag?\nJag vill öppna ett kafé.',
  name: 'Sara Lind',
  email: 'Sara.Lind@example.org',
  organisationName: 'Kafé Lind',
  consent: true,
  ...extra,
});

async function rejections() {
  return (await admin.get(`/api/w/${ws.id}/cases/rejections`)).body.items as { day: string; reason: string; count: number }[];
}

beforeAll(async () => {
  process.env.TRUST_PROXY = 'true';
  t = await createTestApp({ CASE_FORM_IP_LIMIT: 4, CASE_FORM_WORKSPACE_LIMIT: 8, CASE_FORM_WINDOW_MINUTES: 60, CASE_FORM_MAX_BYTES: 20_000 });
  t.clock.now = MONDAY;
  const s = await adminSession(t);
  admin = s.client;
  ws = s.ws;
});
afterAll(async () => {
  delete process.env.TRUST_PROXY;
  await t.close();
});

describe('public question form', () => {
  it('offers the workspace’s topics and number scheme, without login; an unknown workspace is 404', async () => {
    const form = await new Client(t).get(`/api/public/${ws.slug}/questions/form`);
    expect(form.status).toBe(200);
    expect(form.body).toMatchObject({ workspace: { name: ws.name, slug: ws.slug, country: 'SE' }, languages: ['sv', 'da', 'en'], organisationNumberScheme: 'se_orgnr', requesterKinds: ['company', 'newcomer', 'other'] });
    expect(form.body.topics[0]).toEqual({ code: 'starta-foretag', labels: { sv: 'Starta företag', da: 'Start af virksomhed', en: 'Starting a business' }, responseDays: 5 });
    expect((await new Client(t).get('/api/public/no-such-place/questions/form')).status).toBe(404);
    expect((await post('no-such-place', question())).status).toBe(404);
    expect((await post('%E0%A4%A', question())).status).toBe(404);
  });

  it('registers the question and answers with the registration number; the receipt is e-mailed in the person’s language', async () => {
    const r = await post(ws.slug, question({ language: 'da', phone: '+46 70 123 45 67' }));
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toEqual({ reference: 'KS 2026/0001', receivedAt: MONDAY.toISOString(), dueOn: '2026-11-30', topic: { code: 'starta-foretag', labels: expect.any(Object) }, language: 'da', emailReceipt: true });
    const list = await admin.get(`/api/w/${ws.id}/cases`);
    const c = list.body.items[0];
    expect(c).toMatchObject({ reference: 'KS 2026/0001', channel: 'web', status: 'received', language: 'da', title: 'Hur registrerar jag ett aktiebolag?', organisationName: 'Kafé Lind' });
    const detail = await admin.get(`/api/w/${ws.id}/cases/${c.id}`);
    expect(detail.body.createdBy).toBeNull();
    expect(detail.body.messages.map((m: { kind: string }) => m.kind)).toEqual(['receipt']);
    const contact = await admin.get(`/api/w/${ws.id}/cases/${c.id}/requester`);
    expect(contact.body).toMatchObject({ kind: 'company', name: 'Sara Lind', email: 'sara.lind@example.org', phone: '+46 70 123 45 67', consentAt: MONDAY.toISOString() });
    const mail = await t.database.db.selectFrom('mail_outbox').select(['to_address', 'language', 'subject', 'body_text']).where('related_id', '=', c.id).execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ to_address: 'sara.lind@example.org', language: 'da', subject: 'Vi har modtaget din henvendelse (KS 2026/0001)' });
    expect(mail[0]!.body_text).toContain(ws.name);
    const audit = await admin.get(`/api/w/${ws.id}/audit?action=case.create&entityId=${c.id}`);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0].actor).toBeNull();
  });

  it('links the organisation holding the given number; checks the number in the workspace’s scheme', async () => {
    const org = await admin.post(`/api/w/${ws.id}/organisations`, { name: 'Sågverket AB', kind: 'company', country: 'SE', identifiers: [{ scheme: 'se_orgnr', value: '556123-4567' }] });
    const r = await post(ws.slug, question({ organisationNumber: '556123 4567', organisationName: 'Sågverket' }));
    expect(r.status).toBe(201);
    const c = (await admin.get(`/api/w/${ws.id}/cases?organisationId=${org.body.id}`)).body.items;
    expect(c).toHaveLength(1);
    const bad = await post(ws.slug, question({ organisationNumber: '556123-4568' }), {}, 'en');
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([{ field: 'organisationNumber', code: 'identifier_check_digit', message: 'The check digit does not match – check the number.' }]);
    // A Danish company asking a Swedish municipality names its scheme.
    expect((await post(ws.slug, question({ organisationNumber: '10150817', organisationNumberScheme: 'dk_cvr' }))).status).toBe(201);
  });

  it('names each missing or wrong field in the visitor’s language', async () => {
    const sv = await post(ws.slug, { language: 'sv', requesterKind: 'company', topic: 'starta-foretag', question: '' }, {}, 'sv');
    expect(sv.status).toBe(422);
    expect(sv.body.title).toBe('Några uppgifter är felaktiga. Rätta de markerade fälten och försök igen.');
    const fields = Object.fromEntries(sv.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]));
    expect(Object.keys(fields).sort()).toEqual(['consent', 'name', 'question']);
    expect(fields.consent).toBe('Bekräfta att du har läst hur vi behandlar dina personuppgifter.');
    const da = await post(ws.slug, question({ email: '', phone: null, organisationName: '' }), {}, 'da');
    expect(da.body.errors.map((e: { field: string; message: string }) => `${e.field}: ${e.message}`)).toEqual([
      'email: Angiv e-mailadresse eller telefonnummer, så vi kan svare dig.',
      'organisationName: Feltet skal udfyldes.',
    ]);
    const topic = await post(ws.slug, question({ topic: 'no-such-topic' }), {}, 'en');
    expect(topic.body.errors).toEqual([{ field: 'topic', code: 'unknown_code', message: 'Unknown code: no-such-topic.' }]);
    const extra = await post(ws.slug, question({ admin: true }), {}, 'en');
    expect(extra.body.errors[0].field).toBe('(body)');
  });
});

describe('defences', () => {
  it('refuses a filled-in hidden field like bad input, stores nothing and counts it', async () => {
    const before = (await admin.get(`/api/w/${ws.id}/cases?limit=200`)).body.items.length;
    const r = await post(ws.slug, question({ homepage: 'http://spam.example' }), {}, 'en');
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: 'case.form_rejected', title: 'We could not receive the question. Try again, or call or visit us.' });
    expect((await admin.get(`/api/w/${ws.id}/cases?limit=200`)).body.items.length).toBe(before);
    expect(await rejections()).toContainEqual({ day: '2026-11-23', reason: 'honeypot', count: 1 });
  });

  it('answers malformed, mistyped and oversized bodies with 4xx problems and counts them', async () => {
    const bad = await post(ws.slug, '{"language": "sv", ', {}, 'en');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const text = await post(ws.slug, 'hello', { 'content-type': 'text/plain' }, 'en');
    expect(text.status).toBe(415);
    expect(text.body.errors[0].message).toBe('Send the form as JSON (application/json).');
    expect((await post(ws.slug, [1, 2, 3])).status).toBe(422);
    expect((await post(ws.slug, question({ question: 42, consent: 'yes' }))).status).toBe(422);
    const big = await post(ws.slug, question({ question: 'x'.repeat(30_000) }), {}, 'en');
    expect(big.status).toBe(413);
    expect(big.body.title).toBe('The request is too large.');
    const counts = Object.fromEntries((await rejections()).map((r) => [r.reason, r.count]));
    expect(counts.too_large).toBe(1);
    expect(counts.invalid).toBeGreaterThanOrEqual(4);
  });

  it('limits attempts per IP address with 429 and Retry-After, counted, and lets the address in after the window', async () => {
    const from = { 'x-forwarded-for': '203.0.113.7' };
    for (let i = 0; i < 4; i++) expect((await post(ws.slug, question({ name: '' }), from)).status).toBe(422);
    const blocked = await post(ws.slug, question(), from, 'en');
    expect(blocked.status).toBe(429);
    expect(blocked.body.title).toBe('Too many attempts. Wait a while and try again.');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(3000);
    expect((await post(ws.slug, question(), { 'x-forwarded-for': '203.0.113.8' })).status).toBe(201);
    expect((await rejections()).find((r) => r.reason === 'rate_limited')?.count).toBe(1);
    t.clock.now = new Date(MONDAY.getTime() + 61 * 60_000);
    expect((await post(ws.slug, question(), from)).status).toBe(201);
  });

  it('limits stored questions per workspace; other workspaces are not affected', async () => {
    const full = await adminSession(t);
    const other = await adminSession(t);
    for (let i = 0; i < 8; i++) expect((await post(full.ws.slug, question())).status).toBe(201);
    const refused = await post(full.ws.slug, question());
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await post(other.ws.slug, question())).status).toBe(201);
    expect((await full.client.get(`/api/w/${full.ws.id}/cases?limit=200`)).body.items).toHaveLength(8);
  });

  it('needs no CSRF token or session, but refuses a cross-site origin', async () => {
    const other = await adminSession(t);
    expect((await post(other.ws.slug, question(), { origin: 'https://evil.example', host: 'localhost' })).status).toBe(403);
    expect((await post(other.ws.slug, question(), { origin: 'http://localhost', host: 'localhost' })).status).toBe(201);
  });

  it('checks numbers in a Danish workspace’s own scheme', async () => {
    const dk = await adminSession(t);
    await asSystem(t.database.db, (tx) => tx.updateTable('workspaces').set({ country: 'DK', default_locale: 'da' }).where('id', '=', dk.ws.id).execute());
    expect((await new Client(t).get(`/api/public/${dk.ws.slug}/questions/form`)).body.organisationNumberScheme).toBe('dk_cvr');
    expect((await post(dk.ws.slug, question({ organisationNumber: '10150817' }))).status).toBe(201);
    expect((await post(dk.ws.slug, question({ organisationNumber: '5561234567' }))).body.errors[0]).toMatchObject({ field: 'organisationNumber', code: 'identifier_format' });
  });
});
