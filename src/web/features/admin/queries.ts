// Data for the users page: members and invitations of one workspace.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Invite, Member } from '../../api/types.ts';

const membersKey = (wsId: string) => ['ws', wsId, 'members'] as const;
const invitesKey = (wsId: string) => ['ws', wsId, 'invites'] as const;

export function useMembers(wsId: string) {
  return useQuery({
    queryKey: membersKey(wsId),
    queryFn: () => api<{ items: Member[] }>('GET', `/api/w/${wsId}/members`).then((r) => r.items),
  });
}

export function useInvites(wsId: string) {
  return useQuery({
    queryKey: invitesKey(wsId),
    queryFn: () => api<{ items: Invite[] }>('GET', `/api/w/${wsId}/invites`).then((r) => r.items),
  });
}
