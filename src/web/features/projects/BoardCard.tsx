// A project on the board: acronym (a link to the project), title, programme, our role, officer
// and the date that matters where it stands. For officers it moves two ways: dragged with the
// mouse onto another column, or from the keyboard, either with "Move to…" (a menu of the moves
// the server allows) or with the grip button, which starts React Aria's keyboard drag (Tab goes
// through the columns it may go to, Enter drops, Escape cancels; each step announced).
import { Button, Menu, MenuItem, MenuTrigger, Popover, useDrag } from 'react-aria-components';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../lib/format.ts';
import { dragItems, keyDate } from './board.ts';
import { useProjectPaths } from './hooks.ts';
import { ourRoleLabel, statusLabel } from './labels.tsx';
import type { ProjectStatus, ProjectSummary } from './types.ts';

export const cardId = (projectId: string) => `pf-card-${projectId}`;

interface Props {
  p: ProjectSummary;
  canMove: boolean;
  onMove: (p: ProjectSummary, to: ProjectStatus) => void;
  onDragChange: (p: ProjectSummary | null) => void;
}

export function BoardCard({ p, canMove, onMove, onDragChange }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const paths = useProjectPaths();
  const movable = canMove && p.allowedMoves.length > 0;
  const { dragProps, dragButtonProps, isDragging } = useDrag({
    getItems: () => dragItems(p),
    getAllowedDropOperations: () => ['move'],
    hasDragButton: true,
    isDisabled: !movable,
    onDragStart: () => onDragChange(p),
    onDragEnd: () => onDragChange(null),
  });
  const id = cardId(p.id);
  const date = keyDate(p);
  return (
    <li className="pf-card-item">
      <article id={id} className={`pf-card${movable ? ' pf-card--movable' : ''}${isDragging ? ' pf-card--dragging' : ''}`} aria-labelledby={`${id}-acronym`} tabIndex={-1} {...dragProps}>
        <h3 id={`${id}-acronym`} className="pf-card-acronym">
          <Link to={paths.one(p.id)} draggable={false}>
            {p.acronym}
          </Link>
        </h3>
        <p className="pf-card-title">{p.title}</p>
        <dl className="pf-card-facts">
          <div>
            <dt>{t('projects.fields.programme')}</dt>
            <dd>{p.programme?.name ?? t('projects.fields.noProgramme')}</dd>
          </div>
          <div>
            <dt>{t('projects.fields.ourRole')}</dt>
            <dd>{ourRoleLabel(t, p.ourRole)}</dd>
          </div>
          <div>
            <dt>{t('projects.fields.officer')}</dt>
            <dd>{p.officer?.name ?? t('projects.board.noOfficer')}</dd>
          </div>
          <div>
            <dt>{t(`projects.board.keyDate.${date.kind}`)}</dt>
            <dd>
              <time dateTime={date.date}>{formatDay(date.date, lng)}</time>
            </dd>
          </div>
        </dl>
        {movable ? (
          <div className="pf-card-actions">
            <MenuTrigger>
              <Button className="button button--secondary button--small pf-card-move">
                {t('projects.board.moveTo')}
                <span className="visually-hidden"> {p.acronym}</span>
              </Button>
              <Popover className="menu-popover" placement="bottom start">
                <Menu className="menu" onAction={(key) => onMove(p, key as ProjectStatus)}>
                  {p.allowedMoves.map((to) => (
                    <MenuItem key={to} id={to} className="menu-item">
                      {statusLabel(t, to)}
                    </MenuItem>
                  ))}
                </Menu>
              </Popover>
            </MenuTrigger>
            <Button {...dragButtonProps} className="pf-card-grip" aria-label={t('projects.board.drag', { acronym: p.acronym })}>
              <span className="pf-grip" aria-hidden="true" />
            </Button>
          </div>
        ) : null}
      </article>
    </li>
  );
}
