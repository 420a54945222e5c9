// /w/:ws/cases — the case list: shortcuts (my cases, overdue, due today), a search box for the
// registration number or words, filters and sort in the URL, and "load more".
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useCaseList } from './api.ts';
import { CaseFilters } from './CaseFilters.tsx';
import { CasesTable } from './CasesTable.tsx';
import { caseStateToApi, caseStateToParams, hasCaseFilters, localToday, parseCaseState, QUICK_VIEWS, quickViewParams, type CaseListState } from './filters.ts';
import { useCasePaths, useCaseRights } from './hooks.ts';

export function CasesPage() {
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const paths = useCasePaths();
  const { canWrite } = useCaseRights();
  const flash = (useLocation().state as { message?: string } | null)?.message ?? null;
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const state = useMemo(() => parseCaseState(new URLSearchParams(search)), [search]);
  const today = localToday();
  const list = useCaseList(ws.id, caseStateToApi(state).toString(), state.deadline === 'today' ? today : null);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const update = (next: CaseListState) => setParams(caseStateToParams(next), { preventScrollReset: true });

  const [input, setInput] = useState(state.q);
  const [urlQ, setUrlQ] = useState(state.q);
  if (state.q !== urlQ) {
    setUrlQ(state.q);
    setInput(state.q);
  }
  function submitSearch(e: FormEvent) {
    e.preventDefault();
    update({ ...state, q: input });
  }

  const current = caseStateToParams(state).toString();
  return (
    <>
      <PageHeader
        title={t('cases.list.title')}
        lead={t('cases.list.lead')}
        workspaceName={ws.name}
        actions={
          <>
            {canWrite ? (
              <Link to={paths.newCase} className="button button--primary">
                {t('cases.list.new')}
              </Link>
            ) : null}
            <Link to={paths.publicForm} className="button button--secondary">
              {t('cases.list.publicForm')}
            </Link>
          </>
        }
      />
      <LiveStatus message={flash} />
      <nav className="case-quick" aria-label={t('cases.quick.label')}>
        <ul>
          {QUICK_VIEWS.map((v) => {
            const qs = quickViewParams(v.state);
            return (
              <li key={v.key}>
                <Link to={qs ? `${paths.list}?${qs}` : paths.list} className="case-quick-link" aria-current={qs === current ? 'page' : undefined}>
                  {t(`cases.quick.${v.key}`)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <form onSubmit={submitSearch} className="reg-search-form" role="search" aria-label={t('cases.list.search')}>
        <label htmlFor="case-search" className="reg-search-label">
          {t('cases.list.search')}
        </label>
        <p id="case-search-hint" className="field-hint">
          {t('cases.list.searchHint')}
        </p>
        <div className="reg-search-row">
          <input id="case-search" type="search" value={input} onChange={(e) => setInput(e.target.value)} aria-describedby="case-search-hint" autoComplete="off" enterKeyHint="search" />
          <button type="submit" className="button button--primary">
            {t('cases.list.searchButton')}
          </button>
        </div>
      </form>
      <CaseFilters state={state} onChange={update} />
      <section aria-labelledby="case-results" className="panel" aria-busy={list.isFetching && !list.isFetchingNextPage ? true : undefined}>
        <h2 id="case-results" className="visually-hidden">
          {t('cases.list.results')}
        </h2>
        {list.isPending ? (
          <Loading />
        ) : !list.data ? (
          <ErrorAlert error={list.error} />
        ) : items.length === 0 ? (
          <EmptyState title={hasCaseFilters(state) ? t('cases.list.noMatches') : t('cases.list.empty')}>
            <p>{hasCaseFilters(state) ? t('cases.list.noMatchesText') : t('cases.list.emptyText')}</p>
          </EmptyState>
        ) : (
          <>
            <p className="reg-result-count" role="status">
              {list.hasNextPage
                ? t('cases.list.showingMore', { count: items.length, shown: formatNumber(items.length, i18n.language) })
                : t('cases.list.showing', { count: items.length, shown: formatNumber(items.length, i18n.language) })}
            </p>
            <CasesTable items={items} today={today} />
            {list.hasNextPage ? (
              <div className="form-actions">
                <button type="button" className="button button--secondary" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                  {list.isFetchingNextPage ? t('common.loading') : t('cases.list.loadMore')}
                </button>
              </div>
            ) : null}
            {list.isFetchNextPageError ? <ErrorAlert error={list.error} /> : null}
          </>
        )}
      </section>
    </>
  );
}
