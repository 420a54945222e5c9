// /w/:ws/admin/outbox — every e-mail the workspace sent, is sending, failed to send or holds,
// newest first, filtered by status (?status=failed) with "load more".
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorAlert, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { MAIL_STATUSES, useOutbox, type MailStatus, type OutboxPage as OutboxData } from './api.ts';
import { OutboxTable } from './OutboxTable.tsx';

export function OutboxPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const [params] = useSearchParams();
  const raw = params.get('status');
  const status = MAIL_STATUSES.includes(raw as MailStatus) ? (raw as MailStatus) : null;
  const outbox = useOutbox(ws.id, status);
  const first = outbox.data?.pages[0];
  const items = outbox.data?.pages.flatMap((p) => p.items) ?? [];
  const base = `/w/${ws.slug}/admin/outbox`;

  return (
    <>
      <PageHeader title={t('mail.title')} lead={t('mail.lead')} workspaceName={ws.name} />
      {first?.delivery === 'held' ? (
        <div className="alert alert--info">
          <p className="alert-title">{t('mail.heldNoticeTitle')}</p>
          <p>{t('mail.heldNotice')}</p>
        </div>
      ) : null}
      {first ? <StatusFilter base={base} current={status} counts={first.counts} /> : null}
      <section aria-labelledby="outbox-results" className="panel">
        <h2 id="outbox-results" className="visually-hidden">
          {t('mail.results')}
        </h2>
        {outbox.isPending ? (
          <Loading />
        ) : !outbox.data ? (
          <ErrorAlert error={outbox.error} />
        ) : items.length === 0 ? (
          status ? (
            <EmptyState title={t('mail.noneWithStatus', { status: t(`mail.status.${status}`) })}>
              <p>
                <Link to={base}>{t('mail.showAll')}</Link>
              </p>
            </EmptyState>
          ) : (
            <EmptyState title={t('mail.empty')}>
              <p>{t('mail.emptyText')}</p>
            </EmptyState>
          )
        ) : (
          <>
            <OutboxTable items={items} base={base} />
            {outbox.hasNextPage ? (
              <div className="form-actions">
                <button type="button" className="button button--secondary" disabled={outbox.isFetchingNextPage} onClick={() => void outbox.fetchNextPage()}>
                  {outbox.isFetchingNextPage ? t('common.loading') : t('mail.loadMore')}
                </button>
              </div>
            ) : null}
            {outbox.isFetchNextPageError ? <ErrorAlert error={outbox.error} /> : null}
          </>
        )}
      </section>
    </>
  );
}

/** All, queued, sent, failed, held — each with its number; the current one is marked for screen readers. */
function StatusFilter({ base, current, counts }: { base: string; current: MailStatus | null; counts: OutboxData['counts'] }) {
  const { t } = useTranslation();
  const total = MAIL_STATUSES.reduce((n, s) => n + counts[s], 0);
  const options: [MailStatus | null, string, number][] = [[null, t('mail.all'), total], ...MAIL_STATUSES.map((s): [MailStatus, string, number] => [s, t(`mail.status.${s}`), counts[s]])];
  return (
    <nav className="mail-filter" aria-label={t('mail.filterLabel')}>
      <ul>
        {options.map(([s, label, n]) => (
          <li key={s ?? 'all'}>
            <Link to={s ? `${base}?status=${s}` : base} className="mail-filter-link" aria-current={s === current ? 'page' : undefined}>
              {label} <span className="mail-filter-count">{n}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
