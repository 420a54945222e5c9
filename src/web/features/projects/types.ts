// Types of the portfolio's API payloads, inferred from the server's Zod schemas (type-only
// imports: nothing from the server ends up in the browser bundle). Enum values the pages loop
// over are repeated here as plain arrays; projects.test.ts checks they match the server's.
import type { z } from 'zod';
import type {
  CreateProjectBody,
  MoveBody as MoveBodySchema,
  Partner as PartnerSchema,
  Project as ProjectSchema,
  ProjectPage as ProjectPageSchema,
  ProjectSummary as ProjectSummarySchema,
  StatusChange as StatusChangeSchema,
  UpdateProjectBody,
} from '../../../server/modules/projects/schema.ts';
import type { CreateProgrammeBody, Programme as ProgrammeSchema } from '../../../server/modules/projects/programme-schema.ts';
import { FUNDS } from '../../../shared/vocabularies/programmes.ts';

export { FUNDS };

export type Programme = z.infer<typeof ProgrammeSchema>;
export type ProgrammeBody = z.input<typeof CreateProgrammeBody>;
export type Fund = Programme['fund'];

export type ProjectSummary = z.infer<typeof ProjectSummarySchema>;
export type ProjectPage = z.infer<typeof ProjectPageSchema>;
export type Project = z.infer<typeof ProjectSchema>;
export type Partner = z.infer<typeof PartnerSchema>;
export type StatusChange = z.infer<typeof StatusChangeSchema>;
export type ProjectBody = z.input<typeof CreateProjectBody>;
export type ProjectPatch = z.input<typeof UpdateProjectBody>;
export type MoveBody = z.input<typeof MoveBodySchema>;
export type ProjectStatus = Project['status'];
export type OurRole = Project['ourRole'];
export type PartnerRole = Partner['role'];

export const PROJECT_STATUSES: readonly ProjectStatus[] = ['idea', 'in_preparation', 'submitted', 'approved', 'rejected', 'withdrawn', 'contracted', 'running', 'final_report', 'closed'];
export const OUR_ROLES: readonly OurRole[] = ['lead_partner', 'partner', 'associated_partner'];
export const PARTNER_ROLES: readonly PartnerRole[] = ['lead', 'partner', 'associated'];
