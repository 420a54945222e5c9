// CLI commands that change accounts and workspaces directly in the database (the running server's
// on PGlite, see io.ts).
import crypto from 'node:crypto';
import { z } from 'zod';
import { migrateToLatest } from '../server/db/migrate.ts';
import { asSystem } from '../server/db/tenancy.ts';
import { hashPassword } from '../server/http/passwords.ts';
import { recordAudit } from '../server/modules/audit/service.ts';
import type { Role } from '../server/db/types.ts';
import { seedWorkspaceVocabularies } from '../server/modules/vocabularies/service.ts';
import { print, withDatabase, withDb } from './io.ts';

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`${what}: ${r.error.issues.map((i) => `${i.path.join('.') || 'value'} ${i.message}`).join('; ')}`);
  return r.data;
}

const password = z.string().min(10, 'must have at least 10 characters').max(200);

export async function migrateCommand() {
  const applied = await withDatabase((database) => migrateToLatest(database.db), { migrate: false });
  print(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
}

export async function userCreate(opts: { email: string; name: string; workspace: string; role: string; password?: string }) {
  const input = parse(
    z.object({ email: z.string().trim().toLowerCase().pipe(z.email()), name: z.string().trim().min(1).max(200), workspace: z.string(), role: z.enum(['admin', 'officer', 'desk', 'viewer']), password: password.optional() }),
    opts,
    'user create',
  );
  const pw = input.password ?? crypto.randomBytes(12).toString('base64url');
  const hash = await hashPassword(pw);
  await withDb((db) =>
    asSystem(db, async (tx) => {
      const ws = await tx.selectFrom('workspaces').select('id').where('slug', '=', input.workspace).executeTakeFirst();
      if (!ws) throw new Error(`No workspace with slug "${input.workspace}".`);
      const existing = await tx.selectFrom('users').select('id').where('email', '=', input.email).executeTakeFirst();
      const userId = existing?.id ?? (await tx.insertInto('users').values({ email: input.email, name: input.name, password_hash: hash, locale: null }).returning('id').executeTakeFirstOrThrow()).id;
      await tx.insertInto('memberships').values({ workspace_id: ws.id, user_id: userId, role: input.role as Role }).onConflict((oc) => oc.columns(['workspace_id', 'user_id']).doUpdateSet({ role: input.role as Role })).execute();
      await recordAudit(tx, { workspaceId: ws.id, actorId: null, action: 'member.add', entityType: 'membership', entityId: userId, after: { email: input.email, role: input.role, via: 'cli' } });
      print(existing ? `Existing account ${input.email} added to ${input.workspace} as ${input.role}.` : `Created ${input.email} as ${input.role} in ${input.workspace}.`);
      if (!existing && !input.password) print(`Password: ${pw}`);
    }),
  );
}

export async function userResetPassword(opts: { email: string; password?: string }) {
  const email = opts.email.trim().toLowerCase();
  const pw = parse(password.optional(), opts.password, 'password') ?? crypto.randomBytes(12).toString('base64url');
  const hash = await hashPassword(pw);
  await withDb((db) =>
    asSystem(db, async (tx) => {
      const u = await tx.updateTable('users').set({ password_hash: hash }).where('email', '=', email).returning('id').executeTakeFirst();
      if (!u) throw new Error(`No account with e-mail ${email}.`);
      await tx.deleteFrom('sessions').where('user_id', '=', u.id).execute();
      const spaces = await tx.selectFrom('memberships').select('workspace_id').where('user_id', '=', u.id).execute();
      for (const s of spaces) await recordAudit(tx, { workspaceId: s.workspace_id, actorId: null, action: 'user.password_reset', entityType: 'user', entityId: u.id, after: { via: 'cli' } });
      print(`New password for ${email}${opts.password ? ' set.' : `: ${pw}`}`);
    }),
  );
}

export async function workspaceCreate(opts: { slug: string; name: string; country: string; locale: string }) {
  const input = parse(
    z.object({ slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'lowercase letters, digits and dashes, 2–63 characters'), name: z.string().trim().min(1).max(200), country: z.string().regex(/^[A-Z]{2}$/, 'two capital letters, e.g. SE'), locale: z.enum(['sv', 'da', 'en']) }),
    opts,
    'workspace create',
  );
  await withDb(async (db) => {
    const exists = await db.selectFrom('workspaces').select('id').where('slug', '=', input.slug).executeTakeFirst();
    if (exists) throw new Error(`A workspace with slug "${input.slug}" exists already.`);
    const ws = await asSystem(db, async (tx) => {
      const created = await tx.insertInto('workspaces').values({ slug: input.slug, name: input.name, country: input.country, default_locale: input.locale as 'sv' }).returning('id').executeTakeFirstOrThrow();
      await seedWorkspaceVocabularies(tx, created.id);
      return created;
    });
    print(`Created workspace ${input.slug} (${ws.id}). Add its first admin: npx samverkan user create --workspace ${input.slug} --email … --name … --role admin`);
  });
}
