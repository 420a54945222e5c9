// Data for the survey pages. Staff pages use the session like every page; the public form
// sends its answer without cookies (credentials: 'omit'): the personal link is the only key,
// the answer is not tied to whoever happens to be logged in in that browser, and so no CSRF
// token is needed either.
import i18n from 'i18next';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Coverage as CoverageSchema,
  Proposal as ProposalSchema,
  SurveyAnswerBody,
  SurveyForm as SurveyFormSchema,
  SurveyInvitation as SurveyInvitationSchema,
  SurveyLink as SurveyLinkSchema,
} from '../../../server/modules/survey/schema.ts';
import type { OrganisationPage } from '../../../server/modules/organisations/schema.ts';
import { api, ApiError, type FieldError } from '../../api/client.ts';

export type SurveyFormInfo = z.infer<typeof SurveyFormSchema>;
export type SurveyLink = z.infer<typeof SurveyLinkSchema>;
export type SurveyInvitation = z.infer<typeof SurveyInvitationSchema>;
export type Proposal = z.infer<typeof ProposalSchema>;
export type Coverage = z.infer<typeof CoverageSchema>;
export type SurveyAnswer = z.input<typeof SurveyAnswerBody>;
export type LocalCompany = z.infer<typeof OrganisationPage>['items'][number];

export const SURVEY_PARTNER_TYPES = ['export_agreement', 'import_supplier', 'research_collaboration', 'eu_project_partnership', 'other'] as const;
export const SURVEY_INTERESTS = ['export_advice', 'finding_partners', 'eu_funding', 'delegations', 'trade_fairs'] as const;
export type PartnerType = (typeof SURVEY_PARTNER_TYPES)[number];
export type Interest = (typeof SURVEY_INTERESTS)[number];

const surveyKey = (wsId: string) => ['ws', wsId, 'survey'] as const;
export { surveyKey };

export function useCoverage(wsId: string) {
  return useQuery({ queryKey: [...surveyKey(wsId), 'coverage'], queryFn: () => api<Coverage>('GET', `/api/w/${wsId}/survey/coverage`) });
}

export function useSurveyInvitations(wsId: string) {
  return useQuery({
    queryKey: [...surveyKey(wsId), 'invitations'],
    queryFn: () => api<{ items: SurveyInvitation[] }>('GET', `/api/w/${wsId}/survey/invitations`).then((r) => r.items),
  });
}

export function useProposals(wsId: string) {
  return useQuery({
    queryKey: [...surveyKey(wsId), 'proposals'],
    queryFn: () => api<{ items: Proposal[] }>('GET', `/api/w/${wsId}/survey/proposals`).then((r) => r.items),
  });
}

/** Every local company of the register, page by page (200 at a time), in name order. */
export function useLocalCompanies(wsId: string) {
  return useQuery({
    queryKey: ['ws', wsId, 'organisations', 'local-companies'],
    queryFn: async () => {
      const items: LocalCompany[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 50; page++) {
        const qs = new URLSearchParams({ local: 'true', kind: 'company', sort: 'name', limit: '200' });
        if (cursor) qs.set('cursor', cursor);
        const r: z.infer<typeof OrganisationPage> = await api('GET', `/api/w/${wsId}/organisations?${qs}`);
        items.push(...r.items);
        cursor = r.nextCursor;
        if (!cursor) break;
      }
      return items;
    },
  });
}

/** POST to the public survey endpoint without the session cookie; errors as ApiError like api(). */
export async function postSurveyAnswer(token: string, answer: SurveyAnswer): Promise<{ receivedAt: string }> {
  let res: Response;
  try {
    res = await fetch(`/api/survey/${encodeURIComponent(token)}`, {
      method: 'POST',
      credentials: 'omit',
      headers: { accept: 'application/json', 'content-type': 'application/json', 'accept-language': i18n.language || 'sv' },
      body: JSON.stringify(answer),
    });
  } catch {
    throw new ApiError(0, i18n.t('errors.network'), 'network');
  }
  const data: unknown = await res.json().catch(() => null);
  if (res.ok) return data as { receivedAt: string };
  const problem = (data ?? {}) as { title?: string; code?: string; errors?: FieldError[] };
  throw new ApiError(res.status, problem.title ?? i18n.t('errors.unexpected'), problem.code ?? `http.${res.status}`, Array.isArray(problem.errors) ? problem.errors : []);
}
