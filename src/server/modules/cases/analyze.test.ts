// The case tables' planner statistics on PGlite: refreshed after every thousand public
// registrations (PGlite has no autovacuum), never on PostgreSQL (autovacuum does it there).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/app.ts';
import { caseStatistics } from './analyze.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const analysed = async () =>
  (await sql<{ n: number }>`select count(*)::int as n from pg_stat_user_tables where relname = 'cases' and (last_analyze is not null or last_autoanalyze is not null)`.execute(t.database.db)).rows[0]!.n;

describe('case table statistics', () => {
  it('analyses the case tables on PGlite after a thousand registrations, and only then', async () => {
    const errors: unknown[] = [];
    const stats = caseStatistics({ db: t.database.db, kind: 'pglite' }, (e) => errors.push(e));
    const before = await analysed();
    for (let i = 0; i < 999; i++) stats.registered();
    await new Promise((r) => setTimeout(r, 200));
    expect(await analysed()).toBe(before);
    stats.registered();
    await expect.poll(analysed, { timeout: 10_000 }).toBe(1);
    expect(errors).toEqual([]);
  });

  it('leaves PostgreSQL to its autovacuum', async () => {
    let called = false;
    const stats = caseStatistics({ db: { executeQuery: () => (called = true) } as never, kind: 'postgres' });
    for (let i = 0; i < 2000; i++) stats.registered();
    expect(called).toBe(false);
  });
});
