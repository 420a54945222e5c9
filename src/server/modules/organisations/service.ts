// Organisations: create, change, read, delete — validated against the vocabularies, audited.
import { sql } from 'kysely';
import { validateIdentifier } from '../../../shared/identifiers/index.ts';
import type { Tx } from '../../db/tenancy.ts';
import { AppError } from '../../http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../members/service.ts';
import { findOrganisation } from './queries.ts';
import { checkCountry, checkMember, checkNace, checkNuts, checkThemes, identifierOwners, knownMembers, knownThemes, themeText, type FieldProblem } from './reference.ts';
import type { OrganisationInput, OrganisationPatch } from './schema.ts';

type Found = NonNullable<Awaited<ReturnType<typeof findOrganisation>>>;

export function presentOrganisation(o: Found) {
  return {
    id: o.id,
    name: o.name,
    names: (o.names ?? {}) as Record<string, string>,
    kind: o.kind as 'company',
    country: o.country,
    city: o.city,
    lat: o.lat,
    lon: o.lon,
    nutsCode: o.nuts_code,
    naceCode: o.nace_code,
    identifiers: o.identifiers.map((i) => {
      const v = validateIdentifier(i.scheme, i.value);
      return { scheme: i.scheme, value: i.value, display: v.ok ? v.display : i.value };
    }),
    themes: o.themes,
    sdgs: o.sdgs,
    website: o.website,
    description: o.description,
    tags: o.tags,
    responsibleUser: o.responsible_user_id ? { id: o.responsible_user_id, name: o.responsible_name ?? '' } : null,
    isLocal: o.is_local,
    isOwn: o.is_own,
    version: o.version,
    createdAt: o.created_at.toISOString(),
    updatedAt: o.updated_at.toISOString(),
    counts: { relations: Number(o.relation_count ?? 0), people: Number(o.people_count ?? 0), activities: Number(o.activity_count ?? 0) },
  };
}

export type PresentedOrganisation = ReturnType<typeof presentOrganisation>;

export interface Candidate {
  input: Partial<OrganisationInput>;
  /** The country the NUTS region must lie in (the stored one when a change leaves it out). */
  country: string | undefined;
  /** The organisation being changed: its own identifiers are no conflict. */
  selfId: string | null;
}

/**
 * The register's rules for organisations, for one or many at once (an import checks thousands):
 * vocabularies are checked in memory and the workspace is asked a fixed number of queries.
 * A `field.duplicate_identifier` problem carries the holder in `vars.organisationId`.
 */
export async function validateMany(tx: Tx, candidates: Candidate[]): Promise<FieldProblem[][]> {
  const inputs = candidates.map((c) => c.input);
  const themes = await knownThemes(tx, inputs.flatMap((i) => i.themes ?? []));
  const members = await knownMembers(tx, inputs.flatMap((i) => (i.responsibleUserId ? [i.responsibleUserId] : [])));
  const owners = await identifierOwners(tx, inputs.flatMap((i) => i.identifiers ?? []));
  const own = inputs.some((i) => i.isOwn) ? await tx.selectFrom('organisations').select(['id', 'name']).where('is_own', '=', true).executeTakeFirst() : undefined;
  return candidates.map(({ input, country, selfId }) => {
    const problems: FieldProblem[] = [];
    checkCountry(input.country, problems);
    checkNuts(input.nutsCode, country, problems);
    checkNace(input.naceCode, problems);
    checkThemes(input.themes, themes, problems);
    checkMember(input.responsibleUserId, members, problems);
    for (const [i, id] of (input.identifiers ?? []).entries()) {
      const other = owners.get(`${id.scheme}:${id.value}`);
      if (other && other.id !== selfId) problems.push({ field: `identifiers.${i}.value`, key: 'field.duplicate_identifier', vars: { value: other.name, organisationId: other.id } });
    }
    if (input.isOwn && own && own.id !== selfId) problems.push({ field: 'isOwn', key: 'field.own_exists', vars: { value: own.name } });
    return problems;
  });
}

async function validate(tx: Tx, input: Partial<OrganisationInput>, country: string | undefined, selfId: string | null) {
  const [problems] = await validateMany(tx, [{ input, country, selfId }]);
  if (problems?.length) throw new AppError(422, 'problem.validation', { fields: problems });
}

/** The table's columns for an input; shared with the import's bulk insert. */
export function organisationColumns(input: Partial<OrganisationInput>) {
  const out: Record<string, unknown> = {};
  const map: [keyof OrganisationInput, string][] = [
    ['name', 'name'], ['kind', 'kind'], ['country', 'country'], ['city', 'city'], ['lat', 'lat'], ['lon', 'lon'],
    ['nutsCode', 'nuts_code'], ['naceCode', 'nace_code'], ['website', 'website'], ['description', 'description'],
    ['responsibleUserId', 'responsible_user_id'], ['isLocal', 'is_local'], ['isOwn', 'is_own'],
  ];
  for (const [from, to] of map) if (input[from] !== undefined) out[to] = input[from] ?? null;
  if (input.names !== undefined) {
    out.names = JSON.stringify(input.names);
    out.alt_names = Object.values(input.names).join(' ');
  }
  if (input.themes !== undefined) out.themes = sql`${sql.val(input.themes)}::text[]`;
  if (input.tags !== undefined) out.tags = sql`${sql.val(input.tags)}::text[]`;
  if (input.sdgs !== undefined) out.sdgs = sql`${sql.val([...new Set(input.sdgs)].sort((a, b) => a - b))}::smallint[]`;
  return out;
}

async function writeIdentifiers(tx: Tx, workspaceId: string, organisationId: string, ids: { scheme: string; value: string }[]) {
  await tx.deleteFrom('organisation_identifiers').where('organisation_id', '=', organisationId).execute();
  const unique = [...new Map(ids.map((i) => [i.scheme, i])).values()];
  if (unique.length) {
    await tx.insertInto('organisation_identifiers').values(unique.map((i) => ({ workspace_id: workspaceId, organisation_id: organisationId, scheme: i.scheme as 'se_orgnr', value: i.value }))).execute();
  }
}

export async function getOrganisation(tx: Tx, id: string) {
  const o = await findOrganisation(tx, id);
  if (!o) throw new AppError(404, 'problem.not_found');
  return presentOrganisation(o);
}

export async function createOrganisation(tx: Tx, actor: Actor, input: OrganisationInput) {
  await validate(tx, input, input.country, null);
  const row = await tx
    .insertInto('organisations')
    .values({ workspace_id: actor.workspaceId, ...organisationColumns(input), theme_text: await themeText(tx, input.themes) } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeIdentifiers(tx, actor.workspaceId, row.id, input.identifiers);
  const created = await getOrganisation(tx, row.id);
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'organisation.create', entityType: 'organisation', entityId: row.id, after: created });
  return created;
}

export async function updateOrganisation(tx: Tx, actor: Actor, id: string, patch: OrganisationPatch) {
  const current = await findOrganisation(tx, id);
  if (!current) throw new AppError(404, 'problem.not_found');
  if (current.version !== patch.version) throw new AppError(409, 'problem.stale');
  const before = presentOrganisation(current);
  const { version: _v, ...input } = patch;
  await validate(tx, input, input.country ?? current.country, id);
  const set: Record<string, unknown> = { ...organisationColumns(input), version: current.version + 1, updated_at: new Date() };
  if (input.themes !== undefined) set.theme_text = await themeText(tx, input.themes);
  await tx.updateTable('organisations').set(set as never).where('id', '=', id).where('version', '=', patch.version).execute();
  if (input.identifiers !== undefined) await writeIdentifiers(tx, actor.workspaceId, id, input.identifiers);
  const after = await getOrganisation(tx, id);
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'organisation.update', entityType: 'organisation', entityId: id, before, after });
  return after;
}

export async function deleteOrganisation(tx: Tx, actor: Actor, id: string) {
  const before = await getOrganisation(tx, id);
  await tx.deleteFrom('organisations').where('id', '=', id).execute();
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'organisation.delete', entityType: 'organisation', entityId: id, before });
}
