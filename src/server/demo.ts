// The demo workspace created on an empty database: a Swedish municipality, its staff and roles.
// Modules add their demo content here as they grow.
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, Role } from './db/types.ts';
import { asSystem, enterWorkspace } from './db/tenancy.ts';
import { seedDemoRegister } from './demo-register.ts';
import { seedDemoCases } from './demo-cases.ts';
import { seedDemoProjects } from './demo-projects.ts';
import { hashPassword } from './http/passwords.ts';
import { recordAudit } from './modules/audit/service.ts';
import { seedWorkspaceVocabularies } from './modules/vocabularies/service.ts';
import { seedDemoMail } from './modules/mail/demo.ts';

export const DEMO_SLUG = 'demo-ostanvik';

export const DEMO_STAFF: { name: string; email: string; role: Role; title: string }[] = [
  { name: 'Anna Lindqvist', email: 'anna.lindqvist@ostanvik.example', role: 'admin', title: 'Näringslivschef' },
  { name: 'Erik Öberg', email: 'erik.oberg@ostanvik.example', role: 'officer', title: 'Näringslivsutvecklare' },
  { name: 'Åsa Ek', email: 'asa.ek@ostanvik.example', role: 'officer', title: 'EU-samordnare' },
  { name: 'Zlatan Berisha', email: 'zlatan.berisha@ostanvik.example', role: 'officer', title: 'Internationell samordnare' },
  { name: 'Märta Håkansson', email: 'marta.hakansson@ostanvik.example', role: 'desk', title: 'Kommunvägledare' },
  { name: 'Lars Ängström', email: 'lars.angstrom@ostanvik.example', role: 'viewer', title: 'Kommunstyrelsens ordförande' },
];

export interface DemoLogin {
  email: string;
  password: string;
  workspaceId: string;
}

/** Creates the demo workspace if the database has no workspace yet. Returns the login, or null. */
export async function seedDemoIfEmpty(db: Kysely<DB>, password = process.env.DEMO_PASSWORD): Promise<DemoLogin | null> {
  const any = await db.selectFrom('workspaces').select('id').limit(1).executeTakeFirst();
  if (any) return null;
  const pw = password ?? crypto.randomBytes(9).toString('base64url');
  const hash = await hashPassword(pw);
  return asSystem(db, async (tx) => {
    const ws = await tx
      .insertInto('workspaces')
      .values({ slug: DEMO_SLUG, name: 'Östanviks kommun (demo)', country: 'SE', default_locale: 'sv', is_demo: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    await seedWorkspaceVocabularies(tx, ws.id);
    const staff: string[] = [];
    for (const s of DEMO_STAFF) {
      const u = await tx.insertInto('users').values({ email: s.email, name: s.name, password_hash: hash, locale: null }).returning('id').executeTakeFirstOrThrow();
      await tx.insertInto('memberships').values({ workspace_id: ws.id, user_id: u.id, role: s.role }).execute();
      await recordAudit(tx, { workspaceId: ws.id, actorId: null, action: 'member.add', entityType: 'membership', entityId: u.id, after: { email: s.email, role: s.role, title: s.title } });
      staff.push(u.id);
    }
    // The modules' demo content is written as a member would write it: inside the workspace.
    await enterWorkspace(tx, { workspaceId: ws.id, userId: staff[1] });
    const organisations = await seedDemoRegister(tx, { workspaceId: ws.id, userId: staff[1]!, requestId: 'demo' });
    await seedDemoCases(tx, { workspaceId: ws.id, staff, organisations });
    await seedDemoProjects(tx, { workspaceId: ws.id, staff, organisations, now: new Date() });
    await seedDemoMail(tx, { workspaceId: ws.id, name: 'Östanviks kommun (demo)', userId: staff[4]! });
    return { email: DEMO_STAFF[0]!.email, password: pw, workspaceId: ws.id };
  });
}
