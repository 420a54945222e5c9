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

export const DryRunBody = z.object({ mapping: Mapping, defaults: Defaults.default({}) }).strict().openapi('ImportDryRunBody');

export const RunBody = z
  .object({
    /** Required on the first call; later calls continue with the mapping the run started with. */
    mapping: Mapping.optional(),
    defaults: Defaults.optional(),
    /** Sheet row numbers not to import, e.g. duplicates the person chose to leave out. */
    skipRows: z.array(z.number().int().min(2)).max(1_000_000).optional(),
    /** How many batches this call runs at most before it answers with the progress. */
    maxBatches: z.number().int().min(1).max(100).optional(),
  })
  .strict()
  .openapi('ImportRunBody');

export type Plan = { mapping: Record<string, string>; defaults: z.infer<typeof Defaults>; skipRows: number[] };

const RowError = z.object({ row: z.number().int(), column: z.string().nullable(), field: z.string(), message: z.string() }).openapi('ImportRowError');

export const Duplicate = z
  .object({
    row: z.number().int(),
    organisationId: Uuid.optional(),
    relationId: Uuid.optional(),
    name: z.string(),
    reason: z.enum(['identifier', 'similar_name', 'same_relation']),
  })
  .openapi('ImportDuplicate');

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
  })
  .openapi('ImportUpload');

export const DryRun = z
  .object({
    total: z.number().int(),
    /** Rows without errors (duplicates included: they are listed separately). */
    valid: z.number().int(),
    errors: z.array(RowError),
    duplicates: z.array(Duplicate),
    /** True when errors or duplicates were cut at 1,000 each. */
    truncated: z.boolean(),
  })
  .openapi('ImportDryRun');

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
    skipped: z.number().int(),
    failed: z.number().int(),
    problems: z.array(RowError),
    plan: z.object({ mapping: Mapping, defaults: Defaults, skipRows: z.array(z.number().int()) }).nullable(),
    /** While the import is not started: its first rows and the mapping suggested from its headers, as the upload gave them. */
    sampleRows: z.array(z.array(z.string())),
    suggestedMapping: z.record(z.string(), ImportField),
    createdAt: z.string(),
    updatedAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .openapi('ImportState');

export const ImportList = z
  .object({ items: z.array(ImportState.omit({ columns: true, problems: true, plan: true, sampleRows: true, suggestedMapping: true })) })
  .openapi('ImportList');

export const ExportQuery = OrganisationQuery.omit({ cursor: true, limit: true })
  .extend({ format: z.enum(['csv', 'xlsx']).default('csv') })
  .openapi('OrganisationExportQuery');
