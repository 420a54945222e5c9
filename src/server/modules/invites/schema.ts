// Invitations by link: an admin invites an e-mail address with a role.
import { z } from '@hono/zod-openapi';
import { Role, Uuid } from '../../http/openapi.ts';
import { Email, NewPassword, Me } from '../auth/schema.ts';
import { WorkspaceParams } from '../members/schema.ts';

export const InviteParams = WorkspaceParams.extend({ inviteId: Uuid.openapi({ param: { name: 'inviteId', in: 'path' } }) });
export const TokenParams = z.object({ token: z.string().min(20).max(100).openapi({ param: { name: 'token', in: 'path' } }) });

export const CreateInviteBody = z.object({ email: Email, role: Role }).strict().openapi('CreateInviteBody');

export const Invite = z
  .object({
    id: Uuid,
    email: z.string(),
    role: Role,
    status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
    createdAt: z.string(),
    expiresAt: z.string(),
    invitedBy: z.string().nullable(),
  })
  .openapi('Invite');

export const CreatedInvite = Invite.extend({ link: z.string() }).openapi('CreatedInvite');
export const InviteList = z.object({ items: z.array(Invite) }).openapi('InviteList');

export const InvitePreview = z
  .object({ workspaceName: z.string(), email: z.string(), role: Role, existingUser: z.boolean() })
  .openapi('InvitePreview');

export const AcceptInviteBody = z
  .object({ name: z.string().trim().min(1).max(200).optional(), password: NewPassword.or(z.string().min(1).max(200)) })
  .openapi('AcceptInviteBody');

export const AcceptedInvite = Me;
