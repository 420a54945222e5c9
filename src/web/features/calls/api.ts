// Calls through TanStack Query. Keys start with ['ws', id] like the rest of the workspace's data.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Call, CallBody, CallPage } from './types.ts';

export const callsKey = (wsId: string) => ['ws', wsId, 'calls'] as const;

export function useCalls(wsId: string, search: string, enabled = true) {
  return useQuery({
    queryKey: [...callsKey(wsId), 'list', search],
    queryFn: () => api<CallPage>('GET', `/api/w/${wsId}/calls?${search}`),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCall(wsId: string, id: string) {
  return useQuery({ queryKey: [...callsKey(wsId), 'one', id], queryFn: () => api<Call>('GET', `/api/w/${wsId}/calls/${id}`), enabled: Boolean(id) });
}

function useCallChanged(wsId: string) {
  const client = useQueryClient();
  return async (c: Call) => {
    client.setQueryData([...callsKey(wsId), 'one', c.id], c);
    await client.invalidateQueries({ queryKey: [...callsKey(wsId), 'list'] });
  };
}

export function useSaveCall(wsId: string, id: string | null) {
  const changed = useCallChanged(wsId);
  return useMutation({
    mutationFn: (body: CallBody & { version?: number }) => (id ? api<Call>('PATCH', `/api/w/${wsId}/calls/${id}`, body) : api<Call>('POST', `/api/w/${wsId}/calls`, body)),
    onSuccess: changed,
  });
}

export function useFollowCall(wsId: string, id: string) {
  const changed = useCallChanged(wsId);
  return useMutation({ mutationFn: (following: boolean) => api<Call>('PUT', `/api/w/${wsId}/calls/${id}/follow`, { following }), onSuccess: changed });
}

export function useDeleteCall(wsId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>('DELETE', `/api/w/${wsId}/calls/${id}`),
    // Only the lists: reading the deleted call again would answer 404 and replace its page before
    // the page could move on to the list (its own callbacks then never run).
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: [...callsKey(wsId), 'list'] });
      void client.invalidateQueries({ queryKey: ['ws', wsId, 'projects'] });
    },
  });
}

export function useCallSettings(wsId: string) {
  return useQuery({ queryKey: [...callsKey(wsId), 'settings'], queryFn: () => api<{ reminderDays: number[] }>('GET', `/api/w/${wsId}/call-settings`) });
}

export function useSaveCallSettings(wsId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reminderDays: number[]) => api<{ reminderDays: number[] }>('PUT', `/api/w/${wsId}/call-settings`, { reminderDays }),
    onSuccess: (s) => client.setQueryData([...callsKey(wsId), 'settings'], s),
  });
}
