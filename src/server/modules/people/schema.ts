// People in the register: contacts at organisations, with the legal basis for keeping them.
import { z } from '@hono/zod-openapi';
import { Uuid } from '../../http/openapi.ts';
import { LEGAL_BASES } from '../../../shared/register.ts';
import { WorkspaceParams } from '../members/schema.ts';

export const LegalBasis = z.enum(LEGAL_BASES);
export const PersonParams = WorkspaceParams.extend({ personId: Uuid.openapi({ param: { name: 'personId', in: 'path' } }) });

const fields = {
  name: z.string().trim().min(1).max(200),
  title: z.string().trim().max(200).nullish(),
  email: z.string().trim().toLowerCase().pipe(z.email().max(254)).nullish().or(z.literal('').transform(() => null)),
  phone: z.string().trim().regex(/^\+?[0-9 ()-]{5,30}$/).nullish().or(z.literal('').transform(() => null)),
  language: z.string().regex(/^[a-z]{2}$/).nullish(),
  legalBasis: LegalBasis,
  legalBasisDate: z.iso.date(),
  notes: z.string().max(5000),
  organisations: z.array(z.object({ organisationId: Uuid, role: z.string().trim().max(200).nullish() })).max(20),
};

export const CreatePersonBody = z
  .object({ ...fields, notes: fields.notes.default(''), organisations: fields.organisations.default([]) })
  .strict()
  .openapi('CreatePersonBody');
export const UpdatePersonBody = z.object(fields).partial().strict().openapi('UpdatePersonBody');

const OrgLink = z.object({ organisationId: Uuid, name: z.string(), role: z.string().nullable() });

export const PersonSummary = z
  .object({ id: Uuid, name: z.string(), title: z.string().nullable(), organisations: z.array(OrgLink) })
  .openapi('PersonSummary');

export const Person = PersonSummary.extend({
  email: z.string().nullable(),
  phone: z.string().nullable(),
  language: z.string().nullable(),
  legalBasis: LegalBasis,
  legalBasisDate: z.string(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).openapi('Person');

export const PeopleQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    organisationId: Uuid.optional(),
    cursor: z.string().max(300).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .openapi('PeopleQuery');

export const PeoplePage = z.object({ items: z.array(PersonSummary), nextCursor: z.string().nullable() }).openapi('PeoplePage');
