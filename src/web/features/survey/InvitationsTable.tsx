// Survey invitations, newest first: for which company, in which language, and whether the link
// was answered, is still open, or has expired.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES } from '../../components/LanguageSwitch.tsx';
import { EmptyState, ErrorAlert, Loading } from '../../components/Feedback.tsx';
import { TableWrap } from '../../components/TableWrap.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useSurveyInvitations } from './api.ts';

export function InvitationsTable({ workspaceId, slug }: { workspaceId: string; slug: string }) {
  const { t, i18n } = useTranslation();
  const invitations = useSurveyInvitations(workspaceId);
  if (invitations.isPending) return <Loading />;
  if (invitations.isError) return <ErrorAlert error={invitations.error} />;
  if (invitations.data.length === 0) {
    return (
      <EmptyState title={t('survey.staff.noInvitations')}>
        <p>{t('survey.staff.noInvitationsText')}</p>
      </EmptyState>
    );
  }
  return (
    <TableWrap label={t('survey.staff.invitationsHeading')}>
      <table className="table" id="survey-invitations">
        <caption className="visually-hidden">{t('survey.staff.invitationsHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('survey.fields.company')}</th>
            <th scope="col">{t('survey.fields.language')}</th>
            <th scope="col">{t('survey.fields.status')}</th>
            <th scope="col">{t('survey.fields.sent')}</th>
            <th scope="col">{t('survey.fields.expiresOrAnswered')}</th>
          </tr>
        </thead>
        <tbody>
          {invitations.data.map((inv) => (
            <tr key={inv.id} data-status={inv.status}>
              <th scope="row">
                <Link to={`/w/${slug}/register/organisations/${inv.organisationId}`}>{inv.name}</Link>
              </th>
              <td lang={inv.language}>{LANGUAGE_NAMES[inv.language]}</td>
              <td>
                <span className={`status status--survey-${inv.status}`}>{t(`survey.status.${inv.status}`)}</span>
              </td>
              <td className="cell-nowrap">{formatDate(inv.createdAt, i18n.language)}</td>
              <td className="cell-nowrap">
                {inv.answeredAt ? t('survey.staff.answeredAt', { date: formatDateTime(inv.answeredAt, i18n.language) }) : t('survey.staff.expiresAt', { date: formatDate(inv.expiresAt, i18n.language) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
