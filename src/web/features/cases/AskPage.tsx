// /ask/:workspaceSlug — "one way in": anyone asks the municipality a question without logging in.
// The header's language switch changes the whole form (and the language the answer comes in);
// ?lang=da opens it in a language directly. It ends on a receipt with the registration number.
import { useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { isLocale } from '../../i18n/locale.ts';
import { AskForm } from './AskForm.tsx';
import { AskReceipt } from './AskReceipt.tsx';
import { usePublicForm, type QuestionReceipt } from './publicApi.ts';

export function AskPage() {
  const { t, i18n } = useTranslation();
  const { workspaceSlug = '' } = useParams();
  const [params] = useSearchParams();
  const asked = params.get('lang');
  useEffect(() => {
    if (isLocale(asked) && asked !== i18n.language) void i18n.changeLanguage(asked);
    // Only when the address asks for a language: a choice made on the page afterwards sticks.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [asked]);
  const form = usePublicForm(workspaceSlug);
  const [receipt, setReceipt] = useState<QuestionReceipt | null>(null);

  if (receipt && form.data) return <AskReceipt info={form.data} receipt={receipt} onAnother={() => setReceipt(null)} />;
  if (form.isPending) {
    return (
      <div className="auth-card ask-card">
        <PageHeader title={t('cases.ask.loadingTitle')} />
        <Loading />
      </div>
    );
  }
  if (form.isError) {
    const missing = form.error instanceof ApiError && form.error.status === 404;
    return (
      <div className="auth-card ask-card">
        <PageHeader title={t('cases.ask.notFoundTitle')} />
        {missing ? (
          <div className="alert alert--error">
            <p className="alert-title">{t('cases.ask.notFoundText')}</p>
            <p>{t('cases.ask.notFoundHelp')}</p>
          </div>
        ) : (
          <ErrorAlert error={form.error} />
        )}
      </div>
    );
  }
  const info = form.data;
  return (
    <div className="auth-card ask-card">
      <PageHeader title={t('cases.ask.title', { workspace: info.workspace.name })} workspaceName={info.workspace.name} />
      <div className="ask-intro">
        <p className="page-lead">{t('cases.ask.intro', { workspace: info.workspace.name })}</p>
        <p>{t('cases.ask.introNumber')}</p>
        <p className="muted">{t('cases.ask.required')}</p>
      </div>
      <AskForm slug={workspaceSlug} info={info} onReceived={setReceipt} />
    </div>
  );
}
