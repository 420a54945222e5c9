// Routing rules: admins keep them, the desk sees for each case which unit or partner the first
// matching rule suggests (computed when read, so a changed rule shows at once) and accepts it
// (the unit gets the case; a partner is linked, ready to be referred) or ignores it. Both are
// recorded and audited.
import { sql } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';
import { AppError } from '../../http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../members/service.ts';
import { categoryByCode, unitByCode } from './categories.ts';
import { firstMatch, normaliseWord, type RoutableCase, type RuleMatch } from './routing-match.ts';
import type { RoutingPreviewInput, RoutingRuleInput, RoutingRulePatch } from './routing-schema.ts';
import { updateCase } from './service.ts';

type FieldKey = 'problem.not_found' | 'field.routing_condition_required' | 'field.routing_target_required';
const fieldError = (field: string, key: FieldKey) => new AppError(422, 'problem.validation', { fields: [{ field, key }] });

async function loadRules(tx: Tx, id?: string) {
  let q = tx
    .selectFrom('case_routing_rules as r')
    .leftJoin('case_categories as cat', 'cat.id', 'r.category_id')
    .leftJoin('case_units as u', 'u.id', 'r.unit_id')
    .leftJoin('organisations as o', 'o.id', 'r.organisation_id')
    .select([
      'r.id', 'r.name', 'r.priority', 'r.active', 'r.category_id', 'r.words', 'r.language', 'r.unit_id', 'r.organisation_id', 'r.version', 'r.created_at',
      'r.updated_at', 'cat.code as category_code', 'cat.labels as category_labels', 'u.code as unit_code', 'u.labels as unit_labels', 'u.active as unit_active',
      'o.name as organisation_name', sql<boolean>`o.merged_into is not null`.as('organisation_merged'),
    ])
    .orderBy('r.priority')
    .orderBy('r.created_at')
    .orderBy('r.id');
  if (id) q = q.where('r.id', '=', id);
  return q.execute();
}

type RuleRow = Awaited<ReturnType<typeof loadRules>>[number];

const unitOf = (r: { unit_code: string | null; unit_labels: Record<string, string> | null; unit_active: boolean | null }) =>
  r.unit_code ? { code: r.unit_code, labels: r.unit_labels ?? {}, active: Boolean(r.unit_active) } : null;
const orgOf = (r: { organisation_id: string | null; organisation_name: string | null }) => (r.organisation_id ? { id: r.organisation_id, name: r.organisation_name ?? '' } : null);

function presentRule(r: RuleRow) {
  return {
    id: r.id,
    name: r.name,
    priority: r.priority,
    active: r.active,
    category: r.category_code ? { code: r.category_code, labels: r.category_labels ?? {} } : null,
    words: r.words,
    language: r.language,
    unit: unitOf(r),
    organisation: orgOf(r),
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export async function listRoutingRules(tx: Tx) {
  return { items: (await loadRules(tx)).map(presentRule) };
}

/** Trimmed, lower-cased, without repeats, in the order given. */
const cleanWords = (words: string[]) => [...new Set(words.map(normaliseWord).filter(Boolean))];

interface Resolved {
  name: string;
  priority: number;
  active: boolean;
  category_id: string | null;
  words: string[];
  language: string | null;
  unit_id: string | null;
  organisation_id: string | null;
}

/** Checks codes and the partner, and that the rule has a condition and exactly one target. */
async function resolveRule(tx: Tx, r: { name: string; priority: number; active: boolean; category: string | null; words: string[]; language: string | null; unit: string | null; organisationId: string | null }): Promise<Resolved> {
  const words = cleanWords(r.words);
  if (!r.category && !r.language && !words.length) throw fieldError('words', 'field.routing_condition_required');
  if (Boolean(r.unit) === Boolean(r.organisationId)) throw fieldError('unit', 'field.routing_target_required');
  const category = r.category ? await categoryByCode(tx, r.category, 'category') : null;
  const unit = r.unit ? await unitByCode(tx, r.unit, 'unit') : null;
  if (r.organisationId) {
    const org = await tx.selectFrom('organisations').select('id').where('id', '=', r.organisationId).where('merged_into', 'is', null).executeTakeFirst();
    if (!org) throw fieldError('organisationId', 'problem.not_found');
  }
  return { name: r.name, priority: r.priority, active: r.active, category_id: category?.id ?? null, words, language: r.language, unit_id: unit?.id ?? null, organisation_id: r.organisationId };
}

const auditShape = (r: Resolved) => ({ ...r, words: r.words });

export async function createRoutingRule(tx: Tx, actor: Actor, input: RoutingRuleInput, now: Date) {
  const v = await resolveRule(tx, input);
  const row = await tx
    .insertInto('case_routing_rules')
    .values({ workspace_id: actor.workspaceId, ...v, words: sql`${sql.val(v.words)}::text[]`, created_by: actor.userId, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'case_routing_rule.create', entityType: 'case_routing_rule', entityId: row.id, after: auditShape(v) });
  return presentRule((await loadRules(tx, row.id))[0]!);
}

export async function updateRoutingRule(tx: Tx, actor: Actor, id: string, patch: RoutingRulePatch, now: Date) {
  const before = (await loadRules(tx, id))[0];
  if (!before) throw new AppError(404, 'problem.not_found');
  await tx.selectFrom('case_routing_rules').select('id').where('id', '=', id).forUpdate().execute();
  if (before.version !== patch.version) throw new AppError(409, 'problem.stale');
  const v = await resolveRule(tx, {
    name: patch.name ?? before.name,
    priority: patch.priority ?? before.priority,
    active: patch.active ?? before.active,
    category: patch.category !== undefined ? patch.category : before.category_code,
    words: patch.words ?? before.words,
    language: patch.language !== undefined ? patch.language : before.language,
    // A new target replaces the old one: giving a unit clears the partner and the other way round.
    unit: patch.unit !== undefined ? patch.unit : patch.organisationId ? null : before.unit_code,
    organisationId: patch.organisationId !== undefined ? patch.organisationId : patch.unit ? null : before.organisation_id,
  });
  await tx
    .updateTable('case_routing_rules')
    .set({ ...v, words: sql`${sql.val(v.words)}::text[]`, version: before.version + 1, updated_at: now })
    .where('id', '=', id)
    .execute();
  const prior: Resolved = {
    name: before.name, priority: before.priority, active: before.active, category_id: before.category_id, words: before.words, language: before.language,
    unit_id: before.unit_id, organisation_id: before.organisation_id,
  };
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'case_routing_rule.update', entityType: 'case_routing_rule', entityId: id, before: auditShape(prior), after: auditShape(v) });
  return presentRule((await loadRules(tx, id))[0]!);
}

export async function deleteRoutingRule(tx: Tx, actor: Actor, id: string) {
  const before = (await loadRules(tx, id))[0];
  if (!before) throw new AppError(404, 'problem.not_found');
  await tx.deleteFrom('case_routing_rules').where('id', '=', id).execute();
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'case_routing_rule.delete', entityType: 'case_routing_rule', entityId: id, before: presentRule(before) });
}

/** Rules that can suggest something now: active, with a unit still in use or a partner still in the register. */
function usable(rows: RuleRow[]) {
  return rows.map((r) => ({
    ...r,
    categoryId: r.category_id,
    createdAt: r.created_at,
    active: r.active && (r.unit_id ? Boolean(r.unit_active) : !r.organisation_merged),
  }));
}

type Usable = ReturnType<typeof usable>[number];

function presentMatch(m: RuleMatch<Usable>) {
  return { rule: { id: m.rule.id, name: m.rule.name, priority: m.rule.priority }, matched: m.matched, unit: unitOf(m.rule), organisation: orgOf(m.rule) };
}

/** Which rule the admin page's "try it" box would match. */
export async function previewRouting(tx: Tx, input: RoutingPreviewInput) {
  const category = await categoryByCode(tx, input.category, 'category');
  const m = firstMatch(usable(await loadRules(tx)), { categoryId: category.id, title: input.title, description: input.description, language: input.language });
  return { suggestion: m ? presentMatch(m) : null };
}

async function caseForRouting(tx: Tx, id: string) {
  const c = await tx.selectFrom('cases').select(['id', 'category_id', 'title', 'description', 'language', 'unit_id', 'referred_to_id', 'version']).where('id', '=', id).executeTakeFirst();
  if (!c) throw new AppError(404, 'problem.not_found');
  return c;
}

async function decisions(tx: Tx, caseId: string) {
  return tx
    .selectFrom('case_routing_decisions as d')
    .leftJoin('case_units as u', 'u.id', 'd.unit_id')
    .leftJoin('organisations as o', 'o.id', 'd.organisation_id')
    .leftJoin('users as by', 'by.id', 'd.decided_by')
    .select(['d.rule_id', 'd.rule_name', 'd.action', 'd.unit_id', 'd.organisation_id', 'o.name as organisation_name', 'u.code as unit_code', 'u.labels as unit_labels', 'u.active as unit_active', 'd.decided_by', 'by.name as decided_by_name', 'd.decided_at'])
    .where('d.case_id', '=', caseId)
    .orderBy('d.id', 'desc')
    .execute();
}

/** The suggestion for a case (with what staff did about it) and the decisions made so far. */
export async function caseRouting(tx: Tx, caseId: string) {
  const c = await caseForRouting(tx, caseId);
  const routable: RoutableCase = { categoryId: c.category_id, title: c.title, description: c.description, language: c.language };
  const m = firstMatch(usable(await loadRules(tx)), routable);
  const made = await decisions(tx, caseId);
  let suggestion = null;
  if (m) {
    const same = made.find((d) => d.rule_id === m.rule.id && d.unit_id === m.rule.unit_id && d.organisation_id === m.rule.organisation_id);
    const linked = m.rule.organisation_id
      ? c.referred_to_id === m.rule.organisation_id || Boolean(await tx.selectFrom('case_links').select('id').where('case_id', '=', caseId).where('organisation_id', '=', m.rule.organisation_id).executeTakeFirst())
      : false;
    const applied = (m.rule.unit_id && c.unit_id === m.rule.unit_id) || linked;
    const state = same ? same.action : applied ? 'applied' : 'open';
    suggestion = { ...presentMatch(m), state: state as 'open' | 'accepted' | 'ignored' | 'applied' };
  }
  return {
    suggestion,
    decisions: made.map((d) => ({
      action: d.action,
      ruleName: d.rule_name,
      unit: unitOf(d),
      organisation: orgOf(d),
      decidedBy: d.decided_by ? { id: d.decided_by, name: d.decided_by_name ?? '' } : null,
      decidedAt: d.decided_at.toISOString(),
    })),
  };
}

/**
 * Accepting gives the case to the suggested unit (a received case becomes assigned, as when staff
 * choose the unit themselves) or links the suggested partner to the case; ignoring changes nothing
 * but is remembered, so the suggestion is not offered as new again.
 */
export async function decideRouting(tx: Tx, actor: Actor, caseId: string, input: { action: 'accept' | 'ignore'; ruleId: string }, now: Date) {
  const c = await tx.selectFrom('cases').select(['id', 'category_id', 'title', 'description', 'language', 'version']).where('id', '=', caseId).forUpdate().executeTakeFirst();
  if (!c) throw new AppError(404, 'problem.not_found');
  const m = firstMatch(usable(await loadRules(tx)), { categoryId: c.category_id, title: c.title, description: c.description, language: c.language });
  if (!m || m.rule.id !== input.ruleId) throw new AppError(409, 'routing.suggestion_changed');
  const action = input.action === 'accept' ? 'accepted' : 'ignored';
  if (action === 'accepted' && m.rule.unit_code) {
    await updateCase(tx, actor, caseId, { version: c.version, unit: m.rule.unit_code }, now);
  }
  if (action === 'accepted' && m.rule.organisation_id) {
    await tx
      .insertInto('case_links')
      .values({ workspace_id: actor.workspaceId, case_id: caseId, organisation_id: m.rule.organisation_id, note: null, created_by: actor.userId, created_at: now })
      .onConflict((oc) => oc.columns(['case_id', 'organisation_id']).doNothing())
      .execute();
  }
  await tx
    .insertInto('case_routing_decisions')
    .values({ workspace_id: actor.workspaceId, case_id: caseId, rule_id: m.rule.id, rule_name: m.rule.name, action, unit_id: m.rule.unit_id, organisation_id: m.rule.organisation_id, decided_by: actor.userId, decided_at: now })
    .execute();
  await recordAudit(tx, {
    ...actor,
    actorId: actor.userId,
    action: `case.routing_${input.action}`,
    entityType: 'case',
    entityId: caseId,
    after: { ruleId: m.rule.id, ruleName: m.rule.name, unitId: m.rule.unit_id, organisationId: m.rule.organisation_id, words: m.matched.words },
  });
  return caseRouting(tx, caseId);
}
