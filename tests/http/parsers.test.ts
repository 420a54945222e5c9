// Both drivers return the same JavaScript values for the same SQL.
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('parses int8, numeric, date, timestamptz, jsonb and arrays identically', async () => {
  const r = await sql<Record<string, unknown>>`select
      123456789012::int8 as big, count(*) as n, 12.50::numeric(10,2) as money,
      '2026-03-01'::date as day, '2026-03-01T10:00:00Z'::timestamptz as at,
      '{"a":[1,"å"]}'::jsonb as doc, array[1,2]::int[] as ints, true as flag, null::text as nothing
    from (values (1), (2)) v(x)`.execute(t.database.db);
  expect(r.rows[0]).toEqual({
    big: 123456789012,
    n: 2,
    money: '12.50',
    day: '2026-03-01',
    at: new Date('2026-03-01T10:00:00Z'),
    doc: { a: [1, 'å'] },
    ints: [1, 2],
    flag: true,
    nothing: null,
  });
});

it('batches stay under the bound-parameter limit that breaks PGlite', async () => {
  // 40,000 values in one statement would exceed 32,767 parameters; insertInBatches splits them.
  const { insertInBatches } = await import('../../src/server/db/batch.ts');
  await sql`create temporary table batch_probe (n int)`.execute(t.database.db);
  const rows = Array.from({ length: 40_000 }, (_, i) => ({ n: i }));
  await t.database.db.transaction().execute(async (tx) => {
    await sql`create temporary table if not exists batch_probe (n int)`.execute(tx);
    await insertInBatches(tx, 'batch_probe' as never, rows as never[]);
    const c = await sql<{ c: number; s: number }>`select count(*) as c, sum(n)::int8 as s from batch_probe`.execute(tx);
    expect(c.rows[0]).toEqual({ c: 40_000, s: (40_000 * 39_999) / 2 });
  });
});

it('runs a workspace transaction without parallel workers or JIT', async () => {
  const { inWorkspace } = await import('../../src/server/db/tenancy.ts');
  const ws = await sql<{ id: string }>`insert into workspaces (slug, name) values ('settings-check', 'Settings') returning id`.execute(t.database.db);
  const inside = await inWorkspace(t.database.db, { workspaceId: ws.rows[0]!.id }, (tx) =>
    sql<{ jit: string; workers: string }>`select current_setting('jit') as jit, current_setting('max_parallel_workers_per_gather') as workers`.execute(tx),
  );
  expect(inside.rows[0]).toEqual({ jit: 'off', workers: '0' });
});
