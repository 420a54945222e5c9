// The case desk's vocabularies as admins change them and everybody reads them.
import { z } from '@hono/zod-openapi';
import { WorkspaceParams } from '../members/schema.ts';
import { Code, Labels } from '../vocabularies/schema.ts';

export const CategoryParams = WorkspaceParams.extend({ code: Code.openapi({ param: { name: 'code', in: 'path' } }) });
export const UnitParams = CategoryParams;

const LabelRecord = z.record(z.string(), z.string());

export const CaseCategory = z
  .object({
    code: z.string(),
    labels: LabelRecord,
    responseDays: z.number().int().openapi({ description: 'Response-time target in working days; the due date follows from it' }),
    retentionYears: z.number().int().nullable().openapi({ description: 'Years a closed case is kept before disposal; null: kept for ever' }),
    isPublic: z.boolean().openapi({ description: 'Offered as a topic on the public form' }),
    active: z.boolean(),
  })
  .openapi('CaseCategory');
export const CaseUnit = z.object({ code: z.string(), labels: LabelRecord, active: z.boolean() }).openapi('CaseUnit');
export const CaseRegister = z.object({ code: z.string(), labels: LabelRecord, isDefault: z.boolean() }).openapi('CaseRegister');

export const CaseVocabularies = z
  .object({ registers: z.array(CaseRegister), categories: z.array(CaseCategory), units: z.array(CaseUnit) })
  .openapi('CaseVocabularies');

const categoryFields = {
  labels: Labels,
  responseDays: z.number().int().min(1).max(365),
  retentionYears: z.number().int().min(0).max(100).nullable(),
  isPublic: z.boolean(),
  active: z.boolean(),
};

export const CreateCategoryBody = z
  .object({ code: Code, ...categoryFields, retentionYears: categoryFields.retentionYears.default(null), isPublic: categoryFields.isPublic.default(true) })
  .omit({ active: true })
  .strict()
  .openapi('CreateCaseCategoryBody');
export const UpdateCategoryBody = z.object(categoryFields).partial().strict().openapi('UpdateCaseCategoryBody');
export type CategoryInput = z.infer<typeof CreateCategoryBody>;
export type CategoryPatch = z.infer<typeof UpdateCategoryBody>;

export const CreateUnitBody = z.object({ code: Code, labels: Labels }).strict().openapi('CreateCaseUnitBody');
export const UpdateUnitBody = z.object({ labels: Labels, active: z.boolean() }).partial().strict().openapi('UpdateCaseUnitBody');
export type UnitInput = z.infer<typeof CreateUnitBody>;
export type UnitPatch = z.infer<typeof UpdateUnitBody>;

export const CreateRegisterBody = z
  .object({
    code: z.string().regex(/^[A-ZÅÄÖÆØ][A-ZÅÄÖÆØ0-9-]{0,9}$/).openapi({ example: 'NL', description: 'Capital letters, as in the registration number (NL 2026/0001)' }),
    labels: Labels,
    isDefault: z.boolean().default(false).openapi({ description: 'The register of the public form and of staff entries without a register' }),
  })
  .strict()
  .openapi('CreateCaseRegisterBody');
export type RegisterInput = z.infer<typeof CreateRegisterBody>;
