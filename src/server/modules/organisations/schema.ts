// Organisations in the register: what may be written, what is read back, how lists are asked for.
import { z } from '@hono/zod-openapi';
import { IDENTIFIER_SCHEMES, validateIdentifier, identifierMessageKey } from '../../../shared/identifiers/index.ts';
import { csvParam, Uuid } from '../../http/openapi.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { ORG_KINDS, MATCH_REASONS } from '../../../shared/register.ts';

export { ORG_KINDS, MATCH_REASONS };
export const OrgKind = z.enum(ORG_KINDS);
export const IdentifierScheme = z.enum(IDENTIFIER_SCHEMES);

export const OrganisationParams = WorkspaceParams.extend({ organisationId: Uuid.openapi({ param: { name: 'organisationId', in: 'path' } }) });

const Country = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/);
const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

/** Identifiers are checked with their real check digits; a failure names `identifiers.N.value`. */
export const IdentifierInput = z
  .object({ scheme: IdentifierScheme, value: z.string().max(40) })
  .transform((v, ctx) => {
    const r = validateIdentifier(v.scheme, v.value);
    if (r.ok) return { scheme: v.scheme, value: r.normalized };
    ctx.addIssue({ code: 'custom', path: ['value'], message: r.reason, params: { key: identifierMessageKey(r.reason) } });
    return z.NEVER;
  });

const fields = {
  name: z.string().trim().min(1).max(300),
  names: z.record(z.string().regex(/^[a-z]{2}$/), z.string().trim().min(1).max(300)),
  kind: OrgKind,
  country: Country,
  city: optionalText(200),
  lat: z.number().min(-90).max(90).nullish(),
  lon: z.number().min(-180).max(180).nullish(),
  nutsCode: optionalText(5),
  naceCode: optionalText(8),
  identifiers: z.array(IdentifierInput).max(IDENTIFIER_SCHEMES.length),
  themes: z.array(z.string().max(63)).max(30),
  sdgs: z.array(z.number().int().min(1).max(17)).max(17),
  website: z.url({ protocol: /^https?$/ }).max(500).nullish(),
  description: z.string().max(10_000),
  tags: z.array(z.string().trim().min(1).max(60)).max(30),
  responsibleUserId: Uuid.nullish(),
  isLocal: z.boolean(),
  isOwn: z.boolean(),
};

export const CreateOrganisationBody = z
  .object({
    ...fields,
    names: fields.names.default({}),
    identifiers: fields.identifiers.default([]),
    themes: fields.themes.default([]),
    sdgs: fields.sdgs.default([]),
    description: fields.description.default(''),
    tags: fields.tags.default([]),
    isLocal: fields.isLocal.default(false),
    isOwn: fields.isOwn.default(false),
  })
  .strict()
  .openapi('CreateOrganisationBody');

export const UpdateOrganisationBody = z
  .object({ ...fields, version: z.number().int().min(1) })
  .partial()
  .required({ version: true })
  .strict()
  .openapi('UpdateOrganisationBody');

export type OrganisationInput = z.infer<typeof CreateOrganisationBody>;
export type OrganisationPatch = z.infer<typeof UpdateOrganisationBody>;

export const Organisation = z
  .object({
    id: Uuid,
    name: z.string(),
    names: z.record(z.string(), z.string()),
    kind: OrgKind,
    country: z.string(),
    city: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    nutsCode: z.string().nullable(),
    naceCode: z.string().nullable(),
    identifiers: z.array(z.object({ scheme: IdentifierScheme, value: z.string(), display: z.string() })),
    themes: z.array(z.string()),
    sdgs: z.array(z.number()),
    website: z.string().nullable(),
    description: z.string(),
    tags: z.array(z.string()),
    responsibleUser: z.object({ id: Uuid, name: z.string() }).nullable(),
    isLocal: z.boolean(),
    isOwn: z.boolean(),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
    counts: z.object({ relations: z.number(), people: z.number(), activities: z.number() }),
  })
  .openapi('Organisation');

export const OrganisationQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    kind: csvParam(OrgKind),
    country: csvParam(Country),
    nuts: csvParam(z.string().regex(/^[A-Z]{2}[0-9A-Z]{0,3}$/)),
    nace: csvParam(z.string().regex(/^[A-U]?[0-9]{0,2}(\.[0-9]{1,2})?$/)),
    theme: csvParam(z.string().max(63)),
    sdg: csvParam(z.string().regex(/^(1[0-7]|[1-9])$/).transform(Number)),
    relationType: csvParam(z.string().max(63)),
    local: z.enum(['true', 'false']).optional(),
    sort: z.enum(['name', 'relevance', 'updated', 'country']).optional(),
    cursor: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(25),
  })
  .openapi('OrganisationQuery');
export type OrganisationFilter = z.infer<typeof OrganisationQuery>;


export const OrganisationListItem = z
  .object({
    id: Uuid,
    name: z.string(),
    kind: OrgKind,
    country: z.string(),
    city: z.string().nullable(),
    nutsCode: z.string().nullable(),
    naceCode: z.string().nullable(),
    themes: z.array(z.string()),
    sdgs: z.array(z.number()),
    isLocal: z.boolean(),
    isOwn: z.boolean(),
    relationCount: z.number(),
    reasons: z.array(z.enum(MATCH_REASONS)),
  })
  .openapi('OrganisationListItem');

export const OrganisationPage = z
  .object({
    items: z.array(OrganisationListItem),
    nextCursor: z.string().nullable(),
    total: z.number().openapi({ description: 'Matching organisations, counted up to 1,000' }),
    totalCapped: z.boolean().openapi({ description: 'More organisations match than `total` says' }),
  })
  .openapi('OrganisationPage');
