// Vocabularies: the workspace's own (themes, extra relation types) and the shipped reference data.
import { z } from '@hono/zod-openapi';

export const Labels = z.object({ sv: z.string().trim().min(1).max(200), da: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200), pl: z.string().trim().max(200).optional() });
export const Code = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/);

export const VocabularyEntry = z.object({ code: z.string(), labels: z.record(z.string(), z.string()).nullable(), builtin: z.boolean() }).openapi('VocabularyEntry');

export const WorkspaceVocabularies = z
  .object({ themes: z.array(VocabularyEntry), relationTypes: z.array(VocabularyEntry) })
  .openapi('WorkspaceVocabularies');

export const CreateVocabularyEntryBody = z.object({ code: Code, labels: Labels }).strict().openapi('CreateVocabularyEntryBody');

export const ReferenceQuery = z.object({
  q: z.string().trim().max(100).optional(),
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const NutsRegion = z.object({ code: z.string(), name: z.string(), level: z.number(), country: z.string(), parent: z.string().nullable() }).openapi('NutsRegion');
export const NaceClass = z.object({ code: z.string(), title: z.string() }).openapi('NaceClass');
export const SdgGoal = z.object({ number: z.number(), color: z.string(), titles: z.record(z.string(), z.string()) }).openapi('SdgGoal');
