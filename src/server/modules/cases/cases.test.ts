// The case desk for staff, through HTTP on a real database: registering, roles, the workflow,
// due dates, requester details and their audited reads, notes, messages, links, vocabularies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, buildUser, Client, createTestApp, type TestApp } from '../../../../tests/helpers/app.ts';

let t: TestApp;
let admin: Client;
let desk: Client;
let viewer: Client;
let deskId: string;
let base: string;
let wsId: string;
let almi: string;

const MONDAY = new Date('2026-11-23T09:00:00Z');

async function login(role: 'desk' | 'viewer', lang = 'en') {
  const u = await buildUser(t, { workspaceId: wsId, role, name: role === 'desk' ? 'Märta Håkansson' : 'Lars Läsare' });
  const c = new Client(t, lang);
  await c.login(u.email);
  return { c, id: u.id };
}

const phoneCase = (extra: Record<string, unknown> = {}) => ({ channel: 'phone', category: 'export', title: 'Export till Polen', description: 'Vill sälja trävaror i Polen.', ...extra });

async function audit(action: string, entityId?: string) {
  const r = await admin.get(`/api/w/${wsId}/audit?action=${action}${entityId ? `&entityId=${entityId}` : ''}`);
  return r.body.items as { action: string; entityId: string; actor: unknown; after: any }[];
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = MONDAY;
  const s = await adminSession(t, 'en');
  admin = s.client;
  wsId = s.ws.id;
  base = `/api/w/${wsId}/cases`;
  ({ c: desk, id: deskId } = await login('desk'));
  ({ c: viewer } = await login('viewer', 'sv'));
  almi = (await admin.post(`/api/w/${wsId}/organisations`, { name: 'Almi Företagspartner', kind: 'agency', country: 'SE' })).body.id;
});
afterAll(() => t.close());

describe('registering cases', () => {
  it('desk staff register a phone case: next number, due date in working days, history, audit', async () => {
    const r = await desk.post(base, phoneCase({ requester: { kind: 'company', name: 'Karin Sjöberg', phone: '+46 650 123 45', organisationName: 'Sågverket AB' } }));
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ reference: 'KS 2026/0001', register: 'KS', year: 2026, number: 1, status: 'received', channel: 'phone', language: 'sv', overdue: false });
    // Export: 10 working days from Monday 23 November.
    expect(r.body.dueOn).toBe('2026-12-07');
    expect(r.body.category).toMatchObject({ code: 'export', responseDays: 10, labels: { sv: 'Export och internationella kontakter' } });
    expect(r.body.requester).toEqual({ kind: 'company', organisationName: 'Sågverket AB', person: null, organisation: null, hasEmail: false, hasPhone: true });
    expect(r.body.history).toMatchObject([{ from: null, to: 'received', actor: { id: deskId, name: 'Märta Håkansson' } }]);
    expect(r.body.allowedTransitions).toEqual(['assigned', 'in_progress', 'referred', 'answered', 'closed']);
    const entries = await audit('case.create', r.body.id);
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries[0])).not.toContain('Karin');
    const second = await desk.post(base, phoneCase({ channel: 'visit', unit: 'naringsliv' }));
    expect(second.body).toMatchObject({ reference: 'KS 2026/0002', status: 'assigned', unit: { code: 'naringsliv' } });
    expect(second.body.history.map((h: { to: string }) => h.to)).toEqual(['received', 'assigned']);
  });

  it('names every invalid field, in the user’s language', async () => {
    const r = await desk.request('POST', base, { channel: 'fax', category: 'export', title: '', requester: { kind: 'company', email: 'inte-en-adress' } }, { 'accept-language': 'da' });
    expect(r.status).toBe(422);
    expect(r.body.title).toMatch(/Nogle oplysninger er forkerte/);
    const fields = Object.fromEntries(r.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]));
    expect(Object.keys(fields).sort()).toEqual(['channel', 'requester.email', 'title']);
    expect(fields['requester.email']).toMatch(/gyldig e-mailadresse/);
    const unknown = await desk.post(base, phoneCase({ category: 'no-such', requester: { kind: 'company', organisationNumber: '556123-4560' } }));
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['category']);
    const number = await desk.post(base, phoneCase({ requester: { kind: 'company', organisationNumber: '556123-4560' } }));
    expect(number.body.errors).toEqual([{ field: 'requester.organisationNumber', code: 'identifier_check_digit', message: 'The check digit does not match – check the number.' }]);
    const future = await desk.post(base, phoneCase({ receivedAt: '2026-11-24T09:00:00Z' }));
    expect(future.body.errors[0]).toMatchObject({ field: 'receivedAt', code: 'received_in_future' });
    const nul = await desk.post(base, phoneCase({ title: 'Null\u0000byte' }));
    expect(nul.body.errors).toEqual([{ field: 'title', code: 'invalid_characters', message: 'The text contains characters that cannot be saved. Remove them and try again.' }]);
    expect((await desk.get(`${base}?q=Null`)).body.items).toEqual([]);
  });

  it('links the requester to the register by number, or adds person and organisation to it', async () => {
    const org = await admin.post(`/api/w/${wsId}/organisations`, { name: 'Kustfisk AB', kind: 'company', country: 'SE', identifiers: [{ scheme: 'se_orgnr', value: '556234-5677' }] });
    expect(org.status, JSON.stringify(org.body)).toBe(201);
    const linked = await desk.post(base, phoneCase({ requester: { kind: 'company', name: 'Per Fisk', organisationNumber: '5562345677' } }));
    expect(linked.body.requester.organisation).toEqual({ id: org.body.id, name: 'Kustfisk AB' });
    const created = await desk.post(base, phoneCase({ requester: { kind: 'company', name: 'Ola Nordmann', email: 'ola@nybolag.example', organisationName: 'Nybolaget AB', organisationNumber: '559012-3450', createPerson: true, createOrganisation: true } }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const person = created.body.requester.person;
    const company = created.body.requester.organisation;
    expect(person.name).toBe('Ola Nordmann');
    const p = await admin.get(`/api/w/${wsId}/people/${person.id}`);
    expect(p.body).toMatchObject({ email: 'ola@nybolag.example', legalBasis: 'public_task', organisations: [{ organisationId: company.id }] });
    const o = await admin.get(`/api/w/${wsId}/organisations/${company.id}`);
    expect(o.body.identifiers).toEqual([{ scheme: 'se_orgnr', value: '5590123450', display: '559012-3450' }]);
    expect((await desk.get(`${base}?organisationId=${company.id}`)).body.items.map((i: { id: string }) => i.id)).toEqual([created.body.id]);
  });

  it('viewers read but cannot register or handle; reading contact details is audited', async () => {
    const c = await desk.post(base, phoneCase({ requester: { kind: 'newcomer', name: 'Amal Hassan', email: 'amal@example.org', phone: '070-123 45 67' } }));
    expect((await viewer.post(base, phoneCase())).status).toBe(403);
    expect((await viewer.post(`${base}/${c.body.id}/status`, { status: 'closed' })).status).toBe(403);
    expect((await viewer.post(`${base}/${c.body.id}/notes`, { body: 'x' })).status).toBe(403);
    const forbidden = await viewer.patch(`${base}/${c.body.id}`, { version: 1, title: 'x' });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.title).toBe('Du har inte behörighet att göra detta.');
    const read = await viewer.get(`${base}/${c.body.id}`);
    expect(read.status).toBe(200);
    expect(JSON.stringify(read.body)).not.toContain('amal@example.org');
    expect(await audit('case.requester_read', c.body.id)).toHaveLength(0);
    const contact = await viewer.get(`${base}/${c.body.id}/requester`);
    expect(contact.body).toMatchObject({ kind: 'newcomer', name: 'Amal Hassan', email: 'amal@example.org', phone: '070-123 45 67' });
    expect(await audit('case.requester_read', c.body.id)).toHaveLength(1);
  });
});

describe('the workflow', () => {
  it('assign → in progress → referred → answered → closed → reopened, each in the history and audit', async () => {
    const c = await desk.post(base, phoneCase({ requester: { kind: 'company', name: 'Karin', email: 'karin@sagverk.example' } }));
    const id = c.body.id;
    const noUnit = await desk.post(`${base}/${id}/status`, { status: 'assigned' });
    expect(noUnit.status).toBe(422);
    expect(noUnit.body.errors[0]).toMatchObject({ field: 'unit', code: 'assignment_required' });
    expect((await desk.post(`${base}/${id}/status`, { status: 'assigned', unit: 'naringsliv', comment: 'Exportfråga' })).body).toMatchObject({ status: 'assigned', unit: { code: 'naringsliv' } });
    const started = await desk.post(`${base}/${id}/status`, { status: 'in_progress' });
    expect(started.body.assignee).toEqual({ id: deskId, name: 'Märta Håkansson' });
    const referred = await desk.post(`${base}/${id}/status`, { status: 'referred', referredToId: almi, partnerEmail: 'radgivning@almi.example', comment: 'Almi kan exportfinansiering.' });
    expect(referred.status, JSON.stringify(referred.body)).toBe(200);
    expect(referred.body.referredTo).toEqual({ id: almi, name: 'Almi Företagspartner' });
    expect(referred.body.links.map((l: { organisation: { id: string } }) => l.organisation.id)).toContain(almi);
    const answered = await desk.post(`${base}/${id}/status`, { status: 'answered', answer: 'Almi hör av sig om exportkrediten.' });
    expect(answered.body.answeredAt).toBe(MONDAY.toISOString());
    const closed = await desk.post(`${base}/${id}/status`, { status: 'closed' });
    expect(closed.body).toMatchObject({ status: 'closed', closedAt: MONDAY.toISOString(), disposeAfter: '2028-11-23', allowedTransitions: ['in_progress'] });
    const reopened = await desk.post(`${base}/${id}/status`, { status: 'in_progress', comment: 'Följdfråga' });
    expect(reopened.body).toMatchObject({ status: 'in_progress', closedAt: null, disposeAfter: null, answeredAt: MONDAY.toISOString() });
    expect(reopened.body.history.map((h: { from: string | null; to: string }) => `${h.from}→${h.to}`)).toEqual([
      'null→received', 'received→assigned', 'assigned→in_progress', 'in_progress→referred', 'referred→answered', 'answered→closed', 'closed→in_progress',
    ]);
    expect(reopened.body.history[6].comment).toBe('Följdfråga');
    expect(await audit('case.status_change', id)).toHaveLength(6);
    // Mail: the requester heard of the referral and got the answer; the partner got the question.
    const mail = await t.database.db.selectFrom('mail_outbox').select(['to_address', 'template', 'body_text']).where('related_id', '=', id).orderBy('seq').execute();
    expect(mail.map((m) => `${m.template} ${m.to_address}`)).toEqual(['case.referred karin@sagverk.example', 'case.referral radgivning@almi.example', 'case.answer karin@sagverk.example']);
    expect(mail[1]!.body_text).toContain('Almi kan exportfinansiering.');
    expect(reopened.body.messages.map((m: { kind: string }) => m.kind)).toEqual(['referral', 'answer']);
  });

  it('refuses a move the workflow does not allow, with a 409 saying where the case can go', async () => {
    const c = await desk.post(base, phoneCase());
    await desk.post(`${base}/${c.body.id}/status`, { status: 'closed' });
    const sv = await desk.request('POST', `${base}/${c.body.id}/status`, { status: 'answered' }, { 'accept-language': 'sv' });
    expect(sv.status).toBe(409);
    expect(sv.body.code).toBe('case.transition_forbidden');
    expect(sv.body.title).toBe('Ärendet kan inte få den statusen från den status det har nu.');
    expect(sv.body.errors).toEqual([{ field: 'status', code: 'case_transition', message: 'Från Avslutat kan ärendet gå till: ”Pågår”.' }]);
    const en = await desk.post(`${base}/${c.body.id}/status`, { status: 'closed' });
    expect(en.body.errors[0].message).toBe('From Closed the case can move to: ”In progress”.');
    expect((await desk.get(`${base}/${c.body.id}`)).body.history).toHaveLength(2);
  });

  it('an answer needs the requester’s e-mail; referring needs a partner in the register', async () => {
    const c = await desk.post(base, phoneCase());
    const answer = await desk.post(`${base}/${c.body.id}/status`, { status: 'answered', answer: 'Svar' });
    expect(answer.body.errors[0]).toMatchObject({ field: 'answer', code: 'requester_has_no_email' });
    expect((await desk.post(`${base}/${c.body.id}/status`, { status: 'referred' })).body.errors[0]).toMatchObject({ field: 'referredToId', code: 'required' });
    expect((await desk.get(`${base}/${c.body.id}`)).body.status).toBe('received');
    // Answered by phone: a comment, no mail.
    expect((await desk.post(`${base}/${c.body.id}/status`, { status: 'answered', comment: 'Besvarat per telefon' })).status).toBe(200);
  });
});

describe('changing, listing and adding to cases', () => {
  it('a new category moves the due date; a stale version is refused; assigning a received case assigns it', async () => {
    const c = await desk.post(base, phoneCase());
    const moved = await desk.patch(`${base}/${c.body.id}`, { version: c.body.version, category: 'starta-foretag', priority: 'high' });
    expect(moved.body).toMatchObject({ dueOn: '2026-11-30', priority: 'high', category: { code: 'starta-foretag' } });
    expect((await desk.patch(`${base}/${c.body.id}`, { version: c.body.version, title: 'x' })).status).toBe(409);
    const assigned = await desk.patch(`${base}/${c.body.id}`, { version: moved.body.version, assigneeId: deskId });
    expect(assigned.body).toMatchObject({ status: 'assigned', assignee: { id: deskId } });
    const secret = await desk.patch(`${base}/${c.body.id}`, { version: assigned.body.version, secret: true });
    expect(secret.body.errors[0]).toMatchObject({ field: 'secretReason', code: 'required' });
    const marked = await desk.patch(`${base}/${c.body.id}`, { version: assigned.body.version, secret: true, secretReason: 'OSL 31:16 affärsförhållanden' });
    expect(marked.body).toMatchObject({ secret: true, secretReason: 'OSL 31:16 affärsförhållanden' });
    const updates = await audit('case.update', c.body.id);
    expect(updates[0]!.after).toMatchObject({ secret: true });
    // Unmarking needs a reason too; both changes are in the secrecy history.
    const unmarkBare = await desk.patch(`${base}/${c.body.id}`, { version: marked.body.version, secret: false });
    expect(unmarkBare.body.errors[0]).toMatchObject({ field: 'secretReason', code: 'required' });
    const unmarked = await desk.patch(`${base}/${c.body.id}`, { version: marked.body.version, secret: false, secretReason: 'Affären är offentliggjord' });
    expect(unmarked.body).toMatchObject({ secret: false, secretReason: null });
    const history = (await desk.get(`${base}/${c.body.id}/secrecy`)).body.history;
    expect(history.map((h: { secret: boolean; reason: string }) => [h.secret, h.reason])).toEqual([
      [false, 'Affären är offentliggjord'],
      [true, 'OSL 31:16 affärsförhållanden'],
    ]);
    // A title change leaves the secrecy alone and writes no history.
    await desk.patch(`${base}/${c.body.id}`, { version: unmarked.body.version, title: 'Ny rubrik' });
    expect((await desk.get(`${base}/${c.body.id}/secrecy`)).body.history).toHaveLength(2);
    // Registered as secret: the marking is in the history from the start.
    const born = await desk.post(base, phoneCase({ secret: true, secretReason: 'OSL 21:1 hälsa' }));
    expect((await desk.get(`${base}/${born.body.id}/secrecy`)).body.history).toMatchObject([{ secret: true, reason: 'OSL 21:1 hälsa' }]);
  });

  it('lists with filters, overdue flags and cursor pages', async () => {
    const late = await desk.post(base, phoneCase({ title: 'Gammal fråga om mark', category: 'lokaler-mark', receivedAt: '2026-10-01T08:00:00Z', assigneeId: deskId }));
    expect(late.body).toMatchObject({ dueOn: '2026-10-15', overdue: true, status: 'assigned' });
    const overdue = await desk.get(`${base}?overdue=true`);
    expect(overdue.body.items.map((i: { id: string }) => i.id)).toEqual([late.body.id]);
    expect((await desk.get(`${base}?assignee=me&q=mark`)).body.items.map((i: { reference: string }) => i.reference)).toEqual([late.body.reference]);
    expect((await desk.get(`${base}?q=${encodeURIComponent(late.body.reference)}`)).body.items).toHaveLength(1);
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await desk.get(`${base}?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      all.push(...page.body.items.map((i) => i.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    const full = (await desk.get(`${base}?limit=200`)).body.items.map((i: { id: string }) => i.id);
    expect(all).toEqual(full);
    expect(new Set(all).size).toBe(all.length);
    const byDue = (await desk.get(`${base}?sort=due&open=true&limit=200`)).body.items.map((i: { dueOn: string }) => i.dueOn);
    expect(byDue).toEqual([...byDue].sort());
    expect((await desk.get(`${base}?status=received,bogus`)).status).toBe(422);
  });

  it('keeps internal notes apart from messages; an outgoing e-mail is sent; links come and go', async () => {
    const c = await desk.post(base, phoneCase({ requester: { kind: 'other', name: 'Eva', email: 'eva@example.org' } }));
    const note = await desk.post(`${base}/${c.body.id}/notes`, { body: 'Ring Almi först.' });
    expect(note.status).toBe(201);
    const msg = await desk.post(`${base}/${c.body.id}/messages`, { direction: 'out', channel: 'email', subject: 'Fråga om export', body: 'Kan du skicka er produktlista?' });
    expect(msg.status).toBe(201);
    t.clock.now = new Date(MONDAY.getTime() + 60_000);
    const inbound = await desk.post(`${base}/${c.body.id}/messages`, { direction: 'in', channel: 'phone', body: 'Eva ringde och berättade mer.' });
    expect(inbound.status).toBe(201);
    t.clock.now = MONDAY;
    const read = await desk.get(`${base}/${c.body.id}`);
    expect(read.body.notes.map((n: { body: string }) => n.body)).toEqual(['Ring Almi först.']);
    expect(read.body.messages.map((m: { direction: string; channel: string }) => `${m.direction}:${m.channel}`)).toEqual(['out:email', 'in:phone']);
    const mails = await t.database.db.selectFrom('mail_outbox').select(['to_address', 'subject', 'body_text']).where('related_id', '=', c.body.id).execute();
    expect(mails).toEqual([{ to_address: 'eva@example.org', subject: 'Fråga om export', body_text: 'Kan du skicka er produktlista?' }]);
    expect(mails[0]!.body_text).not.toContain('Ring Almi');
    const link = await desk.post(`${base}/${c.body.id}/links`, { organisationId: almi, note: 'Partner' });
    expect(link.status).toBe(201);
    expect((await desk.post(`${base}/${c.body.id}/links`, { organisationId: almi })).status).toBe(409);
    expect((await desk.delete(`${base}/${c.body.id}/links/${link.body.id}`)).status).toBe(204);
    expect((await desk.get(`${base}/${c.body.id}`)).body.links).toEqual([]);
    expect((await audit('case.note_add', c.body.id))[0]!.after).toEqual({ noteId: note.body.id, length: 16 });
  });

  it('changes and links the requester, audited without the personal data', async () => {
    const c = await desk.post(base, phoneCase());
    const r = await desk.patch(`${base}/${c.body.id}/requester`, { name: 'Nils Nyman', email: 'nils@example.org', organisationId: almi });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ name: 'Nils Nyman', email: 'nils@example.org', organisation: { id: almi } });
    const entry = (await audit('case.requester_update', c.body.id))[0]!;
    expect(entry.after.changed.sort()).toEqual(['email', 'name', 'organisation']);
    expect(JSON.stringify(entry)).not.toContain('nils@example.org');
    expect((await desk.patch(`${base}/${c.body.id}/requester`, { personId: '00000000-0000-4000-8000-000000000000' })).body.errors[0]).toMatchObject({ field: 'personId', code: 'not_found' });
  });
});

describe('vocabularies', () => {
  it('everyone reads them; only admins change them; new response times apply to new cases', async () => {
    const v = await viewer.get(`/api/w/${wsId}/case-vocabularies`);
    expect(v.body.registers).toEqual([{ code: 'KS', labels: { sv: 'Kommunstyrelsen', da: 'Kommunalbestyrelsen', en: 'Municipal executive board' }, isDefault: true }]);
    expect(v.body.categories.length).toBeGreaterThanOrEqual(10);
    expect(v.body.units.map((u: { code: string }) => u.code)).toContain('naringsliv');
    expect((await desk.post(`/api/w/${wsId}/case-categories`, { code: 'x', labels: { sv: 'x', da: 'x', en: 'x' }, responseDays: 3 })).status).toBe(403);
    const cat = await admin.post(`/api/w/${wsId}/case-categories`, { code: 'etablering', labels: { sv: 'Etablering', da: 'Etablering', en: 'Establishment' }, responseDays: 3, retentionYears: 5 });
    expect(cat.body).toEqual({ code: 'etablering', labels: { sv: 'Etablering', da: 'Etablering', en: 'Establishment' }, responseDays: 3, retentionYears: 5, isPublic: true, active: true });
    expect((await admin.post(`/api/w/${wsId}/case-categories`, { code: 'etablering', labels: { sv: 'x', da: 'x', en: 'x' }, responseDays: 3 })).status).toBe(409);
    expect((await admin.patch(`/api/w/${wsId}/case-categories/etablering`, { responseDays: 1 })).body.responseDays).toBe(1);
    expect((await desk.post(base, phoneCase({ category: 'etablering' }))).body.dueOn).toBe('2026-11-24');
    expect((await admin.patch(`/api/w/${wsId}/case-categories/etablering`, { active: false })).body.active).toBe(false);
    expect((await desk.post(base, phoneCase({ category: 'etablering' }))).body.errors[0]).toMatchObject({ field: 'category', code: 'unknown_code' });
    expect((await admin.post(`/api/w/${wsId}/case-units`, { code: 'turism', labels: { sv: 'Turism', da: 'Turisme', en: 'Tourism' } })).status).toBe(201);
    expect((await admin.patch(`/api/w/${wsId}/case-units/turism`, { active: false })).body.active).toBe(false);
    const reg = await admin.post(`/api/w/${wsId}/case-registers`, { code: 'NL', labels: { sv: 'Näringsliv', da: 'Erhverv', en: 'Business' } });
    expect(reg.status).toBe(201);
    const nl = await desk.post(base, phoneCase({ register: 'NL' }));
    expect(nl.body.reference).toBe('NL 2026/0001');
    expect((await admin.patch(`/api/w/${wsId}/case-categories/nope`, { active: false })).status).toBe(404);
  });
});
