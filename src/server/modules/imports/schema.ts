// Register imports: upload a sheet, map its columns, look at a dry run, run it in batches.
import { z } from '@hono/zod-openapi';
import { Uuid } from '../../http/openapi.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { OrgKind, OrganisationQuery } from '../organisations/schema.ts';
import { RelationStatus } from '../relations/schema.ts';
import { ORGANISATION_FIELDS, RELATION_FIELDS } from './fields.ts';

export const ImportParams = WorkspaceParams.extend({ importId: Uuid.openapi({ param: { name: 'importId', in: 'path' } }) });
export const ImportKind = z.enum(['organisations', 'relations']);

export const UploadQuery = z.object({
  kind: ImportKind.default('organisations'),
  /** For a raw body, the file's name (a multipart upload names itself). */
  filename: z.string().max(255).optional(),
});

export const ImportField = z.enum([...ORGANISATION_FIELDS, ...RELATION_FIELDS, 'ignore'] as unknown as [string, ...string[]]).openapi('ImportField');

/** Column name → field; columns left out (or mapped to `ignore`) are not imported. */
export const Mapping = z.record(z.string().max(300), ImportField).openapi('ImportMapping');

/** Values for rows whose cell is empty or whose column is not mapped. */
export const Defaults = z
  .object({ kind: OrgKind.optional(), country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/).optional(), status: RelationStatus.optional() })
  .strict()
  .openapi('ImportDefaults');

/** The person's meaning of a coded value, per field: raw value → code ('' leaves the field empty). */
export const ValueChoices = z.record(z.string().max(64), z.record(z.string().max(500), z.string().max(64))).openapi('ImportValueChoices');

/** What to do with an organisation of the file that the register has: leave it as it is, fill in what it lacks, or leave the rows out. */
export const ExistingAction = z.enum(['leave', 'update', 'skip']);
/** What to do with one whose name resembles one in the register: leave it out, make it new, or take it as that one. */
export const SimilarAction = z.enum(['skip', 'create', 'leave', 'update']);

/** One row's own choice (the first row of its organisation in the file); `organisationId`: the register's organisation it is. */
export const Decision = z
  .object({ row: z.number().int().min(2), action: z.enum(['create', 'skip', 'leave', 'update']), organisationId: Uuid.optional() })
  .strict()
  .openapi('ImportDecision');

/** What the rows are read as: the columns' fields, values for empty cells, and the meaning of coded values. */
const Reading = { mapping: Mapping, defaults: Defaults.default({}), values: ValueChoices.default({}) };

export const DryRunBody = z.object(Reading).strict().openapi('ImportDryRunBody');
export const ValuesBody = z.object({ mapping: Mapping, defaults: Defaults.default({}), values: ValueChoices.default({}) }).strict().openapi('ImportValuesBody');

export const RunBody = z
  .object({
    /** Required on the first call; later calls continue with the plan the run started with. */
    mapping: Mapping.optional(),
    defaults: Defaults.optional(),
    values: ValueChoices.optional(),
    existing: ExistingAction.optional(),
    similar: SimilarAction.optional(),
    decisions: z.array(Decision).max(1_000_000).optional(),
    /** Sheet row numbers not to import (the same as a decision to skip them). */
    skipRows: z.array(z.number().int().min(2)).max(1_000_000).optional(),
    /** Keep the mapping, defaults, value choices and what to do with existing organisations for the next file with these columns. */
    saveTemplate: z.boolean().optional(),
    /** How many batches this call runs at most before it answers with the progress. */
    maxBatches: z.number().int().min(1).max(100).optional(),
  })
  .strict()
  .openapi('ImportRunBody');

export type Decision = z.infer<typeof Decision>;
export type Plan = {
  mapping: Record<string, string>;
  defaults: z.infer<typeof Defaults>;
  values: z.infer<typeof ValueChoices>;
  existing: z.infer<typeof ExistingAction>;
  similar: z.infer<typeof SimilarAction>;
  decisions: Decision[];
  skipRows: number[];
};

const RowError = z.object({ row: z.number().int(), column: z.string().nullable(), field: z.string(), message: z.string() }).openapi('ImportRowError');

/** What the check found, counted: every row is in exactly one of errorRows, repeats and the organisations (or relations) of the file. */
export const CheckSummary = z
  .object({
    total: z.number().int(),
    errorRows: z.number().int(),
    /** Rows that are an organisation (or a link) an earlier row of the file already is. */
    repeats: z.number().int(),
    /** Organisations: one per organisation of the file, however many rows it has. */
    organisations: z.number().int(),
    new: z.number().int(),
    /** Organisations (or links) the register has: by identifier, by name and country. */
    existing: z.object({ identifier: z.number().int(), name: z.number().int() }),
    /** Organisations whose name resembles one in the register: the person decides. */
    similar: z.number().int(),
  })
  .openapi('ImportCheckSummary');

export const DryRun = CheckSummary.extend({
  /** Rows without errors (repeats and organisations the register has included). */
  valid: z.number().int(),
  /** The first rows with errors; the rest page through GET …/rows?outcome=error. */
  errors: z.array(RowError),
}).openapi('ImportDryRun');

export const RowOutcome = z.enum(['error', 'new', 'repeat', 'match', 'similar', 'exists', 'created', 'updated', 'matched', 'repeated', 'skipped', 'failed']);

export const RowsQuery = z.object({
  outcome: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((s) => s.trim()) : undefined))
    .pipe(z.array(RowOutcome).optional())
    .openapi({ description: 'One outcome or several, separated by commas (error,repeat)', type: 'string' }),
  after: z.coerce.number().int().min(0).default(0).openapi({ description: 'Sheet row to continue after' }),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export const ImportRow = z
  .object({
    row: z.number().int(),
    outcome: RowOutcome,
    /** The file's name for the organisation (or the relation's ends). */
    name: z.string().nullable(),
    /** The register's organisation it is, became, matched or resembles. */
    organisation: z.object({ id: Uuid, name: z.string(), country: z.string() }).nullable(),
    relationId: Uuid.nullable(),
    /** identifier | name | similar_name | same_relation: why it is that organisation. */
    reason: z.string().nullable(),
    score: z.number().nullable(),
    /** The first row of the organisation this row repeats. */
    repeatOf: z.number().int().nullable(),
    problems: z.array(RowError),
    /** Values of this row that differ from the first row's (the first row's are kept). */
    differences: z.array(z.object({ field: z.string(), value: z.string(), kept: z.string() })),
  })
  .openapi('ImportRow');

export const ImportRows = z.object({ items: z.array(ImportRow), total: z.number().int(), next: z.number().int().nullable() }).openapi('ImportRows');

const ValueTarget = z.object({ code: z.string(), label: z.string().nullable() });
export const ColumnValues = z
  .object({
    fields: z.array(
      z.object({
        field: z.string(),
        column: z.string(),
        /** Distinct values found, most rows first. */
        values: z.array(
          z.object({
            value: z.string(),
            rows: z.number().int(),
            /** The target the value will get: the person's saved choice, a sure meaning, or a guess to confirm; null when it has none. */
            suggestion: ValueTarget.nullable(),
            how: z.enum(['chosen', 'code', 'known', 'guess', 'ambiguous', 'unknown']),
            candidates: z.array(ValueTarget),
            message: z.string().nullable(),
          }),
        ),
      }),
    ),
  })
  .openapi('ImportColumnValues');

export const Upload = z
  .object({
    id: Uuid,
    kind: ImportKind,
    filename: z.string().nullable(),
    format: z.enum(['csv', 'xlsx']),
    encoding: z.string().nullable(),
    delimiter: z.string().nullable(),
    columns: z.array(z.string()),
    total: z.number().int(),
    sampleRows: z.array(z.array(z.string())),
    suggestedMapping: z.record(z.string(), ImportField),
    fields: z.array(z.object({ field: z.string(), required: z.boolean() })),
    /** The choices saved from an earlier file with the same columns, if any. */
    template: z.object({ defaults: Defaults, values: ValueChoices, existing: ExistingAction, similar: SimilarAction, updatedAt: z.string() }).nullable(),
  })
  .openapi('ImportUpload');

export const PlanSchema = z.object({
  mapping: Mapping,
  defaults: Defaults,
  values: ValueChoices,
  existing: ExistingAction,
  similar: SimilarAction,
  decisions: z.array(Decision),
  skipRows: z.array(z.number().int()),
});

export const ImportState = z
  .object({
    id: Uuid,
    kind: ImportKind,
    status: z.enum(['uploaded', 'running', 'done']),
    filename: z.string().nullable(),
    format: z.enum(['csv', 'xlsx']),
    columns: z.array(z.string()),
    total: z.number().int(),
    processed: z.number().int(),
    created: z.number().int(),
    /** Organisations the register had, filled in with what it lacked. */
    updated: z.number().int(),
    /** Rows that are an organisation the register had, left as it was. */
    matched: z.number().int(),
    /** Rows that repeat an organisation (or link) of an earlier row of the file. */
    repeated: z.number().int(),
    skipped: z.number().int(),
    failed: z.number().int(),
    /** The first rows that failed; the rest page through GET …/rows?outcome=failed. */
    problems: z.array(RowError),
    plan: PlanSchema.nullable(),
    /** What the last check of the rows found (for the plan in `checkedPlan`). */
    checked: CheckSummary.nullable(),
    /** While the import is not started: its first rows and the mapping suggested from its headers, as the upload gave them. */
    sampleRows: z.array(z.array(z.string())),
    suggestedMapping: z.record(z.string(), ImportField),
    template: Upload.shape.template,
    createdAt: z.string(),
    updatedAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .openapi('ImportState');

export const ImportList = z
  .object({ items: z.array(ImportState.omit({ columns: true, problems: true, plan: true, checked: true, sampleRows: true, suggestedMapping: true, template: true })) })
  .openapi('ImportList');

export const ExportQuery = OrganisationQuery.omit({ cursor: true, limit: true })
  .extend({ format: z.enum(['csv', 'xlsx']).default('csv') })
  .openapi('OrganisationExportQuery');
