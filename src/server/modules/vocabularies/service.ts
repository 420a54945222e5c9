// Workspace vocabularies: themes (seeded with the Interreg 2021–2027 policy objectives) and the
// relation types a workspace adds to the built-in ones.
import type { Tx } from '../../db/tenancy.ts';
import { AppError } from '../../http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../members/service.ts';
import { BUILTIN_RELATION_TYPES } from '../relations/schema.ts';
import { interregPolicyObjectives } from '../../../shared/vocabularies/index.ts';
import { seedCaseVocabularies } from '../cases/categories.ts';

/** Gives a new workspace its starting theme vocabulary and the case desk's registers, categories and units. */
export async function seedWorkspaceVocabularies(tx: Tx, workspaceId: string) {
  await tx
    .insertInto('themes')
    .values(interregPolicyObjectives.map((po, i) => ({ workspace_id: workspaceId, code: po.code.toLowerCase(), labels: JSON.stringify(po.labels), sort: i })))
    .onConflict((oc) => oc.columns(['workspace_id', 'code']).doNothing())
    .execute();
  await seedCaseVocabularies(tx, workspaceId);
}

export async function workspaceVocabularies(tx: Tx) {
  const themes = await tx.selectFrom('themes').select(['code', 'labels']).orderBy('sort').orderBy('code').execute();
  const custom = await tx.selectFrom('relation_types').select(['code', 'labels']).orderBy('code').execute();
  return {
    themes: themes.map((t) => ({ code: t.code, labels: t.labels, builtin: false })),
    relationTypes: [
      ...BUILTIN_RELATION_TYPES.map((code) => ({ code, labels: null, builtin: true })),
      ...custom.map((r) => ({ code: r.code, labels: r.labels, builtin: false })),
    ],
  };
}

export async function addVocabularyEntry(tx: Tx, actor: Actor, table: 'themes' | 'relation_types', input: { code: string; labels: Record<string, string | undefined> }) {
  const taken = (table === 'relation_types' && (BUILTIN_RELATION_TYPES as readonly string[]).includes(input.code)) || (await tx.selectFrom(table).select('code').where('code', '=', input.code).executeTakeFirst());
  if (taken) throw new AppError(409, 'problem.conflict', { fields: [{ field: 'code', key: 'problem.conflict' }] });
  const sort = table === 'themes' ? { sort: 1000 } : {};
  await tx.insertInto(table).values({ workspace_id: actor.workspaceId, code: input.code, labels: JSON.stringify(input.labels), ...sort }).execute();
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: `${table === 'themes' ? 'theme' : 'relation_type'}.create`, entityType: table, entityId: input.code, after: input });
  return { code: input.code, labels: input.labels as Record<string, string>, builtin: false };
}
