// The public register of cases (allmän handling) as anyone reads it, and secrecy marking as staff
// change it.
import { z } from '@hono/zod-openapi';
import { Uuid } from '../../http/openapi.ts';
import { text } from './fields.ts';
import { PublicParams } from './public-schema.ts';
import { CaseParams } from './schema.ts';

export { CaseParams, PublicParams };

export const PublicRegisterQuery = z
  .object({
    q: z.string().max(60).optional().openapi({ description: 'A registration number, whole or in part: KS 2026/0042, 2026/42 or 42', example: '2026/42' }),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  })
  .openapi('PublicCaseRegisterQuery');
export type PublicRegisterFilter = z.infer<typeof PublicRegisterQuery>;

export const PublicRegisterEntry = z
  .object({
    reference: z.string().openapi({ example: 'KS 2026/0042' }),
    receivedOn: z.string().openapi({ description: 'The day the case came in, in the workspace’s time zone' }),
    secret: z.boolean().openapi({ description: 'Marked secret: only the number, the date and this marker are shown' }),
    category: z.object({ code: z.string(), labels: z.record(z.string(), z.string()) }).nullable(),
    status: z.string().nullable(),
    title: z.string().nullable().openapi({ description: 'With names, e-mail addresses, phone numbers and personal identity numbers replaced by a marker' }),
  })
  .openapi('PublicCaseRegisterEntry');

export const PublicRegisterPage = z
  .object({
    workspace: z.object({ name: z.string(), slug: z.string() }),
    items: z.array(PublicRegisterEntry),
    page: z.number().int(),
    limit: z.number().int(),
    total: z.number().int(),
    pages: z.number().int(),
  })
  .openapi('PublicCaseRegisterPage');

export const SecrecyBody = z
  .object({
    secret: z.boolean().openapi({ description: 'true: mark the case secret; false: remove the marking' }),
    reason: text(500, 1).openapi({ description: 'Why: the provision (e.g. OSL 31:16) when marking, the assessment when removing' }),
  })
  .strict()
  .openapi('CaseSecrecyBody');
export type SecrecyInput = z.infer<typeof SecrecyBody>;

export const CaseSecrecy = z
  .object({
    caseId: Uuid,
    secret: z.boolean(),
    reason: z.string().nullable(),
    version: z.number().int().openapi({ description: 'The case’s version after the change' }),
    history: z.array(z.object({ secret: z.boolean(), reason: z.string(), actor: z.object({ id: Uuid, name: z.string() }).nullable(), at: z.string() })).openapi({ description: 'Newest first' }),
  })
  .openapi('CaseSecrecy');
