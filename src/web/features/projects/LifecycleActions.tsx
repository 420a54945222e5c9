// The moves a project can make from its status, as the server lists them (allowedMoves), each a
// button that opens a dialog asking the date and a note; and for a rejected or withdrawn project,
// reopening it as a new idea. After a move the buttons change: focus goes to their heading, so
// it is never lost on a button that went away.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorAlert } from '../../components/Feedback.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useReopenProject } from './api.ts';
import { useProjectPaths } from './hooks.ts';
import { canReopen, isSideMove, moveKey } from './lifecycle.ts';
import { focusSoon } from './focus.ts';
import { MoveDialog } from './MoveDialog.tsx';
import type { Project, ProjectStatus } from './types.ts';

const HEADING = 'pf-actions-heading';

export const focusActions = () => focusSoon(HEADING);

export function LifecycleActions({ p, onDone }: { p: Project; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const paths = useProjectPaths();
  const navigate = useNavigate();
  const [moving, setMoving] = useState<ProjectStatus | null>(null);
  const [reopening, setReopening] = useState(false);
  const reopen = useReopenProject(ws.id, p.id);
  const start = (to: ProjectStatus) => {
    onDone('');
    setMoving(to);
  };
  const forward = p.allowedMoves.filter((s) => !isSideMove(s));
  const side = p.allowedMoves.filter((s) => isSideMove(s));
  return (
    <div className="case-actions pf-actions">
      <h3 id={HEADING} className="case-actions-title" tabIndex={-1}>
        {t('projects.move.heading')}
      </h3>
      {p.allowedMoves.length === 0 && !canReopen(p.status) ? <p className="muted small">{t('projects.move.none')}</p> : null}
      <div className="case-actions-row" role="group" aria-labelledby={HEADING}>
        {forward.map((to) => (
          <button key={to} type="button" className="button button--primary" onClick={() => start(to)}>
            {t(`projects.move.${moveKey(p.status, to)}`)}
          </button>
        ))}
        {side.map((to) => (
          <button key={to} type="button" className="button button--secondary" onClick={() => start(to)}>
            {t(`projects.move.${moveKey(p.status, to)}`)}
          </button>
        ))}
        {canReopen(p.status) ? (
          <button type="button" className="button button--primary" onClick={() => setReopening(true)}>
            {t('projects.reopen.open')}
          </button>
        ) : null}
      </div>
      {moving ? (
        <MoveDialog
          key={moving}
          p={p}
          to={moving}
          onClose={() => setMoving(null)}
          onDone={(message) => {
            setMoving(null);
            onDone(message);
            focusActions();
          }}
        />
      ) : null}
      <ConfirmDialog
        isOpen={reopening}
        title={t('projects.reopen.title', { acronym: p.acronym })}
        confirmLabel={t('projects.reopen.confirm')}
        busy={reopen.isPending}
        onConfirm={() =>
          reopen.mutate(undefined, {
            onSuccess: (created) => {
              setReopening(false);
              navigate(paths.one(created.id), { state: { message: t('projects.reopen.done', { acronym: created.acronym }) } });
            },
          })
        }
        onCancel={() => {
          setReopening(false);
          reopen.reset();
        }}
      >
        <p>{t('projects.reopen.text', { acronym: p.acronym })}</p>
        <ErrorAlert error={reopen.error} />
      </ConfirmDialog>
    </div>
  );
}
