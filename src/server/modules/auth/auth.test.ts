import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, buildUser, buildWorkspace, Client, createTestApp, TEST_PASSWORD, type TestApp } from '../../../../tests/helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// Client addresses as the connection gives them; each test takes fresh ones.
let addressCounter = 0;
const nextAddress = () => `198.51.${100 + Math.floor(addressCounter / 250)}.${(addressCounter++ % 250) + 1}`;
const connection = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });
const advance = (seconds: number) => (t.clock.now = new Date(t.clock.now.getTime() + seconds * 1000));

async function loginFrom(address: string, email: string, password: string, lang = 'en') {
  const res = await t.app.request(
    '/api/auth/login',
    { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': lang }, body: JSON.stringify({ email, password }) },
    connection(address),
  );
  return { status: res.status, retryAfter: Number(res.headers.get('retry-after') ?? 0), body: await res.json() };
}

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

  it('slows down wrong passwords from one address, doubling the wait, in the caller’s language', async () => {
    const user = await buildUser(t);
    const from = nextAddress();
    for (let i = 0; i < 3; i++) expect((await loginFrom(from, user.email, 'nope-nope')).status).toBe(401);
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const early = await loginFrom(from, user.email, 'nope-nope', 'sv');
      expect(early.status).toBe(429);
      expect(early.body.title).toBe('För många försök. Vänta en stund och försök igen.');
      waits.push(early.retryAfter);
      advance(early.retryAfter);
      expect((await loginFrom(from, user.email, 'nope-nope')).status).toBe(401);
    }
    expect(waits).toEqual([5, 10, 20]);
    // Even the right password waits its turn from that address, then gets in and clears the count.
    const blocked = await loginFrom(from, user.email, TEST_PASSWORD, 'da');
    expect(blocked.status).toBe(429);
    expect(blocked.retryAfter).toBe(40);
    expect(blocked.body.title).toBe('For mange forsøg. Vent lidt, og prøv igen.');
    advance(40);
    expect((await loginFrom(from, user.email, TEST_PASSWORD)).status).toBe(200);
    expect((await loginFrom(from, user.email, 'nope-nope')).status).toBe(401);
    expect((await loginFrom(from, user.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('lets the owner log in from their own address while an attacker’s addresses are throttled', async () => {
    const owner = await buildUser(t);
    const attackers = [nextAddress(), nextAddress(), nextAddress(), '2001:db8:66:1::1'];
    for (const from of attackers) {
      for (let i = 0; i < 3; i++) expect((await loginFrom(from, owner.email, `guess ${i}`)).status).toBe(401);
      expect((await loginFrom(from, owner.email, 'guess 4')).status).toBe(429);
    }
    // Another address in the attacker's IPv6 /64 is the same attacker.
    expect((await loginFrom('2001:db8:66:1::2', owner.email, 'guess 5')).status).toBe(429);
    const home = await loginFrom(nextAddress(), owner.email, TEST_PASSWORD);
    expect(home.status).toBe(200);
    expect(home.body.user.email).toBe(owner.email);
    expect((await loginFrom(attackers[0]!, owner.email, 'guess 6')).status).toBe(429);
  });

  it('blocks an address after 20 failures across accounts, and only that address', async () => {
    const from = nextAddress();
    const user = await buildUser(t);
    let last = 0;
    for (let i = 0; i < 21; i++) last = (await loginFrom(from, `nobody${i}@example.org`, 'whatever')).status;
    expect(last).toBe(429);
    const refused = await loginFrom(from, user.email, TEST_PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toBe(15 * 60);
    expect((await loginFrom(nextAddress(), user.email, TEST_PASSWORD)).status).toBe(200);
    advance(15 * 60);
    expect((await loginFrom(from, user.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('takes the address from X-Forwarded-For only when TRUST_PROXY is set', async () => {
    const user = await buildUser(t);
    const viaProxy = (forwarded: string, password: string) =>
      t.app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': `${forwarded}, 10.0.0.1` }, body: JSON.stringify({ email: user.email, password }) }, connection('10.0.0.1'));
    process.env.TRUST_PROXY = 'true';
    try {
      const attacker = nextAddress();
      for (let i = 0; i < 3; i++) expect((await viaProxy(attacker, 'nope-nope')).status).toBe(401);
      expect((await viaProxy(attacker, 'nope-nope')).status).toBe(429);
      expect((await viaProxy(nextAddress(), TEST_PASSWORD)).status).toBe(200);
    } finally {
      delete process.env.TRUST_PROXY;
    }
    // Without it the proxy's own address is the client: the header cannot pick a fresh address.
    for (let i = 0; i < 3; i++) expect((await viaProxy(nextAddress(), 'nope-nope')).status).toBe(401);
    expect((await viaProxy(nextAddress(), 'nope-nope')).status).toBe(429);
  });

  it('stops an account only when a crowd of addresses guesses at it: 300 failures in an hour', async () => {
    const owner = await buildUser(t);
    for (let i = 0; i < 100; i++) {
      const from = nextAddress();
      for (let j = 0; j < 3; j++) expect((await loginFrom(from, owner.email, `guess ${j}`)).status).toBe(401);
    }
    const crowded = await loginFrom(nextAddress(), owner.email, TEST_PASSWORD);
    expect(crowded.status).toBe(429);
    expect(crowded.retryAfter).toBeGreaterThan(0);
    advance(3600);
    expect((await loginFrom(nextAddress(), owner.email, TEST_PASSWORD)).status).toBe(200);
  }, 120_000);

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
