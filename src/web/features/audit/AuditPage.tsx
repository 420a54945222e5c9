// /w/:ws/admin/audit — who changed what and when, newest first, with filters and "load more"
// (keyset pagination through nextCursor).
import { useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { AuditPage as AuditPageData } from '../../api/types.ts';
import { EmptyState, ErrorAlert, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { AuditFilters, EMPTY_FILTERS, type Filters } from './AuditFilters.tsx';
import { AuditTable } from './AuditTable.tsx';

const PAGE_SIZE = 50;

function query(filters: Filters, cursor: string | null) {
  const p = new URLSearchParams({ limit: String(PAGE_SIZE) });
  for (const [k, v] of Object.entries(filters)) if (v) p.set(k, v);
  if (cursor) p.set('cursor', cursor);
  return p.toString();
}

export function AuditPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const [filters, setFilters] = useState<Filters>(EMPTY_FILTERS);
  const audit = useInfiniteQuery({
    queryKey: ['ws', ws.id, 'audit', filters],
    queryFn: ({ pageParam }) => api<AuditPageData>('GET', `/api/w/${ws.id}/audit?${query(filters, pageParam)}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const items = audit.data?.pages.flatMap((p) => p.items) ?? [];
  const actions = audit.data?.pages[0]?.actions ?? [];
  const filtered = Object.values(filters).some(Boolean);

  return (
    <>
      <PageHeader title={t('audit.title')} lead={t('audit.lead')} workspaceName={ws.name} />
      <AuditFilters actions={actions} value={filters} onApply={setFilters} />
      <section aria-labelledby="audit-results" className="panel">
        <h2 id="audit-results" className="visually-hidden">
          {t('audit.results')}
        </h2>
        {audit.isPending ? (
          <Loading />
        ) : !audit.data ? (
          <ErrorAlert error={audit.error} />
        ) : items.length === 0 ? (
          <EmptyState title={filtered ? t('audit.noMatches') : t('audit.empty')}>{filtered ? <p>{t('audit.noMatchesText')}</p> : null}</EmptyState>
        ) : (
          <>
            <p className="muted" role="status">
              {audit.hasNextPage ? t('audit.showingMore', { count: items.length }) : t('audit.showing', { count: items.length })}
            </p>
            <AuditTable items={items} />
            {audit.hasNextPage ? (
              <div className="form-actions">
                <button type="button" className="button button--secondary" disabled={audit.isFetchingNextPage} onClick={() => void audit.fetchNextPage()}>
                  {audit.isFetchingNextPage ? t('common.loading') : t('audit.loadMore')}
                </button>
              </div>
            ) : null}
            {audit.isFetchNextPageError ? <ErrorAlert error={audit.error} /> : null}
          </>
        )}
      </section>
    </>
  );
}
