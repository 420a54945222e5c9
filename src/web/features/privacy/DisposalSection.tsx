// The disposal preview: every case due now and what goes from each, exactly what a run does; the
// confirmation (a dialog that says it cannot be undone); and the run's result. If the list
// changed between the preview and the confirmation, the server refuses and the new list shows.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { EmptyState, ErrorAlert, Loading } from '../../components/Feedback.tsx';
import { TableWrap } from '../../components/TableWrap.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import type { DisposalItem, DisposalPreview, DisposalRun } from './api.ts';
import { formatDay, label } from './labels.ts';

interface Props {
  preview: UseQueryResult<DisposalPreview>;
  run: UseMutationResult<DisposalRun, Error, string>;
  result: DisposalRun | null;
  onConfirm: (fingerprint: string) => void;
}

/** What disposing of a case removes, as a list of short phrases. */
export function removals(t: TFunction, r: DisposalItem['removes']): string[] {
  const out: string[] = [];
  if (r.requester.length) out.push(t('privacy.retention.removes.requester', { fields: r.requester.map((f) => t(`privacy.retention.fields.${f}`)).join(', ') }));
  if (r.description) out.push(t('privacy.retention.removes.description'));
  for (const k of ['messages', 'notes', 'comments', 'linkNotes', 'referralNotes', 'attachments', 'mail'] as const) {
    if (r[k]) out.push(t(`privacy.retention.removes.${k}`, { count: r[k] }));
  }
  return out;
}

export function DisposalSection({ preview, run, result, onConfirm }: Props) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const data = preview.data;
  const count = data?.items.length ?? 0;

  return (
    <section className="panel" aria-labelledby="retention-disposal">
      <h2 id="retention-disposal">{t('privacy.retention.disposal')}</h2>
      {run.isError ? <ErrorAlert error={run.error} /> : null}
      {result ? <RunResult run={result} /> : null}
      {preview.isPending ? (
        <Loading />
      ) : !data ? (
        <ErrorAlert error={preview.error} />
      ) : count === 0 ? (
        <EmptyState title={t('privacy.retention.nothingDue')}>
          <p>{t('privacy.retention.nothingDueText')}</p>
        </EmptyState>
      ) : (
        <>
          <h3 className="section-title">{t('privacy.retention.previewFor', { date: formatDay(data.asOf, i18n.language) })}</h3>
          <p className="field-hint">{t('privacy.retention.previewHint')}</p>
          <ItemsTable items={data.items} caption={t('privacy.retention.previewFor', { date: formatDay(data.asOf, i18n.language) })} showTitle />
          {data.more ? <p className="muted">{t('privacy.retention.more', { count: data.more })}</p> : null}
          <div className="form-actions">
            <button type="button" className="button button--danger" disabled={run.isPending} onClick={() => setConfirming(true)}>
              {t('privacy.retention.disposeButton', { count })}
            </button>
          </div>
          <ConfirmDialog
            isOpen={confirming}
            title={t('privacy.retention.confirmTitle', { count })}
            confirmLabel={t('privacy.retention.confirmButton')}
            busy={run.isPending}
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              onConfirm(data.fingerprint);
              setConfirming(false);
            }}
          >
            <p>{t('privacy.retention.confirmText')}</p>
            <ul className="privacy-list">
              {data.items.slice(0, 20).map((i) => (
                <li key={i.id}>
                  <strong>{i.reference}</strong>: {removals(t, i.removes).join('; ') || t('privacy.retention.none')}
                </li>
              ))}
            </ul>
            {count > 20 ? <p className="muted">{t('privacy.retention.more', { count: count - 20 })}</p> : null}
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}

function RunResult({ run }: { run: DisposalRun }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="privacy-result">
      <h3 className="section-title">{t('privacy.retention.result')}</h3>
      <p>{run.repeated ? t('privacy.retention.repeated') : t('privacy.retention.done', { count: run.caseCount })}</p>
      {run.items.length ? <ItemsTable items={run.items} caption={`${t('privacy.retention.result')} (${formatNumber(run.caseCount, i18n.language)})`} /> : null}
    </div>
  );
}

function ItemsTable({ items, caption, showTitle = false }: { items: DisposalItem[]; caption: string; showTitle?: boolean }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <TableWrap label={caption}>
      <table className="table privacy-items">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('privacy.retention.reference')}</th>
            <th scope="col">{t('privacy.retention.category')}</th>
            <th scope="col">{t('privacy.retention.closed')}</th>
            <th scope="col">{t('privacy.retention.keptUntil')}</th>
            <th scope="col">{t('privacy.retention.goes')}</th>
            {showTitle ? <th scope="col">{t('privacy.retention.titleAfter')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id}>
              <th scope="row" className="cell-nowrap">
                {i.reference}
              </th>
              <td className="cell-break">{label(i.category.labels, lng)}</td>
              <td className="cell-nowrap">
                <time dateTime={i.closedAt}>{formatDate(i.closedAt, lng)}</time>
              </td>
              <td className="cell-nowrap">
                <time dateTime={i.keptUntil}>{formatDay(i.keptUntil, lng)}</time>
              </td>
              <td>
                <ul className="privacy-removes">
                  {removals(t, i.removes).map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </td>
              {showTitle ? <td className="cell-break">{i.titleAfter}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
