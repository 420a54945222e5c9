// Types of API payloads, inferred from the server's Zod schemas: one source of truth.
// Type-only imports: nothing from the server ends up in the browser bundle.
import type { z } from 'zod';
import type { Me as MeSchema, WorkspaceRef as WorkspaceRefSchema } from '../../server/modules/auth/schema.ts';
import type { Member as MemberSchema, Workspace as WorkspaceSchema } from '../../server/modules/members/schema.ts';
import type { CreatedInvite as CreatedInviteSchema, Invite as InviteSchema, InvitePreview as InvitePreviewSchema } from '../../server/modules/invites/schema.ts';
import type { AuditEntry as AuditEntrySchema, AuditPage as AuditPageSchema } from '../../server/modules/audit/schema.ts';

export type Me = z.infer<typeof MeSchema>;
export type User = Me['user'];
export type WorkspaceRef = z.infer<typeof WorkspaceRefSchema>;
export type Workspace = z.infer<typeof WorkspaceSchema>;
export type Role = WorkspaceRef['role'];
export type Member = z.infer<typeof MemberSchema>;
export type Invite = z.infer<typeof InviteSchema>;
export type CreatedInvite = z.infer<typeof CreatedInviteSchema>;
export type InvitePreview = z.infer<typeof InvitePreviewSchema>;
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export type AuditPage = z.infer<typeof AuditPageSchema>;

export const ROLES: readonly Role[] = ['admin', 'officer', 'desk', 'viewer'];
