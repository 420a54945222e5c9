// /public/:workspaceSlug/referrals/:token — the page behind a partner's personal link: which case
// the municipality referred to them, and a form to confirm receipt with the name of who confirms.
// No login. It opens in the language the referral was written in (the header offers the others).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { TextField } from '../../components/Field.tsx';
import { Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { isLocale } from '../../i18n/locale.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { ErrorSummary, fieldError } from '../cases/ErrorSummary.tsx';
import { TextAreaField } from '../register/fields.tsx';
import { useConfirmReceipt, usePublicReferral, type PublicReferralData } from './api.ts';

export function PublicReferralPage() {
  const { t, i18n } = useTranslation();
  const { workspaceSlug = '', token = '' } = useParams();
  const referral = usePublicReferral(workspaceSlug, token);
  // The referral's language, applied once per link: a language chosen in the header then sticks.
  const applied = useRef<string | null>(null);
  const language = referral.data?.language;
  useEffect(() => {
    if (!language || applied.current === token) return;
    applied.current = token;
    if (isLocale(language) && i18n.language !== language) void i18n.changeLanguage(language);
  }, [language, token, i18n]);

  if (referral.isPending) {
    return (
      <div className="auth-card">
        <PageHeader title={t('referrals.public.loadingTitle')} />
        <Loading />
      </div>
    );
  }
  if (!referral.data) {
    const known = referral.error instanceof ApiError && [404, 410, 422].includes(referral.error.status);
    return (
      <div className="auth-card">
        <PageHeader title={t('referrals.public.invalidTitle')} />
        <div className="alert alert--error" role="alert">
          <p className="alert-title">{known && referral.error instanceof ApiError && referral.error.status === 410 ? referral.error.title : t('referrals.public.invalidText')}</p>
          <p>{t('referrals.public.invalidHelp')}</p>
        </div>
      </div>
    );
  }
  return <ReferralCard r={referral.data} slug={workspaceSlug} token={token} />;
}

function ReferralCard({ r, slug, token }: { r: PublicReferralData; slug: string; token: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const confirm = useConfirmReceipt(slug, token);
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const heading = useRef(false);
  useEffect(() => {
    // Confirmed: a new "page" without a new address, so focus goes to its heading as after navigation.
    if (r.status === 'confirmed' && heading.current) document.querySelector<HTMLElement>('main h1')?.focus();
    heading.current = true;
  }, [r.status]);

  // Dates as the municipality counts them, wherever the partner reads the link.
  const zone = r.workspace.timeZone;
  function submit(e: FormEvent) {
    e.preventDefault();
    confirm.mutate({ name: name.trim(), note: note.trim() || null });
  }

  return (
    <div className="auth-card referral-card">
      <PageHeader title={r.status === 'confirmed' ? t('referrals.public.confirmedTitle') : t('referrals.public.title')} workspaceName={r.workspace.name} />
      {r.status === 'confirmed' && r.receipt ? (
        <div className="alert alert--success" role="status">
          <p className="alert-title">{t('referrals.public.confirmed', { name: r.receipt.name, date: formatDateTime(r.receipt.at, lng, zone) })}</p>
          <p>{t('referrals.public.confirmedNext', { workspace: r.workspace.name })}</p>
        </div>
      ) : (
        <p className="page-lead">{t('referrals.public.intro', { workspace: r.workspace.name, partner: r.partner })}</p>
      )}
      <dl className="reg-details referral-facts">
        <div className="reg-details-row">
          <dt>{t('referrals.public.reference')}</dt>
          <dd>{r.reference}</dd>
        </div>
        <div className="reg-details-row">
          <dt>{t('referrals.public.caseTitle')}</dt>
          <dd>{r.title ?? t('referrals.public.secret')}</dd>
        </div>
        <div className="reg-details-row">
          <dt>{t('referrals.public.from')}</dt>
          <dd>{r.workspace.name}</dd>
        </div>
        <div className="reg-details-row">
          <dt>{t('referrals.public.to')}</dt>
          <dd>{r.partner}</dd>
        </div>
        <div className="reg-details-row">
          <dt>{t('referrals.public.referredAt')}</dt>
          <dd>{formatDate(r.referredAt, lng, zone)}</dd>
        </div>
        {r.status === 'pending' ? (
          <div className="reg-details-row">
            <dt>{t('referrals.public.validUntil')}</dt>
            <dd>{formatDate(r.expiresAt, lng, zone)}</dd>
          </div>
        ) : null}
      </dl>
      {r.status === 'pending' ? (
        <form className="form referral-confirm" onSubmit={submit} noValidate aria-labelledby="confirm-heading">
          <h2 id="confirm-heading">{t('referrals.public.formTitle')}</h2>
          <p>{t('referrals.public.formHelp', { workspace: r.workspace.name })}</p>
          <ErrorSummary error={confirm.error} targets={{ name: 'confirm-name', note: 'confirm-note' }} />
          <TextField id="confirm-name" label={t('referrals.public.name')} hint={t('referrals.public.nameHint')} value={name} onChange={(e) => setName(e.target.value)} error={fieldError(confirm.error, 'name')} autoComplete="name" maxLength={200} required />
          <TextAreaField id="confirm-note" label={t('referrals.public.note', { workspace: r.workspace.name })} hint={t('referrals.public.noteHint')} value={note} onChange={(e) => setNote(e.target.value)} error={fieldError(confirm.error, 'note')} rows={3} maxLength={1000} />
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={confirm.isPending}>
              {confirm.isPending ? t('common.saving') : t('referrals.public.confirm')}
            </button>
          </div>
        </form>
      ) : null}
      <p className="muted">{t('referrals.public.privacy', { workspace: r.workspace.name })}</p>
    </div>
  );
}
