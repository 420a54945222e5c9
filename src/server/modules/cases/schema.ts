// Cases as staff register, change, move and read them. Public-form schemas are in public-schema.ts,
// vocabulary schemas in vocabulary-schema.ts.
import { z } from '@hono/zod-openapi';
import { Uuid } from '../../http/openapi.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { Code } from '../vocabularies/schema.ts';
import { Email, IdentifierScheme, optionalText, requesterShape, RequesterKind, text } from './fields.ts';
import { CASE_CHANNELS, CASE_PRIORITIES, CASE_STATUSES } from './workflow.ts';

export const CaseStatus = z.enum(CASE_STATUSES);
export const CaseChannel = z.enum(CASE_CHANNELS);
export const CasePriority = z.enum(CASE_PRIORITIES);
const Language = z.string().regex(/^[a-z]{2}$/);
const RegisterCode = z.string().regex(/^[A-ZÅÄÖÆØ][A-ZÅÄÖÆØ0-9-]{0,9}$/);
const Labels = z.record(z.string(), z.string());

export const CaseParams = WorkspaceParams.extend({ caseId: Uuid.openapi({ param: { name: 'caseId', in: 'path' } }) });
export const CaseLinkParams = CaseParams.extend({ linkId: Uuid.openapi({ param: { name: 'linkId', in: 'path' } }) });

/** The requester on the staff form: contact details, and/or a person and organisation in the register. */
export const StaffRequesterInput = z
  .object({
    ...requesterShape,
    kind: RequesterKind.default('other'),
    personId: Uuid.nullish(),
    organisationId: Uuid.nullish(),
    /** Add the requester to the register as a person (legal basis: public task). */
    createPerson: z.boolean().default(false),
    /** Add the requester's organisation to the register (a company in the workspace's country). */
    createOrganisation: z.boolean().default(false),
  })
  .strict()
  .openapi('CaseRequesterInput');
export type StaffRequester = z.infer<typeof StaffRequesterInput>;

export const RegisterCaseBody = z
  .object({
    register: RegisterCode.optional().openapi({ description: 'Register code; the default register when left out' }),
    channel: CaseChannel.exclude(['web']),
    receivedAt: z.iso.datetime({ offset: true }).optional().openapi({ description: 'When the question came in (a call earlier today); now when left out' }),
    language: Language.optional().openapi({ description: 'The requester’s language; the workspace’s when left out' }),
    category: Code,
    title: text(300, 1),
    description: text(20_000).default(''),
    priority: CasePriority.default('normal'),
    unit: Code.nullish(),
    assigneeId: Uuid.nullish(),
    requester: StaffRequesterInput.optional().openapi({ description: 'Who asked; anonymous when left out' }),
    organisationIds: z.array(Uuid).max(20).default([]),
    secret: z.boolean().default(false),
    secretReason: optionalText(500),
    /** E-mail the requester a receipt with the registration number (needs their e-mail address). */
    sendReceipt: z.boolean().default(false),
  })
  .strict()
  .openapi('RegisterCaseBody');
export type RegisterCaseInput = z.infer<typeof RegisterCaseBody>;

export const UpdateCaseBody = z
  .object({
    version: z.number().int().min(1),
    channel: CaseChannel,
    language: Language,
    category: Code,
    title: text(300, 1),
    description: text(20_000),
    priority: CasePriority,
    unit: Code.nullable(),
    assigneeId: Uuid.nullable(),
    dueOn: z.iso.date(),
    secret: z.boolean(),
    secretReason: optionalText(500),
  })
  .partial()
  .required({ version: true })
  .strict()
  .openapi('UpdateCaseBody');
export type CasePatch = z.infer<typeof UpdateCaseBody>;

export const TransitionBody = z
  .object({
    status: CaseStatus,
    comment: optionalText(2000),
    unit: Code.nullish().openapi({ description: 'assigned / in progress: the unit taking the case' }),
    assigneeId: Uuid.nullish().openapi({ description: 'assigned / in progress: the officer taking the case' }),
    referredToId: Uuid.nullish().openapi({ description: 'referred: the partner organisation in the register' }),
    partnerEmail: Email.openapi({ description: 'referred: e-mail the question to the partner at this address' }),
    answer: optionalText(20_000).openapi({ description: 'answered: the answer, e-mailed to the requester and kept with the case' }),
  })
  .strict()
  .openapi('CaseTransitionBody');
export type TransitionInput = z.infer<typeof TransitionBody>;

export const UpdateRequesterBody = z
  .object({
    kind: RequesterKind,
    name: requesterShape.name,
    email: requesterShape.email,
    phone: requesterShape.phone,
    organisationName: requesterShape.organisationName,
    organisationNumber: requesterShape.organisationNumber,
    organisationNumberScheme: IdentifierScheme.optional(),
    personId: Uuid.nullable(),
    organisationId: Uuid.nullable(),
    createPerson: z.boolean(),
    createOrganisation: z.boolean(),
  })
  .partial()
  .strict()
  .openapi('UpdateCaseRequesterBody');
export type RequesterPatch = z.infer<typeof UpdateRequesterBody>;

export const NoteBody = z.object({ body: text(10_000, 1) }).strict().openapi('CaseNoteBody');
export const MessageBody = z
  .object({
    direction: z.enum(['in', 'out']),
    channel: CaseChannel,
    subject: optionalText(300),
    body: text(20_000, 1),
  })
  .strict()
  .openapi('CaseMessageBody');
export const LinkBody = z.object({ organisationId: Uuid, note: optionalText(500) }).strict().openapi('CaseLinkBody');

const StatusList = z
  .string()
  .max(500)
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(CaseStatus).max(20));

export const CaseQuery = z
  .object({
    status: StatusList.optional().openapi({ description: 'Comma-separated statuses', example: 'received,assigned' }),
    open: z.enum(['true', 'false']).optional().openapi({ description: 'true: not answered or closed; false: answered or closed' }),
    overdue: z.enum(['true']).optional().openapi({ description: 'Open cases past their due date' }),
    category: Code.optional(),
    unit: Code.optional(),
    assignee: z.union([Uuid, z.literal('me'), z.literal('none')]).optional(),
    channel: CaseChannel.optional(),
    register: RegisterCode.optional(),
    year: z.coerce.number().int().min(2000).max(9999).optional(),
    organisationId: Uuid.optional().openapi({ description: 'Cases from or linked to this organisation' }),
    q: z.string().trim().max(200).optional().openapi({ description: 'Words in the registration number, title or description' }),
    sort: z.enum(['received', 'due']).default('received'),
    cursor: z.string().max(300).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .openapi('CaseQuery');
export type CaseFilter = z.infer<typeof CaseQuery>;

const Ref = z.object({ id: Uuid, name: z.string() });
const Category = z.object({ code: z.string(), labels: Labels, responseDays: z.number().int() });
const Unit = z.object({ code: z.string(), labels: Labels });

export const CaseSummary = z
  .object({
    id: Uuid,
    reference: z.string().openapi({ example: 'KS 2026/0042' }),
    status: CaseStatus,
    priority: CasePriority,
    channel: CaseChannel,
    language: z.string(),
    category: Category,
    title: z.string(),
    unit: Unit.nullable(),
    assignee: Ref.nullable(),
    organisationName: z.string().nullable().openapi({ description: 'The requester’s organisation, as given or from the register' }),
    receivedAt: z.string(),
    dueOn: z.string(),
    overdue: z.boolean(),
    secret: z.boolean(),
  })
  .openapi('CaseSummary');

export const CasePage = z.object({ items: z.array(CaseSummary), nextCursor: z.string().nullable() }).openapi('CasePage');

export const CaseMessage = z
  .object({
    id: Uuid,
    direction: z.enum(['in', 'out']),
    kind: z.enum(['receipt', 'answer', 'referral', 'message']),
    channel: CaseChannel,
    subject: z.string().nullable(),
    body: z.string(),
    author: Ref.nullable(),
    createdAt: z.string(),
  })
  .openapi('CaseMessage');
export const CaseNote = z.object({ id: Uuid, body: z.string(), author: Ref.nullable(), createdAt: z.string() }).openapi('CaseNote');
export const CaseLink = z
  .object({ id: Uuid, type: z.enum(['organisation']), organisation: Ref, note: z.string().nullable(), createdAt: z.string() })
  .openapi('CaseLink');
export const StatusChange = z
  .object({ from: CaseStatus.nullable(), to: CaseStatus, at: z.string(), actor: Ref.nullable(), comment: z.string().nullable() })
  .openapi('CaseStatusChange');

export const Case = CaseSummary.extend({
  register: z.string(),
  year: z.number().int(),
  number: z.number().int(),
  description: z.string(),
  referredTo: Ref.nullable(),
  answeredAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  secretReason: z.string().nullable(),
  disposeAfter: z.string().nullable(),
  disposedAt: z.string().nullable(),
  requester: z
    .object({ kind: RequesterKind, organisationName: z.string().nullable(), person: Ref.nullable(), organisation: Ref.nullable(), hasEmail: z.boolean(), hasPhone: z.boolean() })
    .openapi({ description: 'Without contact details: those are read (and the read audited) through …/requester' }),
  allowedTransitions: z.array(CaseStatus),
  links: z.array(CaseLink),
  history: z.array(StatusChange),
  notes: z.array(CaseNote).openapi({ description: 'Internal: never shown or sent to the requester' }),
  messages: z.array(CaseMessage).openapi({ description: 'To and from the requester' }),
  createdBy: Ref.nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).openapi('Case');

export const CaseRequester = z
  .object({
    kind: RequesterKind,
    name: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    organisationName: z.string().nullable(),
    organisationNumber: z.string().nullable(),
    organisationNumberDisplay: z.string().nullable(),
    organisationNumberScheme: IdentifierScheme.nullable(),
    person: Ref.nullable(),
    organisation: Ref.nullable(),
    consentAt: z.string().nullable(),
  })
  .openapi('CaseRequester');

export const RejectionQuery = z
  .object({ from: z.iso.date().optional(), to: z.iso.date().optional() })
  .openapi('CaseFormRejectionQuery');
export const RejectionCounts = z
  .object({
    items: z.array(z.object({ day: z.string(), reason: z.enum(['honeypot', 'rate_limited', 'too_large', 'invalid']), count: z.number().int() })),
  })
  .openapi('CaseFormRejections');
