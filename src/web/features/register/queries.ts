// Data for the register's pages through TanStack Query. Keys start with ['ws', id] so a change
// anywhere in the workspace (or a language switch) refreshes them.
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type {
  Activity,
  NaceClass,
  NutsRegion,
  Organisation,
  OrganisationPage,
  PeoplePage,
  Person,
  RelationList,
  SdgGoal,
  Vocabularies,
} from './types.ts';

export const registerKey = (wsId: string) => ['ws', wsId, 'register'] as const;
export const orgKey = (wsId: string, id: string) => ['ws', wsId, 'register', 'organisation', id] as const;

const PAGE_SIZE = 25;

export function useVocabularies(wsId: string) {
  return useQuery({
    queryKey: ['ws', wsId, 'vocabularies'],
    queryFn: () => api<Vocabularies>('GET', `/api/w/${wsId}/vocabularies`),
    staleTime: 5 * 60_000,
  });
}

/** The 17 goals do not change while the app runs. */
export function useSdgs() {
  return useQuery({
    queryKey: ['reference', 'sdgs'],
    queryFn: () => api<{ items: SdgGoal[] }>('GET', '/api/reference/sdgs').then((r) => r.items),
    staleTime: Infinity,
  });
}

export function nutsSearch(q: string, country?: string, limit = 20) {
  const p = new URLSearchParams({ limit: String(limit) });
  if (q) p.set('q', q);
  if (country) p.set('country', country);
  return api<{ items: NutsRegion[] }>('GET', `/api/reference/nuts?${p}`).then((r) => r.items);
}

export function naceSearch(q: string, limit = 20) {
  const p = new URLSearchParams({ limit: String(limit) });
  if (q) p.set('q', q);
  return api<{ items: NaceClass[] }>('GET', `/api/reference/nace?${p}`).then((r) => r.items);
}

/** One NUTS region by its code (for showing a stored code with its name). */
export function useNutsRegion(code: string | null | undefined) {
  return useQuery({
    queryKey: ['reference', 'nuts', code],
    queryFn: () => nutsSearch(code!, undefined, 5).then((items) => items.find((r) => r.code === code) ?? null),
    enabled: Boolean(code),
    staleTime: Infinity,
  });
}

/** One NACE class by its code (titles are in English, as the classification publishes them). */
export function useNaceClass(code: string | null | undefined) {
  return useQuery({
    queryKey: ['reference', 'nace', code],
    queryFn: () => naceSearch(code!, 5).then((items) => items.find((n) => n.code === code) ?? null),
    enabled: Boolean(code),
    staleTime: Infinity,
  });
}

export function useOrganisationList(wsId: string, search: string) {
  return useInfiniteQuery({
    queryKey: [...registerKey(wsId), 'organisations', search],
    queryFn: ({ pageParam }) => {
      const p = new URLSearchParams(search);
      p.set('limit', String(PAGE_SIZE));
      if (pageParam) p.set('cursor', pageParam);
      return api<OrganisationPage>('GET', `/api/w/${wsId}/organisations?${p}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // While a new search runs, the old results stay (no flash of "loading" on every key press).
    placeholderData: keepPreviousData,
  });
}

export function searchOrganisations(wsId: string, q: string, limit = 10) {
  const p = new URLSearchParams({ limit: String(limit) });
  if (q) p.set('q', q);
  return api<OrganisationPage>('GET', `/api/w/${wsId}/organisations?${p}`).then((r) => r.items);
}

export function useOrganisation(wsId: string, id: string) {
  return useQuery({
    queryKey: orgKey(wsId, id),
    queryFn: () => api<Organisation>('GET', `/api/w/${wsId}/organisations/${id}`),
    enabled: Boolean(id),
  });
}

export function useRelations(wsId: string, orgId: string) {
  return useQuery({
    queryKey: [...orgKey(wsId, orgId), 'relations'],
    queryFn: () => api<RelationList>('GET', `/api/w/${wsId}/relations?organisationId=${orgId}&limit=1000`),
  });
}

export function useActivities(wsId: string, orgId: string) {
  return useQuery({
    queryKey: [...orgKey(wsId, orgId), 'activities'],
    queryFn: () => api<{ items: Activity[] }>('GET', `/api/w/${wsId}/organisations/${orgId}/activities`).then((r) => r.items),
  });
}

export function useOrganisationPeople(wsId: string, orgId: string) {
  return useQuery({
    queryKey: [...orgKey(wsId, orgId), 'people'],
    queryFn: () => api<PeoplePage>('GET', `/api/w/${wsId}/people?organisationId=${orgId}&limit=200`).then((r) => r.items),
  });
}

export function usePeopleList(wsId: string, q: string) {
  return useInfiniteQuery({
    queryKey: [...registerKey(wsId), 'people', q],
    queryFn: ({ pageParam }) => {
      const p = new URLSearchParams({ limit: '50' });
      if (q) p.set('q', q);
      if (pageParam) p.set('cursor', pageParam);
      return api<PeoplePage>('GET', `/api/w/${wsId}/people?${p}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function searchPeople(wsId: string, q: string, limit = 10) {
  const p = new URLSearchParams({ limit: String(limit) });
  if (q) p.set('q', q);
  return api<PeoplePage>('GET', `/api/w/${wsId}/people?${p}`).then((r) => r.items);
}

/** A person's details. The server records every such read in the audit log. */
export function usePerson(wsId: string, id: string) {
  return useQuery({
    queryKey: [...registerKey(wsId), 'person', id],
    queryFn: () => api<Person>('GET', `/api/w/${wsId}/people/${id}`),
    // Each fetch is an audited read: do not refetch just because the window got focus again.
    refetchOnWindowFocus: false,
    staleTime: 60_000,
  });
}
