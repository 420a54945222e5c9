// /w/:ws/admin/users — members and their roles, inviting people, open invitations.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/Page.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { MembersTable } from './MembersTable.tsx';
import { InviteForm } from './InviteForm.tsx';
import { InvitesTable } from './InvitesTable.tsx';

export function UsersPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  return (
    <>
      <PageHeader title={t('users.title')} lead={t('users.lead', { workspace: ws.name })} workspaceName={ws.name} />
      <section className="panel" aria-labelledby="members-heading">
        <h2 id="members-heading">{t('users.members')}</h2>
        <MembersTable workspaceId={ws.id} />
      </section>
      <section className="panel" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t('users.inviteTitle')}</h2>
        <p className="muted">{t('users.inviteLead')}</p>
        <InviteForm workspaceId={ws.id} />
      </section>
      <section className="panel" aria-labelledby="invites-heading">
        <h2 id="invites-heading">{t('users.invitesTitle')}</h2>
        <InvitesTable workspaceId={ws.id} />
      </section>
    </>
  );
}
