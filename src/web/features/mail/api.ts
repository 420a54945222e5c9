// Data for the outbox pages. Opening a message is an audited read on the server, so it is not
// fetched again just because the window got focus.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { MailMessage as MailMessageSchema, MailSummary as MailSummarySchema, OutboxPage as OutboxPageSchema } from '../../../server/modules/mail/schema.ts';
import { api } from '../../api/client.ts';

export type MailSummary = z.infer<typeof MailSummarySchema>;
export type MailMessage = z.infer<typeof MailMessageSchema>;
export type OutboxPage = z.infer<typeof OutboxPageSchema>;
export type MailStatus = MailSummary['status'];

export const MAIL_STATUSES: readonly MailStatus[] = ['queued', 'sent', 'failed', 'held'];
const PAGE_SIZE = 50;

const outboxKey = (wsId: string) => ['ws', wsId, 'outbox'] as const;

export function useOutbox(wsId: string, status: MailStatus | null) {
  return useInfiniteQuery({
    queryKey: [...outboxKey(wsId), 'list', status],
    queryFn: ({ pageParam }) => {
      const qs = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (status) qs.set('status', status);
      if (pageParam) qs.set('cursor', pageParam);
      return api<OutboxPage>('GET', `/api/w/${wsId}/outbox?${qs}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** Whether this installation sends mail or holds it (no SMTP server configured). */
export function useDelivery(wsId: string) {
  return useQuery({
    queryKey: [...outboxKey(wsId), 'delivery'],
    queryFn: () => api<OutboxPage>('GET', `/api/w/${wsId}/outbox?limit=1`).then((p) => p.delivery),
    staleTime: 5 * 60_000,
  });
}

export function useMail(wsId: string, id: string) {
  return useQuery({
    queryKey: [...outboxKey(wsId), 'mail', id],
    queryFn: () => api<MailMessage>('GET', `/api/w/${wsId}/outbox/${id}`),
    refetchOnWindowFocus: false,
    staleTime: 60_000,
  });
}

export function useRetryMail(wsId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<MailMessage>('POST', `/api/w/${wsId}/outbox/${id}/retry`),
    onSuccess: async (mail) => {
      client.setQueryData([...outboxKey(wsId), 'mail', mail.id], mail);
      await client.invalidateQueries({ queryKey: [...outboxKey(wsId), 'list'] });
    },
  });
}
