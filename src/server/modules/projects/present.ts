// What a project looks like to the API: a summary row for the portfolio list (with the moves it
// may make next, for the board), and the whole project with its partners, history and reopenings.
import type { Tx } from '../../db/tenancy.ts';
import type { Locale } from '../../db/types.ts';
import { AppError } from '../../http/problem.ts';
import { allowedMoves, type OurRole, type PartnerRole, type ProjectStatus } from './lifecycle.ts';
import type { ProgrammeData } from './programme-schema.ts';
import { findProject, projectHistory, projectPartners, reopenings, type SummaryRow } from './queries.ts';
import type { ProjectData } from './schema.ts';

export function presentSummary(r: SummaryRow) {
  return {
    id: r.id,
    acronym: r.acronym,
    title: r.title,
    status: r.status as ProjectStatus,
    statusDate: r.status_date,
    ourRole: r.our_role as OurRole,
    programme: r.programme_id ? { id: r.programme_id, name: r.programme_name ?? '', fund: r.programme_fund as ProgrammeData['fund'] } : null,
    call: r.call_id ? { id: r.call_id, title: r.call_title ?? '', identifier: r.call_identifier ?? null } : null,
    startDate: r.start_date,
    endDate: r.end_date,
    officer: r.officer_id ? { id: r.officer_id, name: r.officer_name ?? '' } : null,
    partnerCount: Number(r.partner_count ?? 0),
    themes: r.themes,
    sdgs: r.sdgs,
    updatedAt: r.updated_at.toISOString(),
    allowedMoves: allowedMoves(r.status as ProjectStatus),
  };
}

export async function getProject(tx: Tx, id: string, locale: Locale): Promise<ProjectData> {
  const r = await findProject(tx, id);
  if (!r) throw new AppError(404, 'problem.not_found');
  const partners = await projectPartners(tx, id, locale);
  const history = await projectHistory(tx, id);
  const links = await reopenings(tx, id, r.reopened_from);
  return {
    ...presentSummary(r),
    summary: r.summary,
    version: r.version,
    reopenedFrom: links.reopenedFrom,
    reopenedAs: links.reopenedAs,
    partners: partners.map((p) => ({
      id: p.id,
      role: p.role as PartnerRole,
      organisation: { id: p.organisation_id, name: p.name, country: p.country, nutsCode: p.nuts_code, kind: p.kind, lat: p.lat, lon: p.lon },
      relationId: p.relation_id,
    })),
    history: history.map((h) => ({
      id: h.id,
      fromStatus: h.from_status as ProjectStatus | null,
      toStatus: h.to_status as ProjectStatus,
      changedOn: h.changed_on,
      note: h.note,
      actor: h.actor_id ? { id: h.actor_id, name: h.actor_name ?? '' } : null,
      createdAt: h.created_at.toISOString(),
    })),
  };
}
