// Referrals of one case to partner organisations: each with its partner, where the mail went,
// and whether the partner has confirmed receipt (who and when) — and, for staff who handle cases,
// a dialog to refer the case (partner, address, language, note, whether to send the requester's
// contact details) and a button to send a new link. Mountable on the case page:
// <ReferPanel caseId={c.id} reference={c.reference} onDone={setStatus} />.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/Field.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { ErrorSummary, fieldError } from '../cases/ErrorSummary.tsx';
import { AsyncPicker, CheckboxField, TextAreaField, type PickerItem } from '../register/fields.tsx';
import { FormDialog } from '../register/FormDialog.tsx';
import { countryName, kindLabel } from '../register/labels.ts';
import { searchOrganisations } from '../register/queries.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useCaseReferrals, useCaseRouting, useRefer, useResend, type ReferralData } from './api.ts';

const TARGETS = { organisationId: 'refer-partner', email: 'refer-email', language: 'refer-language', note: 'refer-note', days: 'refer-days' };

export function ReferralStatus({ status }: { status: ReferralData['status'] }) {
  const { t } = useTranslation();
  return <span className={`referral-badge referral-status--${status}`}>{t(`referrals.status.${status}`)}</span>;
}

export function ReferPanel({ caseId, reference, onDone }: { caseId: string; reference: string; onDone?: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const referrals = useCaseReferrals(ws.id, caseId);
  const resend = useResend(ws.id, caseId);
  const [open, setOpen] = useState(false);
  const [own, setOwn] = useState<string | null>(null);
  const done = onDone ?? setOwn;
  const canWrite = ws.role !== 'viewer';

  return (
    <section className="panel referral-panel" aria-labelledby={`referrals-${caseId}`}>
      <h2 id={`referrals-${caseId}`}>{t('referrals.panel.title')}</h2>
      {onDone ? null : <LiveStatus message={own} />}
      {referrals.isPending ? (
        <Loading />
      ) : !referrals.data ? (
        <ErrorAlert error={referrals.error} />
      ) : referrals.data.items.length === 0 ? (
        <p className="muted">{t('referrals.panel.none')}</p>
      ) : (
        <ol className="referral-list">
          {referrals.data.items.map((r) => (
            <li key={r.id} className="referral-item">
              <p className="referral-head">
                <strong>{r.organisationName}</strong> <ReferralStatus status={r.status} />
              </p>
              <p className="muted">
                {t('referrals.panel.sent', { date: formatDateTime(r.createdAt, lng), by: r.createdBy?.name ?? t('referrals.system'), email: r.email })}
                {r.sentCount > 1 ? ` ${t('referrals.panel.sentAgain', { count: r.sentCount - 1, date: formatDateTime(r.lastSentAt ?? r.createdAt, lng) })}` : ''}
              </p>
              {r.receipt ? (
                <div className="referral-receipt">
                  <p>{t('referrals.panel.confirmed', { name: r.receipt.name, date: formatDateTime(r.receipt.at, lng) })}</p>
                  {r.receipt.note ? <p className="reg-prewrap">“{r.receipt.note}”</p> : null}
                </div>
              ) : (
                <p>{t(r.status === 'expired' ? 'referrals.panel.expired' : 'referrals.panel.waiting', { date: formatDate(r.expiresAt, lng) })}</p>
              )}
              {r.note ? <p className="reg-prewrap referral-note">{t('referrals.panel.note', { note: r.note })}</p> : null}
              {canWrite && !r.receipt ? (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={resend.isPending}
                  onClick={() => resend.mutate(r.id, { onSuccess: () => done(t('referrals.panel.resent', { partner: r.organisationName, email: r.email })) })}
                >
                  {t('referrals.panel.resend')}
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {resend.error ? <ErrorAlert error={resend.error} /> : null}
      {canWrite ? (
        <div className="form-actions">
          <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
            {t('referrals.panel.refer')}
          </button>
        </div>
      ) : null}
      {open ? (
        <ReferDialog
          caseId={caseId}
          reference={reference}
          onClose={() => setOpen(false)}
          onDone={(message) => {
            setOpen(false);
            done(message);
          }}
        />
      ) : null}
    </section>
  );
}

function ReferDialog({ caseId, reference, onClose, onDone }: { caseId: string; reference: string; onClose: () => void; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const refer = useRefer(ws.id, caseId);
  // The routing suggestion's partner, if there is one, is the starting choice.
  const suggested = useCaseRouting(ws.id, caseId).data?.suggestion?.organisation ?? null;
  const [partner, setPartner] = useState<PickerItem | null>(suggested ? { id: suggested.id, label: suggested.name } : null);
  const [email, setEmail] = useState('');
  const [language, setLanguage] = useState(lng === 'da' || lng === 'en' ? lng : 'sv');
  const [note, setNote] = useState('');
  const [includeContact, setIncludeContact] = useState(true);
  const [days, setDays] = useState('14');
  const err = (f: string) => fieldError(refer.error, f);

  function submit() {
    refer.mutate(
      { organisationId: partner?.id ?? '', email: email.trim(), language: language as 'sv' | 'da' | 'en', note: note.trim() || null, includeContact, days: Number(days) },
      { onSuccess: (r) => onDone(t('referrals.panel.referred', { reference, partner: r.organisationName, email: r.email })) },
    );
  }

  return (
    <FormDialog isOpen title={t('referrals.dialog.title', { reference })} submitLabel={t('referrals.dialog.submit')} busy={refer.isPending} onSubmit={submit} onCancel={onClose}>
      <ErrorSummary error={refer.error} targets={TARGETS} />
      <p className="field-hint">{t('referrals.dialog.help')}</p>
      <AsyncPicker
        id="refer-partner"
        label={t('referrals.dialog.partner')}
        hint={t('referrals.dialog.partnerHint')}
        queryKey={['orgs', ws.id]}
        search={(q) => searchOrganisations(ws.id, q).then((items) => items.map((o) => ({ id: o.id, label: o.name, detail: [kindLabel(t, o.kind), o.city, countryName(o.country, lng)].filter(Boolean).join(' · ') })))}
        value={partner}
        onChange={setPartner}
        error={err('organisationId')}
        isRequired
      />
      <TextField id="refer-email" type="email" label={t('referrals.dialog.email')} hint={t('referrals.dialog.emailHint')} value={email} onChange={(e) => setEmail(e.target.value)} error={err('email')} required autoComplete="off" />
      <SelectField id="refer-language" label={t('referrals.dialog.language')} hint={t('referrals.dialog.languageHint')} value={language} onChange={(e) => setLanguage(e.target.value)} error={err('language')}>
        {(['sv', 'da', 'en'] as const).map((l) => (
          <option key={l} value={l}>
            {t(`referrals.languages.${l}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField id="refer-note" label={t('referrals.dialog.note')} hint={t('referrals.dialog.noteHint')} value={note} onChange={(e) => setNote(e.target.value)} error={err('note')} rows={4} maxLength={2000} />
      <CheckboxField id="refer-contact" label={t('referrals.dialog.includeContact')} hint={t('referrals.dialog.includeContactHint')} checked={includeContact} onChange={(e) => setIncludeContact(e.target.checked)} />
      <SelectField id="refer-days" label={t('referrals.dialog.days')} value={days} onChange={(e) => setDays(e.target.value)} error={err('days')}>
        {['7', '14', '30', '60'].map((d) => (
          <option key={d} value={d}>
            {t('referrals.dialog.dayCount', { count: Number(d) })}
          </option>
        ))}
      </SelectField>
    </FormDialog>
  );
}
