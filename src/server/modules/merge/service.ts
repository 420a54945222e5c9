// Merging a duplicate into the organisation that is kept, in one transaction: its relations (both
// directions), people, activities and project partnerships move over, the kept one gains what it lacked, and the
// duplicate stays as a row marked `merged_into` for the audit trail but leaves every list.
import { sql } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';
import { AppError } from '../../http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../members/service.ts';
import { findOrganisation } from '../organisations/queries.ts';
import { themeText } from '../organisations/reference.ts';
import { getOrganisation, presentOrganisation } from '../organisations/service.ts';
import { movePartnersOnMerge } from '../projects/partners.ts';

const union = <T>(a: T[], b: T[]) => [...new Set([...a, ...b])];

/** Relations of the duplicate that the merge would turn into a self-relation or a twin of one the kept organisation has. */
async function dropRedundantRelations(tx: Tx, keptId: string, dupId: string) {
  const self = await tx
    .deleteFrom('relations')
    .where((eb) => eb.or([eb.and([eb('from_id', '=', dupId), eb('to_id', '=', keptId)]), eb.and([eb('from_id', '=', keptId), eb('to_id', '=', dupId)])]))
    .returningAll()
    .execute();
  const twins = await sql<{ id: string }>`
    delete from relations d using relations k
    where (d.from_id = ${dupId} or d.to_id = ${dupId})
      and k.from_id = case when d.from_id = ${dupId} then ${keptId}::uuid else d.from_id end
      and k.to_id = case when d.to_id = ${dupId} then ${keptId}::uuid else d.to_id end
      and k.type = d.type and k.status = d.status
      and k.start_date is not distinct from d.start_date and k.end_date is not distinct from d.end_date
    returning d.*`.execute(tx);
  return [...self, ...twins.rows];
}

async function moveLinks(tx: Tx, keptId: string, dupId: string) {
  const now = new Date();
  const from = await tx.updateTable('relations').set({ from_id: keptId, updated_at: now }).where('from_id', '=', dupId).returning('id').execute();
  const to = await tx.updateTable('relations').set({ to_id: keptId, updated_at: now }).where('to_id', '=', dupId).returning('id').execute();
  // A person linked to both keeps one link, with the kept link's role unless it had none.
  await sql`update person_organisations k set role = d.role from person_organisations d
    where k.organisation_id = ${keptId} and d.organisation_id = ${dupId} and d.person_id = k.person_id and k.role is null`.execute(tx);
  const people = await sql<{ person_id: string }>`
    update person_organisations set organisation_id = ${keptId}
    where organisation_id = ${dupId} and person_id not in (select person_id from person_organisations where organisation_id = ${keptId})
    returning person_id`.execute(tx);
  const shared = await tx.deleteFrom('person_organisations').where('organisation_id', '=', dupId).returning('person_id').execute();
  const activities = await tx.updateTable('activities').set({ organisation_id: keptId }).where('organisation_id', '=', dupId).returning('id').execute();
  // Identifiers in schemes the kept organisation has no number for; the others stay on the duplicate.
  const identifiers = await sql<{ scheme: string; value: string }>`
    update organisation_identifiers set organisation_id = ${keptId}
    where organisation_id = ${dupId} and scheme not in (select scheme from organisation_identifiers where organisation_id = ${keptId})
    returning scheme, value`.execute(tx);
  return {
    relations: [...from, ...to].map((r) => r.id),
    people: [...people.rows, ...shared].map((p) => p.person_id),
    activities: activities.map((a) => a.id),
    identifiers: identifiers.rows,
  };
}

export async function mergeOrganisations(tx: Tx, actor: Actor, keptId: string, dupId: string) {
  if (keptId === dupId) throw new AppError(422, 'problem.validation', { fields: [{ field: 'duplicateId', key: 'field.merge_same' }] });
  // Lock both, so two people merging the same pair at once cannot interleave.
  await tx.selectFrom('organisations').select('id').where('id', 'in', [keptId, dupId]).orderBy('id').forUpdate().execute();
  const kept = await findOrganisation(tx, keptId);
  if (!kept) throw new AppError(404, 'problem.not_found');
  const dup = await findOrganisation(tx, dupId);
  if (!dup) throw new AppError(422, 'problem.validation', { fields: [{ field: 'duplicateId', key: 'problem.not_found' }] });
  const before = { kept: presentOrganisation(kept), duplicate: presentOrganisation(dup) };

  const dropped = await dropRedundantRelations(tx, keptId, dupId);
  const moved = await moveLinks(tx, keptId, dupId);
  const projects = await movePartnersOnMerge(tx, actor, keptId, dupId);

  // The duplicate gives up the own-municipality flag first: only one organisation may hold it.
  const now = new Date();
  await tx.updateTable('organisations').set({ merged_into: keptId, is_own: false, version: dup.version + 1, updated_at: now }).where('id', '=', dupId).execute();
  await tx.updateTable('organisations').set({ merged_into: keptId }).where('merged_into', '=', dupId).execute();

  const themes = union(kept.themes, dup.themes);
  const sameCountry = kept.country === dup.country;
  const hasPlace = kept.lat !== null && kept.lon !== null;
  const names = { ...(dup.names as Record<string, string>), ...(kept.names as Record<string, string>) };
  await tx
    .updateTable('organisations')
    .set({
      names: JSON.stringify(names),
      alt_names: Object.values(names).join(' '),
      themes: sql`${sql.val(themes)}::text[]`,
      theme_text: await themeText(tx, themes),
      tags: sql`${sql.val(union(kept.tags, dup.tags))}::text[]`,
      sdgs: sql`${sql.val(union(kept.sdgs, dup.sdgs).sort((a, b) => a - b))}::smallint[]`,
      city: kept.city ?? (sameCountry ? dup.city : null),
      lat: hasPlace ? kept.lat : sameCountry ? dup.lat : null,
      lon: hasPlace ? kept.lon : sameCountry ? dup.lon : null,
      nuts_code: kept.nuts_code ?? (sameCountry ? dup.nuts_code : null),
      nace_code: kept.nace_code ?? dup.nace_code,
      website: kept.website ?? dup.website,
      description: kept.description || dup.description,
      responsible_user_id: kept.responsible_user_id ?? dup.responsible_user_id,
      is_local: kept.is_local || dup.is_local,
      is_own: kept.is_own || dup.is_own,
      version: kept.version + 1,
      updated_at: now,
    })
    .where('id', '=', keptId)
    .execute();

  const after = await getOrganisation(tx, keptId);
  const base = { workspaceId: actor.workspaceId, actorId: actor.userId, requestId: actor.requestId };
  await recordAudit(tx, { ...base, action: 'organisation.merge', entityType: 'organisation', entityId: keptId, before, after: { kept: after, duplicateId: dupId, moved: { ...moved, projects }, droppedRelations: dropped } });
  await recordAudit(tx, { ...base, action: 'organisation.merged', entityType: 'organisation', entityId: dupId, before: before.duplicate, after: { mergedInto: keptId } });
  return after;
}
