// Retention, disposal runs and GDPR requests as the API takes and gives them.
import { z } from '@hono/zod-openapi';
import { Locale, Uuid } from '../../http/openapi.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { CaseStatus } from '../cases/schema.ts';

const Labels = z.record(z.string(), z.string());
const Ref = z.object({ id: Uuid, name: z.string() });

export const RetentionCategory = z
  .object({
    code: z.string(),
    labels: Labels,
    active: z.boolean(),
    retentionYears: z.number().int().nullable().openapi({ description: 'Years a closed case is kept after closing; null: kept for ever' }),
    openCases: z.number().int(),
    closedCases: z.number().int().openapi({ description: 'Closed and not yet disposed of' }),
    dueNow: z.number().int(),
    disposedCases: z.number().int(),
    nextDisposal: z.string().nullable().openapi({ description: 'The first day a closed case of this category that is not yet due becomes due' }),
  })
  .openapi('RetentionCategory');

export const Removes = z
  .object({
    requester: z.array(z.enum(['name', 'email', 'phone', 'organisationName', 'organisationNumber', 'person'])).openapi({ description: 'The requester’s details that are there and go' }),
    description: z.boolean().openapi({ description: 'The text of the question' }),
    messages: z.number().int(),
    notes: z.number().int(),
    comments: z.number().int().openapi({ description: 'Comments in the history' }),
    linkNotes: z.number().int(),
    referralNotes: z.number().int().openapi({ description: 'Notes of referrals to partners (who got the case, and when, stays)' }),
    attachments: z.number().int().openapi({ description: 'Files attached to the case' }),
    mail: z.number().int().openapi({ description: 'Messages in the outbox' }),
  })
  .openapi('DisposalRemoves');

export const DisposalItem = z
  .object({
    id: Uuid,
    reference: z.string(),
    receivedAt: z.string(),
    closedAt: z.string(),
    category: z.object({ code: z.string(), labels: Labels }),
    retentionYears: z.number().int(),
    keptUntil: z.string().openapi({ description: 'The last day the case was kept' }),
    titleAfter: z.string().openapi({ description: 'The title as the register line keeps it, known personal data masked (empty in a run’s record)' }),
    removes: Removes,
  })
  .openapi('DisposalItem');

export const DisposalPreview = z
  .object({
    asOf: z.string().openapi({ description: 'The workspace’s date the preview is for' }),
    fingerprint: z.string().openapi({ description: 'Confirm the run with this: it disposes of exactly these cases' }),
    items: z.array(DisposalItem),
    more: z.number().int().openapi({ description: 'Cases also due that the next run takes (a run takes at most 1,000)' }),
  })
  .openapi('DisposalPreview');

export const DisposalRunBody = z
  .object({ fingerprint: z.string().regex(/^[0-9a-f]{64}$/).openapi({ description: 'The fingerprint of the preview being confirmed' }) })
  .strict()
  .openapi('DisposalRunBody');

const RunFields = {
  id: Uuid,
  fingerprint: z.string(),
  asOf: z.string(),
  runAt: z.string(),
  actor: Ref.nullable(),
  caseCount: z.number().int(),
};

export const DisposalRun = z
  .object({ ...RunFields, items: z.array(DisposalItem), repeated: z.boolean().openapi({ description: 'true: this preview was confirmed before; nothing more was done' }) })
  .openapi('DisposalRun');

export const RetentionOverview = z
  .object({ today: z.string(), categories: z.array(RetentionCategory), runs: z.array(z.object(RunFields)) })
  .openapi('RetentionOverview');

const subjectFields = {
  personId: Uuid.optional().openapi({ description: 'A person in the register' }),
  email: z.string().trim().toLowerCase().pipe(z.email().max(254)).optional().openapi({ description: 'An e-mail address: finds the people and the requesters with it' }),
};
const needsOne = (q: { personId?: string; email?: string }) => Boolean(q.personId || q.email);
const oneOf = { params: { key: 'field.subject_required' }, path: ['email'] };

export const SubjectQuery = z.object(subjectFields).refine(needsOne, oneOf).openapi('DataSubjectQuery');
export const ExportQuery = z
  .object({ ...subjectFields, format: z.enum(['json', 'pdf']).default('json'), lang: Locale.optional().openapi({ description: 'Language of the PDF; the request’s when left out' }) })
  .refine(needsOne, oneOf)
  .openapi('DataSubjectExportQuery');
export const EraseBody = z.object(subjectFields).strict().refine(needsOne, oneOf).openapi('DataSubjectEraseBody');
export type SubjectInput = z.infer<typeof SubjectQuery>;

export const PlanItem = z
  .object({
    kind: z.enum(['person', 'case', 'mail', 'audit']),
    id: z.string().nullable(),
    label: z.string(),
    rule: z.enum(['erasable', 'period', 'open', 'forever', 'disposed', 'with_case']).openapi({ description: 'erasable; or why it is kept: the retention period runs, the case is open, kept for ever, already disposed of, belongs to a kept case' }),
    keptUntil: z.string().nullable(),
    text: z.string().openapi({ description: 'What it is and why, in the caller’s language' }),
  })
  .openapi('ErasureItem');

export const SubjectSummary = z
  .object({
    emails: z.array(z.string()),
    people: z.array(z.object({ id: Uuid, name: z.string(), email: z.string().nullable(), legalBasis: z.string() })),
    cases: z.array(z.object({ id: Uuid, reference: z.string(), title: z.string(), status: CaseStatus, receivedAt: z.string(), disposedAt: z.string().nullable() })),
    mail: z.number().int(),
    access: z.number().int(),
    plan: z.object({ erase: z.array(PlanItem), keep: z.array(PlanItem) }).openapi({ description: 'What an erasure now would erase, and what it would keep and why' }),
  })
  .openapi('DataSubject');

export const ErasureResult = z.object({ erased: z.array(PlanItem), kept: z.array(PlanItem) }).openapi('ErasureResult');

export const SubjectExport = z
  .object({
    format: z.literal('samverkan.data-subject/1'),
    generatedAt: z.string(),
    workspace: z.string(),
    query: z.object({ personId: z.string().nullable() }),
    emails: z.array(z.string()),
    people: z.array(z.record(z.string(), z.unknown())),
    cases: z.array(z.record(z.string(), z.unknown())),
    mail: z.array(z.record(z.string(), z.unknown())),
    access: z.array(z.record(z.string(), z.unknown())),
  })
  .openapi('DataSubjectExport');

export const PrivacyParams = WorkspaceParams;
