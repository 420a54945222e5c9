// Relevance tiers, paging across them, and the capped total (search.ts, decision 009).
import { sql, type SqlBool } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, createTestApp, type Client, type TestApp } from '../../../../tests/helpers/app.ts';
import { expectedRows, TOTAL_CAP, UNCOUNTED_ABOVE } from './search.ts';
import { inWorkspace } from '../../db/tenancy.ts';

let t: TestApp;
let client: Client;
let base: string;
let wsId: string;
beforeAll(async () => {
  t = await createTestApp();
  const s = await adminSession(t, 'sv');
  client = s.client;
  wsId = s.ws.id;
  base = `/api/w/${s.ws.id}`;
  const make = (o: Record<string, unknown>) =>
    client.post(`${base}/organisations`, { kind: 'company', country: 'SE', ...o }).then((r) => expect(r.status, JSON.stringify(r.body)).toBe(201));
  // Name matches, description-only matches and a near-miss name, in an order unlike the tiers'.
  await make({ name: 'Öresunds Hamnteknik AB', description: 'Kranar.' });
  await make({ name: 'Hamnbolaget i Ystad', description: 'Färjetrafik.' });
  await make({ name: 'Ahlströms Logistik', description: 'Lager nära hamnen i Trelleborg.' });
  await make({ name: 'Bergs Åkeri', description: 'Transporter till hamnarna längs kusten.' });
  await make({ name: 'Hamnbolagets Vänner', kind: 'association', description: 'Förening.' });
  await make({ name: 'Hamnbolagget Verkstad', description: 'Svets och smide.' }); // one letter off "Hamnbolaget"
  await make({ name: 'Cederlunds Bageri', description: 'Bröd.' });
});
afterAll(() => t.close());

type Page = { body: { items: { name: string; reasons: string[] }[]; nextCursor: string | null; total: number; totalCapped: boolean } };
const names = (r: Page) => r.body.items.map((i) => i.name);

describe('relevance', () => {
  it('lists names that match first, then other text matches, each tier by name', async () => {
    const r: Page = await client.get(`${base}/organisations?q=hamn`);
    expect(names(r)).toEqual(['Hamnbolaget i Ystad', 'Hamnbolagets Vänner', 'Hamnbolagget Verkstad', 'Öresunds Hamnteknik AB', 'Ahlströms Logistik', 'Bergs Åkeri']);
    expect(r.body.items[0]!.reasons).toContain('name');
    expect(r.body.items[4]!.reasons).toEqual(['description']);
    expect(r.body.total).toBe(6);
    expect(r.body.totalCapped).toBe(false);
  });

  it('puts names that are only similar last, most similar first', async () => {
    const r: Page = await client.get(`${base}/organisations?q=Hamnbolaget`);
    expect(names(r)).toEqual(['Hamnbolaget i Ystad', 'Hamnbolagets Vänner', 'Hamnbolagget Verkstad']);
    expect(r.body.items[2]!.reasons).toEqual(['similar_name']);
  });

  it('pages across the tiers with a cursor, without gaps or repeats', async () => {
    const whole = names(await client.get(`${base}/organisations?q=hamn`));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const r: Page = await client.get(`${base}/organisations?q=hamn&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...names(r));
      cursor = r.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(whole);
  });

  it('keeps the other sorts over the same matches', async () => {
    const r: Page = await client.get(`${base}/organisations?q=hamn&sort=name`);
    expect(names(r)).toEqual(['Ahlströms Logistik', 'Bergs Åkeri', 'Hamnbolaget i Ystad', 'Hamnbolagets Vänner', 'Hamnbolagget Verkstad', 'Öresunds Hamnteknik AB']);
  });

  it('treats a cursor from another sort or a forged one as a bad request or the first page, never a 500', async () => {
    const forged = Buffer.from(JSON.stringify({ t: 'x', k: 1, id: 'nope' })).toString('base64url');
    const r = await client.get(`${base}/organisations?q=hamn&cursor=${forged}`);
    expect(r.status).toBeLessThan(500);
  });
});

describe('total', () => {
  it(`counts up to ${TOTAL_CAP} and says when more match`, async () => {
    await t.database.db
      .insertInto('organisations')
      .values(Array.from({ length: TOTAL_CAP + 5 }, (_, i) => ({ workspace_id: wsId, name: `Massbolag ${i}`, kind: 'company', country: 'NO', description: 'Fiskeexport.' })))
      .execute();
    await sql`analyze organisations`.execute(t.database.db);
    const all: Page = await client.get(`${base}/organisations?country=NO&limit=5`);
    expect(all.body.total).toBe(TOTAL_CAP);
    expect(all.body.totalCapped).toBe(true);
    expect(all.body.items).toHaveLength(5);
    const text: Page = await client.get(`${base}/organisations?q=fiskeexport&limit=3`);
    expect([text.body.total, text.body.totalCapped]).toEqual([TOTAL_CAP, true]);
    // 'Massbolag 17' is a name match; the thousand other 'Massbolag N' follow as similar names.
    const one: Page = await client.get(`${base}/organisations?q=Massbolag 17&limit=3`);
    expect(names(one)[0]).toBe('Massbolag 17');
    expect(one.body.items[0]!.reasons).toContain('name');
  });
});

describe('total of a large register', () => {
  it(`reports a total the planner expects above ${UNCOUNTED_ABOVE} as capped, and still counts a rare word exactly`, async () => {
    // A register bigger than the threshold: every organisation an 'exportföretag', five a 'glasbruk'.
    // Each also has one of 150 customer words: PostgreSQL estimates prefix queries from its most
    // common words only when it has kept at least 100 of them.
    await sql`insert into organisations (workspace_id, name, kind, country, description)
      select ${wsId}::uuid, 'Storbolag ' || g, 'company', 'FI', case when g <= 5 then 'Glasbruk och exportföretag' else 'Exportföretag' end || ' för kund' || (g % 150) || '.'
      from generate_series(1, ${UNCOUNTED_ABOVE + 5000}) g`.execute(t.database.db);
    await sql`analyze organisations`.execute(t.database.db);
    // The premise: the planner expects more than the threshold for the broad word (so it is not
    // counted) and fewer for the rare one (so it is).
    const expected = (word: string) =>
      inWorkspace(t.database.db, { workspaceId: wsId }, (tx) =>
        expectedRows(tx, tx.selectFrom('organisations as o').where(sql<SqlBool>`o.search_doc @@ to_tsquery('swedish', ${word} || ':*')`).select(sql`1`.as('one'))),
      );
    expect(await expected('exportföretag')).toBeGreaterThanOrEqual(UNCOUNTED_ABOVE);
    expect(await expected('glasbruk')).toBeLessThan(UNCOUNTED_ABOVE);
    const broad: Page = await client.get(`${base}/organisations?q=exportföretag&limit=2`);
    expect([broad.body.total, broad.body.totalCapped]).toEqual([TOTAL_CAP, true]);
    expect(broad.body.items).toHaveLength(2);
    // The first page and the next follow on without repeats, as in a counted list.
    const next: Page = await client.get(`${base}/organisations?q=exportföretag&limit=2&cursor=${broad.body.nextCursor}`);
    expect(names(next).some((n) => names(broad).includes(n))).toBe(false);
    const rare: Page = await client.get(`${base}/organisations?q=glasbruk`);
    expect([rare.body.total, rare.body.totalCapped]).toEqual([5, false]);
    expect(names(rare)).toEqual(['Storbolag 1', 'Storbolag 2', 'Storbolag 3', 'Storbolag 4', 'Storbolag 5']);
    const finnish: Page = await client.get(`${base}/organisations?country=FI&limit=1`);
    expect([finnish.body.total, finnish.body.totalCapped]).toEqual([TOTAL_CAP, true]);
  });
});
