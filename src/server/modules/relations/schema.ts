// Relations between two organisations: twin towns, EU partnerships, export agreements…
import { z } from '@hono/zod-openapi';
import { Uuid } from '../../http/openapi.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { BUILTIN_RELATION_TYPES, RELATION_STATUSES } from '../../../shared/register.ts';

export { BUILTIN_RELATION_TYPES };
export const RelationStatus = z.enum(RELATION_STATUSES);
export const RelationParams = WorkspaceParams.extend({ relationId: Uuid.openapi({ param: { name: 'relationId', in: 'path' } }) });
const IsoDate = z.iso.date();

const fields = {
  fromId: Uuid,
  toId: Uuid,
  type: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/),
  status: RelationStatus,
  startDate: IsoDate.nullish(),
  endDate: IsoDate.nullish(),
  source: z.string().trim().max(500).nullish(),
  notes: z.string().max(5000),
};

function datesInOrder(v: { startDate?: string | null; endDate?: string | null }, ctx: z.RefinementCtx) {
  if (v.startDate && v.endDate && v.endDate < v.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'end before start', params: { key: 'field.end_before_start' } });
  }
}

export const CreateRelationBody = z
  .object({ ...fields, status: fields.status.default('active'), notes: fields.notes.default('') })
  .strict()
  .superRefine((v, ctx) => {
    datesInOrder(v, ctx);
    if (v.fromId === v.toId) ctx.addIssue({ code: 'custom', path: ['toId'], message: 'same', params: { key: 'field.same_organisation' } });
  })
  .openapi('CreateRelationBody');

export const UpdateRelationBody = z
  .object({ type: fields.type, status: fields.status, startDate: fields.startDate, endDate: fields.endDate, source: fields.source, notes: fields.notes })
  .partial()
  .strict()
  .superRefine(datesInOrder)
  .openapi('UpdateRelationBody');

export const OrgRef = z.object({ id: Uuid, name: z.string(), country: z.string(), kind: z.string(), lat: z.number().nullable(), lon: z.number().nullable() });

export const Relation = z
  .object({
    id: Uuid,
    from: OrgRef,
    to: OrgRef,
    type: z.string(),
    status: RelationStatus,
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    source: z.string().nullable(),
    notes: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Relation');

export const RelationList = z.object({ items: z.array(Relation), nextCursor: z.string().nullable() }).openapi('RelationList');

export const RelationQuery = z
  .object({
    organisationId: Uuid.optional(),
    type: z.string().max(63).optional(),
    status: RelationStatus.optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .openapi('RelationQuery');

export const GraphQuery = z.object({
  type: z.string().max(63).optional(),
  status: RelationStatus.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});

const MapOrg = z.object({ id: Uuid, name: z.string(), country: z.string(), lat: z.number().nullable(), lon: z.number().nullable() });
export const RelationMap = z
  .object({
    own: MapOrg.nullable(),
    lines: z.array(z.object({ relationId: Uuid, type: z.string(), status: RelationStatus, to: MapOrg })),
    countries: z.array(z.object({ country: z.string(), relations: z.number() })),
  })
  .openapi('RelationMap');

export const RelationGraph = z
  .object({
    nodes: z.array(z.object({ id: Uuid, name: z.string(), kind: z.string(), country: z.string(), isOwn: z.boolean(), isLocal: z.boolean(), degree: z.number() })),
    edges: z.array(z.object({ id: Uuid, source: Uuid, target: Uuid, type: z.string(), status: RelationStatus })),
    truncated: z.boolean(),
  })
  .openapi('RelationGraph');
