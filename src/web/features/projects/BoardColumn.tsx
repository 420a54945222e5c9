// One column of the board: a status with how many projects it holds, its cards (or a word that
// it has none), and a link to the list when the board could not show them all. For officers the
// column is a drop target (React Aria's useDrop) that takes only the cards allowed to move to
// it; while a card is dragged, the columns it may go to are marked, the others dimmed. The end
// columns fold away (their heading and count stay, and they still take a dropped card).
import { useRef } from 'react';
import { Link } from 'react-router';
import { useDrop } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { acceptsDrop, PROJECT_DRAG_TYPE } from './board.ts';
import { BoardCard } from './BoardCard.tsx';
import { statusLabel } from './labels.tsx';
import { phaseOf } from './lifecycle.ts';
import type { ProjectStatus, ProjectSummary } from './types.ts';

interface Props {
  status: ProjectStatus;
  items: ProjectSummary[];
  /** How many projects have the status under the filters (more than `items` when the board is cut short). */
  count: number;
  canMove: boolean;
  dragging: ProjectSummary | null;
  /** Folded (only for the end columns): null when the column cannot fold. */
  folded: boolean | null;
  onFold: () => void;
  listHref: string;
  onMove: (p: ProjectSummary, to: ProjectStatus) => void;
  onDrop: (projectId: string, to: ProjectStatus) => void;
  onDragChange: (p: ProjectSummary | null) => void;
}

export function BoardColumn({ status, items, count, canMove, dragging, folded, onFold, listHref, onMove, onDrop, onDragChange }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ref = useRef<HTMLDivElement>(null);
  const { dropProps, isDropTarget } = useDrop({
    ref,
    isDisabled: !canMove,
    getDropOperation: (types) => (acceptsDrop(types, status) ? 'move' : 'cancel'),
    onDrop: async (e) => {
      for (const item of e.items) {
        if (item.kind === 'text' && item.types.has(PROJECT_DRAG_TYPE)) {
          onDrop(await item.getText(PROJECT_DRAG_TYPE), status);
          return;
        }
      }
    },
  });
  const accepts = dragging !== null && dragging.allowedMoves.includes(status);
  const label = statusLabel(t, status);
  const heading = `pf-column-${status}`;
  const body = `pf-column-${status}-cards`;
  const more = count - items.length;
  const className = [
    'pf-column',
    `pf-column--${phaseOf(status)}`,
    folded ? 'pf-column--folded' : '',
    accepts ? 'pf-column--accepts' : '',
    dragging && !accepts ? 'pf-column--refuses' : '',
    isDropTarget ? 'pf-column--over' : '',
  ].filter(Boolean);
  return (
    <div ref={ref} {...dropProps} role="group" aria-labelledby={heading} tabIndex={-1} data-status={status} className={className.join(' ')}>
      <div className="pf-column-head">
        <h2 id={heading} className="pf-column-title">
          <span className={`pf-column-mark pf-status--${phaseOf(status)} pf-status--${status}`} aria-hidden="true" />
          {label}
          <span className="visually-hidden">: {t('projects.board.count', { count, n: formatNumber(count, lng) })}</span>
        </h2>
        <span className="pf-column-count" aria-hidden="true">
          {formatNumber(count, lng)}
        </span>
      </div>
      {folded !== null ? (
        <button type="button" className="button button--secondary button--small pf-column-fold" aria-expanded={!folded} aria-controls={body} onClick={onFold}>
          {folded ? t('projects.board.show') : t('projects.board.hide')}
          <span className="visually-hidden">: {label}</span>
        </button>
      ) : null}
      {accepts ? (
        <p className="pf-column-drop" aria-hidden="true">
          {t('projects.board.dropHere')}
        </p>
      ) : null}
      <div id={body} className="pf-column-body" hidden={folded === true}>
        {items.length ? (
          <ol className="pf-cards">
            {items.map((p) => (
              <BoardCard key={p.id} p={p} canMove={canMove} onMove={onMove} onDragChange={onDragChange} />
            ))}
          </ol>
        ) : more > 0 ? null : (
          <p className="pf-column-empty">{t('projects.board.empty')}</p>
        )}
        {more > 0 ? (
          <p className="pf-column-more">
            <Link to={listHref}>{t('projects.board.more', { count, n: formatNumber(count, lng) })}</Link>
          </p>
        ) : null}
      </div>
    </div>
  );
}
