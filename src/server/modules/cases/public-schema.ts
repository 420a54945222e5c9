// The public question form ("en väg in"): what the page asks for, what it sends, the receipt.
import { z } from '@hono/zod-openapi';
import { Locale } from '../../http/openapi.ts';
import { Code } from '../vocabularies/schema.ts';
import { IdentifierScheme, RequesterKind, requesterShape, text } from './fields.ts';

export const PUBLIC_LIMITS = { question: 5000, subject: 200, name: 200, organisationName: 300 } as const;

export const PublicParams = z.object({
  workspaceSlug: z
    .string()
    .max(100)
    .openapi({ param: { name: 'workspaceSlug', in: 'path' }, example: 'demo-ostanvik', description: 'The workspace’s short name in its public address' }),
});

export const PublicQuestionBody = z
  .object({
    language: Locale.openapi({ description: 'The language the person wrote in and wants the answer in' }),
    requesterKind: RequesterKind.openapi({ description: 'Who is asking: a company, a newcomer, or someone else' }),
    topic: Code.openapi({ description: 'A topic code from the form (GET …/questions/form)' }),
    subject: text(PUBLIC_LIMITS.subject).optional().openapi({ description: 'A short heading; the start of the question when left out' }),
    question: text(PUBLIC_LIMITS.question, 1),
    name: text(PUBLIC_LIMITS.name, 1),
    email: requesterShape.email,
    phone: requesterShape.phone,
    organisationName: requesterShape.organisationName,
    organisationNumber: requesterShape.organisationNumber.openapi({ description: 'Optional; checked with its check digit' }),
    organisationNumberScheme: IdentifierScheme.optional().openapi({ description: 'The number’s scheme; the workspace country’s when left out' }),
    // Anything but true (also a missing field) gets the same message: what to confirm.
    consent: z.unknown().refine((v) => v === true, { params: { key: 'field.consent_required' } }).openapi({
      type: 'boolean',
      enum: [true],
      description: 'The person has read how their personal data is handled (and, in Sweden, that the question becomes a public record)',
    }),
    homepage: z.string().max(2000).optional().openapi({ description: 'Leave empty. A field hidden from people: a form that fills it is refused' }),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.email && !v.phone) ctx.addIssue({ code: 'custom', path: ['email'], message: 'contact', params: { key: 'field.contact_required' } });
    if (v.requesterKind === 'company' && !v.organisationName) ctx.addIssue({ code: 'custom', path: ['organisationName'], message: 'required', params: { key: 'field.required' } });
  })
  .openapi('PublicQuestionBody');
export type PublicQuestion = z.infer<typeof PublicQuestionBody>;

export const PublicForm = z
  .object({
    workspace: z.object({ name: z.string(), slug: z.string(), country: z.string(), timeZone: z.string().openapi({ description: 'The time zone the workspace dates cases in', example: 'Europe/Stockholm' }) }),
    languages: z.array(Locale),
    defaultLanguage: Locale,
    requesterKinds: z.array(RequesterKind),
    topics: z.array(z.object({ code: z.string(), labels: z.record(z.string(), z.string()), responseDays: z.number().int() })),
    organisationNumberScheme: IdentifierScheme.openapi({ description: 'The scheme the form should offer first' }),
    limits: z.object({ question: z.number().int(), subject: z.number().int(), name: z.number().int(), organisationName: z.number().int() }),
  })
  .openapi('PublicQuestionForm');

export const PublicReceipt = z
  .object({
    reference: z.string().openapi({ example: 'KS 2026/0042', description: 'The registration number' }),
    receivedAt: z.string(),
    dueOn: z.string().openapi({ description: 'The date we aim to answer by' }),
    topic: z.object({ code: z.string(), labels: z.record(z.string(), z.string()) }),
    language: Locale,
    emailReceipt: z.boolean().openapi({ description: 'A receipt with the number was queued to the given e-mail address' }),
  })
  .openapi('PublicQuestionReceipt');
