// "What needs me today": the person's own open cases by due date (overdue first), the desk's
// nearest deadlines, and imports that were uploaded or started but not finished.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Feedback.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { DueDate } from '../cases/labels.tsx';
import { overviewPaths, type Overview, type OverviewCase } from './overview.ts';
import { useWorkspace } from './useWorkspace.ts';

export function TodayPanel({ overview, loading }: { overview: Overview | undefined; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="panel today" aria-labelledby="today-heading">
      <h2 id="today-heading">{t('start.today.title')}</h2>
      {loading ? (
        <Loading />
      ) : !overview ? (
        <p className="muted">{t('start.today.unavailable')}</p>
      ) : (
        <div className="today-grid">
          {overview.cases ? <MyCases cases={overview.cases} today={overview.today} /> : null}
          {overview.cases ? <NearestDeadlines cases={overview.cases.nearestDeadlines} today={overview.today} /> : null}
          {overview.imports && overview.imports.length > 0 ? <ImportsInProgress imports={overview.imports} /> : null}
        </div>
      )}
    </section>
  );
}

function CaseList({ cases, today, label }: { cases: OverviewCase[]; today: string; label: string }) {
  const paths = overviewPaths(useWorkspace().slug);
  return (
    <ul className="today-list" aria-label={label}>
      {cases.map((c) => (
        <li key={c.id} className={c.overdue ? 'today-item today-item--overdue' : 'today-item'}>
          <Link to={paths.caseOne(c.id)} className="today-item-link">
            <span className="today-ref">{c.reference}</span> {c.title}
          </Link>
          <DueDate c={c} today={today} />
        </li>
      ))}
    </ul>
  );
}

function MyCases({ cases, today }: { cases: NonNullable<Overview['cases']>; today: string }) {
  const { t, i18n } = useTranslation();
  const paths = overviewPaths(useWorkspace().slug);
  const { mine } = cases;
  return (
    <div className="today-block">
      <h3>{t('start.today.mine')}</h3>
      {mine.open === 0 ? (
        <p className="muted">{t('start.today.mineEmpty')}</p>
      ) : (
        <>
          <p className="today-summary">
            <Link to={paths.myCases}>{t('start.today.mineOpen', { count: mine.open, n: formatNumber(mine.open, i18n.language) })}</Link>
            {mine.overdue > 0 ? <span className="today-alert">{t('start.today.mineOverdue', { count: mine.overdue, n: formatNumber(mine.overdue, i18n.language) })}</span> : null}
            {mine.dueToday > 0 ? <span className="today-note">{t('start.today.mineDueToday', { count: mine.dueToday, n: formatNumber(mine.dueToday, i18n.language) })}</span> : null}
          </p>
          <CaseList cases={cases.myCases} today={today} label={t('start.today.mine')} />
          {mine.open > cases.myCases.length ? (
            <p>
              <Link to={paths.myCases}>{t('start.today.allMine', { n: formatNumber(mine.open, i18n.language) })}</Link>
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}

function NearestDeadlines({ cases, today }: { cases: OverviewCase[]; today: string }) {
  const { t } = useTranslation();
  const paths = overviewPaths(useWorkspace().slug);
  return (
    <div className="today-block">
      <h3>{t('start.today.nearest')}</h3>
      {cases.length === 0 ? (
        <p className="muted">{t('start.today.nearestEmpty')}</p>
      ) : (
        <>
          <CaseList cases={cases} today={today} label={t('start.today.nearest')} />
          <p>
            <Link to={paths.deadlines}>{t('start.today.deadlineWatch')}</Link>
          </p>
        </>
      )}
    </div>
  );
}

function ImportsInProgress({ imports }: { imports: NonNullable<Overview['imports']> }) {
  const { t, i18n } = useTranslation();
  const paths = overviewPaths(useWorkspace().slug);
  const lng = i18n.language;
  return (
    <div className="today-block">
      <h3>{t('start.today.imports')}</h3>
      <ul className="today-list">
        {imports.map((i) => (
          <li key={i.id} className="today-item">
            <Link to={paths.importOne(i.id)} className="today-item-link">
              {i.filename ?? t('start.today.importUnnamed')}
            </Link>
            <span className="today-meta">
              {i.status === 'running'
                ? t('start.today.importRunning', { processed: formatNumber(i.processed, lng), total: formatNumber(i.total, lng) })
                : t('start.today.importUploaded', { count: i.total, n: formatNumber(i.total, lng) })}
              {' · '}
              <time dateTime={i.createdAt}>{formatDateTime(i.createdAt, lng)}</time>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
