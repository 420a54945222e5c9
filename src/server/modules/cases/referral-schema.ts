// Referrals to partner organisations as staff make and read them, and the partner's public
// confirmation page behind the personal link.
import { z } from '@hono/zod-openapi';
import { Locale, Uuid } from '../../http/openapi.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { Email, optionalText, text } from './fields.ts';
import { PublicParams } from './public-schema.ts';
import { CaseParams } from './schema.ts';

export { CaseParams };
export const ReferralParams = CaseParams.extend({ referralId: Uuid.openapi({ param: { name: 'referralId', in: 'path' } }) });

const Ref = z.object({ id: Uuid, name: z.string() });
const RequiredEmail = Email.refine((v) => v !== null, { params: { key: 'field.required' } }).openapi({ type: 'string', format: 'email' });
const Days = z.number().int().min(1).max(90);

export const ReferBody = z
  .object({
    organisationId: Uuid.openapi({ description: 'The partner organisation in the register' }),
    email: RequiredEmail.openapi({ description: 'Where the partner gets the case and the link to confirm receipt' }),
    note: optionalText(2000).openapi({ description: 'A note to the partner, sent with the case (internal notes are never sent)' }),
    language: Locale.optional().openapi({ description: 'The language of the mail and the confirmation page; the workspace’s when left out' }),
    includeContact: z.boolean().default(true).openapi({ description: 'Send the requester’s name, organisation, e-mail and phone so the partner can contact them' }),
    days: Days.default(14).openapi({ description: 'Days the link to confirm receipt is valid' }),
  })
  .strict()
  .openapi('CaseReferBody');
export type ReferInput = z.infer<typeof ReferBody>;

export const ResendBody = z.object({ days: Days.default(14) }).strict().openapi('CaseReferralResendBody');

export const ReferralStatus = z.enum(['pending', 'confirmed', 'expired']);

export const Referral = z
  .object({
    id: Uuid,
    caseId: Uuid,
    organisation: Ref.nullable().openapi({ description: 'Null when the organisation has since been removed from the register' }),
    organisationName: z.string(),
    email: z.string(),
    note: z.string().nullable(),
    language: Locale,
    includeContact: z.boolean(),
    status: ReferralStatus.openapi({ description: 'pending: waiting for the partner; confirmed: receipt confirmed; expired: the link ran out unconfirmed' }),
    expiresAt: z.string(),
    sentCount: z.number().int(),
    lastSentAt: z.string().nullable().openapi({ description: 'When the latest link was e-mailed (null: recorded without mail)' }),
    createdBy: Ref.nullable(),
    createdAt: z.string(),
    receipt: z
      .object({ at: z.string(), name: z.string(), note: z.string().nullable() })
      .nullable()
      .openapi({ description: 'Who at the partner confirmed receipt, and when' }),
  })
  .openapi('CaseReferral');

export const CaseReferrals = z
  .object({ state: z.enum(['none', 'pending', 'confirmed', 'expired']).openapi({ description: 'The latest referral’s status' }), items: z.array(Referral).openapi({ description: 'Newest first' }) })
  .openapi('CaseReferrals');

export const ReferralListQuery = z
  .object({
    status: ReferralStatus.optional(),
    cursor: z.string().max(300).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .openapi('CaseReferralQuery');
export type ReferralFilter = z.infer<typeof ReferralListQuery>;

export const ReferralPage = z
  .object({
    items: z.array(Referral.extend({ case: z.object({ id: Uuid, reference: z.string(), title: z.string(), status: z.string() }) })),
    nextCursor: z.string().nullable(),
  })
  .openapi('CaseReferralPage');

export const PublicReferralParams = PublicParams.extend({
  token: z.string().max(200).openapi({ param: { name: 'token', in: 'path' }, description: 'The personal link’s token' }),
});

export const PublicReferral = z
  .object({
    workspace: z.object({ name: z.string(), slug: z.string(), timeZone: z.string().openapi({ description: 'The time zone the workspace dates cases in', example: 'Europe/Stockholm' }) }),
    reference: z.string(),
    title: z.string().nullable().openapi({ description: 'With personal data masked; null when the case is marked secret' }),
    partner: z.string(),
    language: Locale,
    referredAt: z.string(),
    expiresAt: z.string(),
    status: z.enum(['pending', 'confirmed']),
    receipt: z.object({ at: z.string(), name: z.string() }).nullable(),
  })
  .openapi('PublicCaseReferral');

export const ConfirmReceiptBody = z
  .object({
    name: text(200, 1).openapi({ description: 'Who at the partner confirms receipt' }),
    note: optionalText(1000).openapi({ description: 'A short message back, e.g. who will contact the requester' }),
  })
  .strict()
  .openapi('ConfirmCaseReferralBody');
export type ConfirmInput = z.infer<typeof ConfirmReceiptBody>;

export { WorkspaceParams };
