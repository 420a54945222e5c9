import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, buildUser, Client, createTestApp, TEST_PASSWORD, type TestApp } from '../../../../tests/helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://samverkan.example' });
});
afterAll(() => t.close());

const tokenOf = (link: string) => link.split('/invite/')[1]!;

describe('invitations', () => {
  it('an admin invites by link; the new person accepts, gets an account, a session and the role', async () => {
    const { client, ws } = await adminSession(t);
    const inv = await client.post(`/api/w/${ws.id}/invites`, { email: ' New.Officer@Example.org ', role: 'officer' });
    expect(inv.status).toBe(201);
    expect(inv.body.email).toBe('new.officer@example.org');
    expect(inv.body.link).toMatch(/^https:\/\/samverkan\.example\/invite\/[\w-]{43}$/);
    expect(inv.body.status).toBe('pending');
    // Only a hash of the token is stored.
    const row = await t.database.db.selectFrom('invites').select('token_hash').where('id', '=', inv.body.id).executeTakeFirstOrThrow();
    expect(row.token_hash).not.toContain(tokenOf(inv.body.link));

    const guest = new Client(t, 'sv');
    const preview = await guest.get(`/api/invites/${tokenOf(inv.body.link)}`);
    expect(preview.body).toEqual({ workspaceName: ws.name, email: 'new.officer@example.org', role: 'officer', existingUser: false });

    const weak = await guest.post(`/api/invites/${tokenOf(inv.body.link)}/accept`, { name: 'Nina', password: 'short' });
    expect(weak.status).toBe(422);
    expect(weak.body.errors).toEqual([expect.objectContaining({ field: 'password', message: 'Lösenordet måste ha minst 10 tecken.' })]);

    const ok = await guest.post(`/api/invites/${tokenOf(inv.body.link)}/accept`, { name: 'Nina Nilsson', password: 'a good long password' });
    expect(ok.status).toBe(200);
    expect(ok.body.workspaces).toEqual([expect.objectContaining({ id: ws.id, role: 'officer' })]);
    guest.csrf = ok.body.csrfToken;
    expect((await guest.get(`/api/w/${ws.id}/members`)).status).toBe(200);
    // An officer may not manage members.
    expect((await guest.get(`/api/w/${ws.id}/invites`)).status).toBe(403);

    // The link works once.
    const again = await new Client(t).post(`/api/invites/${tokenOf(inv.body.link)}/accept`, { name: 'X', password: 'another long password' });
    expect(again.status).toBe(410);
    const list = await client.get(`/api/w/${ws.id}/invites`);
    expect(list.body.items[0]).toEqual(expect.objectContaining({ status: 'accepted' }));
    const audit = await client.get(`/api/w/${ws.id}/audit`);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['invite.create', 'invite.accept']));
  });

  it('an existing account accepts with its own password and keeps its other workspaces', async () => {
    const first = await adminSession(t);
    const second = await adminSession(t);
    const inv = await second.client.post(`/api/w/${second.ws.id}/invites`, { email: first.user.email, role: 'viewer' });
    const token = tokenOf(inv.body.link);
    const guest = new Client(t);
    expect((await guest.get(`/api/invites/${token}`)).body.existingUser).toBe(true);
    expect((await guest.post(`/api/invites/${token}/accept`, { password: 'not the password' })).status).toBe(422);
    const ok = await guest.post(`/api/invites/${token}/accept`, { password: TEST_PASSWORD });
    expect(ok.status).toBe(200);
    expect(ok.body.workspaces.map((w: { id: string }) => w.id).sort()).toEqual([first.ws.id, second.ws.id].sort());
  });

  it('refuses to invite a member twice, an expired or a revoked link', async () => {
    const { client, ws, user } = await adminSession(t);
    const dup = await client.post(`/api/w/${ws.id}/invites`, { email: user.email, role: 'viewer' });
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0].field).toBe('email');

    const revoked = await client.post(`/api/w/${ws.id}/invites`, { email: 'revoke-me@example.org', role: 'desk' });
    expect((await client.delete(`/api/w/${ws.id}/invites/${revoked.body.id}`)).status).toBe(204);
    expect((await client.delete(`/api/w/${ws.id}/invites/${revoked.body.id}`)).status).toBe(404);
    expect((await new Client(t).get(`/api/invites/${tokenOf(revoked.body.link)}`)).status).toBe(410);

    const expiring = await client.post(`/api/w/${ws.id}/invites`, { email: 'late@example.org', role: 'desk' });
    const saved = t.clock.now;
    t.clock.now = new Date(saved.getTime() + 8 * 86400_000);
    const late = await new Client(t, 'da').get(`/api/invites/${tokenOf(expiring.body.link)}`);
    expect(late.status).toBe(410);
    expect(late.body.title).toBe('Invitationen er ugyldig, udløbet eller allerede brugt.');
    t.clock.now = saved;
  });

  it('validates the invite body and names the fields', async () => {
    const { client, ws } = await adminSession(t);
    const r = await client.post(`/api/w/${ws.id}/invites`, { email: 'nope', role: 'boss' });
    expect(r.status).toBe(422);
    expect(r.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'role']);
    expect(await t.database.db.selectFrom('invites').select('id').where('workspace_id', '=', ws.id).execute()).toHaveLength(0);
  });
});

describe('members and roles', () => {
  it('an admin changes a role and removes a member; each write is audited with before and after', async () => {
    const { client, ws } = await adminSession(t);
    const officer = await buildUser(t, { workspaceId: ws.id, role: 'officer', name: 'Olle' });
    const r = await client.patch(`/api/w/${ws.id}/members/${officer.id}`, { role: 'desk' });
    expect(r.status).toBe(200);
    const log = await client.get(`/api/w/${ws.id}/audit?action=member.role_change`);
    expect(log.body.items).toEqual([expect.objectContaining({ entityId: officer.id, before: { role: 'officer' }, after: { role: 'desk' } })]);
    expect((await client.delete(`/api/w/${ws.id}/members/${officer.id}`)).status).toBe(204);
    const members = await client.get(`/api/w/${ws.id}/members`);
    expect(members.body.items.map((m: { userId: string }) => m.userId)).not.toContain(officer.id);
  });

  it('keeps at least one admin', async () => {
    const { client, ws, user } = await adminSession(t, 'sv');
    const r = await client.patch(`/api/w/${ws.id}/members/${user.id}`, { role: 'viewer' });
    expect(r.status).toBe(409);
    expect(r.body.title).toBe('Arbetsytan måste ha minst en administratör.');
    expect((await client.delete(`/api/w/${ws.id}/members/${user.id}`)).status).toBe(409);
  });

  it('only admins change roles', async () => {
    const { ws } = await adminSession(t);
    const officer = await buildUser(t, { workspaceId: ws.id, role: 'officer' });
    const c = new Client(t);
    await c.login(officer.email);
    expect((await c.patch(`/api/w/${ws.id}/members/${officer.id}`, { role: 'admin' })).status).toBe(403);
    expect((await c.get(`/api/w/${ws.id}/audit`)).status).toBe(403);
  });

  it('sorts members in the caller’s language: Å Ä Ö after Z in Swedish, Æ Ø Å after Z in Danish', async () => {
    const { client, ws } = await adminSession(t, 'sv');
    for (const name of ['Östen', 'Åke', 'Ärla', 'Zorro', 'Ørnulf', 'Æbbe', 'Anders']) await buildUser(t, { workspaceId: ws.id, role: 'viewer', name });
    const names = (await client.get(`/api/w/${ws.id}/members`)).body.items.map((m: { name: string }) => m.name).filter((n: string) => n !== 'Test Person');
    expect(names).toEqual(['Anders', 'Zorro', 'Åke', 'Æbbe', 'Ärla', 'Ørnulf', 'Östen']);
    await client.patch('/api/me', { locale: 'da' });
    const da = (await client.get(`/api/w/${ws.id}/members`)).body.items.map((m: { name: string }) => m.name).filter((n: string) => n !== 'Test Person');
    expect(da).toEqual(['Anders', 'Zorro', 'Æbbe', 'Ärla', 'Ørnulf', 'Östen', 'Åke']);
  });
});

describe('audit log', () => {
  it('filters by action and actor and pages with a cursor', async () => {
    const { client, ws, user } = await adminSession(t);
    for (let i = 0; i < 5; i++) await client.post(`/api/w/${ws.id}/invites`, { email: `p${i}@example.org`, role: 'viewer' });
    const page1 = await client.get(`/api/w/${ws.id}/audit?action=invite.create&limit=2`);
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.items[0].actor).toEqual({ id: user.id, name: 'Test Person' });
    const page2 = await client.get(`/api/w/${ws.id}/audit?action=invite.create&limit=2&cursor=${page1.body.nextCursor}`);
    const page3 = await client.get(`/api/w/${ws.id}/audit?action=invite.create&limit=2&cursor=${page2.body.nextCursor}`);
    expect(page3.body.items).toHaveLength(1);
    expect(page3.body.nextCursor).toBeNull();
    const ids = [...page1.body.items, ...page2.body.items, ...page3.body.items].map((i: { id: number }) => i.id);
    expect(new Set(ids).size).toBe(5);
    const none = await client.get(`/api/w/${ws.id}/audit?actorId=00000000-0000-4000-8000-000000000000`);
    expect(none.body.items).toEqual([]);
    const bad = await client.get(`/api/w/${ws.id}/audit?from=yesterday`);
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('from');
  });

  it('a failed write leaves no audit row and no change', async () => {
    const { client, ws } = await adminSession(t);
    const before = await t.database.db.selectFrom('audit_log').select('id').where('workspace_id', '=', ws.id).execute();
    await client.patch(`/api/w/${ws.id}/members/00000000-0000-4000-8000-000000000000`, { role: 'viewer' });
    const after = await t.database.db.selectFrom('audit_log').select('id').where('workspace_id', '=', ws.id).execute();
    expect(after.length).toBe(before.length);
  });
});
