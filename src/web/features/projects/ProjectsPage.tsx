// /w/:ws/projects — the portfolio: status tabs with their counts, a search box, filters, sortable
// columns and pages, all in the URL; an empty portfolio says how to start one.
import { useMemo } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useProjectList } from './api.ts';
import { changeState, hasFilters, pageInfo, parseProjectState, projectStateToApi, projectStateToParams, statusesOf, type ProjectListState } from './filters.ts';
import { statusLabel } from './labels.tsx';
import { useProjectPaths, useProjectRights } from './hooks.ts';
import { Pager } from './Pager.tsx';
import { ProjectFilters } from './ProjectFilters.tsx';
import { ProjectSearch } from './ProjectSearch.tsx';
import { ProjectsTable } from './ProjectsTable.tsx';
import { StatusTabs } from './StatusTabs.tsx';

export function ProjectsPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const paths = useProjectPaths();
  const { canWrite } = useProjectRights();
  const flash = (useLocation().state as { message?: string } | null)?.message ?? null;
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const state = useMemo(() => parseProjectState(new URLSearchParams(search)), [search]);
  const list = useProjectList(ws.id, projectStateToApi(state).toString());
  const update = (next: ProjectListState) => setParams(projectStateToParams(next), { preventScrollReset: true });

  const data = list.data;
  const info = pageInfo(data?.total ?? 0, state.page);
  const filtered = hasFilters(state) || state.status !== '';
  return (
    <>
      <PageHeader
        title={t('projects.list.title')}
        lead={t('projects.list.lead')}
        workspaceName={ws.name}
        actions={
          canWrite ? (
            <Link to={paths.newProject} className="button button--primary">
              {t('projects.list.new')}
            </Link>
          ) : null
        }
      />
      <LiveStatus message={flash} />
      <StatusTabs state={state} counts={data?.statusCounts} />
      {statusesOf(state).length > 1 ? (
        <p className="pf-status-group">
          {t('projects.list.statusesShown', { statuses: statusesOf(state).map((s) => statusLabel(t, s)).join(', ') })}{' '}
          <Link to={paths.listWith(projectStateToParams(changeState(state, { status: '' })))}>{t('projects.list.allStatuses')}</Link>
        </p>
      ) : null}
      <ProjectSearch q={state.q} onSearch={(q) => update(changeState(state, { q }))} />
      <ProjectFilters state={state} onChange={update} />
      <section aria-labelledby="project-results" className="panel" aria-busy={list.isFetching ? true : undefined}>
        <h2 id="project-results" className="visually-hidden">
          {t('projects.list.results')}
        </h2>
        {list.isPending ? (
          <Loading />
        ) : !data ? (
          <ErrorAlert error={list.error} />
        ) : data.items.length === 0 ? (
          <EmptyState title={filtered ? t('projects.list.noMatches') : t('projects.list.empty')}>
            <p>{filtered ? t('projects.list.noMatchesText') : canWrite ? t('projects.list.emptyText') : t('projects.list.emptyTextViewer')}</p>
            {filtered ? (
              <p>
                <Link to={paths.list}>{t('projects.list.showAll')}</Link>
              </p>
            ) : canWrite ? (
              <p>
                <Link to={paths.newProject} className="button button--primary">
                  {t('projects.list.new')}
                </Link>
              </p>
            ) : null}
          </EmptyState>
        ) : (
          <>
            <p className="reg-result-count" role="status">
              {info.pages > 1
                ? t('projects.list.showingRange', { count: data.total, from: formatNumber(info.from, lng), to: formatNumber(info.to, lng), total: formatNumber(data.total, lng) })
                : t('projects.list.showing', { count: data.total, total: formatNumber(data.total, lng) })}
            </p>
            {list.isError ? <ErrorAlert error={list.error} /> : null}
            <ProjectsTable items={data.items} sort={state.sort} onSort={(sort) => update(changeState(state, { sort }))} />
            <Pager info={info} href={(page) => paths.listWith(projectStateToParams({ ...state, page }))} />
          </>
        )}
      </section>
    </>
  );
}
