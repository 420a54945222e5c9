// Types of the import, export and merge payloads, inferred from the server's Zod schemas
// (type-only imports: nothing from the server ends up in the browser bundle). The field list the
// mapping offers is repeated as plain arrays; labels.test.ts checks they match the server's.
import type { z } from 'zod';
import type {
  ColumnValues as ColumnValuesSchema,
  Decision as DecisionSchema,
  DryRun as DryRunSchema,
  ImportList as ImportListSchema,
  ImportRow as ImportRowSchema,
  ImportRows as ImportRowsSchema,
  ImportState as ImportStateSchema,
  Upload as UploadSchema,
} from '../../../server/modules/imports/schema.ts';
import type { DuplicateList as DuplicateListSchema, DuplicateSuggestion as DuplicateSuggestionSchema } from '../../../server/modules/merge/schema.ts';

export type Upload = z.infer<typeof UploadSchema>;
export type DryRun = z.infer<typeof DryRunSchema>;
export type RowError = DryRun['errors'][number];
export type CheckSummary = Omit<DryRun, 'errors' | 'valid'>;
export type ImportRow = z.infer<typeof ImportRowSchema>;
export type ImportRows = z.infer<typeof ImportRowsSchema>;
export type RowOutcome = ImportRow['outcome'];
export type ColumnValues = z.infer<typeof ColumnValuesSchema>;
export type ValueEntry = ColumnValues['fields'][number]['values'][number];
export type Decision = z.infer<typeof DecisionSchema>;
export type DecisionAction = Decision['action'];
export type ExistingAction = 'leave' | 'update' | 'skip';
export type SimilarAction = 'skip' | 'create' | 'leave' | 'update';
export type ImportState = z.infer<typeof ImportStateSchema>;
export type ImportSummary = z.infer<typeof ImportListSchema>['items'][number];
export type ImportStatus = ImportState['status'];
export type ImportKind = ImportState['kind'];
export type DuplicateSuggestion = z.infer<typeof DuplicateSuggestionSchema>;
export type DuplicateList = z.infer<typeof DuplicateListSchema>;
export type MergeSide = DuplicateSuggestion['organisations'][number];

/** Column name → field ('ignore' leaves a column out). */
export type Mapping = Record<string, string>;
/** Values for empty cells: an organisation's kind and country, a relation's status. */
export type Defaults = { kind?: string; country?: string; status?: string };
/** Raw value → code ('' leaves the field empty), per coded field. */
export type ValueChoices = Record<string, Record<string, string>>;
/** What `run` is started with; fixed for the rest of the import. */
export type Plan = {
  mapping: Mapping;
  defaults: Defaults;
  values: ValueChoices;
  existing: ExistingAction;
  similar: SimilarAction;
  decisions: Decision[];
  skipRows: number[];
  saveTemplate?: boolean;
};

/** What a column of an organisation sheet can be imported as, in the order the mapping offers them. */
export const ORGANISATION_IMPORT_FIELDS = [
  'name',
  'names',
  'kind',
  'country',
  'city',
  'lat',
  'lon',
  'nutsCode',
  'naceCode',
  'identifiers.se_orgnr',
  'identifiers.dk_cvr',
  'identifiers.pl_nip',
  'identifiers.no_orgnr',
  'identifiers.fi_ytunnus',
  'identifiers.eu_vat',
  'identifiers.wikidata',
  'identifiers.eu_pic',
  'themes',
  'sdgs',
  'website',
  'description',
  'tags',
  'isLocal',
] as const;

/** What a column of a relation sheet can be imported as: each end by number or name (and country). */
export const RELATION_IMPORT_FIELDS = [
  'from.identifier',
  'from.name',
  'from.country',
  'to.identifier',
  'to.name',
  'to.country',
  'type',
  'status',
  'startDate',
  'endDate',
  'source',
  'notes',
] as const;

/** What the file holds; organisations unless the person says otherwise. */
export const IMPORT_KINDS: readonly ImportKind[] = ['organisations', 'relations'];
export const IMPORT_FIELDS: Record<ImportKind, readonly string[]> = { organisations: ORGANISATION_IMPORT_FIELDS, relations: RELATION_IMPORT_FIELDS };
/** Fields a mapping cannot do without: one column for each group, any field of the group. */
export const REQUIRED_FIELDS: Record<ImportKind, readonly (readonly string[])[]> = {
  organisations: [['name']],
  relations: [['from.identifier', 'from.name'], ['to.identifier', 'to.name'], ['type']],
};

export const IMPORT_STATUSES: readonly ImportStatus[] = ['uploaded', 'running', 'done'];
/** Why a row is an organisation (or a link) the register has. */
export const MATCH_REASONS = ['identifier', 'name', 'similar_name', 'same_relation'] as const;
export const ROW_OUTCOMES: readonly RowOutcome[] = ['error', 'new', 'repeat', 'match', 'similar', 'exists', 'created', 'updated', 'matched', 'repeated', 'skipped', 'failed'];
/** Fields whose values the value mapping lists, per kind of import (the server's CODED_FIELDS). */
export const CODED_FIELDS: Record<ImportKind, readonly string[]> = {
  organisations: ['kind', 'country', 'nutsCode', 'naceCode', 'isLocal'],
  relations: ['type', 'status', 'from.country', 'to.country'],
};
