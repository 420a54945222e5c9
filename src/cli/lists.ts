// `samverkan workspace list` and `samverkan user list`: what is there, as a table or as JSON for
// scripts. Runs as the system role: both lists span what row-level security keeps apart.
import { sql } from 'kysely';
import { asSystem } from '../server/db/tenancy.ts';
import { print, printTable, withDb } from './io.ts';

const minute = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace('T', ' ') : '—');

export async function workspaceList(opts: { json?: boolean }) {
  const rows = await withDb((db) =>
    asSystem(db, (tx) =>
      tx
        .selectFrom('workspaces as w')
        .select((eb) => [
          'w.slug',
          'w.name',
          'w.country',
          'w.default_locale as language',
          'w.is_demo',
          eb.selectFrom('memberships as m').whereRef('m.workspace_id', '=', 'w.id').select(sql<number>`count(*)::int`.as('n')).as('members'),
        ])
        .orderBy('w.slug')
        .execute(),
    ),
  );
  const list = rows.map((r) => ({ slug: r.slug, name: r.name, country: r.country, language: r.language, members: Number(r.members ?? 0), demo: r.is_demo }));
  if (opts.json) return print(JSON.stringify(list, null, 2));
  if (!list.length) return print('No workspaces yet. Create one: npx samverkan workspace create --slug … --name …');
  printTable(
    ['slug', 'name', 'country', 'language', 'members'],
    list.map((w) => [w.slug, w.demo ? `${w.name} (demo)` : w.name, w.country, w.language, String(w.members)]),
  );
}

/**
 * The members of a workspace. The last login is the start of the newest session still stored
 * (logging out deletes a session; nothing else records logins), so it may be empty.
 */
export async function userList(opts: { workspace: string; json?: boolean }) {
  const rows = await withDb((db) =>
    asSystem(db, async (tx) => {
      const ws = await tx.selectFrom('workspaces').select('id').where('slug', '=', opts.workspace).executeTakeFirst();
      if (!ws) throw new Error(`No workspace with slug "${opts.workspace}".`);
      return tx
        .selectFrom('memberships as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select((eb) => [
          'u.email',
          'u.name',
          'm.role',
          'u.disabled_at',
          eb.selectFrom('sessions as s').whereRef('s.user_id', '=', 'u.id').select((e) => e.fn.max('s.created_at').as('at')).as('last_login'),
        ])
        .where('m.workspace_id', '=', ws.id)
        .orderBy('u.email')
        .execute();
    }),
  );
  const list = rows.map((r) => ({
    email: r.email,
    name: r.name,
    role: r.role,
    lastLogin: r.last_login ? new Date(r.last_login).toISOString() : null,
    disabled: r.disabled_at !== null,
  }));
  if (opts.json) return print(JSON.stringify(list, null, 2));
  if (!list.length) return print(`No members in ${opts.workspace} yet. Add one: npx samverkan user create --workspace ${opts.workspace} --email … --name …`);
  printTable(
    ['e-mail', 'name', 'role', 'last login (UTC)'],
    list.map((u) => [u.email, u.name, u.disabled ? `${u.role} (disabled)` : u.role, minute(u.lastLogin ? new Date(u.lastLogin) : null)]),
  );
}
