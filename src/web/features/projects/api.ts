// The portfolio's data through TanStack Query. Keys start with ['ws', id] so a language switch
// (server-sorted names, translated problems) refreshes them; a change to a project refreshes the
// lists, the start page's figures and the register (partners make relations there).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { nutsSearch, registerKey } from '../register/queries.ts';
import type { MoveBody, PartnerRole, Programme, ProgrammeBody, Project, ProjectBody, ProjectPage, ProjectPatch } from './types.ts';

export const projectsKey = (wsId: string) => ['ws', wsId, 'projects'] as const;
export const projectKey = (wsId: string, id: string) => ['ws', wsId, 'projects', 'one', id] as const;
export const programmesKey = (wsId: string) => ['ws', wsId, 'programmes'] as const;

/** One page of the list: `search` is the API's query string (filters, sort, limit, offset). */
export function useProjectList(wsId: string, search: string) {
  return useQuery({
    queryKey: [...projectsKey(wsId), 'list', search],
    queryFn: () => api<ProjectPage>('GET', `/api/w/${wsId}/projects?${search}`),
    // The old page stays while the next one loads (no flash of "loading" on every click).
    placeholderData: keepPreviousData,
  });
}

export function useProject(wsId: string, id: string) {
  return useQuery({
    queryKey: projectKey(wsId, id),
    queryFn: () => api<Project>('GET', `/api/w/${wsId}/projects/${id}`),
    enabled: Boolean(id),
  });
}

export function useProgrammes(wsId: string, search = '') {
  return useQuery({
    queryKey: [...programmesKey(wsId), search],
    queryFn: () => api<{ items: Programme[] }>('GET', `/api/w/${wsId}/programmes${search ? `?${search}` : ''}`).then((r) => r.items),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}

/** After a change: the project as the server now has it, and what depends on it read again. */
function useProjectChanged(wsId: string) {
  const client = useQueryClient();
  return async (p: Project) => {
    client.setQueryData(projectKey(wsId, p.id), p);
    await Promise.all([
      client.invalidateQueries({ queryKey: [...projectsKey(wsId), 'list'] }),
      client.invalidateQueries({ queryKey: programmesKey(wsId) }),
      client.invalidateQueries({ queryKey: registerKey(wsId) }),
      client.invalidateQueries({ queryKey: ['ws', wsId, 'overview'] }),
    ]);
  };
}

export function useCreateProject(wsId: string) {
  const changed = useProjectChanged(wsId);
  return useMutation({
    mutationFn: (body: ProjectBody) => api<Project>('POST', `/api/w/${wsId}/projects`, body),
    onSuccess: changed,
  });
}

/** A refused change (409: someone else saved meanwhile) reads the project again. */
function useProjectMutation<TBody>(wsId: string, id: string, method: 'POST' | 'PATCH', path: (body: TBody) => string, payload: (body: TBody) => unknown = (b) => b) {
  const client = useQueryClient();
  const changed = useProjectChanged(wsId);
  return useMutation({
    mutationFn: (body: TBody) => api<Project>(method, `/api/w/${wsId}/projects/${id}${path(body)}`, payload(body)),
    onSuccess: changed,
    onError: () => client.invalidateQueries({ queryKey: projectKey(wsId, id) }),
  });
}

export const usePatchProject = (wsId: string, id: string) => useProjectMutation<ProjectPatch>(wsId, id, 'PATCH', () => '');
export const useMoveProject = (wsId: string, id: string) => useProjectMutation<MoveBody>(wsId, id, 'POST', () => '/moves');
export const useAddPartner = (wsId: string, id: string) => useProjectMutation<{ organisationId: string; role: PartnerRole }>(wsId, id, 'POST', () => '/partners');
export const useChangePartnerRole = (wsId: string, id: string) =>
  useProjectMutation<{ partnerId: string; role: PartnerRole }>(
    wsId,
    id,
    'PATCH',
    (b) => `/partners/${b.partnerId}`,
    (b) => ({ role: b.role }),
  );

export function useRemovePartner(wsId: string, id: string) {
  const client = useQueryClient();
  const changed = useProjectChanged(wsId);
  return useMutation({
    mutationFn: (partnerId: string) => api<Project>('DELETE', `/api/w/${wsId}/projects/${id}/partners/${partnerId}`),
    onSuccess: async (p) => {
      // The server answers with the project; an older one may answer 204.
      if (p) await changed(p);
      else await client.invalidateQueries({ queryKey: projectKey(wsId, id) });
    },
  });
}

/** Reopening makes a new project (an idea); the old one stays as it was. */
export function useReopenProject(wsId: string, id: string) {
  const client = useQueryClient();
  const changed = useProjectChanged(wsId);
  return useMutation({
    mutationFn: () => api<Project>('POST', `/api/w/${wsId}/projects/${id}/reopen`),
    onSuccess: async (p) => {
      await changed(p);
      await client.invalidateQueries({ queryKey: projectKey(wsId, id) });
    },
  });
}

export function useDeleteProject(wsId: string, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('DELETE', `/api/w/${wsId}/projects/${id}`),
    onSuccess: async () => {
      client.removeQueries({ queryKey: projectKey(wsId, id) });
      await Promise.all([
        client.invalidateQueries({ queryKey: [...projectsKey(wsId), 'list'] }),
        client.invalidateQueries({ queryKey: programmesKey(wsId) }),
        client.invalidateQueries({ queryKey: registerKey(wsId) }),
        client.invalidateQueries({ queryKey: ['ws', wsId, 'overview'] }),
      ]);
    },
  });
}

export function useSaveProgramme(wsId: string, id: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgrammeBody) =>
      id ? api<Programme>('PATCH', `/api/w/${wsId}/programmes/${id}`, body) : api<Programme>('POST', `/api/w/${wsId}/programmes`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: programmesKey(wsId) }),
  });
}

export function useDeleteProgramme(wsId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>('DELETE', `/api/w/${wsId}/programmes/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: programmesKey(wsId) }),
  });
}

/** Names of NUTS codes ("DK05" → "Nordjylland"), for codes stored without them. */
export function useNutsNames(codes: readonly string[]) {
  const key = [...codes].sort().join(',');
  return useQuery({
    queryKey: ['reference', 'nuts-names', key],
    queryFn: async () => {
      const found = await Promise.all(codes.map((code) => nutsSearch(code, undefined, 5).then((items) => [code, items.find((r) => r.code === code)?.name ?? null] as const)));
      return Object.fromEntries(found.filter(([, name]) => name !== null)) as Record<string, string>;
    },
    enabled: codes.length > 0,
    staleTime: Infinity,
  });
}
