// /w/:ws/register/survey — the inventory ("kartläggning"): how many local companies have
// answered, personal links for more of them, the invitations sent, and the relations their
// answers propose, to accept into the register or reject.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/Page.tsx';
import type { Role } from '../../api/types.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { CoverageSection } from './CoverageSection.tsx';
import { InviteCompanies } from './InviteCompanies.tsx';
import { InvitationsTable } from './InvitationsTable.tsx';
import { ProposalsSection } from './ProposalsSection.tsx';

const RANK: Record<Role, number> = { viewer: 0, desk: 1, officer: 2, admin: 3 };
export const hasRole = (role: Role, least: Role) => RANK[role] >= RANK[least];

export function SurveyStaffPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  return (
    <>
      <PageHeader title={t('survey.staff.title')} lead={t('survey.staff.lead')} workspaceName={ws.name} />
      <CoverageSection workspaceId={ws.id} />
      <section className="panel" aria-labelledby="survey-invite-heading">
        <h2 id="survey-invite-heading">{t('survey.staff.inviteHeading')}</h2>
        {hasRole(ws.role, 'officer') ? (
          <InviteCompanies workspaceId={ws.id} />
        ) : (
          <div className="alert alert--info">
            <p>{t('survey.staff.inviteOfficersOnly')}</p>
          </div>
        )}
      </section>
      <ProposalsSection workspaceId={ws.id} slug={ws.slug} canDecide={hasRole(ws.role, 'desk')} />
      <section className="panel" aria-labelledby="survey-invitations-heading">
        <h2 id="survey-invitations-heading">{t('survey.staff.invitationsHeading')}</h2>
        <InvitationsTable workspaceId={ws.id} slug={ws.slug} />
      </section>
    </>
  );
}
