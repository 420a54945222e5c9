import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, buildUser, buildWorkspace, Client, createTestApp, TEST_PASSWORD, type TestApp } from '../../../../tests/helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('login, session, logout', () => {
  it('logs in, reads /api/me, logs out and the session is gone on the server', async () => {
    const { client, user, ws } = await adminSession(t);
    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe(user.email);
    expect(me.body.workspaces).toEqual([expect.objectContaining({ id: ws.id, role: 'admin' })]);
    const stolenCookie = client.cookie;
    expect(await t.database.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute()).toHaveLength(1);

    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect(await t.database.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute()).toHaveLength(0);
    const replay = new Client(t);
    replay.cookie = stolenCookie;
    expect((await replay.get('/api/me')).status).toBe(401);
  });

  it('sets an httpOnly SameSite=Lax cookie, Secure only over HTTPS', async () => {
    const user = await buildUser(t);
    const plain = await t.app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }) });
    const cookie = plain.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const tls = await t.app.request('https://samverkan.example/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }) });
    expect(tls.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('refuses a wrong password with a message in the caller’s language', async () => {
    const user = await buildUser(t);
    const sv = await new Client(t, 'sv-SE,sv;q=0.9').post('/api/auth/login', { email: user.email, password: 'wrong password' });
    expect(sv.status).toBe(401);
    expect(sv.headers.get('content-type')).toContain('application/problem+json');
    expect(sv.body.title).toBe('Fel e-postadress eller lösenord.');
    const da = await new Client(t, 'da').post('/api/auth/login', { email: user.email, password: 'wrong password' });
    expect(da.body.title).toBe('Forkert e-mailadresse eller adgangskode.');
  });

  it('names each invalid field in a 422 problem', async () => {
    const r = await new Client(t, 'en').post('/api/auth/login', { email: 'not-an-email' });
    expect(r.status).toBe(422);
    expect(r.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'password']);
  });

  it('throttles an account after 5 failures with 429 and Retry-After, then lets it in after the window', async () => {
    const user = await buildUser(t);
    const c = new Client(t);
    for (let i = 0; i < 5; i++) expect((await c.post('/api/auth/login', { email: user.email, password: 'nope-nope' })).status).toBe(401);
    const blocked = await c.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    t.clock.now = new Date(t.clock.now.getTime() + 16 * 60_000);
    expect((await c.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD })).status).toBe(200);
  });

  it('throttles an IP address across accounts', async () => {
    const c = new Client(t);
    let last = 0;
    for (let i = 0; i < 21; i++) last = (await c.post('/api/auth/login', { email: `nobody${i}@example.org`, password: 'whatever' })).status;
    expect(last).toBe(429);
    t.clock.now = new Date(t.clock.now.getTime() + 16 * 60_000);
  });

  it('expires an idle session', async () => {
    const { client } = await adminSession(t);
    t.clock.now = new Date(t.clock.now.getTime() + 13 * 3600_000);
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('rejects a cookie-authenticated write without the CSRF token, and a foreign Origin', async () => {
    const { client } = await adminSession(t);
    const noToken = await t.app.request('/api/me', { method: 'PATCH', headers: { cookie: client.cookie, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'X' }) });
    expect(noToken.status).toBe(403);
    const foreign = await client.request('PATCH', '/api/me', { name: 'X' }, { origin: 'https://evil.example', host: 'localhost' });
    expect(foreign.status).toBe(403);
    const me = await client.get('/api/me');
    expect(me.body.user.name).toBe('Test Person');
  });

  it('remembers the language per user and answers in it', async () => {
    const { client } = await adminSession(t, 'en');
    const r = await client.patch('/api/me', { locale: 'da' });
    expect(r.status).toBe(200);
    expect(r.body.locale).toBe('da');
    const bad = await client.patch('/api/me', { locale: 'xx' });
    expect(bad.status).toBe(422);
    expect(bad.body.title).toMatch(/Nogle oplysninger er forkerte/);
  });

  it('changes the password, ends other sessions, and audits it without the password', async () => {
    const ws = await buildWorkspace(t);
    const user = await buildUser(t, { workspaceId: ws.id });
    const a = new Client(t);
    const b = new Client(t);
    await a.login(user.email);
    await b.login(user.email);
    const wrong = await a.post('/api/me/password', { currentPassword: 'not it at all', newPassword: 'a brand new secret' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0].field).toBe('currentPassword');
    expect((await a.post('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'a brand new secret' })).status).toBe(204);
    expect((await a.get('/api/me')).status).toBe(200);
    expect((await b.get('/api/me')).status).toBe(401);
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('workspace_id', '=', ws.id).where('action', '=', 'user.password_change').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0])).not.toContain('brand new');
    await new Client(t).login(user.email, 'a brand new secret');
  });
});
