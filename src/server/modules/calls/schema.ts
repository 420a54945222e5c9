// Calls for proposals: what may be written, what is read back, and how the list is asked for.
// A deadline is written as published: a wall time (YYYY-MM-DDTHH:mm) and its time zone.
import { z } from '@hono/zod-openapi';
import { csvParam, Uuid } from '../../http/openapi.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { Fund } from '../projects/programme-schema.ts';
import { CALL_STATUSES, type CallStatus } from './deadlines.ts';

export const CallStatusEnum = z.enum(CALL_STATUSES as [CallStatus, ...CallStatus[]]);
export const CallParams = WorkspaceParams.extend({ callId: Uuid.openapi({ param: { name: 'callId', in: 'path' } }) });

const WallTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/).openapi({ description: 'Wall-clock time as published, YYYY-MM-DDTHH:mm, in the call’s time zone', example: '2027-03-10T17:00' });
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** An amount of money: integer minor units (cents, öre, øre, grosze) and its ISO 4217 currency; never one without the other. */
export const Money = z
  .object({
    amountMinor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/).refine((c) => CURRENCIES.has(c), { params: { key: 'field.currency_unknown' } }),
  })
  .strict()
  .openapi('Money');

const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

const fields = {
  programmeId: Uuid,
  identifier: optionalText(100),
  title: z.string().trim().min(1).max(500),
  opensOn: z.iso.date().nullish(),
  timeZone: z.string().trim().min(1).max(64),
  deadline: WallTime,
  stage2Deadline: WallTime.nullish().openapi({ description: 'Two-stage calls: the second stage’s deadline, in the same time zone' }),
  themes: z.array(z.string().max(63)).max(30),
  policyObjectives: z.array(z.string().max(10)).max(10),
  budget: Money.nullish(),
  url: z.url({ protocol: /^https?$/ }).max(500).nullish(),
  notes: z.string().max(5000),
};

export const CreateCallBody = z
  .object({ ...fields, timeZone: fields.timeZone.default('Europe/Brussels'), themes: fields.themes.default([]), policyObjectives: fields.policyObjectives.default([]), notes: fields.notes.default('') })
  .strict()
  .openapi('CreateCallBody');

export const UpdateCallBody = z
  .object({ ...fields, version: z.number().int().min(1) })
  .partial()
  .required({ version: true })
  .strict()
  .openapi('UpdateCallBody');

export type CallInput = z.infer<typeof CreateCallBody>;
export type CallPatch = z.infer<typeof UpdateCallBody>;

const Deadline = z.object({ local: z.string(), at: z.string().openapi({ description: 'The instant, ISO 8601 in UTC' }) });

export const Call = z
  .object({
    id: Uuid,
    programme: z.object({ id: Uuid, name: z.string(), fund: Fund, code: z.string().nullable() }),
    identifier: z.string().nullable(),
    title: z.string(),
    opensOn: z.string().nullable(),
    timeZone: z.string(),
    deadline: Deadline,
    stage2Deadline: Deadline.nullable(),
    twoStage: z.boolean(),
    status: CallStatusEnum,
    nextDeadline: Deadline.extend({ stage: z.number().int() }).nullable().openapi({ description: 'The next deadline still ahead, and its stage' }),
    themes: z.array(z.string()),
    policyObjectives: z.array(z.string()),
    budget: Money.nullable(),
    url: z.string().nullable(),
    notes: z.string(),
    followerCount: z.number().int(),
    following: z.boolean().openapi({ description: 'Whether the caller follows the call (and gets its reminders)' }),
    projectCount: z.number().int(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Call');
export type CallData = z.infer<typeof Call>;

export const CALL_SORTS = ['deadline', 'title', 'opens_on', 'updated_at'] as const;
const Sort = z.enum([...CALL_SORTS, ...CALL_SORTS.map((s) => `-${s}` as const)] as [string, ...string[]]);

export const CallQuery = z
  .object({
    q: z.string().trim().max(200).optional().openapi({ description: 'Words in the identifier or title' }),
    status: csvParam(CallStatusEnum).openapi({ description: 'forthcoming, open or closed; several separated by commas' }),
    programmeId: Uuid.optional(),
    fund: Fund.optional(),
    following: z.enum(['true', 'false']).optional().openapi({ description: 'true: only the calls the caller follows' }),
    sort: Sort.default('deadline').openapi({ description: 'deadline, title, opens_on or updated_at; a leading - sorts descending' }),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .openapi('CallQuery');
export type CallFilter = z.infer<typeof CallQuery>;

export const CallPage = z
  .object({
    items: z.array(Call),
    total: z.number().int(),
    statusCounts: z.record(z.string(), z.number().int()).openapi({ description: 'Calls per status under the other filters' }),
  })
  .openapi('CallPage');

export const CallSettings = z
  .object({ reminderDays: z.array(z.number().int().min(0).max(365)).max(10).openapi({ description: 'Days before each deadline on which followers are reminded' }) })
  .strict()
  .openapi('CallSettings');
