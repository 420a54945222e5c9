// Routing rules as admins write them and everybody reads them, and a case's routing suggestion
// with the rule that matched and what staff decided about it.
import { z } from '@hono/zod-openapi';
import { Uuid } from '../../http/openapi.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { Code } from '../vocabularies/schema.ts';
import { text } from './fields.ts';
import { CaseParams } from './schema.ts';

export const RoutingRuleParams = WorkspaceParams.extend({ ruleId: Uuid.openapi({ param: { name: 'ruleId', in: 'path' } }) });
export { CaseParams };

const Language = z.string().regex(/^[a-z]{2}$/).openapi({ description: 'Two-letter language code', example: 'en' });
const Labels = z.record(z.string(), z.string());
const Ref = z.object({ id: Uuid, name: z.string() });
const UnitRef = z.object({ code: z.string(), labels: Labels, active: z.boolean() });

const ruleFields = {
  name: text(120, 1).openapi({ description: 'What the rule is for, as staff see it with a suggestion' }),
  priority: z.number().int().min(1).max(9999).openapi({ description: 'Lower runs first; the first matching rule wins' }),
  active: z.boolean(),
  category: Code.nullable().openapi({ description: 'Condition: the case has this category' }),
  words: z.array(text(60, 1)).max(20).openapi({ description: 'Condition: one of these words starts a word of the title or description (any letter case)' }),
  language: Language.nullable().openapi({ description: 'Condition: the case is in this language' }),
  unit: Code.nullable().openapi({ description: 'Target: suggest this unit (give this or organisationId)' }),
  organisationId: Uuid.nullable().openapi({ description: 'Target: suggest referring to this partner organisation in the register' }),
};

export const CreateRoutingRuleBody = z
  .object({
    ...ruleFields,
    active: ruleFields.active.default(true),
    category: ruleFields.category.default(null),
    words: ruleFields.words.default([]),
    language: ruleFields.language.default(null),
    unit: ruleFields.unit.default(null),
    organisationId: ruleFields.organisationId.default(null),
  })
  .strict()
  .openapi('CreateCaseRoutingRuleBody');
export type RoutingRuleInput = z.infer<typeof CreateRoutingRuleBody>;

export const UpdateRoutingRuleBody = z
  .object({ version: z.number().int().min(1), ...ruleFields })
  .partial()
  .required({ version: true })
  .strict()
  .openapi('UpdateCaseRoutingRuleBody');
export type RoutingRulePatch = z.infer<typeof UpdateRoutingRuleBody>;

export const RoutingRule = z
  .object({
    id: Uuid,
    name: z.string(),
    priority: z.number().int(),
    active: z.boolean(),
    category: z.object({ code: z.string(), labels: Labels }).nullable(),
    words: z.array(z.string()),
    language: z.string().nullable(),
    unit: UnitRef.nullable(),
    organisation: Ref.nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('CaseRoutingRule');
export const RoutingRuleList = z.object({ items: z.array(RoutingRule) }).openapi('CaseRoutingRules');

export const Matched = z
  .object({ category: z.boolean(), language: z.boolean(), words: z.array(z.string()).openapi({ description: 'The rule’s words found in the title or description' }) })
  .openapi('CaseRoutingMatch');

export const RoutingSuggestion = z
  .object({
    rule: z.object({ id: Uuid, name: z.string(), priority: z.number().int() }),
    matched: Matched,
    unit: UnitRef.nullable(),
    organisation: Ref.nullable(),
    state: z.enum(['open', 'accepted', 'ignored', 'applied']).openapi({
      description: 'open: nobody decided yet; accepted / ignored: what staff did with this suggestion; applied: the case already has this unit or partner',
    }),
  })
  .openapi('CaseRoutingSuggestion');

export const RoutingDecision = z
  .object({ action: z.enum(['accepted', 'ignored']), ruleName: z.string(), unit: UnitRef.nullable(), organisation: Ref.nullable(), decidedBy: Ref.nullable(), decidedAt: z.string() })
  .openapi('CaseRoutingDecision');

export const CaseRouting = z
  .object({ suggestion: RoutingSuggestion.nullable(), decisions: z.array(RoutingDecision).openapi({ description: 'Newest first' }) })
  .openapi('CaseRouting');

export const RoutingDecisionBody = z
  .object({
    action: z.enum(['accept', 'ignore']).openapi({ description: 'accept: give the case to the unit, or link the partner (refer it through …/referrals); ignore: keep it as it is' }),
    ruleId: Uuid.openapi({ description: 'The rule of the suggestion you saw; a 409 when the suggestion has changed since' }),
  })
  .strict()
  .openapi('CaseRoutingDecisionBody');

export const RoutingPreviewBody = z
  .object({ category: Code, title: text(300, 1), description: text(20_000).default(''), language: Language })
  .strict()
  .openapi('CaseRoutingPreviewBody');
export type RoutingPreviewInput = z.infer<typeof RoutingPreviewBody>;

export const RoutingPreview = z.object({ suggestion: RoutingSuggestion.omit({ state: true }).nullable() }).openapi('CaseRoutingPreview');
