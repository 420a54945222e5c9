// The outbox as admins read it: a page of messages, one message, and what retrying returns.
import { z } from '@hono/zod-openapi';
import { Locale, Uuid } from '../../http/openapi.ts';
import { WorkspaceParams } from '../members/schema.ts';

export const MAIL_STATUSES = ['queued', 'sent', 'failed', 'held'] as const;
export const MailStatus = z.enum(MAIL_STATUSES);

export const MailParams = WorkspaceParams.extend({ mailId: Uuid.openapi({ param: { name: 'mailId', in: 'path' } }) });

export const OutboxQuery = z
  .object({
    status: MailStatus.optional(),
    cursor: z.string().regex(/^\d+$/).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .openapi('OutboxQuery');

export const MailSummary = z
  .object({
    id: Uuid,
    to: z.string(),
    subject: z.string(),
    status: MailStatus,
    language: Locale,
    template: z.string().nullable(),
    related: z.object({ type: z.string(), id: z.string() }).nullable(),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    /** When a queued message is tried next. */
    nextAttemptAt: z.string().nullable(),
  })
  .openapi('MailSummary');

export const MailMessage = MailSummary.extend({
  replyTo: z.string().nullable(),
  text: z.string(),
  html: z.string().nullable(),
}).openapi('MailMessage');

export const OutboxPage = z
  .object({
    items: z.array(MailSummary),
    nextCursor: z.string().nullable(),
    counts: z.object({ queued: z.number().int(), sent: z.number().int(), failed: z.number().int(), held: z.number().int() }),
    /** smtp: mail is sent; held: no SMTP server is configured, so mail stays in the outbox. */
    delivery: z.enum(['smtp', 'held']),
  })
  .openapi('OutboxPage');
