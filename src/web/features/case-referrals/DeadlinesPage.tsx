// /w/:ws/cases/deadlines — the deadline watch: the person's own open cases (overdue, due today),
// the desk's totals and referrals still waiting for a partner's receipt; then response times per
// category for a period, as a chart and as a table with every figure.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field.tsx';
import { ErrorAlert, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { TableWrap } from '../../components/TableWrap.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { ErrorSummary, fieldError } from '../cases/ErrorSummary.tsx';
import { DueDate, formatDay, StatusBadge } from '../cases/labels.tsx';
import { pickLabel } from '../register/labels.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useDeadlines, useReferralList, useStatistics, type DeadlinesData, type StatisticsData } from './api.ts';
import { ResponseTimeChart } from './ResponseTimeChart.tsx';

function Counts({ label, items }: { label: string; items: [string, number, string?][] }) {
  return (
    <dl className="deadline-counts" aria-label={label}>
      {items.map(([name, n, tone]) => (
        <div key={name} className={`deadline-count${tone && n > 0 ? ` deadline-count--${tone}` : ''}`}>
          <dt>{name}</dt>
          <dd>{n}</dd>
        </div>
      ))}
    </dl>
  );
}

export function DeadlinesPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const deadlines = useDeadlines(ws.id);
  const d = deadlines.data;
  return (
    <>
      <p className="reg-breadcrumb">
        <Link to={`/w/${ws.slug}/cases`}>{t('referrals.deadlines.back')}</Link>
      </p>
      <PageHeader title={t('referrals.deadlines.title')} lead={t('referrals.deadlines.lead')} workspaceName={ws.name} />
      {deadlines.isPending ? (
        <Loading />
      ) : !d ? (
        <ErrorAlert error={deadlines.error} />
      ) : (
        <>
          <section className="panel" aria-labelledby="deadlines-mine">
            <h2 id="deadlines-mine">{t('referrals.deadlines.mine')}</h2>
            <Counts
              label={t('referrals.deadlines.mine')}
              items={[
                [t('referrals.deadlines.open'), d.mine.open],
                [t('referrals.deadlines.overdue'), d.mine.overdue, 'overdue'],
                [t('referrals.deadlines.dueToday'), d.mine.dueToday, 'today'],
              ]}
            />
            <MyCases d={d} />
          </section>
          <section className="panel" aria-labelledby="deadlines-all">
            <h2 id="deadlines-all">{t('referrals.deadlines.all')}</h2>
            <Counts
              label={t('referrals.deadlines.all')}
              items={[
                [t('referrals.deadlines.open'), d.all.open],
                [t('referrals.deadlines.overdue'), d.all.overdue, 'overdue'],
                [t('referrals.deadlines.dueToday'), d.all.dueToday, 'today'],
                [t('referrals.deadlines.unassigned'), d.all.unassigned],
                [t('referrals.deadlines.awaitingReceipt'), d.referralsAwaitingReceipt],
              ]}
            />
            <AwaitingReceipt />
          </section>
        </>
      )}
      <StatisticsSection />
    </>
  );
}

function MyCases({ d }: { d: DeadlinesData }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  if (!d.myCases.length) return <p className="muted">{t('referrals.deadlines.noneMine')}</p>;
  return (
    <TableWrap label={t('referrals.deadlines.myCases')}>
      <table className="table">
        <caption className="visually-hidden">{t('referrals.deadlines.myCases')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('referrals.columns.reference')}</th>
            <th scope="col">{t('referrals.columns.title')}</th>
            <th scope="col">{t('referrals.columns.status')}</th>
            <th scope="col">{t('referrals.columns.due')}</th>
          </tr>
        </thead>
        <tbody>
          {d.myCases.map((c) => (
            <tr key={c.id}>
              <th scope="row" className="cell-nowrap">
                <Link to={`/w/${ws.slug}/cases/${c.id}`}>{c.reference}</Link>
              </th>
              <td className="cell-break">{c.title}</td>
              <td>
                <StatusBadge status={c.status} />
              </td>
              <td className="cell-nowrap">
                <DueDate c={c} today={d.today} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function AwaitingReceipt() {
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const list = useReferralList(ws.id, 'pending');
  if (list.isPending) return <Loading />;
  if (!list.data) return <ErrorAlert error={list.error} />;
  return (
    <>
      <h3>{t('referrals.deadlines.awaitingTitle')}</h3>
      {list.data.items.length === 0 ? (
        <p className="muted">{t('referrals.deadlines.noneAwaiting')}</p>
      ) : (
        <ul className="referral-waiting">
          {list.data.items.map((r) => (
            <li key={r.id}>
              <Link to={`/w/${ws.slug}/cases/${r.case.id}/referral`}>{r.case.reference}</Link> {r.case.title} –{' '}
              {t('referrals.deadlines.waitingFor', { partner: r.organisationName, date: formatDate(r.expiresAt, i18n.language) })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function StatisticsSection() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const [draft, setDraft] = useState({ from: '', to: '' });
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const stats = useStatistics(ws.id, period);
  function submit(e: FormEvent) {
    e.preventDefault();
    setPeriod({ from: draft.from || undefined, to: draft.to || undefined });
  }
  return (
    <section className="panel" aria-labelledby="deadlines-stats">
      <h2 id="deadlines-stats">{t('referrals.stats.title')}</h2>
      <p className="field-hint">{t('referrals.stats.lead')}</p>
      <form className="filters rt-period" onSubmit={submit} noValidate aria-label={t('referrals.stats.period')}>
        <TextField id="stats-from" type="date" label={t('referrals.stats.from')} value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} error={fieldError(stats.error, 'from')} />
        <TextField id="stats-to" type="date" label={t('referrals.stats.to')} value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} error={fieldError(stats.error, 'to')} />
        <div className="filters-actions">
          <button type="submit" className="button button--secondary">
            {t('referrals.stats.show')}
          </button>
        </div>
      </form>
      {stats.error ? <ErrorSummary error={stats.error} targets={{ from: 'stats-from', to: 'stats-to' }} /> : null}
      {stats.data ? <StatsBody stats={stats.data} /> : stats.isPending ? <Loading /> : null}
    </section>
  );
}

function StatsBody({ stats }: { stats: StatisticsData }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const share = (s: number | null) => (s === null ? '–' : `${formatNumber(Math.round(s * 100), lng)} %`);
  const days = (n: number | null) => (n === null ? '–' : formatNumber(n, lng));
  const rows = [...stats.categories.filter((c) => c.received > 0).map((c) => ({ key: c.category.code, name: pickLabel(c.category.labels, lng, c.category.code), target: c.category.responseDays, f: c })), { key: '', name: t('referrals.stats.total'), target: null, f: stats.total }];
  return (
    <>
      <p role="status">{t('referrals.stats.periodShown', { from: formatDay(stats.from, lng), to: formatDay(stats.to, lng), count: stats.total.received })}</p>
      <ResponseTimeChart stats={stats} />
      <TableWrap label={t('referrals.stats.tableTitle')}>
        <table className="table rt-table">
          <caption>{t('referrals.stats.tableTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('referrals.stats.category')}</th>
              <th scope="col">{t('referrals.stats.target')}</th>
              <th scope="col">{t('referrals.stats.received')}</th>
              <th scope="col">{t('referrals.stats.answered')}</th>
              <th scope="col">{t('referrals.stats.median')}</th>
              <th scope="col">{t('referrals.stats.share')}</th>
              <th scope="col">{t('referrals.stats.open')}</th>
              <th scope="col">{t('referrals.stats.overdue')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key || 'total'} className={r.key ? undefined : 'rt-total'}>
                <th scope="row">{r.name}</th>
                <td>{r.target === null ? '' : t('referrals.stats.workingDays', { count: r.target })}</td>
                <td>{r.f.received}</td>
                <td>{r.f.answered}</td>
                <td>{days(r.f.medianDays)}</td>
                <td>{share(r.f.shareWithinTarget)}</td>
                <td>{r.f.open}</td>
                <td>{r.f.overdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
