// Data for the retention and personal-data pages. Looking a person up, exporting and erasing are
// audited reads and writes on the server, so nothing here is fetched again on its own (window
// focus, remounts): only when the administrator asks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  DisposalItem as DisposalItemSchema,
  DisposalPreview as DisposalPreviewSchema,
  DisposalRun as DisposalRunSchema,
  ErasureResult as ErasureResultSchema,
  PlanItem as PlanItemSchema,
  RetentionOverview as RetentionOverviewSchema,
  SubjectSummary as SubjectSummarySchema,
} from '../../../server/modules/privacy/schema.ts';
import { api } from '../../api/client.ts';

export type RetentionOverview = z.infer<typeof RetentionOverviewSchema>;
export type DisposalPreview = z.infer<typeof DisposalPreviewSchema>;
export type DisposalItem = z.infer<typeof DisposalItemSchema>;
export type DisposalRun = z.infer<typeof DisposalRunSchema>;
export type SubjectSummary = z.infer<typeof SubjectSummarySchema>;
export type PlanItem = z.infer<typeof PlanItemSchema>;
export type ErasureResult = z.infer<typeof ErasureResultSchema>;

/** Who a request is about: a person in the register, or an e-mail address. */
export type Subject = { personId: string } | { email: string };

const key = (wsId: string) => ['ws', wsId, 'privacy'] as const;
const once = { refetchOnWindowFocus: false, refetchOnMount: false, staleTime: Infinity, retry: false } as const;

export function subjectQuery(s: Subject) {
  return new URLSearchParams('personId' in s ? { personId: s.personId } : { email: s.email }).toString();
}

export const exportHref = (wsId: string, s: Subject, format: 'json' | 'pdf', lang: string) =>
  `/api/w/${wsId}/privacy/subject/export?${subjectQuery(s)}&format=${format}&lang=${lang}`;

export function useRetention(wsId: string) {
  return useQuery({ queryKey: [...key(wsId), 'retention'], queryFn: () => api<RetentionOverview>('GET', `/api/w/${wsId}/privacy/retention`) });
}

export function useDisposalPreview(wsId: string) {
  return useQuery({ queryKey: [...key(wsId), 'preview'], queryFn: () => api<DisposalPreview>('GET', `/api/w/${wsId}/privacy/disposal/preview`), refetchOnWindowFocus: false });
}

export function useRunDisposal(wsId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (fingerprint: string) => api<DisposalRun>('POST', `/api/w/${wsId}/privacy/disposal/runs`, { fingerprint }),
    // Whatever happened (done, or the list changed meanwhile), show the list as it is now.
    onSettled: () => client.invalidateQueries({ queryKey: key(wsId) }),
  });
}

export function useSubject(wsId: string, subject: Subject | null) {
  return useQuery({
    queryKey: [...key(wsId), 'subject', subject],
    queryFn: () => api<SubjectSummary>('GET', `/api/w/${wsId}/privacy/subject?${subjectQuery(subject!)}`),
    enabled: subject !== null,
    ...once,
  });
}

export function useErase(wsId: string) {
  return useMutation({ mutationFn: (s: Subject) => api<ErasureResult>('POST', `/api/w/${wsId}/privacy/subject/erase`, s) });
}

/** People in the register whose name matches, to pick the one a request is about. */
export function usePeopleSearch(wsId: string, q: string) {
  return useQuery({
    queryKey: ['ws', wsId, 'people', 'privacy-search', q],
    queryFn: () => api<{ items: { id: string; name: string; title: string | null; organisations: { name: string }[] }[] }>('GET', `/api/w/${wsId}/people?q=${encodeURIComponent(q)}&limit=10`),
    enabled: q.trim().length >= 2,
    ...once,
  });
}
