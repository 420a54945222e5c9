// The fetch wrapper: CSRF token on writes only, problem+json turned into ApiError with field
// errors and Retry-After.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, setCsrfToken } from './client.ts';

function respond(status: number, body: unknown, headers: Record<string, string> = {}) {
  const fetchMock = vi.fn(async () => new Response(body === null ? null : JSON.stringify(body), { status, headers }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const sentHeaders = (mock: ReturnType<typeof respond>) => ((mock.mock.calls[0] as unknown as [string, RequestInit])[1].headers ?? {}) as Record<string, string>;

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('api()', () => {
  it('sends the CSRF token on writes, not on reads', async () => {
    setCsrfToken('tok');
    let mock = respond(200, { ok: true }, { 'content-type': 'application/json' });
    await api('GET', '/api/me');
    expect(sentHeaders(mock)['x-csrf-token']).toBeUndefined();
    mock = respond(204, null);
    await api('POST', '/api/auth/logout');
    expect(sentHeaders(mock)['x-csrf-token']).toBe('tok');
  });

  it('turns problem+json into an ApiError with field messages', async () => {
    respond(
      422,
      { title: 'Some details are not valid.', code: 'problem.validation', errors: [{ field: 'email', code: 'email', message: 'Enter a valid e-mail address.' }] },
      { 'content-type': 'application/problem+json' },
    );
    const err = await api('POST', '/api/auth/login', { email: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    const e = err as ApiError;
    expect([e.status, e.title, e.code]).toEqual([422, 'Some details are not valid.', 'problem.validation']);
    expect(e.fieldMessage('email')).toBe('Enter a valid e-mail address.');
    expect(e.fieldMessage('password')).toBeUndefined();
  });

  it('reads Retry-After on 429', async () => {
    respond(429, { title: 'Too many attempts.', code: 'problem.too_many_requests' }, { 'content-type': 'application/problem+json', 'retry-after': '840' });
    const e = (await api('POST', '/api/auth/login', {}).catch((x: unknown) => x)) as ApiError;
    expect(e.status).toBe(429);
    expect(e.retryAfter).toBe(840);
  });

  it('reports a network failure as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const e = (await api('GET', '/api/me').catch((x: unknown) => x)) as ApiError;
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(0);
  });
});
