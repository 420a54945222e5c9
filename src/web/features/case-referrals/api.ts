// Data for routing, referrals, secrecy, deadlines and the public pages through TanStack Query.
// Types come from the server's Zod schemas (type-only imports). Staff queries start with
// ['ws', id] so a language switch refreshes them; a change invalidates the case desk's own
// queries (['ws', id, 'cases']) so the case page shows it too. The public pages read and write
// without cookies (credentials: 'omit'): the link or the address is the only key.
import i18n from 'i18next';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CaseRouting, RoutingPreview, RoutingPreviewBody, RoutingRule, RoutingRuleList, CreateRoutingRuleBody, UpdateRoutingRuleBody } from '../../../server/modules/cases/routing-schema.ts';
import type { CaseReferrals, ConfirmReceiptBody, PublicReferral, ReferBody, Referral, ReferralPage } from '../../../server/modules/cases/referral-schema.ts';
import type { CaseSecrecy, PublicRegisterPage, SecrecyBody } from '../../../server/modules/cases/public-register-schema.ts';
import type { Deadlines, Statistics } from '../../../server/modules/cases/stats-schema.ts';
import { api, ApiError, type FieldError } from '../../api/client.ts';

export type CaseRoutingData = z.infer<typeof CaseRouting>;
export type RoutingRuleData = z.infer<typeof RoutingRule>;
export type RuleInput = z.input<typeof CreateRoutingRuleBody>;
export type RulePatch = z.input<typeof UpdateRoutingRuleBody>;
export type PreviewInput = z.input<typeof RoutingPreviewBody>;
export type PreviewData = z.infer<typeof RoutingPreview>;
export type ReferralData = z.infer<typeof Referral>;
export type CaseReferralsData = z.infer<typeof CaseReferrals>;
export type ReferInput = z.input<typeof ReferBody>;
export type ReferralPageData = z.infer<typeof ReferralPage>;
export type SecrecyData = z.infer<typeof CaseSecrecy>;
export type SecrecyInput = z.input<typeof SecrecyBody>;
export type DeadlinesData = z.infer<typeof Deadlines>;
export type StatisticsData = z.infer<typeof Statistics>;
export type PublicRegisterData = z.infer<typeof PublicRegisterPage>;
export type PublicReferralData = z.infer<typeof PublicReferral>;
export type ConfirmInput = z.input<typeof ConfirmReceiptBody>;

const casesKey = (wsId: string) => ['ws', wsId, 'cases'] as const;
const rulesKey = (wsId: string) => ['ws', wsId, 'case-routing-rules'] as const;
const deskKey = (wsId: string, caseId: string, part: string) => ['ws', wsId, 'cases', 'desk', caseId, part] as const;

/** After a change to a case: everything the case desk shows about cases is read again. */
function useRefreshCases(wsId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: casesKey(wsId) });
}

export function useCaseRouting(wsId: string, caseId: string) {
  return useQuery({ queryKey: deskKey(wsId, caseId, 'routing'), queryFn: () => api<CaseRoutingData>('GET', `/api/w/${wsId}/cases/${caseId}/routing`) });
}

export function useDecideRouting(wsId: string, caseId: string) {
  const refresh = useRefreshCases(wsId);
  return useMutation({
    mutationFn: (body: { action: 'accept' | 'ignore'; ruleId: string }) => api<CaseRoutingData>('POST', `/api/w/${wsId}/cases/${caseId}/routing`, body),
    onSettled: refresh,
  });
}

export function useCaseReferrals(wsId: string, caseId: string) {
  return useQuery({ queryKey: deskKey(wsId, caseId, 'referrals'), queryFn: () => api<CaseReferralsData>('GET', `/api/w/${wsId}/cases/${caseId}/referrals`) });
}

export function useRefer(wsId: string, caseId: string) {
  const refresh = useRefreshCases(wsId);
  return useMutation({ mutationFn: (body: ReferInput) => api<ReferralData>('POST', `/api/w/${wsId}/cases/${caseId}/referrals`, body), onSuccess: refresh });
}

export function useResend(wsId: string, caseId: string) {
  const refresh = useRefreshCases(wsId);
  return useMutation({ mutationFn: (referralId: string) => api<ReferralData>('POST', `/api/w/${wsId}/cases/${caseId}/referrals/${referralId}/resend`, {}), onSuccess: refresh });
}

export function useCaseSecrecy(wsId: string, caseId: string) {
  return useQuery({ queryKey: deskKey(wsId, caseId, 'secrecy'), queryFn: () => api<SecrecyData>('GET', `/api/w/${wsId}/cases/${caseId}/secrecy`) });
}

export function useChangeSecrecy(wsId: string, caseId: string) {
  const refresh = useRefreshCases(wsId);
  return useMutation({ mutationFn: (body: SecrecyInput) => api<SecrecyData>('POST', `/api/w/${wsId}/cases/${caseId}/secrecy`, body), onSuccess: refresh });
}

export function useReferralList(wsId: string, status: 'pending' | 'confirmed' | 'expired' | null) {
  return useQuery({
    queryKey: [...casesKey(wsId), 'referral-list', status],
    queryFn: () => api<ReferralPageData>('GET', `/api/w/${wsId}/case-referrals?limit=20${status ? `&status=${status}` : ''}`),
  });
}

export function useDeadlines(wsId: string) {
  return useQuery({ queryKey: [...casesKey(wsId), 'deadlines'], queryFn: () => api<DeadlinesData>('GET', `/api/w/${wsId}/case-deadlines`) });
}

export function useStatistics(wsId: string, period: { from?: string; to?: string }) {
  const qs = new URLSearchParams(Object.entries(period).filter(([, v]) => Boolean(v)) as [string, string][]);
  return useQuery({
    queryKey: [...casesKey(wsId), 'statistics', qs.toString()],
    queryFn: () => api<StatisticsData>('GET', `/api/w/${wsId}/case-statistics?${qs}`),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useRoutingRules(wsId: string) {
  return useQuery({ queryKey: rulesKey(wsId), queryFn: () => api<z.infer<typeof RoutingRuleList>>('GET', `/api/w/${wsId}/case-routing-rules`).then((r) => r.items) });
}

export function useSaveRule(wsId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: RuleInput | RulePatch }) =>
      id ? api<RoutingRuleData>('PATCH', `/api/w/${wsId}/case-routing-rules/${id}`, body) : api<RoutingRuleData>('POST', `/api/w/${wsId}/case-routing-rules`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: rulesKey(wsId) }),
  });
}

export function useDeleteRule(wsId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>('DELETE', `/api/w/${wsId}/case-routing-rules/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: rulesKey(wsId) }),
  });
}

export function usePreviewRouting(wsId: string) {
  return useMutation({ mutationFn: (body: PreviewInput) => api<PreviewData>('POST', `/api/w/${wsId}/case-routing-rules/preview`, body) });
}

async function publicFetch<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': i18n.language || 'sv' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, { method, credentials: 'omit', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, i18n.t('errors.network'), 'network');
  }
  const data: unknown = await res.json().catch(() => null);
  if (res.ok) return data as T;
  const problem = (data ?? {}) as { title?: string; code?: string; errors?: FieldError[] };
  throw new ApiError(res.status, problem.title ?? i18n.t('errors.unexpected'), problem.code ?? `http.${res.status}`, Array.isArray(problem.errors) ? problem.errors : []);
}

const enc = encodeURIComponent;

export function usePublicRegister(slug: string, search: { q: string; page: number }) {
  const qs = new URLSearchParams({ page: String(search.page), limit: '25' });
  if (search.q) qs.set('q', search.q);
  return useQuery({
    // The language is part of the key: the masking marker is written in it.
    queryKey: ['public-register', slug, qs.toString(), i18n.language],
    queryFn: () => publicFetch<PublicRegisterData>('GET', `/api/public/${enc(slug)}/cases?${qs}`),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function usePublicReferral(slug: string, token: string) {
  return useQuery({
    queryKey: ['public-referral', slug, token, i18n.language],
    queryFn: () => publicFetch<PublicReferralData>('GET', `/api/public/${enc(slug)}/referrals/${enc(token)}`),
    retry: false,
    staleTime: Infinity,
  });
}

export function useConfirmReceipt(slug: string, token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ConfirmInput) => publicFetch<PublicReferralData>('POST', `/api/public/${enc(slug)}/referrals/${enc(token)}/receipt`, body),
    onSuccess: (data) => client.setQueryData(['public-referral', slug, token, i18n.language], data),
  });
}
