// One data subject: what is held (people, cases, e-mail, reads), the downloads, and the erasure —
// its plan (what goes, what stays and why), the confirmation dialog, and the result.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { EmptyState, ErrorAlert, Loading } from '../../components/Feedback.tsx';
import { TableWrap } from '../../components/TableWrap.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { exportHref, useErase, useSubject, type ErasureResult, type PlanItem, type Subject, type SubjectSummary } from './api.ts';
import { formatDate } from '../../lib/format.ts';

interface Props {
  subject: Subject;
  who: string;
  onErased: () => void;
}

export function SubjectView({ subject, who, onErased }: Props) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const found = useSubject(ws.id, subject);
  const erase = useErase(ws.id);
  const [result, setResult] = useState<ErasureResult | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (found.data || result) heading.current?.focus();
  }, [found.data, result]);

  if (found.isPending) return <Loading />;
  if (!found.data) return <ErrorAlert error={found.error} />;
  const data = found.data;
  const empty = !data.people.length && !data.cases.length && !data.mail;

  if (result) {
    return (
      <section className="panel" aria-labelledby="privacy-result">
        <h2 id="privacy-result" tabIndex={-1} ref={heading}>
          {t('privacy.requests.resultTitle')}
        </h2>
        <PlanLists erase={result.erased} keep={result.kept} />
      </section>
    );
  }

  return (
    <>
      <section className="panel" aria-labelledby="privacy-subject">
        <h2 id="privacy-subject" tabIndex={-1} ref={heading}>
          {empty ? t('privacy.requests.nothing', { who }) : t('privacy.requests.results', { who })}
        </h2>
        {empty ? (
          <EmptyState title={t('privacy.requests.nothing', { who })}>
            <p>{t('privacy.requests.nothingText')}</p>
          </EmptyState>
        ) : (
          <Held data={data} />
        )}
      </section>
      {empty ? null : (
        <>
          <section className="panel" aria-labelledby="privacy-export">
            <h2 id="privacy-export">{t('privacy.requests.export')}</h2>
            <p className="field-hint">{t('privacy.requests.exportHint')}</p>
            <div className="form-actions">
              <a className="button button--secondary" href={exportHref(ws.id, subject, 'json', currentLocale())} download>
                {t('privacy.requests.json')}
              </a>
              <a className="button button--secondary" href={exportHref(ws.id, subject, 'pdf', currentLocale())} download>
                {t('privacy.requests.pdf')}
              </a>
            </div>
          </section>
          <EraseSection
            data={data}
            busy={erase.isPending}
            error={erase.error}
            onErase={() =>
              erase.mutate(subject, {
                onSuccess: (r) => {
                  setResult(r);
                  onErased();
                },
              })
            }
          />
        </>
      )}
    </>
  );
}

function Held({ data }: { data: SubjectSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {data.people.length ? (
        <>
          <h3 className="section-title">{t('privacy.requests.people')}</h3>
          <ul className="privacy-list">
            {data.people.map((p) => (
              <li key={p.id}>
                <strong>{p.name}</strong>
                {p.email ? ` – ${p.email}` : ''} · {t('privacy.requests.legalBasis')}: {t(`privacy.requests.legalBases.${p.legalBasis}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {data.cases.length ? (
        <>
          <h3 className="section-title">{t('privacy.requests.cases')}</h3>
          <TableWrap label={t('privacy.requests.cases')}>
            <table className="table">
              <caption className="visually-hidden">{t('privacy.requests.cases')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('privacy.retention.reference')}</th>
                  <th scope="col">{t('privacy.requests.caseTitle')}</th>
                  <th scope="col">{t('privacy.requests.state')}</th>
                </tr>
              </thead>
              <tbody>
                {data.cases.map((c) => (
                  <tr key={c.id}>
                    <th scope="row" className="cell-nowrap">
                      {c.reference}
                    </th>
                    <td className="cell-break">{c.title}</td>
                    <td className="cell-nowrap">
                      {c.disposedAt ? `${t('privacy.requests.disposed')} ${formatDate(c.disposedAt, i18n.language)}` : t(`privacy.requests.status.${c.status}`)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      ) : null}
      <ul className="privacy-list">
        <li>{t('privacy.requests.mail', { count: data.mail })}</li>
        <li>{t('privacy.requests.access', { count: data.access })}</li>
      </ul>
    </>
  );
}

function PlanLists({ erase, keep }: { erase: PlanItem[]; keep: PlanItem[] }) {
  const { t } = useTranslation();
  return (
    <div className="privacy-plan">
      <div>
        <h3 className="section-title">{t('privacy.requests.willErase')}</h3>
        {erase.length ? (
          <ul className="privacy-list privacy-list--erase">
            {erase.map((i) => (
              <li key={`${i.kind}-${i.id ?? i.label}`}>{i.text}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('privacy.requests.nothingToErase')}</p>
        )}
      </div>
      {keep.length ? (
        <div>
          <h3 className="section-title">{t('privacy.requests.willKeep')}</h3>
          <ul className="privacy-list privacy-list--keep">
            {keep.map((i) => (
              <li key={`${i.kind}-${i.id ?? i.label}`}>{i.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function EraseSection({ data, busy, error, onErase }: { data: SubjectSummary; busy: boolean; error: unknown; onErase: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="panel" aria-labelledby="privacy-erase">
      <h2 id="privacy-erase">{t('privacy.requests.erase')}</h2>
      {error ? <ErrorAlert error={error} /> : null}
      <PlanLists erase={data.plan.erase} keep={data.plan.keep} />
      {data.plan.erase.length ? (
        <div className="form-actions">
          <button type="button" className="button button--danger" disabled={busy} onClick={() => setConfirming(true)}>
            {t('privacy.requests.eraseButton')}
          </button>
        </div>
      ) : null}
      <ConfirmDialog
        isOpen={confirming}
        title={t('privacy.requests.confirmTitle')}
        confirmLabel={t('privacy.requests.confirmButton')}
        busy={busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onErase();
        }}
      >
        <p>{t('privacy.requests.confirmText')}</p>
        <PlanLists erase={data.plan.erase} keep={data.plan.keep} />
      </ConfirmDialog>
    </section>
  );
}
