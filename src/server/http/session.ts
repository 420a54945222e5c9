// Server-side sessions: the cookie holds a random token, the database holds its SHA-256.
// Also the CSRF check for cookie-authenticated writes and the workspace membership check.
import crypto from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import type { AppDeps, AppEnv, SessionInfo } from './context.ts';
import { AppError } from './problem.ts';
import type { Role } from '../db/types.ts';
import type { Tx } from '../db/tenancy.ts';

export const SESSION_COOKIE = 'sv_session';
const WS_PATH_RE = /^\/api\/w\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/|$)/i;
const NO_WORKSPACE = '00000000-0000-0000-0000-000000000000';

export const sha256 = (value: string) => crypto.createHash('sha256').update(value).digest('hex');
export const randomToken = () => crypto.randomBytes(32).toString('base64url');

export async function createSession(tx: Tx, deps: AppDeps, userId: string) {
  const token = randomToken();
  const now = deps.now?.() ?? new Date();
  const csrfToken = randomToken();
  const expiresAt = new Date(now.getTime() + deps.config.SESSION_IDLE_HOURS * 3600_000);
  await tx
    .insertInto('sessions')
    .values({ id: sha256(token), user_id: userId, csrf_token: csrfToken, created_at: now, last_seen_at: now, expires_at: expiresAt })
    .execute();
  return { token, csrfToken };
}

export function setSessionCookie(c: Context<AppEnv>, token: string, deps: AppDeps) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    path: '/',
    maxAge: deps.config.SESSION_MAX_DAYS * 86400,
  });
}

export function clearSessionCookie(c: Context<AppEnv>) {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) });
}

function isHttps(c: Context) {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

/** Loads the session (if any) and picks the request's language. */
export function sessionMiddleware(deps: AppDeps): MiddlewareHandler<AppEnv> {
  const { db } = deps.database;
  return async (c, next) => {
    c.set('session', null);
    c.set('membership', null);
    const token = getCookie(c, SESSION_COOKIE);
    if (token && token.length < 200) {
      const now = deps.now?.() ?? new Date();
      // On workspace routes the membership comes with the session, in the same query.
      const workspaceId = WS_PATH_RE.exec(c.req.path)?.[1] ?? null;
      const row = await db
        .selectFrom('sessions as s')
        .innerJoin('users as u', 'u.id', 's.user_id')
        .leftJoin('memberships as m', (join) => join.onRef('m.user_id', '=', 'u.id').on('m.workspace_id', '=', workspaceId ?? NO_WORKSPACE))
        .select(['s.id', 's.csrf_token', 's.created_at', 's.last_seen_at', 'u.id as user_id', 'u.email', 'u.name', 'u.locale', 'm.role'])
        .where('s.id', '=', sha256(token))
        .where('s.expires_at', '>', now)
        .where('u.disabled_at', 'is', null)
        .executeTakeFirst();
      const maxAge = deps.config.SESSION_MAX_DAYS * 86400_000;
      if (row && now.getTime() - row.created_at.getTime() < maxAge) {
        const session: SessionInfo = {
          sessionId: row.id,
          csrfToken: row.csrf_token,
          user: { id: row.user_id, email: row.email, name: row.name, locale: row.locale },
        };
        c.set('session', session);
        if (workspaceId && row.role) c.set('membership', { workspaceId, role: row.role });
        if (row.locale) c.set('locale', row.locale);
        // Sliding expiry, written at most once a minute.
        if (now.getTime() - row.last_seen_at.getTime() > 60_000) {
          await db
            .updateTable('sessions')
            .set({ last_seen_at: now, expires_at: new Date(now.getTime() + deps.config.SESSION_IDLE_HOURS * 3600_000) })
            .where('id', '=', row.id)
            .execute();
        }
      }
    }
    await next();
  };
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Cookie-authenticated writes must carry the session's CSRF token; cross-site origins are refused. */
export const csrfMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!SAFE.has(c.req.method)) {
    const origin = c.req.header('origin');
    if (origin && origin !== 'null') {
      const host = c.req.header('x-forwarded-host') ?? c.req.header('host') ?? new URL(c.req.url).host;
      let originHost = '';
      try {
        originHost = new URL(origin).host;
      } catch {
        /* malformed origin: refused below */
      }
      if (originHost !== host) throw new AppError(403, 'problem.csrf');
    }
    const session = c.get('session');
    if (session) {
      const header = c.req.header('x-csrf-token') ?? '';
      const a = Buffer.from(header);
      const b = Buffer.from(session.csrfToken);
      if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) throw new AppError(403, 'problem.csrf');
    }
  }
  await next();
};

export function requireSession(c: Context<AppEnv>): SessionInfo {
  const s = c.get('session');
  if (!s) throw new AppError(401, 'problem.unauthenticated');
  return s;
}

/** For /api/w/:workspaceId/*: the caller must be a member; others get 404 (no enumeration). */
export const workspaceMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireSession(c);
  const m = c.get('membership');
  if (!m || m.workspaceId.toLowerCase() !== (c.req.param('workspaceId') ?? '').toLowerCase()) throw new AppError(404, 'problem.not_found');
  await next();
};

const RANK: Record<Role, number> = { viewer: 0, desk: 1, officer: 2, admin: 3 };

/** Policy: the caller's role in this workspace must be at least `min`. */
export function requireRole(c: Context<AppEnv>, min: Role) {
  const m = c.get('membership');
  if (!m) throw new AppError(404, 'problem.not_found');
  if (RANK[m.role] < RANK[min]) throw new AppError(403, 'problem.forbidden');
  return { workspaceId: m.workspaceId, userId: requireSession(c).user.id, role: m.role };
}

