// Registration numbers without gaps or duplicates: 500 public submissions at once, a rolled-back
// transaction that had taken a number, and the turn of the year. On PostgreSQL (TEST_DATABASE_URL)
// the submissions run concurrently over the app's connection pool; on PGlite one after another.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inWorkspace } from '../../db/tenancy.ts';
import { adminSession, createTestApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { takeCaseNumber } from './numbering.ts';

let t: TestApp;
let ws: { id: string; slug: string };
let client: Awaited<ReturnType<typeof adminSession>>['client'];

const question = (i: number) => ({
  language: 'sv',
  requesterKind: 'newcomer',
  topic: 'ny-i-kommunen',
  question: `Fråga nummer ${i}`,
  name: `Person ${i}`,
  phone: '+46 70 000 00 00',
  consent: true,
});

const submit = (slug: string, body: unknown) =>
  Promise.resolve(t.app.request(`/api/public/${slug}/questions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));

beforeAll(async () => {
  t = await createTestApp({ CASE_FORM_IP_LIMIT: 100_000, CASE_FORM_WORKSPACE_LIMIT: 100_000 });
  t.clock.now = new Date('2026-06-10T10:00:00Z');
  const s = await adminSession(t);
  ws = s.ws;
  client = s.client;
});
afterAll(() => t.close());

describe('registration numbers', () => {
  it('500 concurrent public submissions get KS 2026/0001 … 0500: no duplicate, no gap', async () => {
    // On PostgreSQL, watch for transactions waiting on the counter row: proof they ran at the same time.
    let running = true;
    let maxWaiting = 0;
    const watcher = (async () => {
      while (running && t.database.kind === 'postgres') {
        const r = await sql<{ n: number }>`select count(*)::int as n from pg_locks where not granted`.execute(t.database.db);
        maxWaiting = Math.max(maxWaiting, r.rows[0]!.n);
        await new Promise((res) => setTimeout(res, 2));
      }
    })();
    const responses = await Promise.all(Array.from({ length: 500 }, (_, i) => submit(ws.slug, question(i))));
    running = false;
    await watcher;
    if (t.database.kind === 'postgres') expect(maxWaiting).toBeGreaterThan(0);
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(responses.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
    const refs = bodies.map((b: { reference: string }) => b.reference).sort();
    expect(refs).toEqual(Array.from({ length: 500 }, (_, i) => `KS 2026/${String(i + 1).padStart(4, '0')}`));
    const rows = await t.database.db.selectFrom('cases').select(['number', 'reference']).where('workspace_id', '=', ws.id).orderBy('number').execute();
    expect(rows.map((r) => r.number)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
    const counter = await t.database.db.selectFrom('case_number_counters').selectAll().where('workspace_id', '=', ws.id).execute();
    expect(counter).toEqual([{ workspace_id: ws.id, register: 'KS', year: 2026, last_number: 500 }]);
  }, 240_000);

  it('a transaction that rolls back gives its number back, also to one that waited for it', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let taken = 0;
    // A takes the next number and holds the counter row; B asks meanwhile and must wait.
    const a = inWorkspace(t.database.db, { workspaceId: ws.id }, async (tx) => {
      taken = (await takeCaseNumber(tx, ws.id, 'KS', 2026)).number;
      await held;
      throw new Error('rolled back on purpose');
    });
    while (!taken) await new Promise((r) => setTimeout(r, 5));
    expect(taken).toBe(501);
    let bDone = false;
    const b = submit(ws.slug, question(501)).then(async (r) => {
      bDone = true;
      return { status: r.status, body: await r.json() };
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(bDone).toBe(false);
    release();
    await expect(a).rejects.toThrow('rolled back on purpose');
    const got = await b;
    expect(got.status).toBe(201);
    expect(got.body.reference).toBe('KS 2026/0501');
  });

  it('a staff registration that fails validation uses no number', async () => {
    const bad = await client.post(`/api/w/${ws.id}/cases`, { channel: 'phone', category: 'export', title: 'x', assigneeId: '00000000-0000-4000-8000-000000000000' });
    expect(bad.status).toBe(422);
    const ok = await client.post(`/api/w/${ws.id}/cases`, { channel: 'phone', category: 'export', title: 'Nästa' });
    expect(ok.body.reference).toBe('KS 2026/0502');
  });

  it('numbers start again at 0001 in the new year, by the workspace’s local date', async () => {
    // 23:30 UTC on 31 December is already New Year's Day in Stockholm.
    t.clock.now = new Date('2026-12-31T23:30:00Z');
    const r = await submit(ws.slug, question(9999));
    expect((await r.json()).reference).toBe('KS 2027/0001');
    t.clock.now = new Date('2026-06-10T10:00:00Z');
    expect((await (await submit(ws.slug, question(1))).json()).reference).toBe('KS 2026/0503');
  });
});
