// /w/:ws/cases/:caseId/referral — one case's routing suggestion, its referrals to partners with
// their receipts, and its secrecy marking, on one page (the same panels the case page can mount).
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { useCase } from '../cases/api.ts';
import { StatusBadge } from '../cases/labels.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { ReferPanel } from './ReferPanel.tsx';
import { RoutingSuggestion } from './RoutingSuggestion.tsx';
import { SecrecyPanel } from './SecrecyPanel.tsx';

export function CaseReferralPage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const ws = useWorkspace();
  const one = useCase(ws.id, caseId);
  const [status, setStatus] = useState<string | null>(null);
  const casePath = `/w/${ws.slug}/cases/${caseId}`;
  const c = one.data;
  const missing = one.error instanceof ApiError && (one.error.status === 404 || one.error.status === 422);
  return (
    <>
      <p className="reg-breadcrumb">
        <Link to={missing ? `/w/${ws.slug}/cases` : casePath}>{t(missing ? 'referrals.casePage.toList' : 'referrals.casePage.back')}</Link>
      </p>
      <PageHeader title={c ? t('referrals.casePage.title', { reference: c.reference }) : missing ? t('referrals.casePage.notFound') : t('referrals.casePage.loadingTitle')} lead={c?.title} workspaceName={ws.name} />
      {one.isPending ? (
        <Loading />
      ) : !c ? (
        missing ? <p>{t('referrals.casePage.notFoundText')}</p> : <ErrorAlert error={one.error} />
      ) : (
        <>
          <p className="referral-case-status">
            {t('referrals.casePage.status')} <StatusBadge status={c.status} />
            {c.referredTo ? ` ${t('referrals.casePage.referredTo', { partner: c.referredTo.name })}` : ''}
          </p>
          <LiveStatus message={status} />
          <div className="referral-layout">
            <div>
              <RoutingSuggestion caseId={c.id} onDone={setStatus} />
              <ReferPanel caseId={c.id} reference={c.reference} onDone={setStatus} />
            </div>
            <div>
              <SecrecyPanel caseId={c.id} onDone={setStatus} />
            </div>
          </div>
        </>
      )}
    </>
  );
}
