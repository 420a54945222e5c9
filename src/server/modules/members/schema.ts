// Members of a workspace and their roles.
import { z } from '@hono/zod-openapi';
import { Role, Uuid } from '../../http/openapi.ts';

export const WorkspaceParams = z.object({ workspaceId: Uuid.openapi({ param: { name: 'workspaceId', in: 'path' } }) });
export const MemberParams = WorkspaceParams.extend({ userId: Uuid.openapi({ param: { name: 'userId', in: 'path' } }) });

export const Workspace = z
  .object({
    id: Uuid,
    slug: z.string(),
    name: z.string(),
    country: z.string(),
    defaultLocale: z.string(),
    timeZone: z.string().openapi({ description: 'The IANA time zone the workspace counts dates and deadlines in (from its country)', example: 'Europe/Stockholm' }),
    isDemo: z.boolean(),
    role: Role,
  })
  .openapi('Workspace');

export const Member = z
  .object({ userId: Uuid, email: z.string(), name: z.string(), role: Role, since: z.string() })
  .openapi('Member');

export const MemberList = z.object({ items: z.array(Member) }).openapi('MemberList');

export const ChangeRoleBody = z.object({ role: Role }).strict().openapi('ChangeRoleBody');
