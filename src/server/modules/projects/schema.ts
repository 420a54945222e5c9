// Projects: what may be written (the project, a move, a partner), what is read back (a summary in
// the list, the whole project with partners and history), and how the portfolio list is asked for.
import { z } from '@hono/zod-openapi';
import { csvParam, Uuid } from '../../http/openapi.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { OrgKind } from '../organisations/schema.ts';
import { Fund } from './programme-schema.ts';
import { OUR_ROLES, PARTNER_ROLES, PROJECT_STATUSES } from './lifecycle.ts';

export const ProjectStatus = z.enum(PROJECT_STATUSES);
export const OurRole = z.enum(OUR_ROLES);
export const PartnerRole = z.enum(PARTNER_ROLES);

export const ProjectParams = WorkspaceParams.extend({ projectId: Uuid.openapi({ param: { name: 'projectId', in: 'path' } }) });
export const PartnerParams = ProjectParams.extend({ partnerId: Uuid.openapi({ param: { name: 'partnerId', in: 'path' } }) });

const IsoDate = z.iso.date();

const fields = {
  acronym: z.string().trim().min(1).max(40),
  title: z.string().trim().min(1).max(500),
  summary: z.string().max(5000),
  programmeId: Uuid.nullish(),
  callId: Uuid.nullish().openapi({ description: 'The call the project answers; a call of the project’s programme' }),
  themes: z.array(z.string().max(63)).max(30),
  sdgs: z.array(z.number().int().min(1).max(17)).max(17),
  startDate: IsoDate.nullish(),
  endDate: IsoDate.nullish(),
  ourRole: OurRole,
  officerId: Uuid.nullish(),
};

function datesInOrder(v: { startDate?: string | null; endDate?: string | null }, ctx: z.RefinementCtx) {
  if (v.startDate && v.endDate && v.endDate < v.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'end before start', params: { key: 'field.end_before_start' } });
  }
}

export const CreateProjectBody = z
  .object({ ...fields, summary: fields.summary.default(''), themes: fields.themes.default([]), sdgs: fields.sdgs.default([]) })
  .strict()
  .superRefine(datesInOrder)
  .openapi('CreateProjectBody');

export const UpdateProjectBody = z
  .object({ ...fields, version: z.number().int().min(1) })
  .partial()
  .required({ version: true })
  .strict()
  .superRefine(datesInOrder)
  .openapi('UpdateProjectBody');

export type ProjectInput = z.infer<typeof CreateProjectBody>;
export type ProjectPatch = z.infer<typeof UpdateProjectBody>;

export const MoveBody = z
  .object({
    to: ProjectStatus,
    on: IsoDate.optional().openapi({ description: 'The day of the move; today in the workspace’s time zone when left out. Not before the previous move, not in the future' }),
    note: z.string().trim().max(2000).default(''),
  })
  .strict()
  .openapi('ProjectMoveBody');
export type MoveInput = z.infer<typeof MoveBody>;

export const AddPartnerBody = z.object({ organisationId: Uuid, role: PartnerRole }).strict().openapi('AddProjectPartnerBody');
export const UpdatePartnerBody = z.object({ role: PartnerRole }).strict().openapi('UpdateProjectPartnerBody');

const Ref = z.object({ id: Uuid, name: z.string() });

export const ProjectSummary = z
  .object({
    id: Uuid,
    acronym: z.string(),
    title: z.string(),
    status: ProjectStatus,
    statusDate: z.string().openapi({ description: 'The day of the last move' }),
    ourRole: OurRole,
    programme: z.object({ id: Uuid, name: z.string(), fund: Fund }).nullable(),
    call: z.object({ id: Uuid, title: z.string(), identifier: z.string().nullable() }).nullable().openapi({ description: 'The call the project answers' }),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    officer: Ref.nullable(),
    partnerCount: z.number().int(),
    themes: z.array(z.string()),
    sdgs: z.array(z.number()),
    updatedAt: z.string(),
    allowedMoves: z.array(ProjectStatus).openapi({ description: 'The statuses the project may move to next (the board offers these)' }),
  })
  .openapi('ProjectSummary');

export const Partner = z
  .object({
    id: Uuid,
    role: PartnerRole,
    organisation: z.object({ id: Uuid, name: z.string(), country: z.string(), nutsCode: z.string().nullable(), kind: OrgKind, lat: z.number().nullable(), lon: z.number().nullable() }),
    relationId: Uuid.nullable().openapi({ description: 'The register’s “EU project partnership” relation between our municipality and the partner' }),
  })
  .openapi('ProjectPartner');

export const StatusChange = z
  .object({
    id: Uuid,
    fromStatus: ProjectStatus.nullable(),
    toStatus: ProjectStatus,
    changedOn: z.string(),
    note: z.string(),
    actor: Ref.nullable(),
    createdAt: z.string(),
  })
  .openapi('ProjectStatusChange');

const ProjectRef = z.object({ id: Uuid, acronym: z.string() });

export const Project = ProjectSummary.extend({
  summary: z.string(),
  version: z.number().int(),
  reopenedFrom: ProjectRef.nullable(),
  reopenedAs: z.array(ProjectRef),
  partners: z.array(Partner),
  history: z.array(StatusChange).openapi({ description: 'Every move, oldest first; the first is the creation' }),
}).openapi('Project');
export type ProjectData = z.infer<typeof Project>;

export const PROJECT_SORTS = ['acronym', 'title', 'status', 'start_date', 'end_date', 'updated_at'] as const;
const Sort = z.enum([...PROJECT_SORTS, ...PROJECT_SORTS.map((s) => `-${s}` as const)] as [string, ...string[]]);

export const ProjectQuery = z
  .object({
    q: z.string().trim().max(200).optional().openapi({ description: 'Words in the acronym or title' }),
    status: csvParam(ProjectStatus).openapi({ description: 'One status, or several separated by commas' }),
    programmeId: Uuid.optional(),
    callId: Uuid.optional().openapi({ description: 'Only the projects answering this call' }),
    fund: Fund.optional(),
    role: OurRole.optional(),
    theme: z.string().max(63).optional(),
    sdg: z.coerce.number().int().min(1).max(17).optional(),
    officerId: Uuid.optional(),
    year: z.coerce.number().int().min(1950).max(2100).optional().openapi({ description: 'Projects that run in this year' }),
    sort: Sort.default('-updated_at').openapi({ description: 'acronym, title, status, start_date, end_date or updated_at; a leading - sorts descending' }),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .openapi('ProjectQuery');
export type ProjectFilter = z.infer<typeof ProjectQuery>;

export const ProjectPage = z
  .object({
    items: z.array(ProjectSummary),
    total: z.number().int(),
    statusCounts: z.record(ProjectStatus, z.number().int()).openapi({ description: 'Projects per status under the other filters (for the status tabs)' }),
  })
  .openapi('ProjectPage');
