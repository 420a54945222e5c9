// The workspace named in the URL (/w/:ws, by slug), looked up in the person's own workspaces.
import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { useMe } from '../../api/session.ts';
import type { Workspace, WorkspaceRef } from '../../api/types.ts';

const LAST_KEY = 'samverkan.workspace';

export function rememberedWorkspace(): string | null {
  try {
    return localStorage.getItem(LAST_KEY);
  } catch {
    return null;
  }
}

export function rememberWorkspace(slug: string) {
  try {
    localStorage.setItem(LAST_KEY, slug);
  } catch {
    /* not remembered: the first workspace is used next time */
  }
}

/** Undefined when the slug is not one of the person's workspaces (or it does not exist). */
export function useWorkspaceOrNull(): WorkspaceRef | undefined {
  const { ws } = useParams();
  return useMe().data?.workspaces.find((w) => w.slug === ws);
}

/** For pages rendered inside WorkspaceGate, which guarantees the workspace exists. */
export function useWorkspace(): WorkspaceRef {
  const w = useWorkspaceOrNull();
  if (!w) throw new Error('useWorkspace outside a workspace route');
  return w;
}

/** The workspace's country, language and time zone (GET /api/w/:id), shared with the case desk's forms. */
export function useWorkspaceDetails(wsId: string | undefined) {
  return useQuery({ queryKey: ['ws', wsId, 'details'], queryFn: () => api<Workspace>('GET', `/api/w/${wsId}`), staleTime: 5 * 60_000, enabled: Boolean(wsId) });
}
