// 5,000 random and malformed public submissions (fast-check): the form answers every one with a
// 2xx or 4xx, never 5xx; what it accepts is stored whole (case, requester, history, audit, receipt)
// and numbered without gaps; what it refuses leaves no row and is counted.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, type Client, createTestApp, type TestApp } from '../../../../tests/helpers/app.ts';

const MAX_BYTES = 8_000;
let t: TestApp;
let ws: { id: string; slug: string };
let admin: Client;

beforeAll(async () => {
  t = await createTestApp({ CASE_FORM_IP_LIMIT: 1_000_000, CASE_FORM_WORKSPACE_LIMIT: 1_000_000, CASE_FORM_MAX_BYTES: MAX_BYTES });
  const s = await adminSession(t);
  ws = s.ws;
  admin = s.client;
});
afterAll(() => t.close());

/** Strings people and robots send: ordinary text, Nordic letters, and the awkward corners of Unicode. */
const odd = fc.constantFrom('\u0000', '\uD800', '\uDFFF', '\u200B', '\uFEFF', '\u202E', 'e\u0301', '𝔘𝔫𝔦', '👩‍👩‍👧', 'ÅÄÖ æøå', '\r\n', '\t', "'; drop table cases; --", '<script>', '%00', '\\u0000');
const text = fc.oneof(
  { weight: 5, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.array(odd, { minLength: 1, maxLength: 4 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.nat({ max: 12_000 }).map((n) => 'å'.repeat(n)) },
);
const anyJson = fc.jsonValue({ maxDepth: 3 });

const valid = fc.record({
  language: fc.constantFrom('sv', 'da', 'en'),
  requesterKind: fc.constantFrom('company', 'newcomer', 'other'),
  topic: fc.constantFrom('starta-foretag', 'export', 'ny-i-kommunen', 'ovrigt'),
  question: fc.string({ minLength: 1, maxLength: 300 }).filter((s) => s.trim().length > 0),
  name: fc.constantFrom('Sara Lind', 'Ørjan Ås', 'Jānis Bērziņš', 'Zoë'),
  email: fc.constantFrom('sara@example.org', 'info@företag.example', undefined),
  phone: fc.constantFrom('+46 70 123 45 67', '040-12 34 56', undefined),
  organisationName: fc.constantFrom('Kafé Lind AB', 'Nordjysk Træ A/S'),
  organisationNumber: fc.constantFrom(undefined, '556123-4567', '556123-4568', '5561234567', 'abc'),
  consent: fc.constant(true),
});

const KEYS = ['language', 'requesterKind', 'topic', 'subject', 'question', 'name', 'email', 'phone', 'organisationName', 'organisationNumber', 'organisationNumberScheme', 'consent', 'homepage', 'extra'];

/** A valid submission with a few fields removed, replaced by any JSON, or by odd text. */
const mutated = fc
  .tuple(valid, fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.oneof(fc.constant(undefined), anyJson, text)), { maxLength: 3 }))
  .map(([v, changes]) => {
    const out: Record<string, unknown> = { ...v };
    for (const [k, value] of changes) {
      if (value === undefined) delete out[k];
      else out[k] = value;
    }
    return out;
  });

interface Attempt {
  body: string | undefined;
  contentType: string | undefined;
}

const asJson = (value: unknown): Attempt => ({ body: JSON.stringify(value), contentType: 'application/json' });
const attempt: fc.Arbitrary<Attempt> = fc.oneof(
  { weight: 6, arbitrary: valid.map(asJson) },
  { weight: 8, arbitrary: mutated.map(asJson) },
  { weight: 2, arbitrary: anyJson.map(asJson) },
  // Broken JSON: cut short, or plain text.
  { weight: 2, arbitrary: fc.tuple(valid, fc.nat()).map(([v, n]) => { const s = JSON.stringify(v); return { body: s.slice(0, n % s.length), contentType: 'application/json' }; }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((s) => ({ body: s, contentType: 'application/json' })) },
  // Other content types, or none.
  {
    weight: 2,
    arbitrary: fc.tuple(valid, fc.constantFrom(undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', 'application/xml', 'APPLICATION/JSON', '')).map(
      ([v, type]) => ({ body: JSON.stringify(v), contentType: type }),
    ),
  },
  { weight: 1, arbitrary: fc.constant<Attempt>({ body: undefined, contentType: undefined }) },
  // Too large.
  { weight: 1, arbitrary: fc.tuple(valid, fc.nat({ max: 20_000 })).map(([v, n]) => asJson({ ...v, question: 'x'.repeat(MAX_BYTES + n) })) },
);

describe('public form under fuzzing', () => {
  it('answers 5,000 random submissions with 2xx or 4xx only, stores accepted ones whole and counts refusals', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(attempt, async (a) => {
        const headers: Record<string, string> = { 'accept-language': 'sv' };
        if (a.contentType !== undefined) headers['content-type'] = a.contentType;
        const res = await t.app.request(`/api/public/${ws.slug}/questions`, { method: 'POST', headers, body: a.body });
        const text = await res.text();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status >= 500 || res.status < 200 || (res.status >= 300 && res.status < 400)) throw new Error(`answered ${res.status}: ${text.slice(0, 300)}`);
        if (res.status >= 400) expect(res.headers.get('content-type')).toContain('application/problem+json');
        else expect(JSON.parse(text).reference).toMatch(/^KS \d{4}\/\d{4}$/);
      }),
      { numRuns: 5000, seed: Number(process.env.FUZZ_SEED ?? 20261123), endOnFailure: true },
    );
    const accepted = [...statuses].filter(([s]) => s < 300).reduce((n, [, c]) => n + c, 0);
    const refused = [...statuses].filter(([s]) => s >= 400).reduce((n, [, c]) => n + c, 0);
    expect(accepted + refused).toBe(5000);
    // Both sides were well exercised.
    expect(accepted).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(1500);

    const db = t.database.db;
    const cases = await db.selectFrom('cases').select(['id', 'number']).where('workspace_id', '=', ws.id).orderBy('number').execute();
    expect(cases).toHaveLength(accepted);
    expect(cases.map((c) => c.number)).toEqual(Array.from({ length: accepted }, (_, i) => i + 1));
    const incomplete = await sql<{ n: number }>`
      select count(*)::int as n from cases c
      where c.workspace_id = ${ws.id} and (
        not exists (select 1 from case_requesters r where r.case_id = c.id and r.name is not null and r.consent_at is not null)
        or not exists (select 1 from case_status_changes h where h.case_id = c.id and h.to_status = 'received')
        or not exists (select 1 from audit_log a where a.workspace_id = c.workspace_id and a.action = 'case.create' and a.entity_id = c.id::text))`.execute(db);
    expect(incomplete.rows[0]!.n).toBe(0);
    // A receipt (kept with the case and queued as mail) for every accepted question with an e-mail address.
    const withEmail = await db.selectFrom('case_requesters').select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', ws.id).where('email', 'is not', null).executeTakeFirstOrThrow();
    const receipts = await db.selectFrom('case_messages').select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', ws.id).where('kind', '=', 'receipt').executeTakeFirstOrThrow();
    const mails = await db.selectFrom('mail_outbox').select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', ws.id).where('template', '=', 'case.receipt').executeTakeFirstOrThrow();
    expect(Number(receipts.n)).toBe(Number(withEmail.n));
    expect(Number(mails.n)).toBe(Number(withEmail.n));
    // Every refusal is counted by reason, none stored.
    const counts = (await admin.get(`/api/w/${ws.id}/cases/rejections`)).body.items as { reason: string; count: number }[];
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(refused);
    expect(counts.map((c) => c.reason).sort()).toEqual(['honeypot', 'invalid', 'too_large']);
  }, 600_000);
});
