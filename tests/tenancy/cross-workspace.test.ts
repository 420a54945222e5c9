// A member of workspace A tries every route against workspace B. A route table drives the test:
// each route of the app must have a case here, so a new route without one fails this file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, buildUser, Client, createTestApp, type TestApp } from '../helpers/app.ts';
import { download, upload, uploadForm } from '../../src/server/modules/imports/testkit.ts';
import { asSystem, inWorkspace } from '../../src/server/db/tenancy.ts';
import { queueMail } from '../../src/server/modules/mail/service.ts';

let t: TestApp;
let A: Awaited<ReturnType<typeof adminSession>>;
let B: Awaited<ReturnType<typeof adminSession>>;
let bInvite: { id: string; link: string };
let bOther: { id: string };
/** B's register: an organisation, a second one, a relation between them, a person, an activity. */
let bReg: { org: string; org2: string; relation: string; person: string; activity: string };
let aOrg: string;
let bProposal: string;
/** An import B uploaded and has not run. */
let bImport: string;
/** A message in B's outbox that failed (so a retry would change it). */
let bMail: string;
/** B's case desk: a case (with requester, link and note) and its link; A's own case. */
let bCase: { id: string; link: string };
/** A file attached to B's case. */
let bAttachment: string;
let aCase: string;
/** B's routing rule, a referral of B's case with its link's token, all mentioned nowhere in A. */
let bDesk: { rule: string; referral: string; token: string };
/** B's portfolio: its own programme, a project and its partner; A's own project. */
let bPortfolio: { programme: string; project: string; partner: string; call: string };
let aCall: string;
let aProject: string;

/** Everything workspace B holds, read as the owner role, to prove nothing changed. */
async function snapshotB() {
  const db = t.database.db;
  const id = B.ws.id;
  return JSON.stringify({
    ws: await db.selectFrom('workspaces').selectAll().where('id', '=', id).execute(),
    members: await db.selectFrom('memberships').selectAll().where('workspace_id', '=', id).orderBy('user_id').execute(),
    invites: await db.selectFrom('invites').selectAll().where('workspace_id', '=', id).orderBy('id').execute(),
    audit: await db.selectFrom('audit_log').select(['id', 'action']).where('workspace_id', '=', id).orderBy('id').execute(),
    users: await db.selectFrom('users').select(['id', 'name', 'locale', 'password_hash']).where('id', 'in', [B.user.id, bOther.id]).orderBy('id').execute(),
    orgs: await db.selectFrom('organisations').select(['id', 'name', 'version', 'updated_at']).where('workspace_id', '=', id).orderBy('id').execute(),
    identifiers: await db.selectFrom('organisation_identifiers').selectAll().where('workspace_id', '=', id).orderBy('value').execute(),
    relations: await db.selectFrom('relations').selectAll().where('workspace_id', '=', id).orderBy('id').execute(),
    people: await db.selectFrom('people').selectAll().where('workspace_id', '=', id).orderBy('id').execute(),
    links: await db.selectFrom('person_organisations').selectAll().where('workspace_id', '=', id).orderBy('person_id').execute(),
    activities: await db.selectFrom('activities').selectAll().where('workspace_id', '=', id).orderBy('id').execute(),
    themes: await db.selectFrom('themes').select(['code']).where('workspace_id', '=', id).orderBy('code').execute(),
    relationTypes: await db.selectFrom('relation_types').select(['code']).where('workspace_id', '=', id).orderBy('code').execute(),
    survey: await db.selectFrom('survey_invitations').select(['id', 'answered_at']).where('workspace_id', '=', id).orderBy('id').execute(),
    proposals: await db.selectFrom('survey_proposals').select(['id', 'status']).where('workspace_id', '=', id).orderBy('id').execute(),
    imports: await db.selectFrom('imports').select(['id', 'status', 'plan', 'processed', 'created', 'updated_at']).where('workspace_id', '=', id).orderBy('id').execute(),
    importRows: await db.selectFrom('import_rows').select(['import_id', 'row_number', 'outcome', 'group_row']).where('workspace_id', '=', id).orderBy('row_number').execute(),
    importTemplates: await db.selectFrom('import_templates').selectAll().where('workspace_id', '=', id).orderBy('shape').execute(),
    mail: await db.selectFrom('mail_outbox').selectAll().where('workspace_id', '=', id).orderBy('id').execute(),
    cases: await db.selectFrom('cases').selectAll().where('workspace_id', '=', id).orderBy('id').execute(),
    caseRequesters: await db.selectFrom('case_requesters').selectAll().where('workspace_id', '=', id).orderBy('case_id').execute(),
    caseHistory: await db.selectFrom('case_status_changes').selectAll().where('workspace_id', '=', id).orderBy('id').execute(),
    caseNotes: await db.selectFrom('case_notes').selectAll().where('workspace_id', '=', id).orderBy('id').execute(),
    caseMessages: await db.selectFrom('case_messages').selectAll().where('workspace_id', '=', id).orderBy('id').execute(),
    caseLinks: await db.selectFrom('case_links').selectAll().where('workspace_id', '=', id).orderBy('id').execute(),
    caseAttachments: await db.selectFrom('case_attachments').select(['id', 'case_id', 'sha256']).where('workspace_id', '=', id).orderBy('id').execute(),
    caseCategories: await db.selectFrom('case_categories').selectAll().where('workspace_id', '=', id).orderBy('code').execute(),
    caseUnits: await db.selectFrom('case_units').selectAll().where('workspace_id', '=', id).orderBy('code').execute(),
    caseRegisters: await db.selectFrom('case_registers').selectAll().where('workspace_id', '=', id).orderBy('code').execute(),
    caseCounters: await db.selectFrom('case_number_counters').selectAll().where('workspace_id', '=', id).orderBy('register').execute(),
    caseRejections: await db.selectFrom('case_form_rejections').selectAll().where('workspace_id', '=', id).orderBy('day').execute(),
    disposalRuns: await db.selectFrom('disposal_runs').selectAll().where('workspace_id', '=', id).orderBy('id').execute(),
    routingRules: await db.selectFrom('case_routing_rules').selectAll().where('workspace_id', '=', id).orderBy('id').execute(),
    routingDecisions: await db.selectFrom('case_routing_decisions').selectAll().where('workspace_id', '=', id).orderBy('id').execute(),
    referrals: await db.selectFrom('case_referrals').selectAll().where('workspace_id', '=', id).orderBy('id').execute(),
    secrecy: await db.selectFrom('case_secrecy_changes').selectAll().where('workspace_id', '=', id).orderBy('id').execute(),
    programmes: await db.selectFrom('programmes').selectAll().where('workspace_id', '=', id).orderBy('id').execute(),
    projects: await db.selectFrom('projects').selectAll().where('workspace_id', '=', id).orderBy('id').execute(),
    calls: await db.selectFrom('calls').select(['id', 'title', 'version', 'deadline_at']).where('workspace_id', '=', id).orderBy('id').execute(),
    callFollowers: await db.selectFrom('call_followers').selectAll().where('workspace_id', '=', id).orderBy('call_id').execute(),
    callSettings: await db.selectFrom('call_settings').selectAll().where('workspace_id', '=', id).execute(),
    projectHistory: await db.selectFrom('project_status_changes').selectAll().where('workspace_id', '=', id).orderBy('id').execute(),
    projectPartners: await db.selectFrom('project_partners').selectAll().where('workspace_id', '=', id).orderBy('id').execute(),
  });
}

type Attempt = () => Promise<{ status: number; body: any }>;
interface Case {
  /** The requests a member of A makes to reach B's data through this route. */
  attempts: Attempt[];
  /** Allowed statuses (default: 404, the same as for a workspace that does not exist). */
  expect?: number[];
  /** For routes outside a workspace: what proves B stays invisible. */
  check?: (r: { status: number; body: any }) => void;
}

const bWs = () => `/api/w/${B.ws.id}`;
const publicQuestion = { language: 'sv', requesterKind: 'other', topic: 'ovrigt', question: 'En fråga', name: 'Besökare', email: 'besok@example.org', consent: true };
const aWs = () => `/api/w/${A.ws.id}`;
// The problem document echoes the requested path in `instance`; only the rest could leak.
const leaks = (body: unknown) => {
  const { instance: _echo, ...rest } = (body ?? {}) as Record<string, unknown>;
  const text = JSON.stringify(rest);
  return [B.ws.id, B.user.email, bOther.id, ...Object.values(bReg), bImport, bMail, 'hemlig.mottagare@b.example', 'Hemlig AB', 'hemlig@b.example', 'Hemlig Köpare', ...(bCase ? [bCase.id, bCase.link] : []), ...(bAttachment ? [bAttachment, 'hemlig-bilaga', 'Hemlig bilaga'] : []), 'Hemlig Frågare', 'Hemligt ämne', 'Hemlig anteckning', 'Hemlig fråga', ...(bDesk ? Object.values(bDesk) : []), 'Hemlig regel', 'hemlig.partner@b.example', ...(bPortfolio ? Object.values(bPortfolio) : []), 'Hemligt program', 'Hemligt projekt', 'HEMLIGPROJ'].some((x) => text.includes(x));
};

const routeCases: Record<string, () => Case> = {
  'GET /healthz': () => ({ attempts: [() => A.client.get('/healthz')], expect: [200], check: (r) => expect(leaks(r.body)).toBe(false) }),
  'GET /readyz': () => ({ attempts: [() => A.client.get('/readyz')], expect: [200], check: (r) => expect(leaks(r.body)).toBe(false) }),
  'GET /api/openapi.json': () => ({ attempts: [() => A.client.get('/api/openapi.json')], expect: [200], check: (r) => expect(leaks(r.body)).toBe(false) }),
  'POST /api/auth/login': () => ({
    // A's admin logging in gets only A's workspaces.
    attempts: [() => new Client(t).post('/api/auth/login', { email: A.user.email, password: 'correct horse battery' })],
    expect: [200],
    check: (r) => expect(leaks(r.body)).toBe(false),
  }),
  'POST /api/auth/logout': () => ({ attempts: [() => new Client(t).post('/api/auth/logout')], expect: [401] }),
  'GET /api/me': () => ({ attempts: [() => A.client.get('/api/me')], expect: [200], check: (r) => expect(leaks(r.body)).toBe(false) }),
  'PATCH /api/me': () => ({ attempts: [() => A.client.patch('/api/me', { name: 'A admin' })], expect: [200], check: (r) => expect(leaks(r.body)).toBe(false) }),
  'POST /api/me/password': () => ({ attempts: [() => A.client.post('/api/me/password', { currentPassword: 'wrong', newPassword: 'irrelevant-password' })], expect: [422] }),
  'GET /api/w/:workspaceId': () => ({ attempts: [() => A.client.get(bWs())] }),
  'GET /api/w/:workspaceId/members': () => ({ attempts: [() => A.client.get(`${bWs()}/members`)] }),
  'PATCH /api/w/:workspaceId/members/:userId': () => ({
    attempts: [
      () => A.client.patch(`${bWs()}/members/${bOther.id}`, { role: 'viewer' }),
      () => A.client.patch(`${aWs()}/members/${bOther.id}`, { role: 'viewer' }),
    ],
  }),
  'DELETE /api/w/:workspaceId/members/:userId': () => ({
    attempts: [() => A.client.delete(`${bWs()}/members/${bOther.id}`), () => A.client.delete(`${aWs()}/members/${bOther.id}`)],
  }),
  'GET /api/w/:workspaceId/invites': () => ({ attempts: [() => A.client.get(`${bWs()}/invites`)] }),
  'POST /api/w/:workspaceId/invites': () => ({ attempts: [() => A.client.post(`${bWs()}/invites`, { email: 'x@example.org', role: 'admin' })] }),
  'DELETE /api/w/:workspaceId/invites/:inviteId': () => ({
    attempts: [() => A.client.delete(`${bWs()}/invites/${bInvite.id}`), () => A.client.delete(`${aWs()}/invites/${bInvite.id}`)],
  }),
  'GET /api/invites/:token': () => ({
    // The token is the capability; without it nothing of B can be enumerated.
    attempts: [() => A.client.get(`/api/invites/${'x'.repeat(43)}`)],
    expect: [410],
  }),
  'POST /api/invites/:token/accept': () => ({
    attempts: [() => A.client.post(`/api/invites/${'x'.repeat(43)}/accept`, { password: 'whatever-password' })],
    expect: [410],
  }),
  'GET /api/w/:workspaceId/vocabularies': () => ({ attempts: [() => A.client.get(`${bWs()}/vocabularies`)] }),
  'POST /api/w/:workspaceId/themes': () => ({ attempts: [() => A.client.post(`${bWs()}/themes`, { code: 'x1', labels: { sv: 'x', da: 'x', en: 'x' } })] }),
  'POST /api/w/:workspaceId/relation-types': () => ({ attempts: [() => A.client.post(`${bWs()}/relation-types`, { code: 'x1', labels: { sv: 'x', da: 'x', en: 'x' } })] }),
  'GET /api/reference/nuts': () => ({ attempts: [() => A.client.get('/api/reference/nuts?country=SE')], expect: [200] }),
  'GET /api/reference/nace': () => ({ attempts: [() => A.client.get('/api/reference/nace?q=62')], expect: [200] }),
  'GET /api/reference/sdgs': () => ({ attempts: [() => A.client.get('/api/reference/sdgs')], expect: [200] }),
  'GET /api/w/:workspaceId/organisations': () => ({
    attempts: [() => A.client.get(`${bWs()}/organisations`), () => A.client.get(`${aWs()}/organisations?q=Hemlig`), () => A.client.get(`${aWs()}/organisations?country=DK`)],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) expect(r.body.items.map((i: { id: string }) => i.id)).not.toContain(bReg.org);
    },
  }),
  'POST /api/w/:workspaceId/organisations': () => ({
    attempts: [
      () => A.client.post(`${bWs()}/organisations`, { name: 'X', kind: 'company', country: 'SE' }),
      // B's identifier must not be reported as a duplicate in A (that would reveal B's register).
      () => A.client.post(`${aWs()}/organisations`, { name: 'Same number', kind: 'company', country: 'DK', identifiers: [{ scheme: 'dk_cvr', value: '10150817' }] }),
    ],
    expect: [404, 201],
  }),
  'GET /api/w/:workspaceId/organisations/:organisationId': () => ({ attempts: [() => A.client.get(`${bWs()}/organisations/${bReg.org}`), () => A.client.get(`${aWs()}/organisations/${bReg.org}`)] }),
  'PATCH /api/w/:workspaceId/organisations/:organisationId': () => ({
    attempts: [() => A.client.patch(`${bWs()}/organisations/${bReg.org}`, { version: 1, name: 'Pwned' }), () => A.client.patch(`${aWs()}/organisations/${bReg.org}`, { version: 1, name: 'Pwned' })],
  }),
  'DELETE /api/w/:workspaceId/organisations/:organisationId': () => ({ attempts: [() => A.client.delete(`${bWs()}/organisations/${bReg.org}`), () => A.client.delete(`${aWs()}/organisations/${bReg.org}`)] }),
  'GET /api/w/:workspaceId/relations': () => ({
    attempts: [() => A.client.get(`${bWs()}/relations`), () => A.client.get(`${aWs()}/relations?organisationId=${bReg.org}`)],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) expect(r.body.items).toEqual([]);
    },
  }),
  'POST /api/w/:workspaceId/relations': () => ({
    attempts: [
      () => A.client.post(`${bWs()}/relations`, { fromId: bReg.org, toId: bReg.org2, type: 'twin_town' }),
      // Linking A's organisation to B's: B's organisation does not exist for A.
      () => A.client.post(`${aWs()}/relations`, { fromId: aOrg, toId: bReg.org, type: 'twin_town' }),
    ],
    expect: [404, 422],
  }),
  'GET /api/w/:workspaceId/relations/map': () => ({
    attempts: [() => A.client.get(`${bWs()}/relations/map`), () => A.client.get(`${aWs()}/relations/map`)],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) expect(r.body.countries.map((c: { country: string }) => c.country)).not.toContain('PL');
    },
  }),
  'GET /api/w/:workspaceId/relations/graph': () => ({
    attempts: [() => A.client.get(`${bWs()}/relations/graph`), () => A.client.get(`${aWs()}/relations/graph`)],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) expect(r.body.edges).toEqual([]);
    },
  }),
  'GET /api/w/:workspaceId/relations/:relationId': () => ({ attempts: [() => A.client.get(`${bWs()}/relations/${bReg.relation}`), () => A.client.get(`${aWs()}/relations/${bReg.relation}`)] }),
  'PATCH /api/w/:workspaceId/relations/:relationId': () => ({
    attempts: [() => A.client.patch(`${bWs()}/relations/${bReg.relation}`, { status: 'ended' }), () => A.client.patch(`${aWs()}/relations/${bReg.relation}`, { status: 'ended' })],
  }),
  'DELETE /api/w/:workspaceId/relations/:relationId': () => ({ attempts: [() => A.client.delete(`${bWs()}/relations/${bReg.relation}`), () => A.client.delete(`${aWs()}/relations/${bReg.relation}`)] }),
  'GET /api/w/:workspaceId/people': () => ({
    attempts: [() => A.client.get(`${bWs()}/people`), () => A.client.get(`${aWs()}/people?q=Hemlig`), () => A.client.get(`${aWs()}/people?organisationId=${bReg.org}`)],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) expect(r.body.items).toEqual([]);
    },
  }),
  'POST /api/w/:workspaceId/people': () => ({
    attempts: [
      () => A.client.post(`${bWs()}/people`, { name: 'X', legalBasis: 'consent', legalBasisDate: '2026-01-01' }),
      () => A.client.post(`${aWs()}/people`, { name: 'X', legalBasis: 'consent', legalBasisDate: '2026-01-01', organisations: [{ organisationId: bReg.org }] }),
    ],
    expect: [404, 422],
  }),
  'GET /api/w/:workspaceId/people/:personId': () => ({ attempts: [() => A.client.get(`${bWs()}/people/${bReg.person}`), () => A.client.get(`${aWs()}/people/${bReg.person}`)] }),
  'PATCH /api/w/:workspaceId/people/:personId': () => ({
    attempts: [() => A.client.patch(`${bWs()}/people/${bReg.person}`, { name: 'Pwned' }), () => A.client.patch(`${aWs()}/people/${bReg.person}`, { name: 'Pwned' })],
  }),
  'DELETE /api/w/:workspaceId/people/:personId': () => ({ attempts: [() => A.client.delete(`${bWs()}/people/${bReg.person}`), () => A.client.delete(`${aWs()}/people/${bReg.person}`)] }),
  'GET /api/w/:workspaceId/organisations/:organisationId/activities': () => ({
    attempts: [() => A.client.get(`${bWs()}/organisations/${bReg.org}/activities`), () => A.client.get(`${aWs()}/organisations/${bReg.org}/activities`)],
  }),
  'POST /api/w/:workspaceId/organisations/:organisationId/activities': () => ({
    attempts: [
      () => A.client.post(`${bWs()}/organisations/${bReg.org}/activities`, { kind: 'note', occurredOn: '2026-01-01', title: 'x' }),
      () => A.client.post(`${aWs()}/organisations/${bReg.org}/activities`, { kind: 'note', occurredOn: '2026-01-01', title: 'x' }),
    ],
  }),
  'DELETE /api/w/:workspaceId/activities/:activityId': () => ({ attempts: [() => A.client.delete(`${bWs()}/activities/${bReg.activity}`), () => A.client.delete(`${aWs()}/activities/${bReg.activity}`)] }),
  'POST /api/w/:workspaceId/partner-search': () => ({
    attempts: [() => A.client.post(`${bWs()}/partner-search`, { idea: 'Hemlig' }), () => A.client.post(`${aWs()}/partner-search`, { idea: 'Hemlig', countries: ['DK', 'PL'] })],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) expect(r.body.items).toEqual([]);
    },
  }),
  'POST /api/w/:workspaceId/survey/invitations': () => ({
    attempts: [() => A.client.post(`${bWs()}/survey/invitations`, { organisationIds: [bReg.org] }), () => A.client.post(`${aWs()}/survey/invitations`, { organisationIds: [bReg.org] })],
    expect: [404, 422],
  }),
  'GET /api/w/:workspaceId/survey/invitations': () => ({ attempts: [() => A.client.get(`${bWs()}/survey/invitations`)] }),
  'GET /api/w/:workspaceId/survey/proposals': () => ({ attempts: [() => A.client.get(`${bWs()}/survey/proposals`)] }),
  'POST /api/w/:workspaceId/survey/proposals/:proposalId/decision': () => ({
    attempts: [() => A.client.post(`${bWs()}/survey/proposals/${bProposal}/decision`, { decision: 'accept' }), () => A.client.post(`${aWs()}/survey/proposals/${bProposal}/decision`, { decision: 'accept' })],
  }),
  'GET /api/w/:workspaceId/survey/coverage': () => ({ attempts: [() => A.client.get(`${bWs()}/survey/coverage`)] }),
  'GET /api/survey/:token': () => ({ attempts: [() => A.client.get(`/api/survey/${'y'.repeat(43)}`)], expect: [410] }),
  'POST /api/survey/:token': () => ({
    attempts: [() => A.client.post(`/api/survey/${'y'.repeat(43)}`, { exports: false, imports: false })],
    expect: [410],
  }),
  'POST /api/w/:workspaceId/imports': () => ({ attempts: [() => upload(t, A.client, `${bWs()}/imports`, 'Name\nX AB\n')] }),
  'GET /api/w/:workspaceId/imports': () => ({
    attempts: [() => A.client.get(`${bWs()}/imports`), () => A.client.get(`${aWs()}/imports`)],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) expect(r.body.items).toEqual([]);
    },
  }),
  'GET /api/w/:workspaceId/imports/:importId': () => ({ attempts: [() => A.client.get(`${bWs()}/imports/${bImport}`), () => A.client.get(`${aWs()}/imports/${bImport}`)] }),
  'POST /api/w/:workspaceId/imports/:importId/dry-run': () => ({
    attempts: [() => A.client.post(`${bWs()}/imports/${bImport}/dry-run`, { mapping: { Name: 'name' } }), () => A.client.post(`${aWs()}/imports/${bImport}/dry-run`, { mapping: { Name: 'name' } })],
  }),
  'POST /api/w/:workspaceId/imports/:importId/run': () => ({
    attempts: [() => A.client.post(`${bWs()}/imports/${bImport}/run`, { mapping: { Name: 'name' } }), () => A.client.post(`${aWs()}/imports/${bImport}/run`, { mapping: { Name: 'name' } })],
  }),
  'DELETE /api/w/:workspaceId/imports/:importId': () => ({ attempts: [() => A.client.delete(`${bWs()}/imports/${bImport}`), () => A.client.delete(`${aWs()}/imports/${bImport}`)] }),
  'POST /api/w/:workspaceId/imports/:importId/values': () => ({
    attempts: [() => A.client.post(`${bWs()}/imports/${bImport}/values`, { mapping: { Name: 'name' } }), () => A.client.post(`${aWs()}/imports/${bImport}/values`, { mapping: { Name: 'name' } })],
  }),
  'GET /api/w/:workspaceId/imports/:importId/rows': () => ({
    attempts: [() => A.client.get(`${bWs()}/imports/${bImport}/rows`), () => A.client.get(`${aWs()}/imports/${bImport}/rows?outcome=error`)],
  }),
  'GET /api/w/:workspaceId/imports/:importId/report.csv': () => ({
    attempts: [() => A.client.get(`${bWs()}/imports/${bImport}/report.csv`), () => A.client.get(`${aWs()}/imports/${bImport}/report.csv`)],
  }),
  'GET /api/w/:workspaceId/organisations/export': () => ({
    attempts: [() => A.client.get(`${bWs()}/organisations/export`), () => A.client.get(`${aWs()}/organisations/export?q=Hemlig`), () => A.client.get(`${aWs()}/organisations/export?country=DK,PL&format=csv`)],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) expect(String(r.body)).not.toMatch(/Hemlig/);
    },
  }),
  'GET /api/w/:workspaceId/organisations/duplicates': () => ({
    // A holds B's CVR as a VAT number: only A's own organisations may pair up.
    attempts: [() => A.client.get(`${bWs()}/organisations/duplicates`), () => A.client.get(`${aWs()}/organisations/duplicates`)],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) expect(r.body.items.flatMap((i: { organisations: { id: string }[] }) => i.organisations.map((o) => o.id))).not.toContain(bReg.org);
    },
  }),
  'POST /api/w/:workspaceId/organisations/:organisationId/merge': () => ({
    attempts: [
      () => A.client.post(`${bWs()}/organisations/${bReg.org}/merge`, { duplicateId: bReg.org2 }),
      () => A.client.post(`${aWs()}/organisations/${bReg.org}/merge`, { duplicateId: aOrg }),
      // Merging B's organisation into A's: it does not exist for A.
      () => A.client.post(`${aWs()}/organisations/${aOrg}/merge`, { duplicateId: bReg.org }),
    ],
    expect: [404, 422],
  }),
  'GET /api/w/:workspaceId/outbox': () => ({
    attempts: [() => A.client.get(`${bWs()}/outbox`), () => A.client.get(`${aWs()}/outbox`), () => A.client.get(`${aWs()}/outbox?status=failed`)],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) expect(r.body.items).toEqual([]);
    },
  }),
  'GET /api/w/:workspaceId/outbox/:mailId': () => ({ attempts: [() => A.client.get(`${bWs()}/outbox/${bMail}`), () => A.client.get(`${aWs()}/outbox/${bMail}`)] }),
  'POST /api/w/:workspaceId/outbox/:mailId/retry': () => ({
    attempts: [() => A.client.post(`${bWs()}/outbox/${bMail}/retry`), () => A.client.post(`${aWs()}/outbox/${bMail}/retry`)],
  }),
  'GET /api/w/:workspaceId/cases': () => ({
    attempts: [() => A.client.get(`${bWs()}/cases`), () => A.client.get(`${aWs()}/cases?organisationId=${bReg.org}`), () => A.client.get(`${aWs()}/cases?q=Hemlig`)],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) expect(r.body.items).toEqual([]);
    },
  }),
  'POST /api/w/:workspaceId/cases': () => ({
    attempts: [
      () => A.client.post(`${bWs()}/cases`, { channel: 'phone', category: 'export', title: 'x' }),
      // B's organisation, person, category and unit do not exist for A.
      () => A.client.post(`${aWs()}/cases`, { channel: 'phone', category: 'export', title: 'x', organisationIds: [bReg.org] }),
      () => A.client.post(`${aWs()}/cases`, { channel: 'phone', category: 'export', title: 'x', requester: { kind: 'other', personId: bReg.person } }),
      () => A.client.post(`${aWs()}/cases`, { channel: 'phone', category: 'hemligt-amne', title: 'x' }),
      () => A.client.post(`${aWs()}/cases`, { channel: 'phone', category: 'export', title: 'x', unit: 'hemlig-enhet' }),
      // B's organisation number links A's own holder of it (if any), never B's organisation.
      () => A.client.post(`${aWs()}/cases`, { channel: 'phone', category: 'export', title: 'x', requester: { kind: 'company', organisationNumber: '10150817', organisationNumberScheme: 'dk_cvr' } }),
    ],
    expect: [404, 422, 201],
    check: (r) => {
      if (r.status === 201) expect(r.body.requester.organisation?.id).not.toBe(bReg.org);
    },
  }),
  'GET /api/w/:workspaceId/cases/rejections': () => ({ attempts: [() => A.client.get(`${bWs()}/cases/rejections`), () => A.client.get(`${aWs()}/cases/rejections`)], expect: [404, 200] }),
  'GET /api/w/:workspaceId/cases/:caseId': () => ({ attempts: [() => A.client.get(`${bWs()}/cases/${bCase.id}`), () => A.client.get(`${aWs()}/cases/${bCase.id}`)] }),
  'PATCH /api/w/:workspaceId/cases/:caseId': () => ({
    attempts: [() => A.client.patch(`${bWs()}/cases/${bCase.id}`, { version: 1, title: 'Pwned' }), () => A.client.patch(`${aWs()}/cases/${bCase.id}`, { version: 1, title: 'Pwned' })],
  }),
  'POST /api/w/:workspaceId/cases/:caseId/status': () => ({
    attempts: [
      () => A.client.post(`${bWs()}/cases/${bCase.id}/status`, { status: 'closed' }),
      () => A.client.post(`${aWs()}/cases/${bCase.id}/status`, { status: 'closed' }),
      // Referring A's case to B's organisation: it does not exist for A.
      () => A.client.post(`${aWs()}/cases/${aCase}/status`, { status: 'referred', referredToId: bReg.org }),
    ],
    expect: [404, 422],
  }),
  'GET /api/w/:workspaceId/cases/:caseId/requester': () => ({ attempts: [() => A.client.get(`${bWs()}/cases/${bCase.id}/requester`), () => A.client.get(`${aWs()}/cases/${bCase.id}/requester`)] }),
  'PATCH /api/w/:workspaceId/cases/:caseId/requester': () => ({
    attempts: [
      () => A.client.patch(`${bWs()}/cases/${bCase.id}/requester`, { name: 'Pwned' }),
      () => A.client.patch(`${aWs()}/cases/${bCase.id}/requester`, { name: 'Pwned' }),
      () => A.client.patch(`${aWs()}/cases/${aCase}/requester`, { organisationId: bReg.org }),
    ],
    expect: [404, 422],
  }),
  'POST /api/w/:workspaceId/cases/:caseId/notes': () => ({
    attempts: [() => A.client.post(`${bWs()}/cases/${bCase.id}/notes`, { body: 'x' }), () => A.client.post(`${aWs()}/cases/${bCase.id}/notes`, { body: 'x' })],
  }),
  'POST /api/w/:workspaceId/cases/:caseId/messages': () => ({
    attempts: [
      () => A.client.post(`${bWs()}/cases/${bCase.id}/messages`, { direction: 'out', channel: 'email', body: 'x' }),
      () => A.client.post(`${aWs()}/cases/${bCase.id}/messages`, { direction: 'out', channel: 'email', body: 'x' }),
    ],
  }),
  'POST /api/w/:workspaceId/cases/:caseId/links': () => ({
    attempts: [
      () => A.client.post(`${bWs()}/cases/${bCase.id}/links`, { organisationId: bReg.org }),
      () => A.client.post(`${aWs()}/cases/${bCase.id}/links`, { organisationId: aOrg }),
      () => A.client.post(`${aWs()}/cases/${aCase}/links`, { organisationId: bReg.org }),
    ],
    expect: [404, 422],
  }),
  'DELETE /api/w/:workspaceId/cases/:caseId/links/:linkId': () => ({
    attempts: [() => A.client.delete(`${bWs()}/cases/${bCase.id}/links/${bCase.link}`), () => A.client.delete(`${aWs()}/cases/${bCase.id}/links/${bCase.link}`), () => A.client.delete(`${aWs()}/cases/${aCase}/links/${bCase.link}`)],
  }),
  'POST /api/w/:workspaceId/cases/:caseId/attachments': () => ({
    attempts: [
      () => uploadForm(t, A.client, `${bWs()}/cases/${bCase.id}/attachments`, new TextEncoder().encode('x'), 'x.txt'),
      () => uploadForm(t, A.client, `${aWs()}/cases/${bCase.id}/attachments`, new TextEncoder().encode('x'), 'x.txt'),
    ],
  }),
  'GET /api/w/:workspaceId/cases/:caseId/attachments': () => ({
    attempts: [() => A.client.get(`${bWs()}/cases/${bCase.id}/attachments`), () => A.client.get(`${aWs()}/cases/${bCase.id}/attachments`)],
  }),
  'GET /api/w/:workspaceId/cases/:caseId/attachments/:attachmentId': () => ({
    attempts: [
      async () => ({ ...(await download(t, A.client, `${bWs()}/cases/${bCase.id}/attachments/${bAttachment}`)), body: null }),
      async () => ({ ...(await download(t, A.client, `${aWs()}/cases/${bCase.id}/attachments/${bAttachment}`)), body: null }),
      async () => ({ ...(await download(t, A.client, `${aWs()}/cases/${aCase}/attachments/${bAttachment}`)), body: null }),
    ],
  }),
  'DELETE /api/w/:workspaceId/cases/:caseId/attachments/:attachmentId': () => ({
    attempts: [
      () => A.client.delete(`${bWs()}/cases/${bCase.id}/attachments/${bAttachment}`),
      () => A.client.delete(`${aWs()}/cases/${bCase.id}/attachments/${bAttachment}`),
      () => A.client.delete(`${aWs()}/cases/${aCase}/attachments/${bAttachment}`),
    ],
  }),
  'GET /api/w/:workspaceId/case-vocabularies': () => ({
    attempts: [() => A.client.get(`${bWs()}/case-vocabularies`), () => A.client.get(`${aWs()}/case-vocabularies`)],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) expect(JSON.stringify(r.body)).not.toMatch(/hemligt-amne|hemlig-enhet/);
    },
  }),
  'POST /api/w/:workspaceId/case-categories': () => ({ attempts: [() => A.client.post(`${bWs()}/case-categories`, { code: 'x1', labels: { sv: 'x', da: 'x', en: 'x' }, responseDays: 3 })] }),
  'PATCH /api/w/:workspaceId/case-categories/:code': () => ({
    attempts: [() => A.client.patch(`${bWs()}/case-categories/hemligt-amne`, { responseDays: 1 }), () => A.client.patch(`${aWs()}/case-categories/hemligt-amne`, { responseDays: 1 })],
  }),
  'POST /api/w/:workspaceId/case-units': () => ({ attempts: [() => A.client.post(`${bWs()}/case-units`, { code: 'x1', labels: { sv: 'x', da: 'x', en: 'x' } })] }),
  'PATCH /api/w/:workspaceId/case-units/:code': () => ({
    attempts: [() => A.client.patch(`${bWs()}/case-units/hemlig-enhet`, { active: false }), () => A.client.patch(`${aWs()}/case-units/hemlig-enhet`, { active: false })],
  }),
  'POST /api/w/:workspaceId/case-registers': () => ({ attempts: [() => A.client.post(`${bWs()}/case-registers`, { code: 'XX', labels: { sv: 'x', da: 'x', en: 'x' } })] }),
  'GET /api/public/:workspaceSlug/questions/form': () => ({
    // The public form is public; through A's address nothing of B's shows.
    attempts: [() => new Client(t).get(`/api/public/${A.ws.slug}/questions/form`)],
    expect: [200],
    check: (r) => expect(r.body.topics.map((x: { code: string }) => x.code)).not.toContain('hemligt-amne'),
  }),
  'POST /api/public/:workspaceSlug/questions': () => ({
    attempts: [
      // B's own topic is unknown through A's address.
      () => new Client(t).post(`/api/public/${A.ws.slug}/questions`, { ...publicQuestion, topic: 'hemligt-amne' }),
      // B's organisation number is not linked through A's address.
      async () => {
        const r = await new Client(t).post(`/api/public/${A.ws.slug}/questions`, { ...publicQuestion, organisationNumber: '10150817', organisationNumberScheme: 'dk_cvr' });
        const linked = await A.client.get(`${aWs()}/cases?organisationId=${bReg.org}`);
        return { status: r.status, body: { receipt: r.body, linkedToB: linked.body.items } };
      },
    ],
    expect: [422, 201],
    check: (r) => {
      if (r.status === 201) expect(r.body.linkedToB).toEqual([]);
    },
  }),
  'GET /api/w/:workspaceId/privacy/retention': () => ({
    attempts: [() => A.client.get(`${bWs()}/privacy/retention`), () => A.client.get(`${aWs()}/privacy/retention`)],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) expect(JSON.stringify(r.body)).not.toMatch(/hemligt-amne/);
    },
  }),
  'GET /api/w/:workspaceId/privacy/disposal/preview': () => ({
    attempts: [() => A.client.get(`${bWs()}/privacy/disposal/preview`), () => A.client.get(`${aWs()}/privacy/disposal/preview`)],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) expect(r.body.items).toEqual([]);
    },
  }),
  'POST /api/w/:workspaceId/privacy/disposal/runs': () => ({
    attempts: [
      () => A.client.post(`${bWs()}/privacy/disposal/runs`, { fingerprint: 'b'.repeat(64) }),
      // A's own (empty) preview confirmed in A touches nothing of B.
      async () => A.client.post(`${aWs()}/privacy/disposal/runs`, { fingerprint: (await A.client.get(`${aWs()}/privacy/disposal/preview`)).body.fingerprint }),
    ],
    expect: [404, 409],
  }),
  'GET /api/w/:workspaceId/privacy/subject': () => ({
    attempts: [
      () => A.client.get(`${bWs()}/privacy/subject?email=hemlig@b.example`),
      () => A.client.get(`${aWs()}/privacy/subject?personId=${bReg.person}`),
      () => A.client.get(`${aWs()}/privacy/subject?email=hemlig@b.example`),
    ],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) expect(r.body).toMatchObject({ emails: [], people: [], cases: [], mail: 0, plan: { erase: [], keep: [] } });
    },
  }),
  'GET /api/w/:workspaceId/privacy/subject/export': () => ({
    attempts: [
      () => A.client.get(`${bWs()}/privacy/subject/export?email=hemlig@b.example`),
      () => A.client.get(`${aWs()}/privacy/subject/export?personId=${bReg.person}&format=pdf`),
      () => A.client.get(`${aWs()}/privacy/subject/export?email=hemlig@b.example&format=json`),
    ],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) expect(r.body).toMatchObject({ emails: [], people: [], cases: [], mail: [], access: [] });
    },
  }),
  'POST /api/w/:workspaceId/privacy/subject/erase': () => ({
    attempts: [
      () => A.client.post(`${bWs()}/privacy/subject/erase`, { email: 'hemlig@b.example' }),
      () => A.client.post(`${aWs()}/privacy/subject/erase`, { personId: bReg.person }),
      () => A.client.post(`${aWs()}/privacy/subject/erase`, { email: 'hemlig@b.example' }),
    ],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) expect(r.body).toEqual({ erased: [], kept: [] });
    },
  }),
  'GET /api/w/:workspaceId/case-routing-rules': () => ({
    attempts: [() => A.client.get(`${bWs()}/case-routing-rules`), () => A.client.get(`${aWs()}/case-routing-rules`)],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) expect(r.body.items).toEqual([]);
    },
  }),
  'POST /api/w/:workspaceId/case-routing-rules': () => ({
    attempts: [
      () => A.client.post(`${bWs()}/case-routing-rules`, { name: 'x', priority: 1, words: ['x'], unit: 'naringsliv' }),
      // B's organisation, category and unit do not exist for A.
      () => A.client.post(`${aWs()}/case-routing-rules`, { name: 'x', priority: 1, words: ['x'], organisationId: bReg.org }),
      () => A.client.post(`${aWs()}/case-routing-rules`, { name: 'x', priority: 1, category: 'hemligt-amne', unit: 'naringsliv' }),
      () => A.client.post(`${aWs()}/case-routing-rules`, { name: 'x', priority: 1, words: ['x'], unit: 'hemlig-enhet' }),
    ],
    expect: [404, 422],
  }),
  'POST /api/w/:workspaceId/case-routing-rules/preview': () => ({
    attempts: [
      () => A.client.post(`${bWs()}/case-routing-rules/preview`, { category: 'export', title: 'Hemlig', language: 'sv' }),
      // B's rule matches "hemlig": through A it suggests nothing.
      () => A.client.post(`${aWs()}/case-routing-rules/preview`, { category: 'export', title: 'Hemlig', language: 'sv' }),
      () => A.client.post(`${aWs()}/case-routing-rules/preview`, { category: 'hemligt-amne', title: 'Hemlig', language: 'sv' }),
    ],
    expect: [404, 200, 422],
    check: (r) => {
      if (r.status === 200) expect(r.body.suggestion).toBeNull();
    },
  }),
  'PATCH /api/w/:workspaceId/case-routing-rules/:ruleId': () => ({
    attempts: [
      () => A.client.patch(`${bWs()}/case-routing-rules/${bDesk.rule}`, { version: 1, priority: 9 }),
      () => A.client.patch(`${aWs()}/case-routing-rules/${bDesk.rule}`, { version: 1, priority: 9 }),
    ],
  }),
  'DELETE /api/w/:workspaceId/case-routing-rules/:ruleId': () => ({
    attempts: [() => A.client.delete(`${bWs()}/case-routing-rules/${bDesk.rule}`), () => A.client.delete(`${aWs()}/case-routing-rules/${bDesk.rule}`)],
  }),
  'GET /api/w/:workspaceId/cases/:caseId/routing': () => ({
    attempts: [() => A.client.get(`${bWs()}/cases/${bCase.id}/routing`), () => A.client.get(`${aWs()}/cases/${bCase.id}/routing`), () => A.client.get(`${aWs()}/cases/${aCase}/routing`)],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) expect(r.body).toEqual({ suggestion: null, decisions: [] });
    },
  }),
  'POST /api/w/:workspaceId/cases/:caseId/routing': () => ({
    attempts: [
      () => A.client.post(`${bWs()}/cases/${bCase.id}/routing`, { action: 'accept', ruleId: bDesk.rule }),
      () => A.client.post(`${aWs()}/cases/${bCase.id}/routing`, { action: 'accept', ruleId: bDesk.rule }),
      // B's rule is no suggestion for A's case.
      () => A.client.post(`${aWs()}/cases/${aCase}/routing`, { action: 'accept', ruleId: bDesk.rule }),
    ],
    expect: [404, 409],
  }),
  'GET /api/w/:workspaceId/case-referrals': () => ({
    attempts: [() => A.client.get(`${bWs()}/case-referrals`), () => A.client.get(`${aWs()}/case-referrals`)],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) expect(r.body.items).toEqual([]);
    },
  }),
  'GET /api/w/:workspaceId/cases/:caseId/referrals': () => ({
    attempts: [() => A.client.get(`${bWs()}/cases/${bCase.id}/referrals`), () => A.client.get(`${aWs()}/cases/${bCase.id}/referrals`)],
  }),
  'POST /api/w/:workspaceId/cases/:caseId/referrals': () => ({
    attempts: [
      () => A.client.post(`${bWs()}/cases/${bCase.id}/referrals`, { organisationId: bReg.org2, email: 'x@example.org' }),
      () => A.client.post(`${aWs()}/cases/${bCase.id}/referrals`, { organisationId: aOrg, email: 'x@example.org' }),
      // Referring A's case to B's organisation: it does not exist for A.
      () => A.client.post(`${aWs()}/cases/${aCase}/referrals`, { organisationId: bReg.org2, email: 'x@example.org' }),
    ],
    expect: [404, 422],
  }),
  'POST /api/w/:workspaceId/cases/:caseId/referrals/:referralId/resend': () => ({
    attempts: [
      () => A.client.post(`${bWs()}/cases/${bCase.id}/referrals/${bDesk.referral}/resend`, {}),
      () => A.client.post(`${aWs()}/cases/${bCase.id}/referrals/${bDesk.referral}/resend`, {}),
      () => A.client.post(`${aWs()}/cases/${aCase}/referrals/${bDesk.referral}/resend`, {}),
    ],
  }),
  'GET /api/public/:workspaceSlug/referrals/:token': () => ({
    // B's personal link under A's address finds nothing.
    attempts: [() => new Client(t).get(`/api/public/${A.ws.slug}/referrals/${bDesk.token}`), () => A.client.get(`/api/public/${A.ws.slug}/referrals/${bDesk.token}`)],
  }),
  'POST /api/public/:workspaceSlug/referrals/:token/receipt': () => ({
    attempts: [() => new Client(t).post(`/api/public/${A.ws.slug}/referrals/${bDesk.token}/receipt`, { name: 'Någon' })],
  }),
  'GET /api/public/:workspaceSlug/cases': () => ({
    // A's public register shows A's cases only, also when searching for B's numbers.
    attempts: [() => new Client(t).get(`/api/public/${A.ws.slug}/cases?limit=100`), () => new Client(t).get(`/api/public/${A.ws.slug}/cases?q=1`)],
    expect: [200],
    check: (r) => expect(JSON.stringify(r.body.items)).not.toMatch(/Hemlig/),
  }),
  'GET /api/w/:workspaceId/cases/:caseId/secrecy': () => ({
    attempts: [() => A.client.get(`${bWs()}/cases/${bCase.id}/secrecy`), () => A.client.get(`${aWs()}/cases/${bCase.id}/secrecy`)],
  }),
  'POST /api/w/:workspaceId/cases/:caseId/secrecy': () => ({
    attempts: [
      () => A.client.post(`${bWs()}/cases/${bCase.id}/secrecy`, { secret: false, reason: 'x' }),
      () => A.client.post(`${aWs()}/cases/${bCase.id}/secrecy`, { secret: false, reason: 'x' }),
    ],
  }),
  'GET /api/w/:workspaceId/case-deadlines': () => ({
    attempts: [() => A.client.get(`${bWs()}/case-deadlines`), () => A.client.get(`${aWs()}/case-deadlines`)],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) expect(r.body.referralsAwaitingReceipt).toBe(0);
    },
  }),
  'GET /api/w/:workspaceId/case-statistics': () => ({
    attempts: [() => A.client.get(`${bWs()}/case-statistics`), () => A.client.get(`${aWs()}/case-statistics`)],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) expect(r.body.categories.map((c: { category: { code: string } }) => c.category.code)).not.toContain('hemligt-amne');
    },
  }),
  'GET /api/w/:workspaceId/programmes': () => ({
    // A sees the shipped catalogue and nothing of B's own programmes.
    attempts: [() => A.client.get(`${bWs()}/programmes`), () => A.client.get(`${aWs()}/programmes`), () => A.client.get(`${aWs()}/programmes?q=Hemligt`)],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) {
        expect(r.body.items.map((p: { id: string }) => p.id)).not.toContain(bPortfolio.programme);
        expect(r.body.items.every((p: { own: boolean; projectCount: number }) => !p.own && p.projectCount === 0)).toBe(true);
      }
    },
  }),
  'POST /api/w/:workspaceId/programmes': () => ({ attempts: [() => A.client.post(`${bWs()}/programmes`, { name: 'X', fund: 'regional', periodStart: 2021, periodEnd: 2027 })] }),
  'PATCH /api/w/:workspaceId/programmes/:programmeId': () => ({
    attempts: [
      () => A.client.patch(`${bWs()}/programmes/${bPortfolio.programme}`, { name: 'Pwned' }),
      () => A.client.patch(`${aWs()}/programmes/${bPortfolio.programme}`, { name: 'Pwned' }),
    ],
  }),
  'DELETE /api/w/:workspaceId/programmes/:programmeId': () => ({
    attempts: [() => A.client.delete(`${bWs()}/programmes/${bPortfolio.programme}`), () => A.client.delete(`${aWs()}/programmes/${bPortfolio.programme}`)],
  }),
  'GET /api/w/:workspaceId/projects': () => ({
    attempts: [
      () => A.client.get(`${bWs()}/projects`),
      () => A.client.get(`${aWs()}/projects`),
      () => A.client.get(`${aWs()}/projects?q=HEMLIGPROJ`),
      () => A.client.get(`${aWs()}/projects?programmeId=${bPortfolio.programme}`),
    ],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) {
        expect(r.body.items.map((p: { id: string }) => p.id)).not.toContain(bPortfolio.project);
        expect(r.body.items.every((p: { id: string }) => p.id === aProject)).toBe(true);
      }
    },
  }),
  'POST /api/w/:workspaceId/projects': () => ({
    attempts: [
      () => A.client.post(`${bWs()}/projects`, { acronym: 'X', title: 'X', ourRole: 'partner' }),
      // B's own programme does not exist for A.
      () => A.client.post(`${aWs()}/projects`, { acronym: 'X', title: 'X', ourRole: 'partner', programmeId: bPortfolio.programme }),
      // Nor do B's members as officers.
      () => A.client.post(`${aWs()}/projects`, { acronym: 'X', title: 'X', ourRole: 'partner', officerId: bOther.id }),
    ],
    expect: [404, 422],
  }),
  'GET /api/w/:workspaceId/projects/:projectId': () => ({ attempts: [() => A.client.get(`${bWs()}/projects/${bPortfolio.project}`), () => A.client.get(`${aWs()}/projects/${bPortfolio.project}`)] }),
  'PATCH /api/w/:workspaceId/projects/:projectId': () => ({
    attempts: [
      () => A.client.patch(`${bWs()}/projects/${bPortfolio.project}`, { version: 1, title: 'Pwned' }),
      () => A.client.patch(`${aWs()}/projects/${bPortfolio.project}`, { version: 1, title: 'Pwned' }),
      () => A.client.patch(`${aWs()}/projects/${aProject}`, { version: 1, programmeId: bPortfolio.programme }),
    ],
    expect: [404, 422],
  }),
  'DELETE /api/w/:workspaceId/projects/:projectId': () => ({
    attempts: [() => A.client.delete(`${bWs()}/projects/${bPortfolio.project}`), () => A.client.delete(`${aWs()}/projects/${bPortfolio.project}`)],
  }),
  'POST /api/w/:workspaceId/projects/:projectId/moves': () => ({
    attempts: [
      () => A.client.post(`${bWs()}/projects/${bPortfolio.project}/moves`, { to: 'in_preparation' }),
      () => A.client.post(`${aWs()}/projects/${bPortfolio.project}/moves`, { to: 'in_preparation' }),
    ],
  }),
  'POST /api/w/:workspaceId/projects/:projectId/reopen': () => ({
    attempts: [() => A.client.post(`${bWs()}/projects/${bPortfolio.project}/reopen`), () => A.client.post(`${aWs()}/projects/${bPortfolio.project}/reopen`)],
  }),
  'POST /api/w/:workspaceId/projects/:projectId/partners': () => ({
    attempts: [
      () => A.client.post(`${bWs()}/projects/${bPortfolio.project}/partners`, { organisationId: bReg.org, role: 'partner' }),
      () => A.client.post(`${aWs()}/projects/${bPortfolio.project}/partners`, { organisationId: aOrg, role: 'partner' }),
      // B's organisation is no partner A can add.
      () => A.client.post(`${aWs()}/projects/${aProject}/partners`, { organisationId: bReg.org, role: 'partner' }),
    ],
  }),
  'PATCH /api/w/:workspaceId/projects/:projectId/partners/:partnerId': () => ({
    attempts: [
      () => A.client.patch(`${bWs()}/projects/${bPortfolio.project}/partners/${bPortfolio.partner}`, { role: 'lead' }),
      () => A.client.patch(`${aWs()}/projects/${bPortfolio.project}/partners/${bPortfolio.partner}`, { role: 'lead' }),
      () => A.client.patch(`${aWs()}/projects/${aProject}/partners/${bPortfolio.partner}`, { role: 'lead' }),
    ],
  }),
  'DELETE /api/w/:workspaceId/projects/:projectId/partners/:partnerId': () => ({
    attempts: [
      () => A.client.delete(`${bWs()}/projects/${bPortfolio.project}/partners/${bPortfolio.partner}`),
      () => A.client.delete(`${aWs()}/projects/${bPortfolio.project}/partners/${bPortfolio.partner}`),
      () => A.client.delete(`${aWs()}/projects/${aProject}/partners/${bPortfolio.partner}`),
    ],
  }),
  'GET /api/w/:workspaceId/calls': () => ({
    attempts: [() => A.client.get(`${bWs()}/calls`), () => A.client.get(`${aWs()}/calls`), () => A.client.get(`${aWs()}/calls?q=HEMLIGCALL`), () => A.client.get(`${aWs()}/calls?programmeId=${bPortfolio.programme}`)],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) {
        expect(leaks(r.body)).toBe(false);
        expect(r.body.items.every((c: { id: string }) => c.id === aCall)).toBe(true);
      }
    },
  }),
  'POST /api/w/:workspaceId/calls': () => ({
    attempts: [
      () => A.client.post(`${bWs()}/calls`, { programmeId: bPortfolio.programme, title: 'X', deadline: '2030-01-01T12:00' }),
      // B's own programme does not exist for A.
      () => A.client.post(`${aWs()}/calls`, { programmeId: bPortfolio.programme, title: 'X', deadline: '2030-01-01T12:00' }),
    ],
    expect: [404, 422],
  }),
  'POST /api/w/:workspaceId/calls/import': () => ({
    attempts: [
      () => upload(t, A.client, `${bWs()}/calls/import`, 'Programme,Title,Deadline\nX,Y,2030-01-01 12:00\n'),
      // A file naming B's own programme (by its id) into A's workspace: no such programme for A.
      () => upload(t, A.client, `${aWs()}/calls/import`, `Programme,Title,Deadline\n${bPortfolio.programme},Y,2030-01-01 12:00\n`),
    ],
    expect: [404, 422],
  }),
  'GET /api/w/:workspaceId/calls/:callId': () => ({ attempts: [() => A.client.get(`${bWs()}/calls/${bPortfolio.call}`), () => A.client.get(`${aWs()}/calls/${bPortfolio.call}`)] }),
  'PATCH /api/w/:workspaceId/calls/:callId': () => ({
    attempts: [
      () => A.client.patch(`${bWs()}/calls/${bPortfolio.call}`, { version: 1, title: 'Pwned' }),
      () => A.client.patch(`${aWs()}/calls/${bPortfolio.call}`, { version: 1, title: 'Pwned' }),
      () => A.client.patch(`${aWs()}/calls/${aCall}`, { version: 1, programmeId: bPortfolio.programme }),
    ],
    expect: [404, 422],
  }),
  'DELETE /api/w/:workspaceId/calls/:callId': () => ({
    attempts: [() => A.client.delete(`${bWs()}/calls/${bPortfolio.call}`), () => A.client.delete(`${aWs()}/calls/${bPortfolio.call}`)],
  }),
  'PUT /api/w/:workspaceId/calls/:callId/follow': () => ({
    attempts: [
      () => A.client.request('PUT', `${bWs()}/calls/${bPortfolio.call}/follow`, { following: true }),
      () => A.client.request('PUT', `${aWs()}/calls/${bPortfolio.call}/follow`, { following: false }),
    ],
  }),
  'GET /api/w/:workspaceId/call-settings': () => ({
    attempts: [() => A.client.get(`${bWs()}/call-settings`), () => A.client.get(`${aWs()}/call-settings`)],
    expect: [404, 200],
    check: (r) => expect(leaks(r.body)).toBe(false),
  }),
  'PUT /api/w/:workspaceId/call-settings': () => ({ attempts: [() => A.client.request('PUT', `${bWs()}/call-settings`, { reminderDays: [1] })] }),
  'GET /api/w/:workspaceId/overview': () => ({
    // B's figures through B's address are a 404; A's own figures count nothing of B's.
    attempts: [() => A.client.get(`${bWs()}/overview`), () => A.client.get(`${aWs()}/overview`)],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) {
        // A has no relations of its own; B's twinning must not be counted in A.
        expect(r.body.register.relations).toBe(0);
        expect(r.body.imports.map((i: { id: string }) => i.id)).not.toContain(bImport);
        expect(r.body.cases.nearestDeadlines.map((c: { id: string }) => c.id)).not.toContain(bCase.id);
        // A's one project; B's is not counted.
        expect(r.body.projects).toEqual({ total: 1, running: 0, inPreparation: 1 });
      }
    },
  }),
  'GET /api/w/:workspaceId/audit': () => ({
    attempts: [() => A.client.get(`${bWs()}/audit`), () => A.client.get(`${aWs()}/audit?entityId=${bOther.id}`)],
    expect: [404, 200],
    check: (r) => {
      if (r.status === 200) expect(r.body.items).toEqual([]);
    },
  }),
};

beforeAll(async () => {
  t = await createTestApp();
  A = await adminSession(t);
  B = await adminSession(t);
  bOther = await buildUser(t, { workspaceId: B.ws.id, role: 'officer' });
  const inv = await B.client.post(`${bWs()}/invites`, { email: 'invitee-b@example.org', role: 'desk' });
  expect(inv.status).toBe(201);
  bInvite = inv.body;
  const org = await B.client.post(`${bWs()}/organisations`, { name: 'Hemlig AB', kind: 'company', country: 'DK', identifiers: [{ scheme: 'dk_cvr', value: '10150817' }] });
  const org2 = await B.client.post(`${bWs()}/organisations`, { name: 'Hemlig Partner', kind: 'municipality', country: 'PL' });
  const rel = await B.client.post(`${bWs()}/relations`, { fromId: org.body.id, toId: org2.body.id, type: 'twin_town' });
  const person = await B.client.post(`${bWs()}/people`, { name: 'Hemlig Person', email: 'hemlig@b.example', legalBasis: 'consent', legalBasisDate: '2026-01-01', organisations: [{ organisationId: org.body.id }] });
  const act = await B.client.post(`${bWs()}/organisations/${org.body.id}/activities`, { kind: 'meeting', occurredOn: '2026-01-02', title: 'Hemligt möte' });
  for (const r of [org, org2, rel, person, act]) expect(r.status, JSON.stringify(r.body)).toBe(201);
  bReg = { org: org.body.id, org2: org2.body.id, relation: rel.body.id, person: person.body.id, activity: act.body.id };
  const sv = await B.client.post(`${bWs()}/survey/invitations`, { organisationIds: [org.body.id] });
  const token = sv.body.items[0].link.split('/survey/')[1];
  expect((await new Client(t).post(`/api/survey/${token}`, { exports: true, imports: false, partners: [{ name: 'Hemlig Köpare', country: 'NO', type: 'export_agreement' }] })).status).toBe(201);
  bProposal = (await B.client.get(`${bWs()}/survey/proposals`)).body.items[0].id;
  aOrg = (await A.client.post(`${aWs()}/organisations`, { name: 'A AB', kind: 'company', country: 'SE' })).body.id;
  const aTwin = await A.client.post(`${aWs()}/organisations`, { name: 'A Twin ApS', kind: 'company', country: 'DK', identifiers: [{ scheme: 'eu_vat', value: 'DK10150817' }] });
  expect(aTwin.status, JSON.stringify(aTwin.body)).toBe(201);
  const up = await upload(t, B.client, `${bWs()}/imports`, 'Name,Country\nHemlig Import AB,SE\n');
  expect(up.status, JSON.stringify(up.body)).toBe(201);
  bImport = up.body.id;
  bMail = (
    await inWorkspace(t.database.db, { workspaceId: B.ws.id, userId: B.user.id }, (tx) =>
      queueMail(tx, { workspaceId: B.ws.id, to: 'hemlig.mottagare@b.example', language: 'sv', subject: 'Hemlig AB: svar', text: 'Hemlig AB' }),
    )
  ).id;
  await asSystem(t.database.db, (tx) => tx.updateTable('mail_outbox').set({ status: 'failed', attempts: 5, last_error: '451 Try again later' }).where('id', '=', bMail).execute());
  const bc = await B.client.post(`${bWs()}/cases`, {
    channel: 'email',
    category: 'export',
    title: 'Hemlig fråga',
    requester: { kind: 'company', name: 'Hemlig Frågare', email: 'hemlig@b.example', organisationId: org.body.id },
    organisationIds: [org2.body.id],
  });
  expect(bc.status, JSON.stringify(bc.body)).toBe(201);
  bCase = { id: bc.body.id, link: bc.body.links[0].id };
  expect((await B.client.post(`${bWs()}/cases/${bCase.id}/notes`, { body: 'Hemlig anteckning' })).status).toBe(201);
  const bFile = await uploadForm(t, B.client, `${bWs()}/cases/${bCase.id}/attachments`, new TextEncoder().encode('Hemlig bilaga'), 'hemlig-bilaga.txt');
  expect(bFile.status, JSON.stringify(bFile.body)).toBe(201);
  bAttachment = bFile.body.id;
  expect((await B.client.post(`${bWs()}/case-categories`, { code: 'hemligt-amne', labels: { sv: 'Hemligt ämne', da: 'Hemmeligt emne', en: 'Secret topic' }, responseDays: 3 })).status).toBe(201);
  expect((await B.client.post(`${bWs()}/case-units`, { code: 'hemlig-enhet', labels: { sv: 'Hemlig enhet', da: 'Hemmelig enhed', en: 'Secret unit' } })).status).toBe(201);
  expect((await new Client(t).post(`/api/public/${B.ws.slug}/questions`, { ...publicQuestion, name: 'Hemlig Frågare', topic: 'hemligt-amne' })).status).toBe(201);
  aCase = (await A.client.post(`${aWs()}/cases`, { channel: 'phone', category: 'export', title: 'A:s ärende' })).body.id;
  const bRule = await B.client.post(`${bWs()}/case-routing-rules`, { name: 'Hemlig regel', priority: 1, words: ['hemlig', 'a:s'], organisationId: org.body.id });
  expect(bRule.status, JSON.stringify(bRule.body)).toBe(201);
  const bRef = await B.client.post(`${bWs()}/cases/${bCase.id}/referrals`, { organisationId: org2.body.id, email: 'hemlig.partner@b.example', note: 'Hemlig anteckning till partnern' });
  expect(bRef.status, JSON.stringify(bRef.body)).toBe(201);
  const refMail = await asSystem(t.database.db, (tx) => tx.selectFrom('mail_outbox').select('body_text').where('workspace_id', '=', B.ws.id).where('template', '=', 'case.referral_receipt').executeTakeFirstOrThrow());
  bDesk = { rule: bRule.body.id, referral: bRef.body.id, token: /\/referrals\/([A-Za-z0-9_-]+)/.exec(refMail.body_text)![1]! };
  expect((await B.client.post(`${bWs()}/cases/${bCase.id}/secrecy`, { secret: true, reason: 'Hemlig grund' })).status).toBe(200);
  // Portfolios: B's own municipality, programme, project and partner; A's own municipality and project.
  expect((await B.client.post(`${bWs()}/organisations`, { name: 'Hemlig Kommun', kind: 'municipality', country: 'SE', isOwn: true })).status).toBe(201);
  const bProgramme = await B.client.post(`${bWs()}/programmes`, { name: 'Hemligt program', fund: 'regional', periodStart: 2021, periodEnd: 2027 });
  expect(bProgramme.status, JSON.stringify(bProgramme.body)).toBe(201);
  const bProject = await B.client.post(`${bWs()}/projects`, { acronym: 'HEMLIGPROJ', title: 'Hemligt projekt', ourRole: 'partner', programmeId: bProgramme.body.id });
  expect(bProject.status, JSON.stringify(bProject.body)).toBe(201);
  const bPartner = await B.client.post(`${bWs()}/projects/${bProject.body.id}/partners`, { organisationId: org2.body.id, role: 'lead' });
  expect(bPartner.status, JSON.stringify(bPartner.body)).toBe(201);
  const bCall = await B.client.post(`${bWs()}/calls`, { programmeId: bProgramme.body.id, identifier: 'HEMLIGCALL', title: 'Hemlig utlysning', deadline: '2030-03-10T17:00' });
  expect(bCall.status, JSON.stringify(bCall.body)).toBe(201);
  expect((await B.client.request('PUT', `${bWs()}/calls/${bCall.body.id}/follow`, { following: true })).status).toBe(200);
  bPortfolio = { programme: bProgramme.body.id, project: bProject.body.id, partner: bPartner.body.partners[0].id, call: bCall.body.id };
  expect((await A.client.post(`${aWs()}/organisations`, { name: 'A kommun', kind: 'municipality', country: 'SE', isOwn: true })).status).toBe(201);
  const aProj = await A.client.post(`${aWs()}/projects`, { acronym: 'A-PROJ', title: 'A:s projekt', ourRole: 'lead_partner' });
  expect(aProj.status, JSON.stringify(aProj.body)).toBe(201);
  aProject = aProj.body.id;
  const catalogue = (await A.client.get(`${aWs()}/programmes?q=South%20Baltic`)).body.items[0].id;
  const aC = await A.client.post(`${aWs()}/calls`, { programmeId: catalogue, identifier: 'A-CALL', title: 'A:s utlysning', deadline: '2030-03-10T17:00' });
  expect(aC.status, JSON.stringify(aC.body)).toBe(201);
  aCall = aC.body.id;
});
afterAll(() => t.close());

describe('cross-workspace isolation', () => {
  it('has a case for every route of the app', () => {
    const routes = new Set(
      t.app.routes
        .filter((r) => r.method !== 'ALL' && (r.path.startsWith('/api/') || r.path.startsWith('/healthz') || r.path.startsWith('/readyz')))
        .map((r) => `${r.method} ${r.path}`),
    );
    const missing = [...routes].filter((r) => !(r in routeCases));
    expect(missing, 'routes without a cross-workspace case in tests/tenancy/cross-workspace.test.ts').toEqual([]);
    const stale = Object.keys(routeCases).filter((r) => !routes.has(r));
    expect(stale, 'cases for routes that no longer exist').toEqual([]);
  });

  for (const [route, make] of Object.entries(routeCases)) {
    it(`${route}: a member of A cannot read, change, delete or enumerate B`, async () => {
      const before = await snapshotB();
      const c = make();
      for (const attempt of c.attempts) {
        const r = await attempt();
        expect(c.expect ?? [404], `${route} answered ${r.status}: ${JSON.stringify(r.body).slice(0, 200)}`).toContain(r.status);
        expect(leaks(r.body), `${route} leaked B's data`).toBe(false);
        c.check?.(r);
      }
      expect(await snapshotB()).toBe(before);
    });
  }

  it('a workspace that does not exist and one that is not mine answer the same', async () => {
    const mine = await A.client.get(`/api/w/00000000-0000-4000-8000-000000000000/members`);
    const theirs = await A.client.get(`${bWs()}/members`);
    expect(mine.status).toBe(theirs.status);
    expect(mine.body.title).toBe(theirs.body.title);
  });
});
