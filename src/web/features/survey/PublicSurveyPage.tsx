// /survey/:token — the survey behind a company's personal link, without logging in. It opens in
// the language the municipality chose for the invitation (the header still offers the others),
// says who asks whom and what happens with the answer, and ends on a receipt.
import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import { ErrorAlert, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { isLocale } from '../../i18n/locale.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import type { SurveyFormInfo } from './api.ts';
import { SurveyAnswerForm } from './SurveyAnswerForm.tsx';

export function PublicSurveyPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const survey = useQuery({
    queryKey: ['survey', token],
    queryFn: () => api<SurveyFormInfo>('GET', `/api/survey/${encodeURIComponent(token)}`),
    retry: false,
    staleTime: Infinity,
  });
  const [received, setReceived] = useState<string | null>(null);
  // The survey's language, applied once per link: choosing another in the header then sticks.
  const applied = useRef<string | null>(null);
  const [languageReady, setLanguageReady] = useState(false);
  const language = survey.data?.language;
  useEffect(() => {
    if (!language || applied.current === token) return;
    applied.current = token;
    if (isLocale(language) && i18n.language !== language) void i18n.changeLanguage(language).then(() => setLanguageReady(true));
    else setLanguageReady(true);
  }, [language, token, i18n]);

  if (received && survey.data) return <Receipt info={survey.data} receivedAt={received} />;
  if (survey.isPending || (survey.data && !languageReady)) {
    return (
      <div className="auth-card">
        <PageHeader title={t('survey.public.loadingTitle')} />
        <Loading />
      </div>
    );
  }
  if (survey.isError) {
    const gone = survey.error instanceof ApiError && [404, 410, 422].includes(survey.error.status);
    return (
      <div className="auth-card">
        <PageHeader title={t('survey.public.invalidTitle')} />
        {gone ? (
          <div className="alert alert--error">
            <p className="alert-title">{t('survey.public.invalidText')}</p>
            <p>{t('survey.public.invalidHelp')}</p>
          </div>
        ) : (
          <ErrorAlert error={survey.error} />
        )}
      </div>
    );
  }

  const info = survey.data;
  return (
    <div className="auth-card survey-card">
      <PageHeader title={t('survey.public.title', { company: info.organisationName })} workspaceName={info.workspaceName} />
      <div className="survey-intro">
        <p className="page-lead">{t('survey.public.intro', { workspace: info.workspaceName, company: info.organisationName })}</p>
        <p>{t('survey.public.use', { workspace: info.workspaceName })}</p>
        <p>{t('survey.public.time', { date: formatDate(info.expiresAt, i18n.language, info.timeZone) })}</p>
      </div>
      <SurveyAnswerForm token={token} info={info} onReceived={setReceived} />
    </div>
  );
}

function Receipt({ info, receivedAt }: { info: SurveyFormInfo; receivedAt: string }) {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    // A new "page" without a new address: move focus to its heading, as a navigation would.
    document.querySelector<HTMLElement>('main h1')?.focus();
    window.scrollTo(0, 0);
  }, []);
  return (
    <div className="auth-card survey-card">
      <PageHeader title={t('survey.receipt.title')} workspaceName={info.workspaceName} />
      <div className="alert alert--success receipt" role="status">
        <p className="alert-title">{t('survey.receipt.received', { date: formatDateTime(receivedAt, i18n.language, info.timeZone) })}</p>
        <p>{t('survey.receipt.forCompany', { company: info.organisationName, workspace: info.workspaceName })}</p>
      </div>
      <h2>{t('survey.receipt.nextHeading')}</h2>
      <p>{t('survey.receipt.next', { workspace: info.workspaceName })}</p>
      <p>{t('survey.receipt.personal', { workspace: info.workspaceName })}</p>
      <p className="muted">{t('survey.receipt.close')}</p>
    </div>
  );
}
