// The outbox's messages, newest first: status, recipient, subject (opens the message), date.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../components/TableWrap.tsx';
import { formatDateTime } from '../../lib/format.ts';
import type { MailSummary } from './api.ts';
import { MailStatusBadge } from './labels.tsx';

export function OutboxTable({ items, base }: { items: MailSummary[]; base: string }) {
  const { t, i18n } = useTranslation();
  return (
    <TableWrap label={t('mail.title')}>
      <table className="table table--outbox">
        <caption className="visually-hidden">{t('mail.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mail.fields.status')}</th>
            <th scope="col">{t('mail.fields.to')}</th>
            <th scope="col">{t('mail.fields.subject')}</th>
            <th scope="col">{t('mail.fields.date')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.id} data-status={m.status}>
              <td>
                <MailStatusBadge status={m.status} />
              </td>
              <td className="cell-break">{m.to}</td>
              <td>
                <Link to={`${base}/${m.id}`} lang={m.language}>
                  {m.subject}
                </Link>
              </td>
              <td className="cell-nowrap">
                <time dateTime={m.sentAt ?? m.createdAt}>{formatDateTime(m.sentAt ?? m.createdAt, i18n.language)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
