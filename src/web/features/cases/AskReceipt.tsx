// The receipt after a question: its registration number (to quote when getting in touch), when
// it came in, the date we aim to answer by, and what happens next.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/Page.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { formatDay, vocabLabel } from './labels.tsx';
import type { PublicFormInfo, QuestionReceipt } from './publicApi.ts';

export function AskReceipt({ info, receipt, onAnother }: { info: PublicFormInfo; receipt: QuestionReceipt; onAnother: () => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const vars = { workspace: info.workspace.name };
  useEffect(() => {
    // A new "page" without a new address: move focus to its heading, as a navigation would.
    document.querySelector<HTMLElement>('main h1')?.focus();
    window.scrollTo(0, 0);
  }, []);
  return (
    <div className="auth-card ask-card">
      <PageHeader title={t('cases.receipt.title')} workspaceName={info.workspace.name} />
      <div className="alert alert--success receipt" role="status">
        <p className="alert-title">{t('cases.receipt.received', { date: formatDateTime(receipt.receivedAt, lng, info.workspace.timeZone) })}</p>
        <p className="receipt-number">
          <span className="receipt-number-label">{t('cases.receipt.number')}</span>
          <strong className="receipt-number-value">{receipt.reference}</strong>
        </p>
      </div>
      <dl className="reg-details">
        <div className="reg-details-row">
          <dt>{t('cases.receipt.topic')}</dt>
          <dd>{vocabLabel(receipt.topic, lng)}</dd>
        </div>
        <div className="reg-details-row">
          <dt>{t('cases.receipt.answerBy')}</dt>
          <dd>{formatDay(receipt.dueOn, lng)}</dd>
        </div>
      </dl>
      <h2>{t('cases.receipt.nextHeading')}</h2>
      <ol className="receipt-steps">
        <li>{t('cases.receipt.stepRead', vars)}</li>
        <li>{t('cases.receipt.stepAnswer', { ...vars, date: formatDay(receipt.dueOn, lng) })}</li>
        <li>{receipt.emailReceipt ? t('cases.receipt.stepEmail') : t('cases.receipt.stepNoEmail')}</li>
      </ol>
      <p>{t('cases.receipt.quote', { reference: receipt.reference })}</p>
      {info.workspace.country === 'SE' ? <p className="muted">{t('cases.receipt.publicRecord')}</p> : null}
      <div className="form-actions">
        <button type="button" className="button button--secondary" onClick={onAnother}>
          {t('cases.receipt.another')}
        </button>
      </div>
    </div>
  );
}
