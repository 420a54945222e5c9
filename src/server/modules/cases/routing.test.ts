// Routing rules through HTTP on a real database: admins keep them (others read them), the first
// matching rule by priority suggests a unit or a partner for a case, with the words that matched,
// and desk staff accept (the unit gets the case, or the partner is linked) or ignore it. Plus the
// pure matching rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, buildUser, Client, createTestApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { firstMatch, wordsIn, type MatchableRule } from './routing-match.ts';

let t: TestApp;
let admin: Client;
let desk: Client;
let viewer: Client;
let base: string;
let wsId: string;
let almi: string;

const rule = (extra: Record<string, unknown>) => ({ name: 'Regel', priority: 100, ...extra });

async function audit(action: string, entityId?: string) {
  return (await admin.get(`${base}/audit?action=${action}${entityId ? `&entityId=${entityId}` : ''}`)).body.items as { after: Record<string, unknown>; before: Record<string, unknown> }[];
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2026-11-23T09:00:00Z');
  const s = await adminSession(t, 'en');
  admin = s.client;
  wsId = s.ws.id;
  base = `/api/w/${wsId}`;
  for (const [role, lang] of [['desk', 'sv'], ['viewer', 'en']] as const) {
    const u = await buildUser(t, { workspaceId: wsId, role });
    const c = new Client(t, lang);
    await c.login(u.email);
    if (role === 'desk') desk = c;
    else viewer = c;
  }
  almi = (await admin.post(`${base}/organisations`, { name: 'Almi Företagspartner', kind: 'agency', country: 'SE' })).body.id;
});
afterAll(() => t.close());

describe('matching', () => {
  const at = (n: number) => new Date(Date.UTC(2026, 0, n));
  const r = (id: string, extra: Partial<MatchableRule>): MatchableRule => ({ id, priority: 10, createdAt: at(1), active: true, categoryId: null, words: [], language: null, ...extra });
  const c = { categoryId: 'cat-export', title: 'Exportrådgivning för Sågverket', description: 'Vi vill sälja i Polen.', language: 'sv' };

  it('finds words at the start of a word, in any letter case, also phrases', () => {
    expect(wordsIn(['export', 'port', 'polen', 'sälja i', 'säljare'], `${c.title}\n${c.description}`)).toEqual(['export', 'polen', 'sälja i']);
    expect(wordsIn(['ÅSA'], 'hej åsa')).toEqual(['ÅSA']);
  });

  it('takes the first fitting active rule by priority, then age, then id; every condition must hold', () => {
    const rules = [
      r('b', { priority: 5, words: ['import'] }),
      r('c', { priority: 20, categoryId: 'cat-export' }),
      r('d', { priority: 10, categoryId: 'cat-export', language: 'en' }),
      r('e', { priority: 20, createdAt: at(0), words: ['polen'], language: 'sv' }),
      r('a', { priority: 1, words: ['export'], active: false }),
    ];
    expect(firstMatch(rules, c)).toMatchObject({ rule: { id: 'e' }, matched: { category: false, language: true, words: ['polen'] } });
    expect(firstMatch(rules.filter((x) => x.id !== 'e'), c)?.rule.id).toBe('c');
    expect(firstMatch([r('y', { priority: 3, words: ['polen'] }), r('x', { priority: 3, words: ['polen'] })], c)?.rule.id).toBe('x');
    expect(firstMatch([r('z', {})], c)).toBeNull();
  });
});

describe('routing rules', () => {
  it('admins add, change and remove rules; others read them; every change is audited', async () => {
    const created = await admin.post(`${base}/case-routing-rules`, rule({ name: 'Finansiering till Almi', priority: 20, category: 'finansiering', words: [' Lån ', 'lån', 'Riskkapital'], organisationId: almi }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ name: 'Finansiering till Almi', priority: 20, active: true, category: { code: 'finansiering' }, words: ['lån', 'riskkapital'], language: null, unit: null, organisation: { id: almi, name: 'Almi Företagspartner' }, version: 1 });
    const id = created.body.id;
    expect((await desk.post(`${base}/case-routing-rules`, rule({ words: ['x'], unit: 'naringsliv' }))).status).toBe(403);
    expect((await viewer.patch(`${base}/case-routing-rules/${id}`, { version: 1, priority: 1 })).status).toBe(403);
    expect((await desk.delete(`${base}/case-routing-rules/${id}`)).status).toBe(403);
    expect((await viewer.get(`${base}/case-routing-rules`)).body.items.map((i: { id: string }) => i.id)).toEqual([id]);

    const changed = await admin.patch(`${base}/case-routing-rules/${id}`, { version: 1, unit: 'naringsliv', language: 'sv' });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body).toMatchObject({ unit: { code: 'naringsliv' }, organisation: null, language: 'sv', version: 2 });
    expect((await admin.patch(`${base}/case-routing-rules/${id}`, { version: 1, priority: 5 })).status).toBe(409);
    const [update] = await audit('case_routing_rule.update', id);
    expect(update!.before).toMatchObject({ organisation_id: almi, unit_id: null });
    expect(update!.after).toMatchObject({ organisation_id: null, language: 'sv' });

    expect((await admin.delete(`${base}/case-routing-rules/${id}`)).status).toBe(204);
    expect((await admin.delete(`${base}/case-routing-rules/${id}`)).status).toBe(404);
    expect((await viewer.get(`${base}/case-routing-rules`)).body.items).toEqual([]);
    expect(await audit('case_routing_rule.create', id)).toHaveLength(1);
    expect(await audit('case_routing_rule.delete', id)).toHaveLength(1);
  });

  it('a rule needs a condition and exactly one target; errors are in the caller’s language and name the field', async () => {
    const none = await admin.request('POST', `${base}/case-routing-rules`, rule({ unit: 'naringsliv' }), { 'accept-language': 'da' });
    expect(none.status).toBe(422);
    expect(none.body.errors).toEqual([{ field: 'words', code: 'routing_condition_required', message: 'Angiv mindst én betingelse: kategori, ord eller sprog.' }]);
    const both = await admin.request('POST', `${base}/case-routing-rules`, rule({ words: ['x'], unit: 'naringsliv', organisationId: almi }), { 'accept-language': 'sv' });
    expect(both.body.errors).toEqual([{ field: 'unit', code: 'routing_target_required', message: 'Välj antingen en enhet eller en partnerorganisation som regeln föreslår.' }]);
    const neither = await admin.post(`${base}/case-routing-rules`, rule({ words: ['x'] }));
    expect(neither.body.errors[0]).toMatchObject({ field: 'unit', code: 'routing_target_required' });
    const codes = await admin.post(`${base}/case-routing-rules`, rule({ category: 'no-such', unit: 'naringsliv' }));
    expect(codes.body.errors).toEqual([{ field: 'category', code: 'unknown_code', message: 'Unknown code: no-such.' }]);
    const org = await admin.post(`${base}/case-routing-rules`, rule({ words: ['x'], organisationId: '00000000-0000-4000-8000-000000000000' }));
    expect(org.body.errors[0]).toMatchObject({ field: 'organisationId', code: 'not_found' });
    const shape = await admin.post(`${base}/case-routing-rules`, { name: '', priority: 0, words: Array(21).fill('x'), language: 'svenska', extra: true });
    expect(shape.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['(body)', 'language', 'name', 'priority', 'words']);
    expect((await viewer.get(`${base}/case-routing-rules`)).body.items).toEqual([]);
  });
});

describe('a case’s suggestion', () => {
  let naring: string;
  let almiRule: string;

  it('shows the first matching rule with the words that matched; changes with the rules; preview needs no case', async () => {
    naring = (await admin.post(`${base}/case-routing-rules`, rule({ name: 'Export till näringslivet', priority: 30, words: ['export', 'eksport'], unit: 'naringsliv' }))).body.id;
    almiRule = (await admin.post(`${base}/case-routing-rules`, rule({ name: 'Lån via Almi', priority: 10, category: 'finansiering', words: ['lån'], organisationId: almi }))).body.id;
    await admin.post(`${base}/case-routing-rules`, rule({ name: 'Engelska nyanlända', priority: 5, language: 'en', category: 'ny-i-kommunen', unit: 'arbetsmarknad' }));

    const c = await desk.post(`${base}/cases`, { channel: 'phone', category: 'export', title: 'Exportstöd till Polen', description: 'Eksport af træ' });
    const r = await viewer.get(`${base}/cases/${c.body.id}/routing`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      suggestion: {
        rule: { id: naring, name: 'Export till näringslivet', priority: 30 },
        matched: { category: false, language: false, words: ['export', 'eksport'] },
        unit: { code: 'naringsliv', labels: expect.objectContaining({ sv: 'Näringslivsenheten' }), active: true },
        organisation: null,
        state: 'open',
      },
      decisions: [],
    });
    const none = await desk.post(`${base}/cases`, { channel: 'phone', category: 'tillstand', title: 'Serveringstillstånd' });
    expect((await viewer.get(`${base}/cases/${none.body.id}/routing`)).body).toEqual({ suggestion: null, decisions: [] });
    const preview = await viewer.post(`${base}/case-routing-rules/preview`, { category: 'finansiering', title: 'Behöver lån', language: 'sv' });
    expect(preview.body.suggestion).toMatchObject({ rule: { id: almiRule }, organisation: { id: almi }, matched: { category: true, words: ['lån'] } });
    expect((await viewer.post(`${base}/case-routing-rules/preview`, { category: 'finansiering', title: 'Behöver bidrag', language: 'sv' })).body).toEqual({ suggestion: null });
    expect((await viewer.post(`${base}/case-routing-rules/preview`, { category: 'nope', title: 'x', language: 'sv' })).status).toBe(422);
    expect((await viewer.get(`${base}/cases/00000000-0000-4000-8000-000000000000/routing`)).status).toBe(404);
  });

  it('accepting gives the case to the unit (received → assigned), recorded and audited; ignoring is remembered', async () => {
    const c = await desk.post(`${base}/cases`, { channel: 'email', category: 'export', title: 'Export till Tyskland' });
    const id = c.body.id;
    expect((await viewer.post(`${base}/cases/${id}/routing`, { action: 'accept', ruleId: naring })).status).toBe(403);
    const stale = await desk.post(`${base}/cases/${id}/routing`, { action: 'accept', ruleId: almiRule });
    expect(stale.status).toBe(409);
    expect(stale.body.title).toBe('Förslaget gäller inte längre, eftersom ärendet eller reglerna har ändrats. Ladda om och se det nya förslaget.');
    const accepted = await desk.post(`${base}/cases/${id}/routing`, { action: 'accept', ruleId: naring });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.suggestion.state).toBe('accepted');
    expect(accepted.body.decisions).toMatchObject([{ action: 'accepted', ruleName: 'Export till näringslivet', unit: { code: 'naringsliv' }, decidedBy: { id: expect.any(String) } }]);
    const after = (await viewer.get(`${base}/cases/${id}`)).body;
    expect(after).toMatchObject({ status: 'assigned', unit: { code: 'naringsliv' } });
    expect((await audit('case.routing_accept', id))[0]!.after).toMatchObject({ ruleId: naring, words: ['export'] });
    expect(await audit('case.update', id)).toHaveLength(1);

    const other = await desk.post(`${base}/cases`, { channel: 'email', category: 'finansiering', title: 'Lån till lager', description: 'Export av trä' });
    const ignored = await desk.post(`${base}/cases/${other.body.id}/routing`, { action: 'ignore', ruleId: almiRule });
    expect(ignored.body).toMatchObject({ suggestion: { rule: { id: almiRule }, state: 'ignored' }, decisions: [{ action: 'ignored' }] });
    expect((await viewer.get(`${base}/cases/${other.body.id}`)).body.links).toEqual([]);
    expect(await audit('case.routing_ignore', other.body.id)).toHaveLength(1);
    // Then accepted after all: the partner is linked, ready for a referral.
    const linked = await desk.post(`${base}/cases/${other.body.id}/routing`, { action: 'accept', ruleId: almiRule });
    expect(linked.body.suggestion.state).toBe('accepted');
    expect((await viewer.get(`${base}/cases/${other.body.id}`)).body.links.map((l: { organisation: { id: string } }) => l.organisation.id)).toEqual([almi]);

    // A removed rule leaves its decisions (with its name); the next rule's suggestion takes over.
    expect((await admin.delete(`${base}/case-routing-rules/${almiRule}`)).status).toBe(204);
    const now = (await viewer.get(`${base}/cases/${other.body.id}/routing`)).body;
    expect(now.suggestion).toMatchObject({ rule: { id: naring }, state: 'open' });
    expect(now.decisions.map((d: { ruleName: string }) => d.ruleName)).toEqual(['Lån via Almi', 'Lån via Almi']);
  });

  it('a case that already has the suggested unit shows it as applied; a retired unit suggests nothing', async () => {
    const c = await desk.post(`${base}/cases`, { channel: 'visit', category: 'export', title: 'Exportcheck', unit: 'naringsliv' });
    expect((await viewer.get(`${base}/cases/${c.body.id}/routing`)).body.suggestion).toMatchObject({ rule: { id: naring }, state: 'applied' });
    expect((await admin.patch(`${base}/case-units/naringsliv`, { active: false })).status).toBe(200);
    expect((await viewer.get(`${base}/cases/${c.body.id}/routing`)).body.suggestion).toBeNull();
    const bad = await desk.post(`${base}/cases/${c.body.id}/routing`, { action: 'maybe', ruleId: 'x' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['action', 'ruleId']);
  });
});
