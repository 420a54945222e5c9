// Request and response schemas for logging in, the current user and their profile.
import { z } from '@hono/zod-openapi';
import { Locale, Role, Uuid } from '../../http/openapi.ts';

export const Email = z.string().trim().toLowerCase().pipe(z.email().max(254));
export const NewPassword = z.string().min(10).max(200);

export const LoginBody = z
  .object({ email: Email, password: z.string().min(1).max(200) })
  .openapi('LoginBody');

export const WorkspaceRef = z
  .object({ id: Uuid, slug: z.string(), name: z.string(), role: Role, isDemo: z.boolean() })
  .openapi('WorkspaceRef');

export const Me = z
  .object({
    user: z.object({ id: Uuid, email: z.string(), name: z.string(), locale: Locale.nullable() }),
    workspaces: z.array(WorkspaceRef),
    csrfToken: z.string(),
  })
  .openapi('Me');

export const UpdateMeBody = z
  .object({ name: z.string().trim().min(1).max(200).optional(), locale: Locale.optional() })
  .strict()
  .openapi('UpdateMeBody');

export const ChangePasswordBody = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: NewPassword })
  .openapi('ChangePasswordBody');
