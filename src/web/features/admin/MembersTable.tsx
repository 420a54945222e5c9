// Members with a role picker each (saved with an explicit button, so arrowing through a
// <select> does not fire one change per option) and removal behind a confirmation.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useMe } from '../../api/session.ts';
import type { Member } from '../../api/types.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { EmptyState, ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { formatDate } from '../../lib/format.ts';
import { useMembers } from './queries.ts';
import { RoleCell } from './RoleCell.tsx';
import { TableWrap } from '../../components/TableWrap.tsx';

export function MembersTable({ workspaceId }: { workspaceId: string }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const myId = useMe().data?.user.id;
  const members = useMembers(workspaceId);
  const [status, setStatus] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const remove = useMutation({
    mutationFn: (m: Member) => api<void>('DELETE', `/api/w/${workspaceId}/members/${m.userId}`),
    onSuccess: (_, m) => {
      setRemoving(null);
      setStatus(t('users.removed', { name: m.name }));
      void client.invalidateQueries({ queryKey: ['ws', workspaceId] });
    },
  });

  if (members.isPending) return <Loading />;
  if (members.isError) return <ErrorAlert error={members.error} />;
  if (members.data.length === 0) return <EmptyState title={t('users.noMembers')} />;

  return (
    <>
      <LiveStatus message={status} />
      <TableWrap label={t('users.membersCaption')}>
        <table className="table">
          <caption className="visually-hidden">{t('users.membersCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('users.person')}</th>
              <th scope="col">{t('fields.role')}</th>
              <th scope="col">{t('users.since')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.data.map((m) => (
              <tr key={m.userId}>
                <th scope="row">
                  {m.name}
                  {m.userId === myId ? <span className="muted"> ({t('users.you')})</span> : null}
                  {/* Under the name rather than in a column of its own: the table fits narrow screens. */}
                  <span className="cell-sub cell-break">{m.email}</span>
                </th>
                <td>
                  <RoleCell workspaceId={workspaceId} member={m} onDone={setStatus} />
                </td>
                <td className="cell-nowrap">{formatDate(m.since, i18n.language)}</td>
                <td className="cell-actions">
                  {m.userId === myId ? null : (
                    <button type="button" className="button button--small button--danger-outline" onClick={() => setRemoving(m)}>
                      {t('users.remove')}
                      <span className="visually-hidden"> {m.name}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('users.removeTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('users.removeConfirm')}
        busy={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing)}
        onCancel={() => {
          setRemoving(null);
          remove.reset();
        }}
      >
        <p>{t('users.removeText', { name: removing?.name ?? '' })}</p>
        <ErrorAlert error={remove.error} />
      </ConfirmDialog>
    </>
  );
}
