// Activities on an organisation: meetings, calls, visits, notes, delegations — its timeline.
import { z } from '@hono/zod-openapi';
import { Uuid } from '../../http/openapi.ts';
import { ACTIVITY_KINDS } from '../../../shared/register.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { OrganisationParams } from '../organisations/schema.ts';

export const ActivityKind = z.enum(ACTIVITY_KINDS);
export const ActivityParams = WorkspaceParams.extend({ activityId: Uuid.openapi({ param: { name: 'activityId', in: 'path' } }) });
export { OrganisationParams };

export const CreateActivityBody = z
  .object({
    kind: ActivityKind,
    occurredOn: z.iso.date(),
    title: z.string().trim().min(1).max(300),
    notes: z.string().max(10_000).default(''),
  })
  .strict()
  .openapi('CreateActivityBody');

export const Activity = z
  .object({
    id: Uuid,
    organisationId: Uuid,
    kind: ActivityKind,
    occurredOn: z.string(),
    title: z.string(),
    notes: z.string(),
    createdBy: z.object({ id: Uuid, name: z.string() }).nullable(),
    createdAt: z.string(),
  })
  .openapi('Activity');

export const ActivityList = z.object({ items: z.array(Activity) }).openapi('ActivityList');
