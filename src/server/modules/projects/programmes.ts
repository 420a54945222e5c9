// Funding programmes: the shipped catalogue (read-only) and the workspace's own (national and
// regional funds), listed together by name; own ones are created, changed and deleted, audited.
import { sql } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';
import type { Locale } from '../../db/types.ts';
import { AppError } from '../../http/problem.ts';
import { nutsByCode } from '../../../shared/vocabularies/index.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../members/service.ts';
import type { FieldProblem } from '../organisations/reference.ts';
import type { ProgrammeData, ProgrammeInput, ProgrammePatch } from './programme-schema.ts';

function baseQuery(tx: Tx) {
  return tx
    .selectFrom('programmes as g')
    .selectAll('g')
    .select((eb) => eb.selectFrom('projects').select(sql<number>`count(*)::int`.as('n')).whereRef('projects.programme_id', '=', 'g.id').as('project_count'));
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function present(r: Row): ProgrammeData {
  return {
    id: r.id,
    own: r.workspace_id !== null,
    code: r.code,
    name: r.name,
    fund: r.fund as ProgrammeData['fund'],
    periodStart: r.period_start,
    periodEnd: r.period_end,
    cci: r.cci,
    managingAuthority: r.managing_authority,
    eligibleNuts: r.eligible_nuts,
    maxCofinancingRate: r.max_cofinancing_rate === null ? null : Number(r.max_cofinancing_rate),
    currency: r.currency.trim(),
    url: r.url,
    projectCount: Number(r.project_count ?? 0),
  };
}

export async function listProgrammes(tx: Tx, q: { q?: string; fund?: string }, locale: Locale) {
  let query = baseQuery(tx).orderBy(sql`collate_key(g.name, ${sql.lit(locale)})`).orderBy('g.id');
  if (q.fund) query = query.where('g.fund', '=', q.fund);
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    query = query.where(sql<boolean>`fold(g.name || ' ' || coalesce(g.code, '') || ' ' || coalesce(g.cci, '') || ' ' || coalesce(g.managing_authority, '')) like fold(${like})`);
  }
  return { items: (await query.execute()).map(present) };
}

export async function getProgramme(tx: Tx, id: string) {
  const r = await baseQuery(tx).where('g.id', '=', id).executeTakeFirst();
  if (!r) throw new AppError(404, 'problem.not_found');
  return present(r);
}

/** A programme a project of this workspace may use: its own or the catalogue's. */
export async function programmeExists(tx: Tx, id: string) {
  return Boolean(await tx.selectFrom('programmes').select('id').where('id', '=', id).executeTakeFirst());
}

async function validate(tx: Tx, input: Partial<ProgrammeInput>, selfId: string | null) {
  const problems: FieldProblem[] = [];
  input.eligibleNuts?.forEach((code, i) => {
    if (!nutsByCode(code)) problems.push({ field: `eligibleNuts.${i}`, key: 'field.unknown_code', vars: { value: code } });
  });
  if (input.name) {
    let same = tx.selectFrom('programmes').select('id').where('workspace_id', 'is not', null).where(sql<boolean>`lower(name) = lower(${input.name})`);
    if (selfId) same = same.where('id', '<>', selfId);
    if (await same.executeTakeFirst()) problems.push({ field: 'name', key: 'field.programme_name_taken', vars: { value: input.name } });
  }
  if (problems.length) throw new AppError(422, 'problem.validation', { fields: problems });
}

function columns(input: Partial<ProgrammeInput>) {
  const out: Record<string, unknown> = {};
  const map: [keyof ProgrammeInput, string][] = [
    ['name', 'name'], ['fund', 'fund'], ['periodStart', 'period_start'], ['periodEnd', 'period_end'], ['cci', 'cci'],
    ['managingAuthority', 'managing_authority'], ['maxCofinancingRate', 'max_cofinancing_rate'], ['currency', 'currency'], ['url', 'url'],
  ];
  for (const [from, to] of map) if (input[from] !== undefined) out[to] = input[from] ?? null;
  if (input.eligibleNuts !== undefined) out.eligible_nuts = sql`${sql.val([...new Set(input.eligibleNuts)])}::text[]`;
  return out;
}

export async function createProgramme(tx: Tx, actor: Actor, input: ProgrammeInput) {
  await validate(tx, input, null);
  const row = await tx
    .insertInto('programmes')
    .values({ workspace_id: actor.workspaceId, ...columns(input) } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  const created = await getProgramme(tx, row.id);
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'programme.create', entityType: 'programme', entityId: row.id, after: created });
  return created;
}

/** The workspace's own programme, for a change: a catalogue programme is read-only. */
async function ownProgramme(tx: Tx, id: string) {
  const before = await getProgramme(tx, id);
  if (!before.own) throw new AppError(403, 'programme.catalogue_read_only');
  return before;
}

export async function updateProgramme(tx: Tx, actor: Actor, id: string, patch: ProgrammePatch) {
  const before = await ownProgramme(tx, id);
  const start = patch.periodStart ?? before.periodStart;
  const end = patch.periodEnd ?? before.periodEnd;
  if (end < start) throw new AppError(422, 'problem.validation', { fields: [{ field: 'periodEnd', key: 'field.programme_period_order' }] });
  await validate(tx, patch, id);
  await tx.updateTable('programmes').set({ ...columns(patch), updated_at: new Date() } as never).where('id', '=', id).execute();
  const after = await getProgramme(tx, id);
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'programme.update', entityType: 'programme', entityId: id, before, after });
  return after;
}

export async function deleteProgramme(tx: Tx, actor: Actor, id: string) {
  const before = await ownProgramme(tx, id);
  if (before.projectCount > 0) throw new AppError(409, 'programme.in_use');
  await tx.deleteFrom('programmes').where('id', '=', id).execute();
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'programme.delete', entityType: 'programme', entityId: id, before });
}
