// Duplicate organisations: suggestions to merge, and the merge itself.
import { z } from '@hono/zod-openapi';
import { Uuid } from '../../http/openapi.ts';
import { IdentifierScheme } from '../organisations/schema.ts';

export const MergeBody = z.object({ duplicateId: Uuid }).strict().openapi('MergeBody');

export const DuplicatesQuery = z
  .object({ limit: z.coerce.number().int().min(1).max(500).default(100) })
  .openapi('DuplicatesQuery');

const Side = z.object({
  id: Uuid,
  name: z.string(),
  kind: z.string(),
  country: z.string(),
  city: z.string().nullable(),
  identifiers: z.array(z.object({ scheme: IdentifierScheme, value: z.string() })),
  createdAt: z.string(),
});

export const DuplicateSuggestion = z
  .object({
    /** `identifier`: the same number in two schemes (e.g. SE org number and SE VAT number); `similar_name`: same country, similar name. */
    reason: z.enum(['identifier', 'similar_name']),
    /** 1 for an identifier; the trigram similarity of the names otherwise. */
    score: z.number(),
    /** The older organisation first: usually the one to keep. */
    organisations: z.tuple([Side, Side]),
  })
  .openapi('DuplicateSuggestion');

export const DuplicateList = z.object({ items: z.array(DuplicateSuggestion) }).openapi('DuplicateList');
