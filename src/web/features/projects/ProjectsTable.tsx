// The project list's rows: acronym (link) with our role, title with the officer and the number of
// partners, status since when, programme (and fund when its name does not say it), the period,
// the last change. Column headings sort (a button in the heading;
// aria-sort says which way), the same heading again turns the order round.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../components/TableWrap.tsx';
import { formatDate, formatDay, formatNumber } from '../../lib/format.ts';
import { nextSort, sortDirection, type Sort, type SortColumn } from './filters.ts';
import { useProjectPaths } from './hooks.ts';
import { fundLabel, ourRoleLabel, StatusBadge } from './labels.tsx';
import type { ProjectSummary } from './types.ts';

function SortHeader({ column, label, sort, onSort, className }: { column: SortColumn; label: string; sort: Sort; onSort: (s: Sort) => void; className?: string }) {
  const { t } = useTranslation();
  const dir = sortDirection(sort, column);
  return (
    <th scope="col" aria-sort={dir} className={className}>
      <button type="button" className="pf-sort" onClick={() => onSort(nextSort(sort, column))}>
        {label}
        <span className={`pf-sort-mark pf-sort-mark--${dir}`} aria-hidden="true" />
        <span className="visually-hidden">{dir === 'none' ? ` (${t('projects.list.sortBy')})` : dir === 'ascending' ? ` (${t('projects.list.sortedAsc')})` : ` (${t('projects.list.sortedDesc')})`}</span>
      </button>
    </th>
  );
}

export function ProjectsTable({ items, sort, onSort }: { items: ProjectSummary[]; sort: Sort; onSort: (s: Sort) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const paths = useProjectPaths();
  const head = { sort, onSort };
  return (
    <TableWrap label={t('projects.list.results')}>
      <table className="table pf-table">
        <caption className="visually-hidden">{t('projects.list.caption')}</caption>
        <thead>
          <tr>
            <SortHeader column="acronym" label={t('projects.fields.acronym')} {...head} />
            <SortHeader column="title" label={t('projects.fields.title')} {...head} />
            <SortHeader column="status" label={t('projects.fields.status')} {...head} />
            <th scope="col">{t('projects.fields.programme')}</th>
            <SortHeader column="start_date" label={t('projects.fields.startDate')} {...head} />
            <SortHeader column="end_date" label={t('projects.fields.endDate')} {...head} />
            <SortHeader column="updated_at" label={t('projects.fields.updatedAt')} {...head} />
          </tr>
        </thead>
        <tbody>
          {items.map((p) => (
            <tr key={p.id}>
              <th scope="row" className="pf-acronym-cell">
                <Link to={paths.one(p.id)} className="cell-nowrap">
                  {p.acronym}
                </Link>
                <span className="cell-sub">{ourRoleLabel(t, p.ourRole)}</span>
              </th>
              <td className="cell-words pf-title-cell">
                {p.title}
                <span className="cell-sub">
                  {[p.officer?.name, t('projects.list.partnerCount', { count: p.partnerCount, n: formatNumber(p.partnerCount, lng) })].filter(Boolean).join(' · ')}
                </span>
              </td>
              <td>
                <StatusBadge status={p.status} />
                <span className="cell-sub cell-nowrap">{t('projects.list.since', { date: formatDay(p.statusDate, lng) })}</span>
              </td>
              <td className="cell-words">
                {p.programme ? (
                  <>
                    {p.programme.name}
                    {p.programme.name.toLocaleLowerCase(lng).includes(fundLabel(t, p.programme.fund).toLocaleLowerCase(lng)) ? null : <span className="cell-sub">{fundLabel(t, p.programme.fund)}</span>}
                  </>
                ) : (
                  <span className="muted">{t('projects.fields.noProgramme')}</span>
                )}
              </td>
              <td className="cell-nowrap">{p.startDate ? formatDay(p.startDate, lng) : '–'}</td>
              <td className="cell-nowrap">{p.endDate ? formatDay(p.endDate, lng) : '–'}</td>
              <td className="cell-nowrap">{formatDate(p.updatedAt, lng)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
