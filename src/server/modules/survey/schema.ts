// The inventory survey ("kartläggning"): invitations by personal link, the public answer form,
// proposed relations for officers to accept or reject, and coverage.
import { z } from '@hono/zod-openapi';
import { Locale, Uuid } from '../../http/openapi.ts';
import { WorkspaceParams } from '../members/schema.ts';

const Country = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/);
export const SURVEY_PARTNER_TYPES = ['export_agreement', 'import_supplier', 'research_collaboration', 'eu_project_partnership', 'other'] as const;
export const SURVEY_INTERESTS = ['export_advice', 'finding_partners', 'eu_funding', 'delegations', 'trade_fairs'] as const;

export const SurveyTokenParams = z.object({ token: z.string().min(20).max(100).openapi({ param: { name: 'token', in: 'path' } }) });
export const ProposalParams = WorkspaceParams.extend({ proposalId: Uuid.openapi({ param: { name: 'proposalId', in: 'path' } }) });

export const InviteToSurveyBody = z
  .object({ organisationIds: z.array(Uuid).min(1).max(500), language: Locale.default('sv'), days: z.number().int().min(1).max(90).default(30) })
  .strict()
  .openapi('InviteToSurveyBody');

export const SurveyLink = z
  .object({ organisationId: Uuid, name: z.string(), link: z.string(), expiresAt: z.string() })
  .openapi('SurveyLink');

export const SurveyInvitation = z
  .object({ id: Uuid, organisationId: Uuid, name: z.string(), language: Locale, status: z.enum(['sent', 'answered', 'expired']), createdAt: z.string(), expiresAt: z.string(), answeredAt: z.string().nullable() })
  .openapi('SurveyInvitation');

export const SurveyAnswerBody = z
  .object({
    exports: z.boolean(),
    exportCountries: z.array(Country).max(60).default([]),
    imports: z.boolean(),
    importCountries: z.array(Country).max(60).default([]),
    partners: z.array(z.object({ name: z.string().trim().min(1).max(300), country: Country, type: z.enum(SURVEY_PARTNER_TYPES) }).strict()).max(30).default([]),
    interests: z.array(z.enum(SURVEY_INTERESTS)).max(5).default([]),
    comment: z.string().trim().max(2000).default(''),
    contactName: z.string().trim().max(200).optional(),
    contactEmail: z.string().trim().toLowerCase().pipe(z.email().max(254)).optional().or(z.literal('').transform(() => undefined)),
  })
  .strict()
  .openapi('SurveyAnswerBody');
export type SurveyAnswer = z.infer<typeof SurveyAnswerBody>;

export const SurveyForm = z
  .object({ workspaceName: z.string(), organisationName: z.string(), language: Locale, expiresAt: z.string(), timeZone: z.string().openapi({ description: 'The time zone the municipality dates things in', example: 'Europe/Stockholm' }) })
  .openapi('SurveyForm');

export const Proposal = z
  .object({
    id: Uuid,
    organisation: z.object({ id: Uuid, name: z.string() }),
    partnerName: z.string(),
    partnerCountry: z.string(),
    relationType: z.string(),
    status: z.enum(['pending', 'accepted', 'rejected']),
    relationId: Uuid.nullable(),
    submittedAt: z.string(),
  })
  .openapi('SurveyProposal');

export const ProposalQuery = z.object({ status: z.enum(['pending', 'accepted', 'rejected']).optional() });
export const DecisionBody = z.object({ decision: z.enum(['accept', 'reject']) }).strict().openapi('SurveyDecisionBody');

export const Coverage = z
  .object({ localCompanies: z.number(), invited: z.number(), answered: z.number(), share: z.number() })
  .openapi('SurveyCoverage');
