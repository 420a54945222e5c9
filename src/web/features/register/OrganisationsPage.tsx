// /w/:ws/register — the register's organisations: one search box (sv, da, en, pl, misspellings),
// filters and sort, all in the URL; saved views; export of the filtered list; results with why
// each matched; "load more".
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { changeState, hasFilters, listStateToParams, parseListState, type ListState } from './filters.ts';
import { useDebounced, useRegisterPaths, useRegisterRights } from './hooks.ts';
import { useOrganisationList } from './queries.ts';
import { OrganisationFilters } from './OrganisationFilters.tsx';
import { OrganisationsTable } from './OrganisationsTable.tsx';
import { SavedViews } from './SavedViews.tsx';
import { ExportLinks } from '../imports/ExportLinks.tsx';

export function OrganisationsPage() {
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const { canWrite } = useRegisterRights();
  const paths = useRegisterPaths();
  const location = useLocation();
  const flash = (location.state as { message?: string } | null)?.message ?? null;
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const state = useMemo(() => parseListState(new URLSearchParams(search)), [search]);
  const apiSearch = listStateToParams(state).toString();

  const update = (next: ListState, replace = false) => setParams(listStateToParams(next), { replace, preventScrollReset: true });

  // The search box: what is typed goes to the URL after a pause (or at once on Enter).
  const [input, setInput] = useState(state.q);
  const [urlQ, setUrlQ] = useState(state.q);
  if (state.q !== urlQ) {
    setUrlQ(state.q);
    setInput(state.q);
  }
  const settled = useDebounced(input, 350);
  useEffect(() => {
    if (settled !== input || settled.trim() === state.q) return;
    setParams(listStateToParams(changeState(state, { q: settled })), { replace: true, preventScrollReset: true });
  }, [settled, input, state, setParams]);

  const list = useOrganisationList(ws.id, apiSearch);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  const capped = list.data?.pages[0]?.totalCapped ?? false;
  const searching = state.q !== '';
  const filtered = searching || hasFilters(state);

  function submitSearch(e: FormEvent) {
    e.preventDefault();
    if (input.trim() !== state.q) update(changeState(state, { q: input }), false);
  }

  return (
    <>
      <PageHeader
        title={t('register.list.title')}
        lead={t('register.list.lead')}
        workspaceName={ws.name}
        actions={
          canWrite ? (
            <Link to={paths.newOrganisation} className="button button--primary">
              {t('register.list.new')}
            </Link>
          ) : null
        }
      />
      <LiveStatus message={flash} />
      <form onSubmit={submitSearch} className="reg-search-form" role="search" aria-label={t('register.list.search')}>
          <label htmlFor="org-search" className="reg-search-label">
            {t('register.list.search')}
          </label>
          <p id="org-search-hint" className="field-hint">
            {t('register.list.searchHint')}
          </p>
          <div className="reg-search-row">
            <input id="org-search" type="search" value={input} onChange={(e) => setInput(e.target.value)} aria-describedby="org-search-hint" autoComplete="off" enterKeyHint="search" />
            <button type="submit" className="button button--primary">
              {t('register.list.searchButton')}
            </button>
          </div>
      </form>
      <OrganisationFilters state={state} onChange={(next) => update(next)} />
      <SavedViews wsId={ws.id} state={state} />
      <ExportLinks search={apiSearch} />
      <section aria-labelledby="org-results" className="panel" aria-busy={list.isFetching && !list.isFetchingNextPage ? true : undefined}>
        <h2 id="org-results" className="visually-hidden">
          {t('register.list.results')}
        </h2>
        {list.isPending ? (
          <Loading />
        ) : !list.data ? (
          <ErrorAlert error={list.error} />
        ) : items.length === 0 ? (
          <EmptyState title={filtered ? t('register.list.noMatches') : t('register.list.empty')}>
            <p>{filtered ? t('register.list.noMatchesText') : canWrite ? t('register.list.emptyText') : t('register.list.emptyTextViewer')}</p>
          </EmptyState>
        ) : (
          <>
            <p className="reg-result-count" role="status">
              {capped
                ? t('register.list.showingOfMore', { shown: formatNumber(items.length, i18n.language), total: formatNumber(total, i18n.language) })
                : list.hasNextPage
                ? t('register.list.showingOf', { count: total, shown: formatNumber(items.length, i18n.language), total: formatNumber(total, i18n.language) })
                : t('register.list.showing', { count: total, total: formatNumber(total, i18n.language) })}
            </p>
            <OrganisationsTable items={items} showReasons={searching} />
            {list.hasNextPage ? (
              <div className="form-actions">
                <button type="button" className="button button--secondary" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                  {list.isFetchingNextPage ? t('common.loading') : t('register.list.loadMore')}
                </button>
              </div>
            ) : null}
            {list.isError ? <ErrorAlert error={list.error} /> : null}
          </>
        )}
      </section>
    </>
  );
}
