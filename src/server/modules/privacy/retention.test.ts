// Retention and disposal through HTTP on a real database, with the test clock moved across years:
// the rules per category, a preview that is exactly what the run does, nothing disposed before its
// time, the register line kept, the run audited and idempotent.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, buildUser, Client, createTestApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { inWorkspace } from '../../db/tenancy.ts';

let t: TestApp;
let admin: Client;
let desk: Client;
let wsId: string;
let base: string;
let partner: string;
/** Export (2 years), tillstånd (10 years), synpunkter (kept for ever), an open export case. */
let exp: string;
let permit: string;
let feedback: string;
let open: string;

const CLOSED_ON = new Date('2026-11-23T09:00:00Z');
const LAST_DAY_LATE = new Date('2028-11-23T22:30:00Z'); // 23:30 in Stockholm: still the last day kept
const FIRST_DUE = new Date('2028-11-24T07:00:00Z');

async function register(body: Record<string, unknown>) {
  const r = await desk.post(`${base}/cases`, { channel: 'phone', ...body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; reference: string };
}

async function close(id: string, comment: string | null = null) {
  const r = await desk.post(`${base}/cases/${id}/status`, { status: 'closed', comment });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
}

let emails: { admin: string; desk: string };
/** Moves the clock; sessions expire with it, so both log in again. */
async function moveTo(at: Date) {
  t.clock.now = at;
  await admin.login(emails.admin);
  await desk.login(emails.desk);
}

const row = (id: string) => t.database.db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const requester = (id: string) => t.database.db.selectFrom('case_requesters').selectAll().where('case_id', '=', id).executeTakeFirstOrThrow();
const count = async (table: 'case_messages' | 'case_notes', id: string) => (await t.database.db.selectFrom(table).select('id').where('case_id', '=', id).execute()).length;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = CLOSED_ON;
  const s = await adminSession(t, 'en');
  admin = s.client;
  wsId = s.ws.id;
  base = `/api/w/${wsId}`;
  const u = await buildUser(t, { workspaceId: wsId, role: 'desk', name: 'Märta Håkansson' });
  desk = new Client(t, 'en');
  await desk.login(u.email);
  emails = { admin: s.user.email, desk: u.email };
  partner = (await admin.post(`${base}/organisations`, { name: 'Almi Företagspartner', kind: 'agency', country: 'SE' })).body.id;

  const e = await register({
    category: 'export',
    title: 'Łukasz Żółkiewski (070-123 45 67) vill exportera',
    description: 'Jag heter Łukasz och driver en enskild firma.',
    requester: { kind: 'company', name: 'Łukasz Żółkiewski', email: 'lukasz@firma.example', phone: '070-123 45 67', organisationName: 'Żółkiewski Trä', createPerson: true },
    organisationIds: [partner],
    sendReceipt: true,
  });
  exp = e.id;
  expect((await desk.post(`${base}/cases/${exp}/notes`, { body: 'Łukasz ringde igen.' })).status).toBe(201);
  expect((await desk.post(`${base}/cases/${exp}/messages`, { direction: 'in', channel: 'phone', body: 'Łukasz frågade om tullen.' })).status).toBe(201);
  const link = (await desk.get(`${base}/cases/${exp}`)).body.links[0].id;
  await desk.delete(`${base}/cases/${exp}/links/${link}`);
  expect((await desk.post(`${base}/cases/${exp}/links`, { organisationId: partner, note: 'Łukasz känner handläggaren' })).status).toBe(201);
  // A change of title is in the audit log with the old and new title.
  const v = (await desk.get(`${base}/cases/${exp}`)).body.version;
  expect((await desk.patch(`${base}/cases/${exp}`, { version: v, title: 'Łukasz Żółkiewski (070-123 45 67) vill exportera trä' })).status).toBe(200);
  // A file attached to the case (written as the attachments module stores it).
  await inWorkspace(t.database.db, { workspaceId: wsId }, (tx) =>
    tx
      .insertInto('case_attachments')
      .values({ workspace_id: wsId, case_id: exp, filename: 'Łukasz Żółkiewski – pass.pdf', content_type: 'application/pdf', size_bytes: 5, sha256: 'a'.repeat(64), content: Buffer.from('%PDF-') })
      .execute(),
  );
  await close(exp, 'Łukasz fick svar per telefon.');

  permit = (await register({ category: 'tillstand', title: 'Serveringstillstånd', requester: { kind: 'other', name: 'Per Persson', email: 'per@example.org' } })).id;
  await close(permit);
  feedback = (await register({ category: 'synpunkter', title: 'Klagomål på handläggning', requester: { kind: 'other', name: 'Klara Klagare' } })).id;
  await close(feedback);
  open = (await register({ category: 'export', title: 'Öppen exportfråga', requester: { kind: 'company', name: 'Öppen Person', email: 'oppen@example.org' } })).id;
});
afterAll(() => t.close());

describe('retention rules', () => {
  it('shows each category’s rule with its cases and when the next one becomes due', async () => {
    const r = await admin.get(`${base}/privacy/retention`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const byCode = Object.fromEntries(r.body.categories.map((c: { code: string }) => [c.code, c]));
    expect(byCode.export).toMatchObject({ retentionYears: 2, openCases: 1, closedCases: 1, dueNow: 0, disposedCases: 0, nextDisposal: '2028-11-24' });
    expect(byCode.tillstand).toMatchObject({ retentionYears: 10, closedCases: 1, nextDisposal: '2036-11-24' });
    expect(byCode.synpunkter).toMatchObject({ retentionYears: null, closedCases: 1, dueNow: 0, nextDisposal: null });
    expect(r.body.runs).toEqual([]);
  });

  it('is for admins only', async () => {
    expect((await desk.get(`${base}/privacy/retention`)).status).toBe(403);
    expect((await desk.get(`${base}/privacy/disposal/preview`)).status).toBe(403);
    expect((await desk.post(`${base}/privacy/disposal/runs`, { fingerprint: '0'.repeat(64) })).status).toBe(403);
  });
});

describe('disposal runs', () => {
  it('disposes of nothing before the period has passed, up to the last minute of the last day', async () => {
    for (const at of [CLOSED_ON, new Date('2027-11-24T12:00:00Z'), LAST_DAY_LATE]) {
      await moveTo(at);
      const p = await admin.get(`${base}/privacy/disposal/preview`);
      expect(p.status).toBe(200);
      expect(p.body.items).toEqual([]);
      const run = await admin.post(`${base}/privacy/disposal/runs`, { fingerprint: p.body.fingerprint });
      expect(run.status).toBe(409);
      expect(run.body.code).toBe('privacy.nothing_due');
    }
    expect((await row(exp)).disposed_at).toBeNull();
    expect((await requester(exp)).email).toBe('lukasz@firma.example');
  });

  it('previews exactly what the run then does, and keeps the register line', async () => {
    await moveTo(FIRST_DUE);
    const p = await admin.get(`${base}/privacy/disposal/preview`);
    expect(p.body.asOf).toBe('2028-11-24');
    expect(p.body.items).toHaveLength(1);
    const item = p.body.items[0];
    expect(item).toMatchObject({
      id: exp,
      reference: 'KS 2026/0001',
      keptUntil: '2028-11-23',
      retentionYears: 2,
      category: { code: 'export' },
      titleAfter: '*** (***) vill exportera trä',
      removes: { requester: ['name', 'email', 'phone', 'organisationName', 'person'], description: true, messages: 2, notes: 1, comments: 1, linkNotes: 1, referralNotes: 0, attachments: 1, mail: 1 },
    });
    // A stale fingerprint changes nothing.
    const stale = await admin.post(`${base}/privacy/disposal/runs`, { fingerprint: 'a'.repeat(64) });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('privacy.preview_stale');
    expect((await row(exp)).disposed_at).toBeNull();

    const run = await admin.post(`${base}/privacy/disposal/runs`, { fingerprint: p.body.fingerprint });
    expect(run.status, JSON.stringify(run.body)).toBe(200);
    expect(run.body).toMatchObject({ asOf: '2028-11-24', caseCount: 1, repeated: false, fingerprint: p.body.fingerprint });
    expect(run.body.items).toEqual([{ ...item, titleAfter: '' }]);

    // What the preview said goes, went.
    const c = await row(exp);
    expect(c).toMatchObject({ title: '*** (***) vill exportera trä', description: '', status: 'closed', reference: 'KS 2026/0001', dispose_after: '2028-11-23' });
    expect(c.disposed_at?.toISOString()).toBe(FIRST_DUE.toISOString());
    expect(await requester(exp)).toMatchObject({ kind: 'company', name: null, email: null, phone: null, organisation_name: null, person_id: null });
    expect(await count('case_messages', exp)).toBe(0);
    expect(await count('case_notes', exp)).toBe(0);
    expect(await t.database.db.selectFrom('case_attachments').select('id').where('case_id', '=', exp).execute()).toEqual([]);
    const history = await t.database.db.selectFrom('case_status_changes').select(['to_status', 'comment']).where('case_id', '=', exp).orderBy('id').execute();
    expect(history.map((h) => h.to_status)).toEqual(['received', 'closed']);
    expect(history.every((h) => h.comment === null)).toBe(true);
    const links = await t.database.db.selectFrom('case_links').select(['organisation_id', 'note']).where('case_id', '=', exp).execute();
    expect(links).toEqual([{ organisation_id: partner, note: null }]);
    expect(await t.database.db.selectFrom('mail_outbox').select('id').where('related_id', '=', exp).execute()).toEqual([]);
    // No trace of the requester in anything kept about the case, the audit log included.
    const traces = await sql<{ n: number }>`
      select (select count(*) from cases where id = ${exp} and cases::text ~ 'Łukasz|Żółkiewski|lukasz@')
           + (select count(*) from case_requesters where case_id = ${exp} and case_requesters::text ~ 'Łukasz|Żółkiewski|lukasz@')
           + (select count(*) from case_status_changes where case_id = ${exp} and case_status_changes::text ~ 'Łukasz')
           + (select count(*) from case_links where case_id = ${exp} and case_links::text ~ 'Łukasz')
           + (select count(*) from audit_log where entity_id = ${exp} and audit_log::text ~ 'Łukasz|Żółkiewski|070-123') as n`.execute(t.database.db);
    expect(Number(traces.rows[0]!.n)).toBe(0);

    // The register line as staff see it.
    const seen = await desk.get(`${base}/cases/${exp}`);
    expect(seen.body).toMatchObject({ reference: 'KS 2026/0001', status: 'closed', title: '*** (***) vill exportera trä', category: { code: 'export' }, description: '', disposedAt: FIRST_DUE.toISOString() });
    expect(seen.body.receivedAt).toBe(CLOSED_ON.toISOString());
    expect(seen.body.requester).toMatchObject({ person: null, hasEmail: false, hasPhone: false });
    expect((await desk.get(`${base}/cases?q=KS 2026/0001`)).body.items.map((i: { id: string }) => i.id)).toEqual([exp]);

    // The others are untouched; the person added from the case stays in the register (their own record).
    for (const id of [permit, feedback, open]) expect((await row(id)).disposed_at).toBeNull();
    expect((await requester(open)).email).toBe('oppen@example.org');
  });

  it('is idempotent: the same confirmation again answers with the first run and does nothing', async () => {
    const first = (await admin.get(`${base}/privacy/retention`)).body.runs[0];
    const again = await admin.post(`${base}/privacy/disposal/runs`, { fingerprint: first.fingerprint });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.id, repeated: true, caseCount: 1 });
    expect((await admin.get(`${base}/privacy/disposal/preview`)).body.items).toEqual([]);
    const audit = await admin.get(`${base}/audit?action=privacy.disposal_run`);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0].after).toMatchObject({ asOf: '2028-11-24', cases: ['KS 2026/0001'] });
    expect(JSON.stringify(audit.body.items[0])).not.toMatch(/Łukasz|lukasz@/);
    const overview = await admin.get(`${base}/privacy/retention`);
    expect(overview.body.categories.find((c: { code: string }) => c.code === 'export')).toMatchObject({ closedCases: 0, disposedCases: 1 });
  });

  it('applies a changed rule to the cases already closed; two confirmations at once dispose once', async () => {
    expect((await admin.patch(`${base}/case-categories/tillstand`, { retentionYears: 1 })).status).toBe(200);
    const p = await admin.get(`${base}/privacy/disposal/preview`);
    expect(p.body.items.map((i: { id: string; keptUntil: string }) => [i.id, i.keptUntil])).toEqual([[permit, '2027-11-23']]);
    const [a, b] = await Promise.all([
      admin.post(`${base}/privacy/disposal/runs`, { fingerprint: p.body.fingerprint }),
      admin.post(`${base}/privacy/disposal/runs`, { fingerprint: p.body.fingerprint }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([a.body.repeated, b.body.repeated].sort()).toEqual([false, true]);
    expect(a.body.id).toBe(b.body.id);
    expect((await requester(permit)).name).toBeNull();
    expect((await admin.get(`${base}/audit?action=privacy.disposal_run`)).body.items).toHaveLength(2);
    // A case kept for ever is never due; an open case is not due however old.
    await moveTo(new Date('2099-01-02T12:00:00Z'));
    const late = await admin.get(`${base}/privacy/disposal/preview`);
    expect(late.body.items.map((i: { id: string }) => i.id)).toEqual([]);
  });
});
