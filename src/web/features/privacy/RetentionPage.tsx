// /w/:ws/admin/retention — the retention rule of each case category with its cases, the preview of
// what a disposal run would remove now, the confirmation, the result, and the earlier runs.
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { TableWrap } from '../../components/TableWrap.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useDisposalPreview, useRetention, useRunDisposal, type DisposalRun, type RetentionOverview } from './api.ts';
import { DisposalSection } from './DisposalSection.tsx';
import { formatDay, label } from './labels.ts';

export function RetentionPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const overview = useRetention(ws.id);
  const preview = useDisposalPreview(ws.id);
  const run = useRunDisposal(ws.id);
  const [result, setResult] = useState<DisposalRun | null>(null);

  return (
    <>
      <PageHeader title={t('privacy.retention.title')} lead={t('privacy.retention.lead')} workspaceName={ws.name} />
      <LiveStatus message={result ? (result.repeated ? t('privacy.retention.repeated') : t('privacy.retention.done', { count: result.caseCount })) : null} />
      {overview.isPending ? <Loading /> : overview.data ? <RulesSection data={overview.data} settings={`/w/${ws.slug}/cases/settings`} /> : <ErrorAlert error={overview.error} />}
      <DisposalSection
        preview={preview}
        run={run}
        result={result}
        onConfirm={(fingerprint) =>
          run.mutate(fingerprint, {
            onSuccess: (r) => setResult(r),
          })
        }
      />
      {overview.data ? <RunsSection runs={overview.data.runs} /> : null}
    </>
  );
}

function RulesSection({ data, settings }: { data: RetentionOverview; settings: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const n = (x: number) => formatNumber(x, lng);
  return (
    <section className="panel" aria-labelledby="retention-rules">
      <h2 id="retention-rules">{t('privacy.retention.rules')}</h2>
      <p className="field-hint">
        {t('privacy.retention.rulesHint')} <Link to={settings}>{t('privacy.retention.settingsLink')}</Link>
      </p>
      <TableWrap label={t('privacy.retention.rules')}>
        <table className="table privacy-rules">
          <caption className="visually-hidden">{t('privacy.retention.rules')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('privacy.retention.category')}</th>
              <th scope="col">{t('privacy.retention.period')}</th>
              <th scope="col" className="cell-number">{t('privacy.retention.open')}</th>
              <th scope="col" className="cell-number">{t('privacy.retention.waiting')}</th>
              <th scope="col" className="cell-number">{t('privacy.retention.dueNow')}</th>
              <th scope="col" className="cell-number">{t('privacy.retention.disposed')}</th>
              <th scope="col">{t('privacy.retention.next')}</th>
            </tr>
          </thead>
          <tbody>
            {data.categories.map((c) => (
              <tr key={c.code}>
                <th scope="row" className="cell-break">
                  {label(c.labels, lng)}
                  {c.active ? null : <span className="muted"> ({t('privacy.retention.retired')})</span>}
                </th>
                <td>{c.retentionYears === null ? t('privacy.retention.forever') : t('privacy.retention.years', { count: c.retentionYears })}</td>
                <td className="cell-number">{n(c.openCases)}</td>
                <td className="cell-number">{n(c.closedCases)}</td>
                <td className="cell-number">{c.dueNow ? <strong>{n(c.dueNow)}</strong> : n(0)}</td>
                <td className="cell-number">{n(c.disposedCases)}</td>
                <td className="cell-nowrap">{c.nextDisposal ? <time dateTime={c.nextDisposal}>{formatDay(c.nextDisposal, lng)}</time> : t('privacy.retention.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}

function RunsSection({ runs }: { runs: RetentionOverview['runs'] }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="panel" aria-labelledby="retention-runs">
      <h2 id="retention-runs">{t('privacy.retention.runs')}</h2>
      {runs.length === 0 ? (
        <p className="muted">{t('privacy.retention.runsEmpty')}</p>
      ) : (
        <TableWrap label={t('privacy.retention.runs')}>
          <table className="table">
            <caption className="visually-hidden">{t('privacy.retention.runs')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('privacy.retention.runAt')}</th>
                <th scope="col">{t('privacy.retention.runBy')}</th>
                <th scope="col" className="cell-number">{t('privacy.retention.runCases')}</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((r) => (
                <tr key={r.id}>
                  <td className="cell-nowrap">
                    <time dateTime={r.runAt}>{formatDateTime(r.runAt, i18n.language)}</time>
                  </td>
                  <td>{r.actor?.name ?? t('privacy.retention.none')}</td>
                  <td className="cell-number">{formatNumber(r.caseCount, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}
