// The case list's rows: registration number (link) with when and how it came in, the question and
// who asked, category, status, who holds it, and by when it should be answered.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../components/TableWrap.tsx';
import { formatDate } from '../../lib/format.ts';
import type { CaseSummary } from './api.ts';
import { useCasePaths } from './hooks.ts';
import { assignedTo, channelLabel, DueDate, priorityLabel, StatusBadge, vocabLabel } from './labels.tsx';

export function CasesTable({ items, today }: { items: CaseSummary[]; today: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const paths = useCasePaths();
  return (
    <TableWrap label={t('cases.list.results')}>
      <table className="table case-table">
        <caption className="visually-hidden">{t('cases.list.results')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cases.list.referenceColumn')}</th>
            <th scope="col">{t('cases.fields.question')}</th>
            <th scope="col">{t('cases.fields.category')}</th>
            <th scope="col">{t('cases.fields.status')}</th>
            <th scope="col">{t('cases.fields.assignee')}</th>
            <th scope="col">{t('cases.fields.due')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id} className={c.overdue ? 'case-row--overdue' : undefined}>
              <th scope="row" className="case-ref-cell">
                <Link to={paths.one(c.id)} className="cell-nowrap">
                  {c.reference}
                </Link>
                <span className="cell-sub">{formatDate(c.receivedAt, lng)}</span>
                <span className="cell-sub">{channelLabel(t, c.channel)}</span>
              </th>
              <td className="cell-break case-title-cell">
                {c.title}
                <span className="cell-sub">
                  {[c.organisationName, c.priority === 'high' || c.priority === 'urgent' ? priorityLabel(t, c.priority) : null, c.secret ? t('cases.fields.secret') : null]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </td>
              <td>{vocabLabel(c.category, lng)}</td>
              <td>
                <StatusBadge status={c.status} />
              </td>
              <td>{assignedTo(t, c, lng)}</td>
              <td className="cell-nowrap">
                <DueDate c={c} today={today} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
