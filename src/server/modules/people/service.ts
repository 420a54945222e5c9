// People: contacts with a legal basis. Reading one person's details is itself audited.
import { sql } from 'kysely';
import type { z } from '@hono/zod-openapi';
import type { Tx } from '../../db/tenancy.ts';
import type { Locale } from '../../db/types.ts';
import { AppError } from '../../http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../members/service.ts';
import type { CreatePersonBody, PeopleQuery, UpdatePersonBody } from './schema.ts';

async function links(tx: Tx, personIds: string[]) {
  if (!personIds.length) return new Map<string, { organisationId: string; name: string; role: string | null }[]>();
  const rows = await tx
    .selectFrom('person_organisations as po')
    .innerJoin('organisations as o', 'o.id', 'po.organisation_id')
    .select(['po.person_id', 'po.organisation_id', 'o.name', 'po.role'])
    .where('po.person_id', 'in', personIds)
    .orderBy('o.name')
    .execute();
  const out = new Map<string, { organisationId: string; name: string; role: string | null }[]>();
  for (const r of rows) {
    const list = out.get(r.person_id) ?? [];
    list.push({ organisationId: r.organisation_id, name: r.name, role: r.role });
    out.set(r.person_id, list);
  }
  return out;
}

async function load(tx: Tx, id: string) {
  const p = await tx.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  if (!p) throw new AppError(404, 'problem.not_found');
  return {
    id: p.id,
    name: p.name,
    title: p.title,
    email: p.email,
    phone: p.phone,
    language: p.language,
    legalBasis: p.legal_basis,
    legalBasisDate: p.legal_basis_date,
    notes: p.notes,
    organisations: (await links(tx, [id])).get(id) ?? [],
    createdAt: p.created_at.toISOString(),
    updatedAt: p.updated_at.toISOString(),
  };
}

/** Opening a person's details writes an audit entry: who read whose personal data, when. */
export async function readPerson(tx: Tx, actor: Actor, id: string) {
  const person = await load(tx, id);
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'person.read', entityType: 'person', entityId: id });
  return person;
}

export async function listPeople(tx: Tx, q: z.infer<typeof PeopleQuery>, locale: Locale) {
  const key = sql<string>`collate_key(p.name, ${locale})`;
  let query = tx.selectFrom('people as p').select(['p.id', 'p.name', 'p.title']).select(key.as('k')).orderBy(key).orderBy('p.id').limit(q.limit + 1);
  if (q.q) query = query.where(sql<boolean>`strpos(fold(p.name), fold(${q.q})) > 0`);
  if (q.organisationId) query = query.where((eb) => eb.exists(eb.selectFrom('person_organisations as po').select('po.person_id').whereRef('po.person_id', '=', 'p.id').where('po.organisation_id', '=', q.organisationId!)));
  if (q.cursor) {
    const [k, id] = JSON.parse(Buffer.from(q.cursor, 'base64url').toString() || '[]') as [string?, string?];
    if (typeof k === 'string' && typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id)) query = query.where(sql<boolean>`(${key} > ${k} or (${key} = ${k} and p.id > ${id}::uuid))`);
  }
  const rows = await query.execute();
  const page = rows.slice(0, q.limit);
  const l = await links(tx, page.map((p) => p.id));
  const last = page[page.length - 1];
  return {
    items: page.map((p) => ({ id: p.id, name: p.name, title: p.title, organisations: l.get(p.id) ?? [] })),
    nextCursor: rows.length > q.limit && last ? Buffer.from(JSON.stringify([last.k, last.id])).toString('base64url') : null,
  };
}

async function writeLinks(tx: Tx, actor: Actor, personId: string, orgs: { organisationId: string; role?: string | null }[]) {
  const ids = [...new Set(orgs.map((o) => o.organisationId))];
  if (ids.length) {
    const found = new Set((await tx.selectFrom('organisations').select('id').where('id', 'in', ids).where('merged_into', 'is', null).execute()).map((o) => o.id));
    const bad = orgs.map((o, i) => ({ o, i })).filter(({ o }) => !found.has(o.organisationId));
    if (bad.length) throw new AppError(422, 'problem.validation', { fields: bad.map(({ i }) => ({ field: `organisations.${i}.organisationId`, key: 'problem.not_found' as const })) });
  }
  await tx.deleteFrom('person_organisations').where('person_id', '=', personId).execute();
  const unique = [...new Map(orgs.map((o) => [o.organisationId, o])).values()];
  if (unique.length) {
    await tx.insertInto('person_organisations').values(unique.map((o) => ({ workspace_id: actor.workspaceId, person_id: personId, organisation_id: o.organisationId, role: o.role ?? null }))).execute();
  }
}

export async function createPerson(tx: Tx, actor: Actor, input: z.infer<typeof CreatePersonBody>) {
  const row = await tx
    .insertInto('people')
    .values({
      workspace_id: actor.workspaceId,
      name: input.name,
      title: input.title ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      language: input.language ?? null,
      legal_basis: input.legalBasis,
      legal_basis_date: input.legalBasisDate,
      notes: input.notes,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeLinks(tx, actor, row.id, input.organisations);
  const created = await load(tx, row.id);
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'person.create', entityType: 'person', entityId: row.id, after: created });
  return created;
}

export async function updatePerson(tx: Tx, actor: Actor, id: string, patch: z.infer<typeof UpdatePersonBody>) {
  const before = await load(tx, id);
  const set: Record<string, unknown> = { updated_at: new Date() };
  const map = { name: 'name', title: 'title', email: 'email', phone: 'phone', language: 'language', legalBasis: 'legal_basis', legalBasisDate: 'legal_basis_date', notes: 'notes' } as const;
  for (const [k, col] of Object.entries(map)) {
    const v = patch[k as keyof typeof map];
    if (v !== undefined) set[col] = v;
  }
  await tx.updateTable('people').set(set).where('id', '=', id).execute();
  if (patch.organisations) await writeLinks(tx, actor, id, patch.organisations);
  const after = await load(tx, id);
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'person.update', entityType: 'person', entityId: id, before, after });
  return after;
}

export async function deletePerson(tx: Tx, actor: Actor, id: string) {
  const before = await load(tx, id);
  await tx.deleteFrom('people').where('id', '=', id).execute();
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'person.delete', entityType: 'person', entityId: id, before: { name: before.name } });
}
