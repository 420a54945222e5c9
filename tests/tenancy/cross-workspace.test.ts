// A member of workspace A tries every route against workspace B. A route table drives the test:
// each route of the app must have a case here, so a new route without one fails this file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, buildUser, Client, createTestApp, type TestApp } from '../helpers/app.ts';
import { upload } from '../../src/server/modules/imports/testkit.ts';

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
    importRows: await db.selectFrom('import_rows').select(['import_id', 'row_number']).where('workspace_id', '=', id).orderBy('row_number').execute(),
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
const aWs = () => `/api/w/${A.ws.id}`;
// The problem document echoes the requested path in `instance`; only the rest could leak.
const leaks = (body: unknown) => {
  const { instance: _echo, ...rest } = (body ?? {}) as Record<string, unknown>;
  const text = JSON.stringify(rest);
  return [B.ws.id, B.user.email, bOther.id, ...Object.values(bReg), bImport, 'Hemlig AB', 'hemlig@b.example', 'Hemlig Köpare'].some((x) => text.includes(x));
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
