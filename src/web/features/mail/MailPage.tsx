// /w/:ws/admin/outbox/:mailId — one message as it was (or will be) sent: recipient, status,
// attempts and the last error, and its text. A failed or held message can be sent again. The
// server logs every opening of this page (the text holds personal data).
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { LANGUAGE_NAMES } from '../../components/LanguageSwitch.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useDelivery, useMail, useRetryMail, type MailMessage } from './api.ts';
import { MailStatusBadge, templateLabel } from './labels.tsx';

export function MailPage() {
  const { mailId = '' } = useParams();
  const { t } = useTranslation();
  const ws = useWorkspace();
  const mail = useMail(ws.id, mailId);
  const delivery = useDelivery(ws.id).data;
  const retry = useRetryMail(ws.id);
  const back = `/w/${ws.slug}/admin/outbox`;
  const notFound = mail.error instanceof ApiError && (mail.error.status === 404 || mail.error.status === 422);
  const data = mail.data;
  const canRetry = !!data && (data.status === 'failed' || (data.status === 'held' && delivery === 'smtp'));

  return (
    <>
      <p className="reg-breadcrumb">
        <Link to={back}>{t('mail.back')}</Link>
      </p>
      <PageHeader
        title={notFound ? t('mail.notFound') : (data?.subject ?? t('mail.loadingTitle'))}
        workspaceName={ws.name}
        actions={
          canRetry && data ? (
            <button type="button" className="button button--primary" disabled={retry.isPending} onClick={() => retry.mutate(data.id)}>
              {retry.isPending ? t('common.working') : t('mail.retry')}
            </button>
          ) : null
        }
      />
      {notFound ? (
        <p>{t('mail.notFoundText')}</p>
      ) : (
        <>
          <div className="alert alert--info audit-note">
            <p>{t('mail.logged')}</p>
          </div>
          <LiveStatus message={retry.isSuccess ? t('mail.retried') : null} />
          {retry.isError ? <ErrorAlert error={retry.error} /> : null}
          {mail.isPending ? <Loading /> : !data ? <ErrorAlert error={mail.error} /> : <MailView mail={data} held={delivery === 'held'} />}
        </>
      )}
    </>
  );
}

function MailView({ mail, held }: { mail: MailMessage; held: boolean }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => <time dateTime={iso}>{formatDateTime(iso, i18n.language)}</time>;
  return (
    <>
      <section className="panel" aria-labelledby="mail-facts">
        <h2 id="mail-facts">{t('mail.facts')}</h2>
        <dl className="reg-details">
          <Row label={t('mail.fields.status')}>
            <MailStatusBadge status={mail.status} />
            {mail.status === 'held' && held ? <p className="field-hint">{t('mail.heldHint')}</p> : null}
          </Row>
          <Row label={t('mail.fields.to')}>{mail.to}</Row>
          {mail.replyTo ? <Row label={t('mail.fields.replyTo')}>{mail.replyTo}</Row> : null}
          <Row label={t('mail.fields.kind')}>{templateLabel(t, mail.template)}</Row>
          <Row label={t('mail.fields.language')}>
            <span lang={mail.language}>{LANGUAGE_NAMES[mail.language]}</span>
          </Row>
          <Row label={t('mail.fields.created')}>{when(mail.createdAt)}</Row>
          {mail.sentAt ? <Row label={t('mail.fields.sent')}>{when(mail.sentAt)}</Row> : null}
          {mail.nextAttemptAt ? <Row label={t('mail.fields.nextAttempt')}>{when(mail.nextAttemptAt)}</Row> : null}
          <Row label={t('mail.fields.attempts')}>{mail.attempts}</Row>
          {mail.lastError ? (
            <Row label={t('mail.fields.lastError')}>
              <code className="mail-error">{mail.lastError}</code>
            </Row>
          ) : null}
        </dl>
      </section>
      <section className="panel" aria-labelledby="mail-text">
        <h2 id="mail-text">{t('mail.text')}</h2>
        <pre className="mail-body" lang={mail.language}>
          {mail.text}
        </pre>
        {mail.html ? <p className="muted">{t('mail.alsoHtml')}</p> : null}
      </section>
    </>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="reg-details-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
