// /invite/:token — the page behind an invitation link. Shows which workspace and role it is for;
// a new person chooses name and password, someone with an account confirms with their password.
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { roleInText } from '../../lib/roles.ts';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import type { InvitePreview } from '../../api/types.ts';
import { ErrorAlert, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { AcceptInviteForm } from './AcceptInviteForm.tsx';

export function InvitePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const preview = useQuery({
    queryKey: ['invite', token],
    queryFn: () => api<InvitePreview>('GET', `/api/invites/${encodeURIComponent(token)}`),
    retry: false,
    staleTime: Infinity,
  });

  if (preview.isPending) {
    return (
      <div className="auth-card">
        <PageHeader title={t('invite.loadingTitle')} />
        <Loading />
      </div>
    );
  }
  if (preview.isError) {
    const gone = preview.error instanceof ApiError && [404, 410, 422].includes(preview.error.status);
    return (
      <div className="auth-card">
        <PageHeader title={t('invite.invalidTitle')} />
        {gone ? (
          <div className="alert alert--error">
            <p className="alert-title">{t('invite.invalidText')}</p>
            <p>{t('invite.invalidHelp')}</p>
          </div>
        ) : (
          <ErrorAlert error={preview.error} />
        )}
        <p>
          <Link to="/login">{t('invite.toLogin')}</Link>
        </p>
      </div>
    );
  }

  const inv = preview.data;
  return (
    <div className="auth-card">
      <PageHeader
        title={t('invite.title', { workspace: inv.workspaceName })}
        lead={t('invite.lead', { role: roleInText(t, inv.role), email: inv.email })}
      />
      <AcceptInviteForm token={token} invite={inv} />
    </div>
  );
}
