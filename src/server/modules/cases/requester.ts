// The requester of a case: contact details as given, linked to a person and an organisation in the
// register (found by organisation number, chosen by staff, or added from the details). Reading
// the contact details is audited, like opening a person.
import { validateIdentifier } from '../../../shared/identifiers/index.ts';
import type { Tx } from '../../db/tenancy.ts';
import type { RegistrySchemeCode } from '../../db/types.ts';
import { AppError } from '../../http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../members/service.ts';
import { CreateOrganisationBody } from '../organisations/schema.ts';
import { createOrganisation } from '../organisations/service.ts';
import { CreatePersonBody } from '../people/schema.ts';
import { createPerson } from '../people/service.ts';
import { checkOrganisationNumber } from './fields.ts';
import { todayIn, type RequesterRow, type WorkspaceFacts } from './register.ts';
import type { RequesterPatch, StaffRequester } from './schema.ts';

const COUNTRY_OF_SCHEME: Partial<Record<RegistrySchemeCode, string>> = { se_orgnr: 'SE', dk_cvr: 'DK', no_orgnr: 'NO', fi_ytunnus: 'FI', pl_nip: 'PL' };

const notFound = (field: string) => new AppError(422, 'problem.validation', { fields: [{ field, key: 'problem.not_found' }] });
const required = (field: string) => new AppError(422, 'problem.validation', { fields: [{ field, key: 'field.required' }] });

/** The register organisation holding this number, if any (merged duplicates are skipped). */
export async function organisationByNumber(tx: Tx, scheme: RegistrySchemeCode, number: string) {
  const row = await tx
    .selectFrom('organisation_identifiers as i')
    .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
    .select(['o.id'])
    .where('i.scheme', '=', scheme)
    .where('i.value', '=', number)
    .where('o.merged_into', 'is', null)
    .executeTakeFirst();
  return row?.id ?? null;
}

type Input = Partial<StaffRequester> & { kind: StaffRequester['kind'] };

/**
 * Turns the staff form's requester into its row: checks the number and the chosen register links,
 * links the organisation holding the number, and adds person or organisation when asked to.
 */
export async function resolveRequester(tx: Tx, actor: Actor, ws: WorkspaceFacts, input: Input, language: string, now: Date, prefix = ''): Promise<RequesterRow> {
  const num = checkOrganisationNumber(input.organisationNumber, input.organisationNumberScheme, ws.country, `${prefix}organisationNumber`);
  let personId = input.personId ?? null;
  let organisationId = input.organisationId ?? null;
  if (personId && !(await tx.selectFrom('people').select('id').where('id', '=', personId).executeTakeFirst())) throw notFound(`${prefix}personId`);
  if (organisationId && !(await tx.selectFrom('organisations').select('id').where('id', '=', organisationId).where('merged_into', 'is', null).executeTakeFirst())) {
    throw notFound(`${prefix}organisationId`);
  }
  if (!organisationId && num.number) organisationId = await organisationByNumber(tx, num.scheme!, num.number);
  if (input.createOrganisation && !organisationId) {
    if (!input.organisationName) throw required(`${prefix}organisationName`);
    const org = await createOrganisation(
      tx,
      actor,
      CreateOrganisationBody.parse({
        name: input.organisationName,
        kind: input.kind === 'company' || num.number ? 'company' : 'other',
        country: (num.scheme && COUNTRY_OF_SCHEME[num.scheme]) ?? ws.country,
        identifiers: num.number ? [{ scheme: num.scheme, value: num.number }] : [],
      }),
    );
    organisationId = org.id;
  }
  if (input.createPerson && !personId) {
    if (!input.name) throw required(`${prefix}name`);
    const person = await createPerson(
      tx,
      actor,
      CreatePersonBody.parse({
        name: input.name,
        email: input.email ?? null,
        phone: input.phone ?? null,
        language: /^[a-z]{2}$/.test(language) ? language : null,
        legalBasis: 'public_task',
        legalBasisDate: todayIn(ws, now),
        organisations: organisationId ? [{ organisationId }] : [],
      }),
    );
    personId = person.id;
  }
  return {
    kind: input.kind,
    name: input.name ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    organisationName: input.organisationName ?? null,
    organisationNumber: num.number,
    organisationNumberScheme: num.scheme,
    personId,
    organisationId,
    consentAt: null,
  };
}

async function loadRequester(tx: Tx, caseId: string) {
  const r = await tx
    .selectFrom('case_requesters as r')
    .leftJoin('people as p', 'p.id', 'r.person_id')
    .leftJoin('organisations as o', 'o.id', 'r.organisation_id')
    .selectAll('r')
    .select(['p.name as person_name', 'o.name as org_name'])
    .where('r.case_id', '=', caseId)
    .executeTakeFirst();
  if (!r) throw new AppError(404, 'problem.not_found');
  const display = r.organisation_number && r.organisation_number_scheme ? validateIdentifier(r.organisation_number_scheme, r.organisation_number) : null;
  return {
    kind: r.kind,
    name: r.name,
    email: r.email,
    phone: r.phone,
    organisationName: r.organisation_name,
    organisationNumber: r.organisation_number,
    organisationNumberDisplay: display?.ok ? display.display : r.organisation_number,
    organisationNumberScheme: r.organisation_number_scheme,
    person: r.person_id ? { id: r.person_id, name: r.person_name ?? '' } : null,
    organisation: r.organisation_id ? { id: r.organisation_id, name: r.org_name ?? '' } : null,
    consentAt: r.consent_at?.toISOString() ?? null,
  };
}

/** The requester's contact details; the read itself is written to the audit log. */
export async function readRequester(tx: Tx, actor: Actor, caseId: string) {
  const requester = await loadRequester(tx, caseId);
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'case.requester_read', entityType: 'case', entityId: caseId });
  return requester;
}

export async function updateRequester(tx: Tx, actor: Actor, ws: WorkspaceFacts, caseId: string, patch: RequesterPatch, now: Date) {
  const c = await tx.selectFrom('cases').select(['id', 'language']).where('id', '=', caseId).forUpdate().executeTakeFirst();
  if (!c) throw new AppError(404, 'problem.not_found');
  const before = await loadRequester(tx, caseId);
  const merged: Input = {
    kind: patch.kind ?? before.kind,
    name: patch.name !== undefined ? patch.name : before.name,
    email: patch.email !== undefined ? patch.email : before.email,
    phone: patch.phone !== undefined ? patch.phone : before.phone,
    organisationName: patch.organisationName !== undefined ? patch.organisationName : before.organisationName,
    organisationNumber: patch.organisationNumber !== undefined ? patch.organisationNumber : before.organisationNumber,
    organisationNumberScheme: patch.organisationNumber !== undefined ? patch.organisationNumberScheme : (before.organisationNumberScheme ?? undefined),
    personId: patch.personId !== undefined ? patch.personId : (before.person?.id ?? null),
    organisationId: patch.organisationId !== undefined ? patch.organisationId : (before.organisation?.id ?? null),
    createPerson: patch.createPerson ?? false,
    createOrganisation: patch.createOrganisation ?? false,
  };
  const row = await resolveRequester(tx, actor, ws, merged, c.language, now);
  await tx
    .updateTable('case_requesters')
    .set({
      kind: row.kind,
      name: row.name,
      email: row.email,
      phone: row.phone,
      organisation_name: row.organisationName,
      organisation_number: row.organisationNumber,
      organisation_number_scheme: row.organisationNumberScheme,
      person_id: row.personId,
      organisation_id: row.organisationId,
      updated_at: now,
    })
    .where('case_id', '=', caseId)
    .execute();
  await tx.updateTable('cases').set({ updated_at: now, version: (eb) => eb('version', '+', 1) }).where('id', '=', caseId).execute();
  const after = await loadRequester(tx, caseId);
  // Which fields changed and the register links, not the personal data itself.
  const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
  await recordAudit(tx, {
    ...actor,
    actorId: actor.userId,
    action: 'case.requester_update',
    entityType: 'case',
    entityId: caseId,
    before: { personId: before.person?.id ?? null, organisationId: before.organisation?.id ?? null },
    after: { personId: after.person?.id ?? null, organisationId: after.organisation?.id ?? null, changed },
  });
  return after;
}
