// The moves a case can make from its status, as the server lists them (allowedTransitions), and
// the changes staff make to it: assignment and details. Each opens a small dialog.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, CaseStatus } from './api.ts';
import { AssignDialog } from './AssignDialog.tsx';
import { DetailsDialog } from './DetailsDialog.tsx';
import { moveKey } from './labels.tsx';
import { TransitionDialog } from './TransitionDialog.tsx';

type Open = { kind: 'move'; to: CaseStatus } | { kind: 'assign' } | { kind: 'details' } | null;

export function StatusActions({ c, onDone }: { c: CaseDetail; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  // Assigning has its own dialog (unit and officer), and so has referring (the referrals panel,
  // which mails the partner a link to confirm receipt); the others are moves from here.
  const moves = c.allowedTransitions.filter((s) => s !== 'assigned' && s !== 'referred');
  const close = () => setOpen(null);
  // A new action starts without the message of the last one.
  const start = (next: Open) => {
    onDone('');
    setOpen(next);
  };
  // A case that has just come in is assigned first; later, changing who holds it is a side matter.
  const assignFirst = c.allowedTransitions.includes('assigned');
  const assign = (
    <button type="button" className={`button ${assignFirst ? 'button--primary' : 'button--secondary'}`} onClick={() => start({ kind: 'assign' })}>
      {c.assignee || c.unit ? t('cases.assign.change') : t('cases.assign.open')}
    </button>
  );
  return (
    <div className="case-actions">
      <h3 className="case-actions-title">{t('cases.move.heading')}</h3>
      <div className="case-actions-row" role="group" aria-label={t('cases.move.heading')}>
        {assignFirst ? assign : null}
        {moves.map((to) => (
          <button key={to} type="button" className={`button ${to === 'closed' ? 'button--secondary' : 'button--primary'}`} onClick={() => start({ kind: 'move', to })}>
            {t(`cases.move.${moveKey(c.status, to)}`)}
          </button>
        ))}
        {assignFirst ? null : assign}
        <button type="button" className="button button--secondary" onClick={() => start({ kind: 'details' })}>
          {t('cases.details.open')}
        </button>
      </div>
      {open?.kind === 'move' ? <TransitionDialog key={open.to} c={c} to={open.to} onClose={close} onDone={onDone} /> : null}
      {open?.kind === 'assign' ? <AssignDialog c={c} onClose={close} onDone={onDone} /> : null}
      {open?.kind === 'details' ? <DetailsDialog c={c} onClose={close} onDone={onDone} /> : null}
    </div>
  );
}
