// Invitations of the workspace; pending ones can be revoked.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { Invite } from '../../api/types.ts';
import { EmptyState, ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { formatDate } from '../../lib/format.ts';
import { useInvites } from './queries.ts';
import { TableWrap } from '../../components/TableWrap.tsx';

export function InvitesTable({ workspaceId }: { workspaceId: string }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const invites = useInvites(workspaceId);
  const [status, setStatus] = useState<string | null>(null);
  const revoke = useMutation({
    mutationFn: (inv: Invite) => api<void>('DELETE', `/api/w/${workspaceId}/invites/${inv.id}`),
    onSuccess: (_, inv) => {
      setStatus(t('users.revoked', { email: inv.email }));
      void client.invalidateQueries({ queryKey: ['ws', workspaceId] });
    },
  });

  if (invites.isPending) return <Loading />;
  if (invites.isError) return <ErrorAlert error={invites.error} />;
  if (invites.data.length === 0) {
    return (
      <EmptyState title={t('users.noInvites')}>
        <p>{t('users.noInvitesText')}</p>
      </EmptyState>
    );
  }
  return (
    <>
      <LiveStatus message={status} />
      <ErrorAlert error={revoke.error} />
      <TableWrap label={t('users.invitesTitle')}>
        <table className="table">
          <caption className="visually-hidden">{t('users.invitesTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fields.email')}</th>
              <th scope="col">{t('fields.role')}</th>
              <th scope="col">{t('users.status')}</th>
              <th scope="col">{t('users.invitedBy')}</th>
              <th scope="col">{t('users.expires')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {invites.data.map((inv) => (
              <tr key={inv.id}>
                <th scope="row" className="cell-break">
                  {inv.email}
                </th>
                <td>{t(`roles.${inv.role}`)}</td>
                <td>
                  <span className={`status status--${inv.status}`}>{t(`inviteStatus.${inv.status}`)}</span>
                </td>
                <td>{inv.invitedBy ?? '–'}</td>
                <td className="cell-nowrap">{formatDate(inv.expiresAt, i18n.language)}</td>
                <td className="cell-actions">
                  {inv.status === 'pending' ? (
                    <button type="button" className="button button--small button--secondary" disabled={revoke.isPending} onClick={() => revoke.mutate(inv)}>
                      {t('users.revoke')}
                      <span className="visually-hidden"> {inv.email}</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
