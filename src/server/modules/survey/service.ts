// Survey logic. The public side finds the invitation by its token (as the owning role), then
// works inside the invitation's workspace like any request does.
import { sql, type Kysely } from 'kysely';
import type { DB, Locale } from '../../db/types.ts';
import { asSystem, enterWorkspace, type Tx } from '../../db/tenancy.ts';
import { AppError } from '../../http/problem.ts';
import { randomToken, sha256 } from '../../http/session.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../members/service.ts';
import { createRelation } from '../relations/service.ts';
import { createOrganisation } from '../organisations/service.ts';
import { CreateOrganisationBody } from '../organisations/schema.ts';
import { timeZoneOf } from '../cases/due-dates.ts';
import type { SurveyAnswer } from './schema.ts';

export async function inviteToSurvey(tx: Tx, actor: Actor, input: { organisationIds: string[]; language: Locale; days: number }, now: Date, baseUrl: string) {
  const orgs = await tx.selectFrom('organisations').select(['id', 'name']).where('id', 'in', input.organisationIds).where('merged_into', 'is', null).execute();
  const found = new Map(orgs.map((o) => [o.id, o.name]));
  const missing = input.organisationIds.map((id, i) => ({ id, i })).filter(({ id }) => !found.has(id));
  if (missing.length) throw new AppError(422, 'problem.validation', { fields: missing.map(({ i }) => ({ field: `organisationIds.${i}`, key: 'problem.not_found' as const })) });
  const expiresAt = new Date(now.getTime() + input.days * 86400_000);
  const links = [];
  for (const id of new Set(input.organisationIds)) {
    const token = randomToken();
    const row = await tx
      .insertInto('survey_invitations')
      .values({ workspace_id: actor.workspaceId, organisation_id: id, token_hash: sha256(token), language: input.language, created_by: actor.userId, created_at: now, expires_at: expiresAt })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'survey.invite', entityType: 'organisation', entityId: id, after: { invitationId: row.id, language: input.language, expiresAt } });
    links.push({ organisationId: id, name: found.get(id)!, link: `${baseUrl}/survey/${token}`, expiresAt: expiresAt.toISOString() });
  }
  return { items: links };
}

export async function listSurveyInvitations(tx: Tx, now: Date) {
  const rows = await tx
    .selectFrom('survey_invitations as s')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select(['s.id', 's.organisation_id', 'o.name', 's.language', 's.created_at', 's.expires_at', 's.answered_at'])
    .orderBy('s.created_at', 'desc')
    .limit(1000)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      organisationId: r.organisation_id,
      name: r.name,
      language: r.language,
      status: (r.answered_at ? 'answered' : r.expires_at <= now ? 'expired' : 'sent') as 'sent' | 'answered' | 'expired',
      createdAt: r.created_at.toISOString(),
      expiresAt: r.expires_at.toISOString(),
      answeredAt: r.answered_at?.toISOString() ?? null,
    })),
  };
}

async function openInvitation(tx: Tx, token: string, now: Date) {
  const inv = await tx
    .selectFrom('survey_invitations as s')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .innerJoin('workspaces as w', 'w.id', 's.workspace_id')
    .select(['s.id', 's.workspace_id', 's.organisation_id', 's.language', 's.expires_at', 's.answered_at', 'o.name as organisation_name', 'w.name as workspace_name', 'w.country as workspace_country'])
    .where('s.token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!inv || inv.answered_at || inv.expires_at <= now) throw new AppError(410, 'survey.invalid');
  return inv;
}

export async function surveyForm(db: Kysely<DB>, token: string, now: Date) {
  return asSystem(db, async (tx) => {
    const inv = await openInvitation(tx, token, now);
    return { workspaceName: inv.workspace_name, organisationName: inv.organisation_name, language: inv.language, expiresAt: inv.expires_at.toISOString(), timeZone: timeZoneOf(inv.workspace_country) };
  });
}

/** Stores the answer and turns each named partner into a proposed relation, in one transaction. */
export async function answerSurvey(db: Kysely<DB>, token: string, answer: SurveyAnswer, now: Date, requestId: string) {
  return asSystem(db, async (tx) => {
    const inv = await openInvitation(tx, token, now);
    const claimed = await tx.updateTable('survey_invitations').set({ answered_at: now }).where('id', '=', inv.id).where('answered_at', 'is', null).executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw new AppError(410, 'survey.invalid');
    await enterWorkspace(tx, { workspaceId: inv.workspace_id });
    const row = await tx
      .insertInto('survey_answers')
      .values({ workspace_id: inv.workspace_id, invitation_id: inv.id, organisation_id: inv.organisation_id, answers: JSON.stringify(answer), submitted_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (answer.partners.length) {
      await tx
        .insertInto('survey_proposals')
        .values(answer.partners.map((p) => ({ workspace_id: inv.workspace_id, answer_id: row.id, organisation_id: inv.organisation_id, partner_name: p.name, partner_country: p.country, relation_type: p.type })))
        .execute();
    }
    await recordAudit(tx, { workspaceId: inv.workspace_id, actorId: null, action: 'survey.answer', entityType: 'organisation', entityId: inv.organisation_id, after: { answerId: row.id, partners: answer.partners.length }, requestId });
    return { receivedAt: now.toISOString() };
  });
}

export async function listProposals(tx: Tx, status?: 'pending' | 'accepted' | 'rejected') {
  let q = tx
    .selectFrom('survey_proposals as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .innerJoin('survey_answers as a', 'a.id', 'p.answer_id')
    .select(['p.id', 'p.organisation_id', 'o.name', 'p.partner_name', 'p.partner_country', 'p.relation_type', 'p.status', 'p.relation_id', 'a.submitted_at'])
    .orderBy('a.submitted_at', 'desc')
    .orderBy('p.partner_name')
    .limit(500);
  if (status) q = q.where('p.status', '=', status);
  const rows = await q.execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      organisation: { id: r.organisation_id, name: r.name },
      partnerName: r.partner_name,
      partnerCountry: r.partner_country,
      relationType: r.relation_type,
      status: r.status,
      relationId: r.relation_id,
      submittedAt: r.submitted_at.toISOString(),
    })),
  };
}

/** Accepting finds the partner in the register (same name and country) or adds it, then links it. */
export async function decideProposal(tx: Tx, actor: Actor, id: string, decision: 'accept' | 'reject', now: Date) {
  const p = await tx.selectFrom('survey_proposals').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!p) throw new AppError(404, 'problem.not_found');
  if (p.status !== 'pending') throw new AppError(409, 'problem.conflict');
  let relationId: string | null = null;
  if (decision === 'accept') {
    const existing = await tx
      .selectFrom('organisations')
      .select('id')
      .where('country', '=', p.partner_country)
      .where('merged_into', 'is', null)
      .where(sql<boolean>`fold(name) = fold(${p.partner_name})`)
      .executeTakeFirst();
    const partnerId =
      existing?.id ??
      (await createOrganisation(tx, actor, CreateOrganisationBody.parse({ name: p.partner_name, kind: 'company', country: p.partner_country }))).id;
    const relation = await createRelation(tx, actor, { fromId: p.organisation_id, toId: partnerId, type: p.relation_type, status: 'active', source: 'survey', notes: '' });
    relationId = relation.id;
  }
  await tx.updateTable('survey_proposals').set({ status: decision === 'accept' ? 'accepted' : 'rejected', relation_id: relationId, decided_by: actor.userId, decided_at: now }).where('id', '=', id).execute();
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: `survey.proposal_${decision}`, entityType: 'survey_proposal', entityId: id, before: { status: 'pending' }, after: { status: decision === 'accept' ? 'accepted' : 'rejected', relationId } });
  return (await listProposals(tx)).items.find((x) => x.id === id)!;
}

/** Share of local companies that have answered the survey. */
export async function surveyCoverage(tx: Tx) {
  const r = await sql<{ local: number; invited: number; answered: number }>`
    select count(*)::int as local,
      count(*) filter (where exists (select 1 from survey_invitations s where s.organisation_id = o.id))::int as invited,
      count(*) filter (where exists (select 1 from survey_answers a where a.organisation_id = o.id))::int as answered
    from organisations o where o.kind = 'company' and o.is_local and o.merged_into is null`.execute(tx);
  const { local, invited, answered } = r.rows[0]!;
  return { localCompanies: local, invited, answered, share: local ? Math.round((answered / local) * 1000) / 1000 : 0 };
}
