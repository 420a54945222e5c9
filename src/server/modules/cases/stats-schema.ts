// Deadline watch (my cases, overdue, due today) and response-time statistics per category.
import { z } from '@hono/zod-openapi';
import { WorkspaceParams } from '../members/schema.ts';
import { CaseSummary } from './schema.ts';

export { WorkspaceParams };

const Counts = z.object({
  open: z.number().int().openapi({ description: 'Not answered or closed' }),
  overdue: z.number().int().openapi({ description: 'Open, and the due date has passed' }),
  dueToday: z.number().int().openapi({ description: 'Open, and due today' }),
});

export const Deadlines = z
  .object({
    today: z.string().openapi({ description: 'The workspace’s date today' }),
    mine: Counts.openapi({ description: 'Cases assigned to the caller' }),
    all: Counts.extend({ unassigned: z.number().int().openapi({ description: 'Open, with neither unit nor officer' }) }),
    referralsAwaitingReceipt: z.number().int().openapi({ description: 'Referrals whose partner has not confirmed receipt and whose link is still valid' }),
    myCases: z.array(CaseSummary).openapi({ description: 'The caller’s open cases by due date (at most 50)' }),
  })
  .openapi('CaseDeadlines');

export const StatsQuery = z
  .object({
    from: z.iso.date().optional().openapi({ description: 'First day cases came in (default: a year before `to`)' }),
    to: z.iso.date().optional().openapi({ description: 'Last day cases came in (default: today)' }),
  })
  .openapi('CaseStatisticsQuery');
export type StatsFilter = z.infer<typeof StatsQuery>;

const Figures = z.object({
  received: z.number().int(),
  answered: z.number().int().openapi({ description: 'Of those received, how many have been answered (first answer)' }),
  medianDays: z.number().nullable().openapi({ description: 'Median calendar days from receipt to first answer, one decimal; null when none answered' }),
  withinTarget: z.number().int().openapi({ description: 'Answered on or before the due date' }),
  shareWithinTarget: z.number().nullable().openapi({ description: 'withinTarget / answered, 0–1; null when none answered' }),
  open: z.number().int(),
  overdue: z.number().int(),
});

export const Statistics = z
  .object({
    from: z.string(),
    to: z.string(),
    categories: z.array(Figures.extend({ category: z.object({ code: z.string(), labels: z.record(z.string(), z.string()), responseDays: z.number().int() }) })),
    total: Figures,
  })
  .openapi('CaseStatistics');
