// Data for the case desk's staff pages through TanStack Query. Types come from the server's Zod
// schemas (type-only imports); the workflow's lists are the server's own (workflow.ts is plain
// data, written to be shared with the web app). Keys start with ['ws', id] so a language switch
// refreshes them.
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Case as CaseSchema,
  CaseLink as CaseLinkSchema,
  CaseMessage as CaseMessageSchema,
  CaseNote as CaseNoteSchema,
  CasePage as CasePageSchema,
  CaseRequester as CaseRequesterSchema,
  MessageBody,
  RegisterCaseBody,
  TransitionBody,
  UpdateCaseBody,
} from '../../../server/modules/cases/schema.ts';
import type { CaseCategory as CategorySchema, CaseUnit as UnitSchema, CaseVocabularies as VocabSchema } from '../../../server/modules/cases/vocabulary-schema.ts';
import { api } from '../../api/client.ts';
import type { Workspace } from '../../api/types.ts';
import { dueTodayPage } from './filters.ts';

export { CASE_CHANNELS, CASE_PRIORITIES, CASE_STATUSES, REQUESTER_KINDS } from '../../../server/modules/cases/workflow.ts';

export type CaseDetail = z.infer<typeof CaseSchema>;
export type CaseSummary = z.infer<typeof CasePageSchema>['items'][number];
export type CasePage = z.infer<typeof CasePageSchema>;
export type CaseNote = z.infer<typeof CaseNoteSchema>;
export type CaseMessage = z.infer<typeof CaseMessageSchema>;
export type CaseLink = z.infer<typeof CaseLinkSchema>;
export type CaseRequester = z.infer<typeof CaseRequesterSchema>;
export type CaseStatus = CaseDetail['status'];
export type CaseChannel = CaseDetail['channel'];
export type CasePriority = CaseDetail['priority'];
export type RequesterKind = CaseDetail['requester']['kind'];
export type RegisterCaseInput = z.input<typeof RegisterCaseBody>;
export type TransitionInput = z.input<typeof TransitionBody>;
export type CasePatch = z.input<typeof UpdateCaseBody>;
export type MessageInput = z.input<typeof MessageBody>;
export type CaseVocabularies = z.infer<typeof VocabSchema>;
export type CaseCategory = z.infer<typeof CategorySchema>;
export type CaseUnit = z.infer<typeof UnitSchema>;

const PAGE_SIZE = 50;

export const casesKey = (wsId: string) => ['ws', wsId, 'cases'] as const;
export const caseKey = (wsId: string, id: string) => ['ws', wsId, 'cases', 'one', id] as const;
const vocabKey = (wsId: string) => ['ws', wsId, 'case-vocabularies'] as const;

/** The workspace's country and language: what a new case's number scheme and language start as. */
export function useWorkspaceDetails(wsId: string) {
  return useQuery({ queryKey: ['ws', wsId, 'details'], queryFn: () => api<Workspace>('GET', `/api/w/${wsId}`), staleTime: 5 * 60_000 });
}

export function useCaseVocabularies(wsId: string) {
  return useQuery({
    queryKey: vocabKey(wsId),
    queryFn: () => api<CaseVocabularies>('GET', `/api/w/${wsId}/case-vocabularies`),
    staleTime: 5 * 60_000,
  });
}

/**
 * One list of cases: `search` is the API's query string. With `dueToday` the pages are read in
 * due-date order until past today and only today's are kept (the API has no due-date filter).
 */
export function useCaseList(wsId: string, search: string, dueToday: string | null) {
  return useInfiniteQuery({
    queryKey: [...casesKey(wsId), 'list', search, dueToday],
    queryFn: ({ pageParam }) => {
      if (dueToday) return dueTodayPage((cursor) => fetchPage(wsId, search, cursor, 200), dueToday);
      return fetchPage(wsId, search, pageParam, PAGE_SIZE);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

function fetchPage(wsId: string, search: string, cursor: string | null, limit: number) {
  const p = new URLSearchParams(search);
  p.set('limit', String(limit));
  if (cursor) p.set('cursor', cursor);
  return api<CasePage>('GET', `/api/w/${wsId}/cases?${p}`);
}

export function useCase(wsId: string, id: string) {
  return useQuery({
    queryKey: caseKey(wsId, id),
    queryFn: () => api<CaseDetail>('GET', `/api/w/${wsId}/cases/${id}`),
    enabled: Boolean(id),
  });
}

/** After a change: the case as the server now has it, and every list refreshed. */
function useCaseUpdate(wsId: string) {
  const client = useQueryClient();
  return async (c: CaseDetail) => {
    client.setQueryData(caseKey(wsId, c.id), c);
    await client.invalidateQueries({ queryKey: [...casesKey(wsId), 'list'] });
  };
}

export function useRegisterCase(wsId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterCaseInput) => api<CaseDetail>('POST', `/api/w/${wsId}/cases`, body),
    onSuccess: async (c) => {
      client.setQueryData(caseKey(wsId, c.id), c);
      await client.invalidateQueries({ queryKey: [...casesKey(wsId), 'list'] });
    },
  });
}

/** Moves a case. A refused move (409) leaves the page showing a case that changed: read it again. */
export function useMoveCase(wsId: string, id: string) {
  const client = useQueryClient();
  const updated = useCaseUpdate(wsId);
  return useMutation({
    mutationFn: (body: TransitionInput) => api<CaseDetail>('POST', `/api/w/${wsId}/cases/${id}/status`, body),
    onSuccess: updated,
    onError: () => client.invalidateQueries({ queryKey: caseKey(wsId, id) }),
  });
}

export function usePatchCase(wsId: string, id: string) {
  const client = useQueryClient();
  const updated = useCaseUpdate(wsId);
  return useMutation({
    mutationFn: (body: CasePatch) => api<CaseDetail>('PATCH', `/api/w/${wsId}/cases/${id}`, body),
    onSuccess: updated,
    onError: () => client.invalidateQueries({ queryKey: caseKey(wsId, id) }),
  });
}

/** Notes, messages and links come back on their own; the case is read again to show them in place. */
export function useCaseEntry<TBody, TResult>(wsId: string, id: string, method: 'POST' | 'DELETE', path: (body: TBody) => string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) => api<TResult>(method, `/api/w/${wsId}/cases/${id}${path(body)}`, method === 'POST' ? body : undefined),
    onSuccess: () => client.invalidateQueries({ queryKey: caseKey(wsId, id) }),
  });
}

/**
 * The requester's contact details. Every read is written to the audit log, so they are read only
 * when someone asks (a mutation, never refetched in the background).
 */
export function useRevealRequester(wsId: string, id: string) {
  return useMutation({ mutationFn: () => api<CaseRequester>('GET', `/api/w/${wsId}/cases/${id}/requester`) });
}

export function useSaveVocabulary<TBody>(wsId: string, method: 'POST' | 'PATCH', path: (body: TBody) => string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) => {
      const { code: _code, ...rest } = body as { code?: string };
      return api<unknown>(method, `/api/w/${wsId}${path(body)}`, method === 'PATCH' ? rest : body);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: vocabKey(wsId) }),
  });
}
