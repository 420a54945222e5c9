// Secrecy marking of one case: whether it is marked secret and why, every marking and unmarking
// with its reason, and (for staff who handle cases) the form to mark or unmark it, which needs a
// reason either way. A secret case shows only its number and date in the public register.
// Mountable on the case page: <SecrecyPanel caseId={c.id} onDone={setStatus} />.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { ErrorSummary, fieldError } from '../cases/ErrorSummary.tsx';
import { TextAreaField } from '../register/fields.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useCaseSecrecy, useChangeSecrecy } from './api.ts';

export function SecrecyPanel({ caseId, onDone }: { caseId: string; onDone?: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const secrecy = useCaseSecrecy(ws.id, caseId);
  const change = useChangeSecrecy(ws.id, caseId);
  const [reason, setReason] = useState('');
  const [own, setOwn] = useState<string | null>(null);
  const done = onDone ?? setOwn;
  const canWrite = ws.role !== 'viewer';
  const s = secrecy.data;
  const reasonId = `secrecy-reason-${caseId}`;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!s) return;
    const secret = !s.secret;
    change.mutate(
      { secret, reason },
      {
        onSuccess: () => {
          setReason('');
          done(t(secret ? 'referrals.secrecy.marked' : 'referrals.secrecy.unmarked'));
        },
      },
    );
  }

  return (
    <section className="panel secrecy-panel" aria-labelledby={`secrecy-${caseId}`}>
      <h2 id={`secrecy-${caseId}`}>{t('referrals.secrecy.title')}</h2>
      {onDone ? null : <LiveStatus message={own} />}
      {secrecy.isPending ? (
        <Loading />
      ) : !s ? (
        <ErrorAlert error={secrecy.error} />
      ) : (
        <>
          {s.secret ? (
            <div className="secrecy-state secrecy-state--secret">
              <p className="alert-title">{t('referrals.secrecy.isSecret')}</p>
              <p>{t('referrals.secrecy.reason', { reason: s.reason ?? '' })}</p>
            </div>
          ) : (
            <p className="secrecy-state">{t('referrals.secrecy.notSecret')}</p>
          )}
          <p className="field-hint">{t('referrals.secrecy.publicEffect')}</p>
          {canWrite ? (
            <form className="reg-subform" onSubmit={submit} noValidate aria-labelledby={`secrecy-form-${caseId}`}>
              <h3 id={`secrecy-form-${caseId}`}>{t(s.secret ? 'referrals.secrecy.unmarkTitle' : 'referrals.secrecy.markTitle')}</h3>
              <ErrorSummary error={change.error} targets={{ reason: reasonId }} />
              <TextAreaField
                id={reasonId}
                label={t('referrals.secrecy.reasonLabel')}
                hint={t(s.secret ? 'referrals.secrecy.unmarkHint' : 'referrals.secrecy.markHint')}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                error={fieldError(change.error, 'reason')}
                rows={2}
                maxLength={500}
                required
              />
              <div className="form-actions">
                <button type="submit" className={`button ${s.secret ? 'button--secondary' : 'button--danger'}`} disabled={change.isPending}>
                  {change.isPending ? t('common.saving') : t(s.secret ? 'referrals.secrecy.unmark' : 'referrals.secrecy.mark')}
                </button>
              </div>
            </form>
          ) : null}
          {s.history.length ? (
            <>
              <h3>{t('referrals.secrecy.history')}</h3>
              <ol className="secrecy-history">
                {s.history.map((h) => (
                  <li key={h.at + String(h.secret)}>
                    <strong>{t(h.secret ? 'referrals.secrecy.historyMarked' : 'referrals.secrecy.historyUnmarked')}</strong> {h.reason}{' '}
                    <span className="muted">
                      {h.actor?.name ?? t('referrals.system')} · <time dateTime={h.at}>{formatDateTime(h.at, lng)}</time>
                    </span>
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
