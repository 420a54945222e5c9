// The one way the web app talks to the API: same-origin cookies, the CSRF token on every write,
// the interface language as Accept-Language (so problem titles come back in it), and
// RFC 9457 problem+json turned into an ApiError the pages can show.
import i18n from 'i18next';

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    public status: number,
    public title: string,
    public code: string,
    public fieldErrors: FieldError[] = [],
    /** Seconds from Retry-After on 429. */
    public retryAfter: number | null = null,
  ) {
    super(title);
  }

  /** The message for one field, if the server named it. */
  fieldMessage(field: string): string | undefined {
    return this.fieldErrors.find((e) => e.field === field)?.message;
  }
}

let csrfToken: string | null = null;

/** Called whenever a /api/me-shaped response arrives (login, invite accept, GET /api/me). */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': i18n.language || 'sv' };
  // A FormData body (a file upload) sets its own multipart content type.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : form ? body : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, i18n.t('errors.network'), 'network');
  }
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  const data: unknown = type.includes('json') ? await res.json().catch(() => null) : null;
  if (res.ok) return data as T;
  const problem = (data ?? {}) as { title?: string; code?: string; errors?: FieldError[] };
  const retry = Number(res.headers.get('retry-after'));
  throw new ApiError(
    res.status,
    problem.title ?? i18n.t('errors.unexpected'),
    problem.code ?? `http.${res.status}`,
    Array.isArray(problem.errors) ? problem.errors : [],
    Number.isFinite(retry) && retry > 0 ? retry : null,
  );
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
