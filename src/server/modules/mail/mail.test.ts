// Outgoing mail end to end, with a real SMTP server in the process: what arrives (address,
// subject, language), that a rolled-back transaction sends nothing, that mail is held without
// SMTP and shown by the API, and that failures are retried, then fail, never delivering twice.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminSession, buildUser, Client, createTestApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { asSystem, inWorkspace } from '../../db/tenancy.ts';
import type { Locale } from '../../db/types.ts';
import { queueMail } from './service.ts';
import { CLAIM_TIMEOUT_MS, INTERRUPTED_NOTE, MAX_ATTEMPTS, RETRY_DELAYS_MS } from './sender.ts';
import { mailTemplates, placeholdersOf, renderMail } from './templates.ts';
import { startSmtpServer, testMailSender, toAddress, type TestSmtp } from './testkit.ts';

let smtp: TestSmtp;
let t: TestApp;
let S: Awaited<ReturnType<typeof adminSession>>;
/** The senders' clock runs `skew` ms ahead of real time, to reach retry times without waiting. */
let skew = 0;
const now = () => new Date(Date.now() + skew);

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ SMTP_URL: smtp.url });
  S = await adminSession(t, 'sv');
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});
beforeEach(() => {
  smtp.received.length = 0;
  smtp.refuse = null;
  skew = 0;
});

function receipt(to: string, language: Locale, reference = 'KS 2026/0042') {
  return inWorkspace(t.database.db, { workspaceId: S.ws.id, userId: S.user.id }, (tx) =>
    queueMail(tx, { workspaceId: S.ws.id, to, createdBy: S.user.id, related: { type: 'case', id: reference }, ...renderMail('case.receipt', language, { workspace: S.ws.name, reference }) }),
  );
}

const row = (id: string) => asSystem(t.database.db, (tx) => tx.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow());

describe('templates', () => {
  it.each(Object.keys(mailTemplates) as (keyof typeof mailTemplates)[])('%s uses the same placeholders in sv, da and en', (key) => {
    const tpl = mailTemplates[key];
    for (const part of [tpl.subject, tpl.text]) {
      expect(placeholdersOf(part.da)).toEqual(placeholdersOf(part.sv));
      expect(placeholdersOf(part.en)).toEqual(placeholdersOf(part.sv));
    }
  });

  it('fills every placeholder, escapes the HTML and marks its language', () => {
    const m = renderMail('case.referral', 'da', { workspace: 'Slagelse Kommune', reference: 'SAG 2026/7', partner: 'Erhvervshus Sjælland', officer: 'Mette', message: 'Spørgsmål om <eksport> & told' });
    expect(m.subject).toBe('Henvist henvendelse fra Slagelse Kommune (SAG 2026/7)');
    expect(`${m.subject}${m.text}`).not.toMatch(/\{\w+\}/);
    expect(m.html).toContain('<html lang="da">');
    expect(m.html).toContain('Spørgsmål om &#60;eksport&#62; &#38; told');
  });
});

describe('delivery through SMTP', () => {
  it('sends each message once, to its address, in its language, after commit', async () => {
    const sender = testMailSender(t.database.db, { smtpUrl: smtp.url, now });
    const sv = await receipt('karin@nystroms.example', 'sv');
    const da = await receipt('mette@hansen.example', 'da', 'SAG 2026/0007');
    const en = await receipt('john@smith.example', 'en');
    expect((await row(sv.id)).status).toBe('queued');

    expect(await sender.runOnce()).toMatchObject({ sent: 3, retrying: 0, failed: 0 });
    expect(await sender.runOnce()).toMatchObject({ sent: 0 });
    expect(smtp.received).toHaveLength(3);
    const byTo = new Map(smtp.received.map((m) => [toAddress(m), m]));
    expect(byTo.get('karin@nystroms.example')!.subject).toBe('Vi har tagit emot din fråga (KS 2026/0042)');
    expect(byTo.get('karin@nystroms.example')!.text).toContain(`Tack för att du kontaktade ${S.ws.name}`);
    expect(byTo.get('mette@hansen.example')!.subject).toBe('Vi har modtaget din henvendelse (SAG 2026/0007)');
    expect(byTo.get('mette@hansen.example')!.text).toContain('journaliseret din henvendelse med sagsnummer SAG 2026/0007');
    expect(byTo.get('john@smith.example')!.subject).toBe('We have received your question (KS 2026/0042)');
    const sent = byTo.get('karin@nystroms.example')!;
    expect(sent.from?.value[0]).toMatchObject({ name: S.ws.name, address: 'noreply@samverkan.test' });
    expect(sent.headers.get('content-language')).toBe('sv');
    expect(sent.headers.get('auto-submitted')).toBe('auto-generated');
    expect(sent.messageId).toBe(`<${sv.id}@samverkan.test>`);
    expect(sent.html).toContain('<html lang="sv">');

    for (const id of [sv.id, da.id, en.id]) expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1, claimed_at: null, last_error: null });
    const list = await S.client.get(`/api/w/${S.ws.id}/outbox?status=sent`);
    expect(list.status).toBe(200);
    expect(list.body.delivery).toBe('smtp');
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([en.id, da.id, sv.id]);
    expect(list.body.items[0]).toMatchObject({ to: 'john@smith.example', status: 'sent', language: 'en', template: 'case.receipt', related: { type: 'case', id: 'KS 2026/0042' } });
    expect(list.body.items[0].sentAt).toEqual(expect.any(String));
  });

  it('never sends mail queued in a transaction that rolled back', async () => {
    const sender = testMailSender(t.database.db, { smtpUrl: smtp.url, now });
    await expect(
      inWorkspace(t.database.db, { workspaceId: S.ws.id, userId: S.user.id }, async (tx) => {
        await queueMail(tx, { workspaceId: S.ws.id, to: 'rolled@back.example', language: 'sv', subject: 'Ska aldrig skickas', text: 'x' });
        throw new Error('the business write failed');
      }),
    ).rejects.toThrow('the business write failed');
    expect(await sender.runOnce()).toMatchObject({ sent: 0 });
    expect(smtp.received).toEqual([]);
    const rows = await asSystem(t.database.db, (tx) => tx.selectFrom('mail_outbox').select('id').where('to_address', '=', 'rolled@back.example').execute());
    expect(rows).toEqual([]);
  });

  it('retries a temporary refusal later, delivers once, and does not retry before it is due', async () => {
    const sender = testMailSender(t.database.db, { smtpUrl: smtp.url, now });
    const m = await receipt('later@example.org', 'en');
    smtp.refuse = { code: 451, count: 1 };
    expect(await sender.runOnce()).toMatchObject({ sent: 0, retrying: 1 });
    const waiting = await row(m.id);
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1, claimed_at: null });
    expect(waiting.last_error).toMatch(/451/);
    expect(waiting.next_attempt_at.getTime()).toBeGreaterThanOrEqual(Date.now() + RETRY_DELAYS_MS[0]! - 5_000);

    expect(await sender.runOnce()).toMatchObject({ sent: 0, retrying: 0 }); // not due yet
    skew = RETRY_DELAYS_MS[0]! + 1_000;
    expect(await sender.runOnce()).toMatchObject({ sent: 1 });
    expect(await sender.runOnce()).toMatchObject({ sent: 0 });
    expect(smtp.received.map(toAddress)).toEqual(['later@example.org']);
    expect(await row(m.id)).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
  });

  it('gives up after the last attempt with the error recorded, delivering nothing', async () => {
    const sender = testMailSender(t.database.db, { smtpUrl: smtp.url, now });
    const m = await receipt('never@example.org', 'sv');
    smtp.refuse = { code: 451, count: Infinity };
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await sender.runOnce()).toMatchObject(attempt < MAX_ATTEMPTS ? { retrying: 1 } : { failed: 1 });
      skew += RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length) - 1]! + 1_000;
    }
    expect(await sender.runOnce()).toMatchObject({ sent: 0, retrying: 0, failed: 0 });
    const failed = await row(m.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, claimed_at: null, sent_at: null });
    expect(failed.last_error).toMatch(/451.*Try again later/);
    expect(smtp.received).toEqual([]);

    const shown = await S.client.get(`/api/w/${S.ws.id}/outbox/${m.id}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, to: 'never@example.org', lastError: expect.stringMatching(/451/) });

    // An admin retries once the receiving side works again: one delivery, recorded in the audit log.
    smtp.refuse = null;
    const retried = await S.client.post(`/api/w/${S.ws.id}/outbox/${m.id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ status: 'queued', attempts: 0 });
    expect(await sender.runOnce()).toMatchObject({ sent: 1 });
    expect(smtp.received.map(toAddress)).toEqual(['never@example.org']);
    expect((await S.client.post(`/api/w/${S.ws.id}/outbox/${m.id}/retry`)).status).toBe(409);
    const audit = await S.client.get(`/api/w/${S.ws.id}/audit?entityId=${m.id}`);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(['mail.retry', 'mail.read']);
  });

  it('fails at once on a permanent refusal', async () => {
    const sender = testMailSender(t.database.db, { smtpUrl: smtp.url, now });
    const m = await receipt('nobody@example.org', 'sv');
    smtp.refuse = { code: 550, count: 1 };
    expect(await sender.runOnce()).toMatchObject({ failed: 1 });
    expect(await row(m.id)).toMatchObject({ status: 'failed', attempts: 1, last_error: expect.stringMatching(/550/) });
    expect(smtp.received).toEqual([]);
  });

  it('retries when the SMTP server cannot be reached', async () => {
    const closed = await startSmtpServer();
    await closed.close();
    const sender = testMailSender(t.database.db, { smtpUrl: closed.url, now });
    const m = await receipt('unreachable@example.org', 'da');
    expect(await sender.runOnce()).toMatchObject({ retrying: 1 });
    expect(await row(m.id)).toMatchObject({ status: 'queued', attempts: 1, last_error: expect.any(String) });
    skew = RETRY_DELAYS_MS[0]! + 1_000;
    expect(await testMailSender(t.database.db, { smtpUrl: smtp.url, now }).runOnce()).toMatchObject({ sent: 1 });
    expect(smtp.received.map(toAddress)).toEqual(['unreachable@example.org']);
  });

  it('two senders at once deliver each message once', async () => {
    const ids = await Promise.all(['a', 'b', 'c', 'd'].map((x) => receipt(`${x}@race.example`, 'en')));
    const one = testMailSender(t.database.db, { smtpUrl: smtp.url, now });
    const two = testMailSender(t.database.db, { smtpUrl: smtp.url, now });
    const [r1, r2] = await Promise.all([one.runOnce(), two.runOnce()]);
    expect(r1.sent + r2.sent).toBe(4);
    expect(smtp.received.map(toAddress).sort()).toEqual(['a@race.example', 'b@race.example', 'c@race.example', 'd@race.example']);
    for (const { id } of ids) expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('a message whose sender died mid-send fails with a note instead of going out again', async () => {
    const m = await receipt('interrupted@example.org', 'sv');
    await asSystem(t.database.db, (tx) => tx.updateTable('mail_outbox').set({ claimed_at: new Date(Date.now() - CLAIM_TIMEOUT_MS - 60_000), attempts: 1 }).where('id', '=', m.id).execute());
    expect(await testMailSender(t.database.db, { smtpUrl: smtp.url, now }).runOnce()).toMatchObject({ interrupted: 1, sent: 0 });
    expect(await row(m.id)).toMatchObject({ status: 'failed', last_error: INTERRUPTED_NOTE, claimed_at: null });
    expect(smtp.received).toEqual([]);
  });

  it('mail queued while the server is stopped stays queued and goes out after the next start', async () => {
    const before = testMailSender(t.database.db, { smtpUrl: smtp.url, now, pollMs: 50 });
    before.start();
    await before.stop();
    const m = await receipt('next-start@example.org', 'sv');
    await new Promise((r) => setTimeout(r, 150));
    expect(await row(m.id)).toMatchObject({ status: 'queued', attempts: 0 });

    const after = testMailSender(t.database.db, { smtpUrl: smtp.url, now, pollMs: 50 });
    after.start();
    try {
      await expect.poll(async () => (await row(m.id)).status, { timeout: 10_000, interval: 50 }).toBe('sent');
    } finally {
      await after.stop();
    }
    expect(smtp.received.map(toAddress)).toEqual(['next-start@example.org']);
  });
});

describe('without SMTP', () => {
  let u: TestApp;
  beforeAll(async () => {
    u = await createTestApp();
  });
  afterAll(() => u?.close());

  it('holds mail and shows it in the outbox', async () => {
    const { ws, user, client } = await adminSession(u, 'da');
    const m = await inWorkspace(u.database.db, { workspaceId: ws.id, userId: user.id }, (tx) =>
      queueMail(tx, { workspaceId: ws.id, to: 'held@example.org', ...renderMail('case.referred', 'da', { workspace: ws.name, reference: 'SAG 2026/1', partner: 'Erhvervshus Sjælland' }) }),
    );
    const sender = testMailSender(u.database.db, { now });
    expect(sender.delivers).toBe(false);
    expect(await sender.runOnce()).toMatchObject({ held: 1, sent: 0 });

    const list = await client.get(`/api/w/${ws.id}/outbox`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ delivery: 'held', counts: { queued: 0, sent: 0, failed: 0, held: 1 }, nextCursor: null });
    expect(list.body.items).toEqual([expect.objectContaining({ id: m.id, status: 'held', to: 'held@example.org', subject: 'Din henvendelse er sendt videre (SAG 2026/1)', attempts: 0 })]);
    const shown = await client.get(`/api/w/${ws.id}/outbox/${m.id}`);
    expect(shown.status).toBe(200);
    expect(shown.body.text).toContain('Erhvervshus Sjælland kan hjælpe dig med');
    expect((await client.get(`/api/w/${ws.id}/outbox?status=sent`)).body.items).toEqual([]);
  });

  it('pages newest first', async () => {
    const { ws, user, client } = await adminSession(u);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await inWorkspace(u.database.db, { workspaceId: ws.id, userId: user.id }, (tx) => queueMail(tx, { workspaceId: ws.id, to: `p${i}@example.org`, language: 'en', subject: `Message ${i}`, text: 'x' }));
      ids.unshift(r.id);
    }
    const first = await client.get(`/api/w/${ws.id}/outbox?limit=3`);
    const second = await client.get(`/api/w/${ws.id}/outbox?limit=3&cursor=${first.body.nextCursor}`);
    expect([...first.body.items, ...second.body.items].map((i: { id: string }) => i.id)).toEqual(ids);
    expect(second.body.nextCursor).toBeNull();
  });

  it('refuses a bad address before anything is written, and non-admins', async () => {
    const { ws, user } = await adminSession(u);
    await expect(
      inWorkspace(u.database.db, { workspaceId: ws.id, userId: user.id }, (tx) => queueMail(tx, { workspaceId: ws.id, to: 'not an address', language: 'sv', subject: 's', text: 't' })),
    ).rejects.toMatchObject({ status: 422 });
    const officer = await buildUser(u, { workspaceId: ws.id, role: 'officer' });
    const c = new Client(u);
    await c.login(officer.email);
    expect((await c.get(`/api/w/${ws.id}/outbox`)).status).toBe(403);
  });
});
