// The case desk's workspace vocabularies: registers (the "KS" of KS 2026/0042), categories with a
// response-time target and a retention period, and the units a case can be assigned to. New
// workspaces start with a Swedish municipal set in sv, da and en; admins change it.
import type { Tx } from '../../db/tenancy.ts';
import { AppError } from '../../http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../members/service.ts';
import type { CategoryInput, CategoryPatch, RegisterInput, UnitInput, UnitPatch } from './vocabulary-schema.ts';

type Labels = { sv: string; da: string; en: string };

export const DEFAULT_REGISTER = { code: 'KS', labels: { sv: 'Kommunstyrelsen', da: 'Kommunalbestyrelsen', en: 'Municipal executive board' } };

/** code, labels, response days (working days), retention years (null: kept for ever). */
export const DEFAULT_CATEGORIES: [string, Labels, number, number | null][] = [
  ['starta-foretag', { sv: 'Starta företag', da: 'Start af virksomhed', en: 'Starting a business' }, 5, 2],
  ['tillstand', { sv: 'Tillstånd och regler', da: 'Tilladelser og regler', en: 'Permits and regulations' }, 10, 10],
  ['lokaler-mark', { sv: 'Lokaler och mark för verksamhet', da: 'Erhvervslokaler og grunde', en: 'Business premises and land' }, 10, 10],
  ['upphandling', { sv: 'Upphandling och att sälja till kommunen', da: 'Udbud og salg til kommunen', en: 'Public procurement and selling to the municipality' }, 5, 10],
  ['finansiering', { sv: 'Finansiering och företagsstöd', da: 'Finansiering og erhvervsstøtte', en: 'Funding and business support' }, 10, 2],
  ['export', { sv: 'Export och internationella kontakter', da: 'Eksport og internationale kontakter', en: 'Export and international contacts' }, 10, 2],
  ['kompetens', { sv: 'Rekrytering och kompetensförsörjning', da: 'Rekruttering og kompetence', en: 'Recruitment and skills' }, 10, 2],
  ['ny-i-kommunen', { sv: 'Ny i kommunen – arbete och etablering', da: 'Ny i kommunen – arbejde og etablering', en: 'New in the municipality – work and settling in' }, 5, 2],
  ['eu-projekt', { sv: 'EU-projekt och partnersök', da: 'EU-projekter og partnersøgning', en: 'EU projects and partner search' }, 15, 10],
  ['natverk-evenemang', { sv: 'Nätverk, frukostmöten och evenemang', da: 'Netværk, morgenmøder og arrangementer', en: 'Networks, breakfast meetings and events' }, 5, 2],
  ['synpunkter', { sv: 'Synpunkter och klagomål', da: 'Ris, ros og klager', en: 'Feedback and complaints' }, 10, null],
  ['ovrigt', { sv: 'Övrigt', da: 'Andet', en: 'Other' }, 10, 2],
];

export const DEFAULT_UNITS: [string, Labels][] = [
  ['kontaktcenter', { sv: 'Kontaktcenter', da: 'Borgerservice', en: 'Contact centre' }],
  ['naringsliv', { sv: 'Näringslivsenheten', da: 'Erhvervsafdelingen', en: 'Business development' }],
  ['eu-samordning', { sv: 'EU-samordning', da: 'EU-koordinering', en: 'EU coordination' }],
  ['internationellt', { sv: 'Internationella relationer', da: 'Internationale relationer', en: 'International relations' }],
  ['bygg-miljo', { sv: 'Bygg- och miljöförvaltningen', da: 'Teknik og miljø', en: 'Planning, building and environment' }],
  ['arbetsmarknad', { sv: 'Arbetsmarknad och integration', da: 'Beskæftigelse og integration', en: 'Employment and integration' }],
];

/** Gives a workspace its starting registers, categories and units (again: no change). */
export async function seedCaseVocabularies(tx: Tx, workspaceId: string) {
  await tx
    .insertInto('case_registers')
    .values({ workspace_id: workspaceId, code: DEFAULT_REGISTER.code, labels: JSON.stringify(DEFAULT_REGISTER.labels), is_default: true })
    .onConflict((oc) => oc.columns(['workspace_id', 'code']).doNothing())
    .execute();
  await tx
    .insertInto('case_categories')
    .values(DEFAULT_CATEGORIES.map(([code, labels, days, years], i) => ({ workspace_id: workspaceId, code, labels: JSON.stringify(labels), response_days: days, retention_years: years, sort: i })))
    .onConflict((oc) => oc.columns(['workspace_id', 'code']).doNothing())
    .execute();
  await tx
    .insertInto('case_units')
    .values(DEFAULT_UNITS.map(([code, labels], i) => ({ workspace_id: workspaceId, code, labels: JSON.stringify(labels), sort: i })))
    .onConflict((oc) => oc.columns(['workspace_id', 'code']).doNothing())
    .execute();
}

export async function caseVocabularies(tx: Tx, workspaceId: string) {
  await ensureCaseVocabularies(tx, workspaceId);
  const registers = await tx.selectFrom('case_registers').select(['code', 'labels', 'is_default']).orderBy('is_default', 'desc').orderBy('code').execute();
  const categories = await tx.selectFrom('case_categories').selectAll().orderBy('sort').orderBy('code').execute();
  const units = await tx.selectFrom('case_units').selectAll().orderBy('sort').orderBy('code').execute();
  return {
    registers: registers.map((r) => ({ code: r.code, labels: r.labels, isDefault: r.is_default })),
    categories: categories.map(presentCategory),
    units: units.map(presentUnit),
  };
}

type CategoryRow = { code: string; labels: Record<string, string>; response_days: number; retention_years: number | null; is_public: boolean; active: boolean };
type UnitRow = { code: string; labels: Record<string, string>; active: boolean };

export function presentCategory(c: CategoryRow) {
  return { code: c.code, labels: c.labels, responseDays: c.response_days, retentionYears: c.retention_years, isPublic: c.is_public, active: c.active };
}

export function presentUnit(u: UnitRow) {
  return { code: u.code, labels: u.labels, active: u.active };
}

async function taken(tx: Tx, table: 'case_categories' | 'case_units', code: string) {
  if (await tx.selectFrom(table).select('code').where('code', '=', code).executeTakeFirst()) {
    throw new AppError(409, 'problem.conflict', { fields: [{ field: 'code', key: 'problem.conflict' }] });
  }
}

export async function addCategory(tx: Tx, actor: Actor, input: CategoryInput) {
  await taken(tx, 'case_categories', input.code);
  const row = await tx
    .insertInto('case_categories')
    .values({ workspace_id: actor.workspaceId, code: input.code, labels: JSON.stringify(input.labels), response_days: input.responseDays, retention_years: input.retentionYears, is_public: input.isPublic, sort: 1000 })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'case_category.create', entityType: 'case_category', entityId: input.code, after: input });
  return presentCategory(row);
}

export async function updateCategory(tx: Tx, actor: Actor, code: string, patch: CategoryPatch) {
  const before = await tx.selectFrom('case_categories').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
  if (!before) throw new AppError(404, 'problem.not_found');
  const set: Record<string, unknown> = {};
  if (patch.labels !== undefined) set.labels = JSON.stringify(patch.labels);
  if (patch.responseDays !== undefined) set.response_days = patch.responseDays;
  if (patch.retentionYears !== undefined) set.retention_years = patch.retentionYears;
  if (patch.isPublic !== undefined) set.is_public = patch.isPublic;
  if (patch.active !== undefined) set.active = patch.active;
  const row = Object.keys(set).length
    ? await tx.updateTable('case_categories').set(set).where('id', '=', before.id).returningAll().executeTakeFirstOrThrow()
    : before;
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'case_category.update', entityType: 'case_category', entityId: code, before: presentCategory(before), after: presentCategory(row) });
  return presentCategory(row);
}

export async function addUnit(tx: Tx, actor: Actor, input: UnitInput) {
  await taken(tx, 'case_units', input.code);
  const row = await tx.insertInto('case_units').values({ workspace_id: actor.workspaceId, code: input.code, labels: JSON.stringify(input.labels), sort: 1000 }).returningAll().executeTakeFirstOrThrow();
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'case_unit.create', entityType: 'case_unit', entityId: input.code, after: input });
  return presentUnit(row);
}

export async function updateUnit(tx: Tx, actor: Actor, code: string, patch: UnitPatch) {
  const before = await tx.selectFrom('case_units').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
  if (!before) throw new AppError(404, 'problem.not_found');
  const set: Record<string, unknown> = {};
  if (patch.labels !== undefined) set.labels = JSON.stringify(patch.labels);
  if (patch.active !== undefined) set.active = patch.active;
  const row = Object.keys(set).length ? await tx.updateTable('case_units').set(set).where('id', '=', before.id).returningAll().executeTakeFirstOrThrow() : before;
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'case_unit.update', entityType: 'case_unit', entityId: code, before: presentUnit(before), after: presentUnit(row) });
  return presentUnit(row);
}

/** A new register; `isDefault` moves the default (the public form's register) to it. */
export async function addRegister(tx: Tx, actor: Actor, input: RegisterInput) {
  if (await tx.selectFrom('case_registers').select('code').where('code', '=', input.code).executeTakeFirst()) {
    throw new AppError(409, 'problem.conflict', { fields: [{ field: 'code', key: 'problem.conflict' }] });
  }
  if (input.isDefault) await tx.updateTable('case_registers').set({ is_default: false }).where('is_default', '=', true).execute();
  await tx.insertInto('case_registers').values({ workspace_id: actor.workspaceId, code: input.code, labels: JSON.stringify(input.labels), is_default: input.isDefault }).execute();
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'case_register.create', entityType: 'case_register', entityId: input.code, after: input });
  return { code: input.code, labels: input.labels as Record<string, string>, isDefault: input.isDefault };
}

/** The category by code, for registering or recategorising a case: unknown or retired is a field error. */
export async function categoryByCode(tx: Tx, code: string, field: string, opts: { publicOnly?: boolean } = {}) {
  let q = tx.selectFrom('case_categories').select(['id', 'code', 'labels', 'response_days', 'retention_years']).where('code', '=', code).where('active', '=', true);
  if (opts.publicOnly) q = q.where('is_public', '=', true);
  const row = await q.executeTakeFirst();
  if (!row) throw new AppError(422, 'problem.validation', { fields: [{ field, key: 'field.unknown_code', vars: { value: code } }] });
  return row;
}

export async function unitByCode(tx: Tx, code: string, field: string) {
  const row = await tx.selectFrom('case_units').select(['id', 'code', 'labels']).where('code', '=', code).where('active', '=', true).executeTakeFirst();
  if (!row) throw new AppError(422, 'problem.validation', { fields: [{ field, key: 'field.unknown_code', vars: { value: code } }] });
  return row;
}

/**
 * Workspaces made before the case desk existed get the starting vocabulary on first use; for the
 * others this is one indexed read.
 */
export async function ensureCaseVocabularies(tx: Tx, workspaceId: string) {
  const any = await tx.selectFrom('case_registers').select('code').limit(1).executeTakeFirst();
  if (!any) await seedCaseVocabularies(tx, workspaceId);
}

/** The register by code, or the default one when no code is given. */
export async function registerByCode(tx: Tx, workspaceId: string, code: string | undefined, field: string) {
  let q = tx.selectFrom('case_registers').select(['code']);
  q = code ? q.where('code', '=', code) : q.where('is_default', '=', true);
  let row = await q.executeTakeFirst();
  // No default register: a workspace from before the case desk gets its vocabulary now.
  if (!row && !code) {
    await ensureCaseVocabularies(tx, workspaceId);
    row = await q.executeTakeFirst();
  }
  if (!row) throw new AppError(422, 'problem.validation', { fields: [{ field, key: 'field.unknown_code', vars: { value: code ?? '' } }] });
  return row.code;
}
