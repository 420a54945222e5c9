// The workspace's start page in figures: what the register holds, the case desk's load and the
// caller's own cases, imports left half way. Parts the caller's role may not see are null.
import { z } from '@hono/zod-openapi';
import { Uuid } from '../../http/openapi.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { CaseSummary } from '../cases/schema.ts';

export { WorkspaceParams };

const RelationTypeCount = z.object({
  type: z.string().openapi({ example: 'twin_town' }),
  labels: z.record(z.string(), z.string()).nullable().openapi({ description: 'The workspace’s own names of a type it added; null for the built-in types' }),
  count: z.number().int(),
});

const RegisterFigures = z.object({
  organisations: z.number().int().openapi({ description: 'Organisations in the register (merged ones not counted)' }),
  people: z.number().int(),
  relations: z.number().int(),
  relationTypes: z.array(RelationTypeCount).openapi({ description: 'Relation types by number of relations, most first (at most 6)' }),
  otherRelations: z.number().int().openapi({ description: 'Relations of the types not listed' }),
});

const CaseFigures = z.object({
  open: z.number().int().openapi({ description: 'Not answered or closed' }),
  overdue: z.number().int().openapi({ description: 'Open, and the due date has passed' }),
  dueToday: z.number().int(),
  unassigned: z.number().int().openapi({ description: 'Open, with neither unit nor officer' }),
  receivedThisMonth: z.number().int().openapi({ description: 'Received since the first of this month, in the workspace’s time zone' }),
  mine: z.object({ open: z.number().int(), overdue: z.number().int(), dueToday: z.number().int() }).openapi({ description: 'Open cases assigned to the caller' }),
  myCases: z.array(CaseSummary).openapi({ description: 'The caller’s open cases by due date, overdue first (at most 8)' }),
  nearestDeadlines: z.array(CaseSummary).openapi({ description: 'Open cases of the whole desk by due date, overdue first (at most 5)' }),
});

const ImportInProgress = z.object({
  id: Uuid,
  kind: z.enum(['organisations', 'relations']),
  status: z.enum(['uploaded', 'running']),
  filename: z.string().nullable(),
  total: z.number().int(),
  processed: z.number().int(),
  createdAt: z.string(),
});

const ProjectFigures = z.object({
  total: z.number().int().openapi({ description: 'Projects in the portfolio' }),
  running: z.number().int().openapi({ description: 'Approved, contracted, running or in final report' }),
  inPreparation: z.number().int().openapi({ description: 'Ideas, in preparation or submitted' }),
});

export const Overview = z
  .object({
    today: z.string().openapi({ description: 'The workspace’s date today (YYYY-MM-DD)' }),
    timeZone: z.string().openapi({ description: 'The workspace’s time zone (IANA), in which dates and deadlines are counted', example: 'Europe/Stockholm' }),
    register: RegisterFigures,
    cases: CaseFigures.nullable().openapi({ description: 'Null for a role that may not read cases' }),
    projects: ProjectFigures,
    imports: z.array(ImportInProgress).nullable().openapi({ description: 'Imports uploaded or running, newest first; null for a role that may not import' }),
  })
  .openapi('WorkspaceOverview');
export type OverviewData = z.infer<typeof Overview>;
