// RFC 9457 problem+json: every error leaves the server in this one shape, in the caller's language.
import type { Context } from 'hono';
import type { ZodError } from 'zod';
import { HTTPException } from 'hono/http-exception';
import { t, type MessageKey } from '../i18n/messages.ts';
import type { Locale } from '../db/types.ts';
import type { AppEnv } from './context.ts';

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    public status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429 | 500,
    public key: MessageKey,
    public extra: { fields?: { field: string; key: MessageKey; vars?: Record<string, string | number> }[]; retryAfter?: number; limitBytes?: number } = {},
  ) {
    super(key);
  }
}

const TYPE_BASE = 'https://samverkan.dev/problems/';

const INTL: Record<Locale, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

/** A size limit as people read it, in their language: "20 MB", "977 kB". */
export function formatLimit(bytes: number, locale: Locale): string {
  const mb = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(INTL[locale], { style: 'unit', unit: mb ? 'megabyte' : 'kilobyte', unitDisplay: 'short', maximumFractionDigits: 0 }).format(bytes / (mb ? 1024 * 1024 : 1024));
}

export function problemResponse(
  c: Context<AppEnv>,
  status: number,
  key: MessageKey,
  opts: { errors?: FieldError[]; retryAfter?: number; limitBytes?: number } = {},
) {
  const locale: Locale = c.get('locale') ?? 'en';
  // A body over a known limit says the limit, so the person knows what will fit.
  const title = key === 'problem.payload_too_large' && opts.limitBytes ? t(locale, 'problem.payload_too_large_limit', { limit: formatLimit(opts.limitBytes, locale) }) : t(locale, key);
  const body = {
    type: TYPE_BASE + key.replace(/^problem\./, '').replace(/[._]/g, '-'),
    title,
    status,
    instance: c.req.path,
    requestId: c.get('requestId'),
    code: key,
    ...(opts.errors ? { errors: opts.errors } : {}),
  };
  const headers: Record<string, string> = { 'content-type': 'application/problem+json; charset=utf-8' };
  if (opts.retryAfter) headers['retry-after'] = String(opts.retryAfter);
  return new Response(JSON.stringify(body), { status, headers });
}

/** Zod issues as field problems: the field's path, a message key and its values. */
export function zodProblems(error: ZodError): { field: string; key: MessageKey; vars: Record<string, string | number> }[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(body)';
    const i = issue as unknown as Record<string, unknown>;
    let key: MessageKey = 'field.invalid';
    const vars: Record<string, string | number> = {};
    switch (issue.code) {
      case 'invalid_type':
        key = i.input === undefined ? 'field.required' : 'field.invalid_type';
        break;
      case 'too_small':
        if (i.origin === 'string') key = Number(i.minimum) <= 1 ? 'field.required' : 'field.too_short';
        else key = 'field.too_small';
        vars.min = Number(i.minimum);
        break;
      case 'too_big':
        key = i.origin === 'string' ? 'field.too_long' : 'field.too_big';
        vars.max = Number(i.maximum);
        break;
      case 'invalid_format':
        key = i.format === 'email' ? 'field.email' : 'field.invalid_format';
        break;
      case 'invalid_value':
        key = 'field.invalid_value';
        vars.values = ((i.values as unknown[]) ?? []).join(', ');
        break;
      case 'unrecognized_keys':
        key = 'field.unknown';
        break;
      case 'custom':
        if (typeof i.params === 'object' && i.params && 'key' in i.params) {
          const params = i.params as { key: MessageKey; value?: string };
          key = params.key;
          if (params.value !== undefined) vars.value = params.value;
        }
        break;
    }
    return { field, key, vars };
  });
}

/** Turns Zod issues into field errors in the caller's language. */
export function zodFieldErrors(error: ZodError, locale: Locale): FieldError[] {
  return zodProblems(error).map(({ field, key, vars }) => ({ field, code: key.replace(/^field\./, ''), message: t(locale, key, vars) }));
}

export function validationProblem(c: Context<AppEnv>, error: ZodError) {
  return problemResponse(c, 422, 'problem.validation', { errors: zodFieldErrors(error, c.get('locale')) });
}

export function handleError(err: Error, c: Context<AppEnv>) {
  const locale = c.get('locale') ?? 'en';
  if (err instanceof AppError) {
    const errors = err.extra.fields?.map((f) => ({
      field: f.field,
      code: f.key.replace(/^field\.|^[a-z]+\./, ''),
      message: t(locale, f.key, f.vars),
    }));
    return problemResponse(c, err.status, err.key, { errors, retryAfter: err.extra.retryAfter, limitBytes: err.extra.limitBytes });
  }
  if (err instanceof HTTPException) {
    if (err.status === 413) return problemResponse(c, 413, 'problem.payload_too_large');
    if (err.status === 400) return problemResponse(c, 400, 'problem.validation', { errors: [{ field: '(body)', code: 'invalid', message: t(locale, 'field.invalid') }] });
    return problemResponse(c, err.status, err.status === 404 ? 'problem.not_found' : 'problem.internal');
  }
  c.get('log')?.error({ err: { message: err.message, name: err.name, code: (err as { code?: string }).code } }, 'unhandled error');
  return problemResponse(c, 500, 'problem.internal');
}
