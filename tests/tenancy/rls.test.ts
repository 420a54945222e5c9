// Row-level security is on for every tenant table, and the app role cannot get around it.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inWorkspace, APP_ROLE } from '../../src/server/db/tenancy.ts';
import { buildUser, buildWorkspace, createTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('row-level security', () => {
  it('every table with a workspace_id column has RLS enabled and a policy for the app role', async () => {
    const tables = await sql<{ table_name: string }>`
      select c.table_name from information_schema.columns c
      join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
      where c.table_schema = 'public' and c.column_name = 'workspace_id' and t.table_type = 'BASE TABLE'
      order by 1`.execute(t.database.db);
    const names = tables.rows.map((r) => r.table_name);
    expect(names.length).toBeGreaterThanOrEqual(3);
    const missing: string[] = [];
    for (const table of names) {
      const rls = await sql<{ on: boolean }>`select relrowsecurity as on from pg_class where oid = ${'public.' + table}::regclass`.execute(t.database.db);
      const policies = await sql<{ n: number }>`
        select count(*)::int as n from pg_policies
        where schemaname = 'public' and tablename = ${table} and ${APP_ROLE} = any(roles)`.execute(t.database.db);
      if (!rls.rows[0]?.on || policies.rows[0]!.n === 0) missing.push(table);
    }
    expect(missing, `tables without row-level security for ${APP_ROLE}`).toEqual([]);
  });

  it('the app role is no superuser, cannot bypass RLS and owns no table', async () => {
    const role = await sql<{ rolsuper: boolean; rolbypassrls: boolean }>`select rolsuper, rolbypassrls from pg_roles where rolname = ${APP_ROLE}`.execute(t.database.db);
    expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await sql<{ n: number }>`select count(*)::int as n from pg_tables where schemaname = 'public' and tableowner = ${APP_ROLE}`.execute(t.database.db);
    expect(owned.rows[0]!.n).toBe(0);
  });

  it('inside a workspace transaction, a query without a workspace filter sees only that workspace', async () => {
    const a = await buildWorkspace(t);
    const b = await buildWorkspace(t);
    const ua = await buildUser(t, { workspaceId: a.id });
    const ub = await buildUser(t, { workspaceId: b.id });
    const seen = await inWorkspace(t.database.db, { workspaceId: a.id }, async (tx) => ({
      role: (await sql<{ r: string }>`select current_user as r`.execute(tx)).rows[0]!.r,
      members: await tx.selectFrom('memberships').select('user_id').execute(),
      users: await tx.selectFrom('users').select('id').execute(),
      workspaces: await tx.selectFrom('workspaces').select('id').execute(),
    }));
    expect(seen.role).toBe(APP_ROLE);
    expect(seen.members.map((m) => m.user_id)).toEqual([ua.id]);
    expect(seen.users.map((u) => u.id)).toEqual([ua.id]);
    expect(seen.workspaces.map((w) => w.id)).toEqual([a.id]);
    // Writing into another workspace is refused by the policy's WITH CHECK.
    await expect(
      inWorkspace(t.database.db, { workspaceId: a.id }, (tx) =>
        tx.insertInto('memberships').values({ workspace_id: b.id, user_id: ua.id, role: 'admin' }).execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    // Updating or deleting another workspace's rows touches nothing.
    const changed = await inWorkspace(t.database.db, { workspaceId: a.id }, (tx) =>
      tx.deleteFrom('memberships').where('user_id', '=', ub.id).executeTakeFirst(),
    );
    expect(Number(changed.numDeletedRows)).toBe(0);
    expect(await t.database.db.selectFrom('memberships').select('user_id').where('workspace_id', '=', b.id).execute()).toHaveLength(1);
  });

  it('the workspace setting does not leak into the next transaction', async () => {
    const a = await buildWorkspace(t);
    await inWorkspace(t.database.db, { workspaceId: a.id }, async () => undefined);
    const after = await sql<{ ws: string | null; r: string }>`select current_setting('app.workspace_id', true) as ws, current_user as r`.execute(t.database.db);
    expect(after.rows[0]!.ws ?? '').toBe('');
    expect(after.rows[0]!.r).not.toBe(APP_ROLE);
  });
});
