// Shared middleware: security headers, request ids, body limits, problem+json for unknown routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../helpers/app.ts';
import { formatLimit } from '../../src/server/http/problem.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ BODY_LIMIT_BYTES: 2048 });
});
afterAll(() => t.close());

describe('HTTP middleware', () => {
  it('sends security headers: CSP without inline scripts, frame-ancestors none, nosniff, referrer policy', async () => {
    const r = await t.app.request('/healthz');
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('gives every response a request id and keeps a sane incoming one', async () => {
    const own = await t.app.request('/healthz');
    expect(own.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const given = await t.app.request('/healthz', { headers: { 'x-request-id': 'abc-123' } });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    const hostile = await t.app.request('/healthz', { headers: { 'x-request-id': 'a b c' } });
    expect(hostile.headers.get('x-request-id')).not.toContain(' ');
  });

  it('refuses a body over the limit with 413 problem+json that states the limit, in the caller’s language', async () => {
    const r = await new Client(t, 'sv').post('/api/auth/login', { email: 'a@example.org', password: 'x'.repeat(5000) });
    expect(r.status).toBe(413);
    expect(r.body.code).toBe('problem.payload_too_large');
    expect(r.body.title).toBe('Det som skickades är för stort: högst 2 kB tas emot. Välj en mindre fil eller dela upp den.');
    expect(formatLimit(20 * 1024 * 1024, 'da')).toBe('20 MB');
  });

  it('answers unknown API routes and malformed JSON with problem+json', async () => {
    const missing = await new Client(t, 'da').get('/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect(missing.body.title).toMatch(/findes ikke/);
    const bad = await t.app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":' });
    expect([400, 422]).toContain(bad.status);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
  });

  it('reports health and readiness', async () => {
    expect(await (await t.app.request('/healthz')).json()).toEqual({ status: 'ok' });
    expect(await (await t.app.request('/readyz')).json()).toEqual({ status: 'ok', db: t.database.kind });
  });

  it('asks browsers not to cache API answers', async () => {
    const r = await t.app.request('/api/me');
    expect(r.headers.get('cache-control')).toBe('no-store');
  });
});
