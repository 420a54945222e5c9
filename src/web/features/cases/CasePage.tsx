// /w/:ws/cases/:caseId — one case: its facts and the moves it can make now, the question, the
// routing suggestion, attachments, messages to and from the requester, referrals to partners,
// internal notes (kept apart), the requester (contact details only on request, the read is
// audited), secrecy, linked organisations and the history.
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useCase, type CaseDetail } from './api.ts';
import { CaseFacts } from './CaseFacts.tsx';
import { HistorySection } from './HistorySection.tsx';
import { useCasePaths } from './hooks.ts';
import { LinksSection } from './LinksSection.tsx';
import { MessagesSection } from './MessagesSection.tsx';
import { NotesSection } from './NotesSection.tsx';
import { RequesterSection } from './RequesterSection.tsx';
import { AttachmentsSection } from './AttachmentsSection.tsx';
import { ReferPanel } from '../case-referrals/ReferPanel.tsx';
import { RoutingSuggestion } from '../case-referrals/RoutingSuggestion.tsx';
import { SecrecyPanel } from '../case-referrals/SecrecyPanel.tsx';

export function CasePage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const ws = useWorkspace();
  const paths = useCasePaths();
  const one = useCase(ws.id, caseId);
  if (one.error instanceof ApiError && (one.error.status === 404 || one.error.status === 422)) {
    return (
      <>
        <PageHeader title={t('cases.case.notFound')} workspaceName={ws.name} />
        <p>{t('cases.case.notFoundText')}</p>
        <p>
          <Link to={paths.list} className="button button--secondary">
            {t('cases.case.toList')}
          </Link>
        </p>
      </>
    );
  }
  const c = one.data;
  // The heading stays the same element while the case loads, so focus moved to it is kept.
  return (
    <>
      <p className="reg-breadcrumb">
        <Link to={paths.list}>{t('cases.case.back')}</Link>
      </p>
      <PageHeader title={c ? t('cases.case.title', { reference: c.reference, title: c.title }) : t('cases.case.loadingTitle')} workspaceName={ws.name} />
      {one.isPending ? <Loading /> : !c ? <ErrorAlert error={one.error} /> : <CaseBody key={c.id} c={c} />}
    </>
  );
}

function CaseBody({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const flash = (useLocation().state as { message?: string } | null)?.message ?? null;
  const [status, setStatus] = useState<string | null>(flash);
  return (
    <>
      <LiveStatus message={status} />
      <CaseFacts c={c} onDone={setStatus} />
      <div className="case-layout">
        <div className="case-main">
          <RoutingSuggestion caseId={c.id} onDone={setStatus} />
          <section className="panel" aria-labelledby="case-question-heading">
            <h2 id="case-question-heading">{t('cases.case.question')}</h2>
            {c.description ? <p className="reg-prewrap case-question">{c.description}</p> : <p className="muted">{t('cases.case.noDescription')}</p>}
          </section>
          <AttachmentsSection c={c} onDone={setStatus} />
          <MessagesSection c={c} onDone={setStatus} />
          <ReferPanel caseId={c.id} reference={c.reference} onDone={setStatus} />
          <NotesSection c={c} onDone={setStatus} />
        </div>
        <div className="case-aside">
          <RequesterSection c={c} />
          <SecrecyPanel caseId={c.id} onDone={setStatus} />
          <LinksSection c={c} onDone={setStatus} />
          <HistorySection c={c} />
        </div>
      </div>
    </>
  );
}
