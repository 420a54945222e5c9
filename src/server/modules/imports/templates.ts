// Saved choices per file shape: the next file with the same columns (folded, in any order) gets
// the same mapping, defaults, value choices and handling of organisations the register has.
import { sql } from 'kysely';
import { foldKey } from '../../../shared/text.ts';
import type { Tx } from '../../db/tenancy.ts';
import type { ImportKind } from '../../db/types.ts';
import type { Plan } from './schema.ts';

export const shapeOf = (columns: string[]) => [...new Set(columns.map(foldKey))].sort().join('|');

export async function findTemplate(tx: Tx, kind: ImportKind, columns: string[]) {
  const t = await tx.selectFrom('import_templates').selectAll().where('kind', '=', kind).where('shape', '=', shapeOf(columns)).executeTakeFirst();
  if (!t) return null;
  // Mapped columns by folded name, so "Land" maps like "LAND" did.
  const byKey = new Map(Object.entries(t.mapping).map(([c, f]) => [foldKey(c), f]));
  const mapping = Object.fromEntries(columns.flatMap((c) => (byKey.has(foldKey(c)) ? [[c, byKey.get(foldKey(c))!]] : [])));
  const options = t.options as { existing?: Plan['existing']; similar?: Plan['similar'] };
  return {
    mapping,
    template: { defaults: t.defaults, values: t.values, existing: options.existing ?? 'leave', similar: options.similar ?? 'skip', updatedAt: t.updated_at.toISOString() },
  };
}

export async function saveTemplate(tx: Tx, workspaceId: string, userId: string | null, kind: ImportKind, columns: string[], plan: Plan) {
  const row = {
    workspace_id: workspaceId,
    kind,
    shape: shapeOf(columns),
    mapping: JSON.stringify(plan.mapping),
    defaults: JSON.stringify(plan.defaults),
    values: JSON.stringify(plan.values),
    options: JSON.stringify({ existing: plan.existing, similar: plan.similar }),
    updated_by: userId,
  };
  await tx
    .insertInto('import_templates')
    .values(row)
    .onConflict((oc) => oc.columns(['workspace_id', 'kind', 'shape']).doUpdateSet({ mapping: row.mapping, defaults: row.defaults, values: row.values, options: row.options, updated_by: userId, updated_at: sql`now()` }))
    .execute();
}
