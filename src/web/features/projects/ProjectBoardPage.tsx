// /w/:ws/projects/board — the portfolio as a pipeline: a column per status in lifecycle order,
// a card per project, under the list's search, filters and sort (in the address, as the list
// keeps them). Officers move a card to another column (dragged, or from the keyboard); the move
// is the project page's own (MoveDialog: the date and a note, the server's words when it is
// refused). A refused or stale move leaves the card where the server has it: the board is read
// again when the dialog closes. The board scrolls sideways inside its own box, never the page.
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { intlLocale } from '../../i18n/index.ts';
import { formatNumber } from '../../lib/format.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { projectsKey, useProjectList } from './api.ts';
import { BOARD_COLUMNS, BOARD_ENDS, boardStateToApi, columnsOf } from './board.ts';
import { cardId } from './BoardCard.tsx';
import { BoardColumn } from './BoardColumn.tsx';
import { changeState, hasFilters, parseProjectState, projectStateToParams, viewParams, type ProjectListState } from './filters.ts';
import { focusSoon } from './focus.ts';
import { useProjectPaths, useProjectRights } from './hooks.ts';
import { MoveDialog } from './MoveDialog.tsx';
import { ProjectFilters } from './ProjectFilters.tsx';
import { ProjectSearch } from './ProjectSearch.tsx';
import type { ProjectStatus, ProjectSummary } from './types.ts';
import './board.css';

export function ProjectBoardPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const paths = useProjectPaths();
  const { canWrite } = useProjectRights();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const state = useMemo(() => parseProjectState(new URLSearchParams(search)), [search]);
  const board = useProjectList(ws.id, boardStateToApi(state).toString());
  const update = (next: ProjectListState) => setParams(viewParams(next), { preventScrollReset: true });

  const [message, setMessage] = useState('');
  const [moving, setMoving] = useState<{ p: ProjectSummary; to: ProjectStatus } | null>(null);
  const [dragging, setDragging] = useState<ProjectSummary | null>(null);
  const [unfolded, setUnfolded] = useState<readonly ProjectStatus[]>([]);

  const data = board.data;
  const columns = useMemo(() => columnsOf(data?.items ?? []), [data]);
  const unfold = (s: ProjectStatus) => setUnfolded((open) => (open.includes(s) ? open : [...open, s]));
  const startMove = (p: ProjectSummary, to: ProjectStatus) => {
    if (!p.allowedMoves.includes(to)) return;
    setMessage('');
    setMoving({ p, to });
  };
  const dropped = (projectId: string, to: ProjectStatus) => {
    const p = data?.items.find((item) => item.id === projectId);
    if (p) startMove(p, to);
  };
  const readAgain = () => client.invalidateQueries({ queryKey: [...projectsKey(ws.id), 'list'] });
  const filtered = hasFilters(state);

  return (
    <I18nProvider locale={intlLocale(lng)}>
      <PageHeader
        title={t('projects.board.title')}
        lead={canWrite ? t('projects.board.lead') : t('projects.board.leadViewer')}
        workspaceName={ws.name}
        actions={
          canWrite ? (
            <Link to={paths.newProject} className="button button--primary">
              {t('projects.list.new')}
            </Link>
          ) : null
        }
      />
      <LiveStatus message={message} />
      <ProjectSearch q={state.q} onSearch={(q) => update(changeState(state, { q }))} />
      <ProjectFilters state={state} onChange={update} />
      {board.isPending ? (
        <Loading />
      ) : !data ? (
        <ErrorAlert error={board.error} />
      ) : data.total === 0 ? (
        <EmptyState title={filtered ? t('projects.list.noMatches') : t('projects.list.empty')}>
          <p>{filtered ? t('projects.board.noMatchesText') : canWrite ? t('projects.list.emptyText') : t('projects.list.emptyTextViewer')}</p>
          {filtered ? (
            <p>
              <Link to={paths.board}>{t('projects.list.showAll')}</Link>
            </p>
          ) : null}
        </EmptyState>
      ) : (
        <>
          {board.isError ? <ErrorAlert error={board.error} /> : null}
          {data.total > data.items.length ? (
            <p className="pf-board-note">{t('projects.board.truncated', { shown: formatNumber(data.items.length, lng), total: formatNumber(data.total, lng) })}</p>
          ) : null}
          <div className="pf-board" role="region" aria-label={t('projects.board.label')} tabIndex={0} aria-busy={board.isFetching ? true : undefined}>
            {BOARD_COLUMNS.map((status) => (
              <BoardColumn
                key={status}
                status={status}
                items={columns[status]}
                count={data.statusCounts[status] ?? columns[status].length}
                canMove={canWrite}
                dragging={dragging}
                folded={BOARD_ENDS.includes(status) ? !unfolded.includes(status) : null}
                onFold={() => setUnfolded((open) => (open.includes(status) ? open.filter((s) => s !== status) : [...open, status]))}
                listHref={paths.listWith(projectStateToParams({ ...state, status, page: 1 }))}
                onMove={startMove}
                onDrop={dropped}
                onDragChange={setDragging}
              />
            ))}
          </div>
        </>
      )}
      {moving ? (
        <MoveDialog
          key={`${moving.p.id}-${moving.to}`}
          p={moving.p}
          to={moving.to}
          onClose={() => {
            setMoving(null);
            void readAgain();
          }}
          onDone={(done) => {
            setMoving(null);
            setMessage(done);
            if (BOARD_ENDS.includes(moving.to)) unfold(moving.to);
            focusSoon(cardId(moving.p.id));
          }}
        />
      ) : null}
    </I18nProvider>
  );
}
