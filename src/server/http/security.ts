// Request ids, access logs without personal data, security headers and body size limits.
import crypto from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from 'pino';
import type { AppEnv } from './context.ts';
import { AppError } from './problem.ts';
import { negotiateLocale } from '../i18n/messages.ts';

const REQUEST_ID_RE = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Sets a header on a response that is already made. `c.header()` would rebuild the response around
 * its body as a stream, which node-server then writes chunk by chunk; changing the headers in place
 * keeps the body a string written at once (CPU profile of 200 organisation pages with 500
 * relations: 1,257 → 298 ms in writev, and no more string conversion in undici).
 */
export function setAfter(c: Context, name: string, value: string) {
  c.res.headers.set(name, value);
}

export function requestContext(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && REQUEST_ID_RE.test(incoming) ? incoming : crypto.randomUUID();
    c.set('requestId', requestId);
    c.set('log', logger.child({ requestId }));
    c.set('locale', negotiateLocale(c.req.header('accept-language')));
    const started = performance.now();
    await next();
    setAfter(c, 'x-request-id', requestId);
    // The path only: query strings may carry search terms or e-mail addresses.
    c.get('log').info(
      { method: c.req.method, path: c.req.routePath === '/*' ? undefined : c.req.routePath, status: c.res.status, ms: Math.round(performance.now() - started) },
      'request',
    );
  };
}

export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  xFrameOptions: 'DENY',
  xContentTypeOptions: 'nosniff',
  referrerPolicy: 'strict-origin-when-cross-origin',
  crossOriginEmbedderPolicy: false,
});

export function bodyLimitMiddleware(maxSize: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError(413, 'problem.payload_too_large', { limitBytes: maxSize });
    },
  });
}

/** The client's address as the socket sees it (a proxy in front should set X-Forwarded-For). */
export function clientIp(c: Context): string {
  const fwd = c.req.header('x-forwarded-for');
  if (fwd && process.env.TRUST_PROXY === 'true') return fwd.split(',')[0]!.trim();
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}
