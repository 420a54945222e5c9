// One factory for route groups: a validation failure becomes a problem+json naming each field.
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from './context.ts';
import { validationProblem } from './problem.ts';

export function router() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return validationProblem(c, result.error);
    },
  });
}

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    code: z.string(),
    errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

const problemContent = { 'application/problem+json': { schema: Problem } };

/** Standard error responses for a route's OpenAPI entry. */
export function errors(...codes: (400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429)[]) {
  const text: Record<number, string> = {
    400: 'Malformed request',
    401: 'Not logged in',
    403: 'Forbidden (role or CSRF)',
    404: 'Not found, or not in your workspace',
    409: 'Conflict',
    410: 'Gone',
    413: 'Body too large',
    422: 'Validation failed; `errors` names each field',
    429: 'Too many attempts; see Retry-After',
  };
  return Object.fromEntries(codes.map((c) => [c, { description: text[c]!, content: problemContent }]));
}

export const json = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const Uuid = z.string().uuid();
export const Locale = z.enum(['sv', 'da', 'en']);
export const Role = z.enum(['admin', 'officer', 'desk', 'viewer']);

/** A query parameter holding a comma-separated list (`?kind=company,university`), each item checked. */
export const csvParam = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .max(2000)
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(item).max(50))
    .optional();
