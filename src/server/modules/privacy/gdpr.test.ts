// GDPR requests through HTTP on a real database: find a data subject by person or e-mail address,
// export everything held (JSON complete; PDF valid and showing the name with its letters), erase
// where no retention rule forbids it — gone from every table — and say what is kept and why.
import { sql } from 'kysely';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, buildUser, Client, createTestApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { inWorkspace } from '../../db/tenancy.ts';
import { queueMail } from '../mail/service.ts';

let t: TestApp;
let admin: Client;
let desk: Client;
let emails: { admin: string; desk: string };
let ws: { id: string; slug: string };
let base: string;

const NAME = 'Małgorzata Żółkiewska-Åström';
const EMAIL = 'malgorzata@handel.example.pl';
const PHONE = '+48 601 234 567';
let person: string;
let other: string;
let company: string;
/** kept (2 years after closing), kept for ever, due (closed in 2024, 2 years), open (from the form). */
const c = { kept: { id: '', reference: '' }, forever: { id: '', reference: '' }, due: { id: '', reference: '' }, open: { id: '', reference: '' } };
let looseMail: string;

async function moveTo(at: Date) {
  t.clock.now = at;
  await admin.login(emails.admin);
  await desk.login(emails.desk);
}

async function register(body: Record<string, unknown>) {
  const r = await desk.post(`${base}/cases`, { channel: 'email', ...body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return { id: r.body.id as string, reference: r.body.reference as string };
}

const close = async (id: string) => expect((await desk.post(`${base}/cases/${id}/status`, { status: 'closed' })).status).toBe(200);

/** Rows of every workspace table that name her (name, address or phone), except those of the given cases. */
async function traces(keptCases: Set<string>) {
  const db = t.database.db;
  const tables = await sql<{ table_name: string }>`
    select c.table_name from information_schema.columns c
    join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
    where c.table_schema = 'public' and c.column_name = 'workspace_id' and t.table_type = 'BASE TABLE' order by 1`.execute(db);
  const leftovers: string[] = [];
  for (const { table_name: table } of tables.rows) {
    const rows = await sql<{ row: Record<string, unknown> }>`
      select to_jsonb(x) as row from ${sql.table(table)} x
      where x.workspace_id = ${ws.id} and (x::text like ${'%Żółkiewska%'} or x::text like ${'%' + EMAIL + '%'} or x::text like ${'%601 234 567%'})`.execute(db);
    for (const { row } of rows.rows) {
      const caseId = (row.case_id ?? (row.related_type === 'case' ? row.related_id : undefined) ?? (table === 'cases' ? row.id : undefined)) as string | undefined;
      if (!caseId || !keptCases.has(caseId)) leftovers.push(`${table}: ${JSON.stringify(row).slice(0, 160)}`);
    }
  }
  return leftovers;
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2024-01-10T10:00:00Z');
  const s = await adminSession(t, 'en');
  admin = s.client;
  ws = s.ws;
  base = `/api/w/${ws.id}`;
  const u = await buildUser(t, { workspaceId: ws.id, role: 'desk', name: 'Sören Ärlig' });
  desk = new Client(t, 'en');
  await desk.login(u.email);
  emails = { admin: s.user.email, desk: u.email };

  // 2024: a question from the public form, answered and closed at once: due in 2026.
  const form = await new Client(t, 'sv').post(`/api/public/${ws.slug}/questions`, {
    language: 'sv', requesterKind: 'newcomer', topic: 'ny-i-kommunen', question: 'Hur registrerar jag mig? /Małgorzata', name: NAME, email: EMAIL, consent: true,
  });
  expect(form.status, JSON.stringify(form.body)).toBe(201);
  const due = (await desk.get(`${base}/cases?q=${encodeURIComponent(form.body.reference)}`)).body.items[0];
  c.due = { id: due.id, reference: due.reference };
  await close(c.due.id);

  await moveTo(new Date('2026-03-02T10:00:00Z'));
  company = (await admin.post(`${base}/organisations`, { name: 'Bałtyk Handel Sp. z o.o.', kind: 'company', country: 'PL' })).body.id;
  const p = await admin.post(`${base}/people`, {
    name: NAME, email: EMAIL, phone: PHONE, title: 'Prezes', legalBasis: 'consent', legalBasisDate: '2026-03-01', notes: 'Träffades på H22 City Expo.', organisations: [{ organisationId: company, role: 'VD' }],
  });
  expect(p.status, JSON.stringify(p.body)).toBe(201);
  person = p.body.id;
  other = (await admin.post(`${base}/people`, { name: 'Søren Ærbø', email: 'soren@example.dk', legalBasis: 'public_task', legalBasisDate: '2026-03-01' })).body.id;

  c.kept = await register({ category: 'export', title: 'Export av bärnsten till Sverige', description: 'Vi söker en importör.', requester: { kind: 'company', name: NAME, email: EMAIL, personId: person, organisationId: company }, sendReceipt: true });
  expect((await desk.post(`${base}/cases/${c.kept.id}/notes`, { body: 'Ringde Małgorzata om tullfrågan.' })).status).toBe(201);
  expect((await desk.post(`${base}/cases/${c.kept.id}/status`, { status: 'answered', answer: 'Kontakta Business Sweden.' })).status).toBe(200);
  await close(c.kept.id);
  c.forever = await register({ category: 'synpunkter', title: 'Synpunkt på bemötandet', description: 'Jag blev väl bemött.', requester: { kind: 'other', name: NAME, email: EMAIL } });
  const form2 = await new Client(t, 'en').post(`/api/public/${ws.slug}/questions`, { language: 'en', requesterKind: 'company', topic: 'export', question: 'Amber export fair?', name: NAME, email: EMAIL, organisationName: 'Bałtyk Handel', consent: true });
  expect(form2.status).toBe(201);
  c.open = { id: (await desk.get(`${base}/cases?q=${encodeURIComponent(form2.body.reference)}`)).body.items[0].id, reference: form2.body.reference };
  // Mail to the address that belongs to no case (an invitation, say).
  looseMail = (await inWorkspace(t.database.db, { workspaceId: ws.id }, (tx) => queueMail(tx, { workspaceId: ws.id, to: EMAIL, language: 'sv', subject: 'Inbjudan till frukostmöte', text: 'Välkommen, Małgorzata!' }))).id;
  // Staff read the person and the requester's contact details: both are in the access log.
  expect((await desk.get(`${base}/people/${person}`)).status).toBe(200);
  expect((await desk.get(`${base}/cases/${c.kept.id}/requester`)).status).toBe(200);
});
afterAll(() => t.close());

describe('finding a data subject', () => {
  it('finds the person and every case and e-mail by address, and says what an erasure would do', async () => {
    const r = await admin.get(`${base}/privacy/subject?email=${encodeURIComponent(EMAIL.toUpperCase())}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.people).toEqual([{ id: person, name: NAME, email: EMAIL, legalBasis: 'consent' }]);
    expect(r.body.cases.map((x: { id: string }) => x.id).sort()).toEqual([c.due.id, c.kept.id, c.forever.id, c.open.id].sort());
    expect(r.body.mail).toBe(5); // two receipts, the answer, the 2024 receipt, the invitation
    expect(r.body.access).toBeGreaterThanOrEqual(3); // added, opened, contact details read
    const erase = r.body.plan.erase.map((i: { kind: string; label: string }) => `${i.kind} ${i.label}`);
    expect(erase).toEqual([`person ${NAME}`, 'audit 1', `case ${c.due.reference}`, `mail ${EMAIL}`]);
    const keep = Object.fromEntries(r.body.plan.keep.map((i: { kind: string; label: string; rule: string; keptUntil: string | null; text: string }) => [`${i.kind} ${i.label}`, i]));
    expect(keep[`case ${c.kept.reference}`]).toMatchObject({ rule: 'period', keptUntil: '2028-03-02' });
    expect(keep[`case ${c.kept.reference}`].text).toBe(
      `Case ${c.kept.reference} is kept until 2028-03-02 under the retention rule of category “Export and international contacts” (2 years after closing). It holds the requester’s details as they were given.`,
    );
    expect(keep[`case ${c.forever.reference}`]).toMatchObject({ rule: 'forever', keptUntil: null });
    expect(keep[`case ${c.open.reference}`]).toMatchObject({ rule: 'open' });
    expect(keep[`mail ${c.kept.reference}`].text).toBe(`E-mail about case ${c.kept.reference} is kept with the case (2).`);
    expect(keep[`mail ${c.open.reference}`].text).toBe(`E-mail about case ${c.open.reference} is kept with the case (1).`);
  });

  it('finds the same by person, answers in the caller’s language, and refuses without either', async () => {
    const sv = await new Client(t, 'sv');
    await sv.login(emails.admin);
    const r = await sv.get(`${base}/privacy/subject?personId=${person}`);
    expect(r.body.people.map((p: { id: string }) => p.id)).toEqual([person]);
    expect(r.body.cases).toHaveLength(4);
    expect(r.body.plan.keep.find((i: { label: string }) => i.label === c.kept.reference).text).toMatch(/^Ärende KS 2026\/\d{4} behålls till och med 2028-03-02 enligt gallringsregeln för kategorin ”Export och internationella kontakter” \(2 år efter avslut\)/);
    expect((await admin.get(`${base}/privacy/subject?personId=00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    const none = await admin.get(`${base}/privacy/subject`);
    expect(none.status).toBe(422);
    expect(none.body.errors).toEqual([{ field: 'email', code: 'subject_required', message: 'Give a person in the register or an e-mail address.' }]);
    const nobody = await admin.get(`${base}/privacy/subject?email=nobody@example.org`);
    expect(nobody.body).toMatchObject({ people: [], cases: [], mail: 0, plan: { erase: [], keep: [] } });
    expect((await desk.get(`${base}/privacy/subject?email=${EMAIL}`)).status).toBe(403);
  });
});

describe('export', () => {
  it('gives everything held as JSON, and audits the export without the personal data', async () => {
    const r = await admin.request('GET', `${base}/privacy/subject/export?email=${encodeURIComponent(EMAIL)}&format=json`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="personal-data-2026-03-02.json"');
    const doc = r.body;
    expect(doc).toMatchObject({ format: 'samverkan.data-subject/1', emails: [EMAIL], query: { personId: null } });
    expect(doc.people).toEqual([
      expect.objectContaining({
        id: person, name: NAME, email: EMAIL, phone: PHONE, title: 'Prezes', legalBasis: 'consent', legalBasisDate: '2026-03-01', notes: 'Träffades på H22 City Expo.',
        organisations: [{ organisationId: company, name: 'Bałtyk Handel Sp. z o.o.', role: 'VD' }],
      }),
    ]);
    const kept = doc.cases.find((x: { id: string }) => x.id === c.kept.id);
    expect(kept).toMatchObject({
      reference: c.kept.reference, title: 'Export av bärnsten till Sverige', question: 'Vi söker en importör.', status: 'closed',
      retention: { rule: 'period', years: 2, keptUntil: '2028-03-02' },
      requester: { kind: 'company', name: NAME, email: EMAIL, personId: person, organisationName: 'Bałtyk Handel Sp. z o.o.' },
    });
    expect(kept.messages.map((m: { kind: string }) => m.kind)).toEqual(['receipt', 'answer']);
    expect(kept.notes).toEqual([expect.objectContaining({ body: 'Ringde Małgorzata om tullfrågan.', author: 'Sören Ärlig' })]);
    expect(kept.history.map((h: { to: string }) => h.to)).toEqual(['received', 'answered', 'closed']);
    expect(doc.cases.find((x: { id: string }) => x.id === c.due.id)).toMatchObject({ question: 'Hur registrerar jag mig? /Małgorzata', channel: 'web', requester: { consentAt: '2024-01-10T10:00:00.000Z' } });
    expect(doc.mail.map((m: { subject: string }) => m.subject)).toContain('Inbjudan till frukostmöte');
    expect(doc.mail.every((m: { to: string }) => m.to === EMAIL)).toBe(true);
    const access = doc.access.map((a: { action: string; actor: string | null }) => `${a.action} ${a.actor}`);
    expect(access).toEqual(expect.arrayContaining(['person.read Sören Ärlig', 'case.requester_read Sören Ärlig']));

    const audit = (await admin.get(`${base}/audit?action=privacy.export`)).body.items;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityType: 'data_subject', after: { format: 'json', people: [person] } });
    expect(audit[0].entityId).toMatch(/^email-sha256:[0-9a-f]{32}$/);
    expect(JSON.stringify(audit[0])).not.toMatch(/Małgorzata|malgorzata@/);
  });

  it('gives a readable PDF whose text has the name with its letters, in the asked language', async () => {
    const res = await t.app.request(`${base}/privacy/subject/export?personId=${person}&format=pdf&lang=da`, { headers: { cookie: admin.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(Buffer.from(bytes.subarray(-6)).toString()).toMatch(/%%EOF\s*$/);
    const pdf = await getDocumentProxy(bytes);
    expect(pdf.numPages).toBeGreaterThanOrEqual(1);
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain(NAME);
    expect(text).toContain('Registerindsigt – personoplysninger');
    expect(text).toContain(c.kept.reference);
    expect(text).toContain('Bałtyk Handel Sp. z o.o.');
    expect(text).toContain('Ringde Małgorzata om tullfrågan.');
    expect((await admin.get(`${base}/audit?action=privacy.export&entityId=${person}`)).body.items[0].after).toMatchObject({ format: 'pdf' });
  });
});

describe('erasure', () => {
  it('erases where no rule forbids it, says what is kept and why, and leaves no trace elsewhere', async () => {
    const before = await admin.get(`${base}/privacy/subject?email=${encodeURIComponent(EMAIL)}`);
    // The scan below finds her before: in the register, the disposable case, the loose mail, the audit log.
    const found = (await traces(new Set([c.kept.id, c.forever.id, c.open.id]))).map((l) => l.split(':')[0]);
    expect([...new Set(found)].sort()).toEqual(['audit_log', 'case_messages', 'case_requesters', 'mail_outbox', 'people']);
    const r = await admin.post(`${base}/privacy/subject/erase`, { email: EMAIL });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    // What the confirmation showed is what was done.
    expect(r.body.erased).toEqual(before.body.plan.erase);
    expect(r.body.kept).toEqual(before.body.plan.keep);
    expect(r.body.kept.filter((i: { kind: string }) => i.kind === 'case').map((i: { id: string }) => i.id).sort()).toEqual([c.kept.id, c.forever.id, c.open.id].sort());

    const db = t.database.db;
    expect(await db.selectFrom('people').select('id').where('id', '=', person).execute()).toEqual([]);
    expect(await db.selectFrom('person_organisations').select('person_id').where('person_id', '=', person).execute()).toEqual([]);
    expect(await db.selectFrom('case_requesters').select('case_id').where('person_id', '=', person).execute()).toEqual([]);
    expect(await db.selectFrom('mail_outbox').select('id').where('id', '=', looseMail).execute()).toEqual([]);
    expect((await db.selectFrom('cases').select(['disposed_at', 'description']).where('id', '=', c.due.id).executeTakeFirstOrThrow()).description).toBe('');

    // Every row of every workspace table that still names her belongs to a case that is kept.
    expect(await traces(new Set([c.kept.id, c.forever.id, c.open.id]))).toEqual([]);
    // The kept cases still hold what she gave, as the archive rules require.
    expect((await db.selectFrom('case_requesters').select('email').where('case_id', '=', c.kept.id).executeTakeFirstOrThrow()).email).toBe(EMAIL);

    const again = await admin.get(`${base}/privacy/subject?email=${encodeURIComponent(EMAIL)}`);
    expect(again.body.people).toEqual([]);
    expect(again.body.plan.erase).toEqual([]);
    // The disposed case no longer holds her address, so it is not found any more.
    expect(again.body.cases.map((x: { id: string }) => x.id).sort()).toEqual([c.kept.id, c.forever.id, c.open.id].sort());
    // Someone else in the register is untouched.
    expect((await admin.get(`${base}/people/${other}`)).body.name).toBe('Søren Ærbø');

    const audit = (await admin.get(`${base}/audit?action=privacy.erase`)).body.items;
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ people: [person], disposedCases: [c.due.reference], mail: 2 });
    expect(audit[0].after.keptCases.sort()).toEqual([c.kept.reference, c.forever.reference, c.open.reference].sort());
    expect(JSON.stringify(audit[0])).not.toMatch(/Małgorzata|malgorzata@/);
  });

  it('is for admins only', async () => {
    expect((await desk.post(`${base}/privacy/subject/erase`, { personId: other })).status).toBe(403);
    expect((await desk.get(`${base}/privacy/subject/export?personId=${other}`)).status).toBe(403);
    expect((await admin.get(`${base}/people/${other}`)).status).toBe(200);
  });
});
