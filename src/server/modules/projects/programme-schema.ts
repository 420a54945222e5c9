// Funding programmes: what a workspace may write for its own, what is read back for the
// catalogue and its own alike, and how the list is asked for.
import { z } from '@hono/zod-openapi';
import { FUNDS } from '../../../shared/vocabularies/programmes.ts';
import { Uuid } from '../../http/openapi.ts';
import { WorkspaceParams } from '../members/schema.ts';

export const Fund = z.enum(FUNDS);
export const ProgrammeParams = WorkspaceParams.extend({ programmeId: Uuid.openapi({ param: { name: 'programmeId', in: 'path' } }) });

const Year = z.number().int().min(1950).max(2100);
const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

const fields = {
  name: z.string().trim().min(1).max(300),
  fund: Fund,
  periodStart: Year,
  periodEnd: Year,
  cci: optionalText(40),
  managingAuthority: optionalText(300),
  eligibleNuts: z.array(z.string().trim().toUpperCase().regex(/^[A-Z]{2}[0-9A-Z]{0,3}$/)).max(500),
  maxCofinancingRate: z.number().min(0).max(100).nullish(),
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/),
  url: z.url({ protocol: /^https?$/ }).max(500).nullish(),
};

function periodInOrder(v: { periodStart?: number; periodEnd?: number }, ctx: z.RefinementCtx) {
  if (v.periodStart !== undefined && v.periodEnd !== undefined && v.periodEnd < v.periodStart) {
    ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'end before start', params: { key: 'field.programme_period_order' } });
  }
}

export const CreateProgrammeBody = z
  .object({ ...fields, eligibleNuts: fields.eligibleNuts.default([]), currency: fields.currency.default('EUR') })
  .strict()
  .superRefine(periodInOrder)
  .openapi('CreateProgrammeBody');

export const UpdateProgrammeBody = z.object(fields).partial().strict().superRefine(periodInOrder).openapi('UpdateProgrammeBody');

export type ProgrammeInput = z.infer<typeof CreateProgrammeBody>;
export type ProgrammePatch = z.infer<typeof UpdateProgrammeBody>;

export const Programme = z
  .object({
    id: Uuid,
    own: z.boolean().openapi({ description: 'The workspace’s own programme (false: the shipped catalogue, read-only)' }),
    code: z.string().nullable().openapi({ description: 'The catalogue’s key; null for a workspace’s own' }),
    name: z.string(),
    fund: Fund,
    periodStart: z.number().int(),
    periodEnd: z.number().int(),
    cci: z.string().nullable(),
    managingAuthority: z.string().nullable(),
    eligibleNuts: z.array(z.string()).openapi({ description: 'NUTS codes (any level) of the eligible area; empty for EU-wide programmes' }),
    maxCofinancingRate: z.number().nullable().openapi({ description: 'Highest EU co-financing rate in percent' }),
    currency: z.string(),
    url: z.string().nullable(),
    projectCount: z.number().int().openapi({ description: 'The workspace’s projects on this programme' }),
  })
  .openapi('Programme');
export type ProgrammeData = z.infer<typeof Programme>;

export const ProgrammeList = z.object({ items: z.array(Programme) }).openapi('ProgrammeList');

export const ProgrammeQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    fund: Fund.optional(),
  })
  .openapi('ProgrammeQuery');
