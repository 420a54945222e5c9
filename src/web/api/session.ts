// Who is logged in: GET /api/me through TanStack Query. `null` means "not logged in".
// Logging in, accepting an invite and logging out all write the same cache entry.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, ApiError, setCsrfToken } from './client.ts';
import type { Me } from './types.ts';
import { applyUserLocale } from '../i18n/index.ts';

export const ME_KEY = ['me'] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api<Me>('GET', '/api/me');
    setCsrfToken(me.csrfToken);
    applyUserLocale(me.user.locale);
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000 });
}

/** Stores a fresh session (login or accepted invite) in the cache. */
export function storeSession(client: QueryClient, me: Me) {
  setCsrfToken(me.csrfToken);
  applyUserLocale(me.user.locale);
  client.setQueryData(ME_KEY, me);
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => api<Me>('POST', '/api/auth/login', body),
    onSuccess: (me) => storeSession(client, me),
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('POST', '/api/auth/logout'),
    // Whatever the server said, this browser forgets the session and every cached page.
    onSettled: () => {
      setCsrfToken(null);
      client.clear();
      client.setQueryData(ME_KEY, null);
    },
  });
}
