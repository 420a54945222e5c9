// Partner search: from a project idea to a ranked list of organisations, each with its reasons.
import { z } from '@hono/zod-openapi';
import { Uuid } from '../../http/openapi.ts';
import { OrgKind } from '../organisations/schema.ts';

export const PartnerSearchBody = z
  .object({
    idea: z.string().trim().max(2000).default(''),
    themes: z.array(z.string().max(63)).max(20).default([]),
    countries: z.array(z.string().regex(/^[A-Z]{2}$/)).max(60).default([]),
    nuts: z.array(z.string().regex(/^[A-Z]{2}[0-9A-Z]{0,3}$/)).max(60).default([]),
    kinds: z.array(OrgKind).max(9).default([]),
    nace: z.array(z.string().regex(/^[0-9]{2}(\.[0-9]{1,2})?$/)).max(20).default([]),
    limit: z.number().int().min(1).max(100).default(25),
  })
  .strict()
  .openapi('PartnerSearchBody');
export type PartnerSearchInput = z.infer<typeof PartnerSearchBody>;

export const PartnerReason = z
  .object({
    kind: z.enum(['text', 'theme', 'sector', 'region', 'cooperation']),
    /** Matched words, theme codes, NACE code, NUTS code or country, or relation types. */
    detail: z.array(z.string()),
  })
  .openapi('PartnerReason');

export const PartnerHit = z
  .object({
    id: Uuid,
    name: z.string(),
    kind: OrgKind,
    country: z.string(),
    city: z.string().nullable(),
    nutsCode: z.string().nullable(),
    naceCode: z.string().nullable(),
    themes: z.array(z.string()),
    score: z.number(),
    reasons: z.array(PartnerReason),
  })
  .openapi('PartnerHit');

export const PartnerResult = z.object({ items: z.array(PartnerHit) }).openapi('PartnerResult');
