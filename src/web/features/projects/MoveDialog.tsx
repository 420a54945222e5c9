// One move of a project: on which date it happened (today by default, not before the last move,
// not in the future) and a note for the history. A move the server refuses (someone moved the
// project meanwhile) is explained in the dialog in the server's words; the project is read again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field.tsx';
import { formatDay } from '../../lib/format.ts';
import { ErrorSummary } from '../cases/ErrorSummary.tsx';
import { today } from '../register/hooks.ts';
import { TextAreaField } from '../register/fields.tsx';
import { FormDialog } from '../register/FormDialog.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useMoveProject } from './api.ts';
import { statusLabel } from './labels.tsx';
import { moveKey } from './lifecycle.ts';
import { fieldMessage } from './ProjectFields.tsx';
import type { Project, ProjectStatus } from './types.ts';

const TARGETS = { on: 'move-on', note: 'move-note', to: 'move-on' };

/** What a move needs to know of the project: a whole one (its page) or a list's summary (the board). */
export type MovingProject = Pick<Project, 'id' | 'acronym' | 'status' | 'statusDate'>;

export function MoveDialog({ p, to, onClose, onDone }: { p: MovingProject; to: ProjectStatus; onClose: () => void; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const move = useMoveProject(ws.id, p.id);
  const [max] = useState(today);
  const [on, setOn] = useState(max);
  const [note, setNote] = useState('');
  // The words of the move as it was offered, even when the project is read again meanwhile.
  const [key] = useState(() => moveKey(p.status, to));
  const [from] = useState(p.status);
  const [since] = useState(p.statusDate);

  function submit() {
    move.mutate(
      { to, on: on || undefined, note: note.trim() || undefined },
      { onSuccess: () => onDone(t('projects.move.done', { acronym: p.acronym, status: statusLabel(t, to), date: formatDay(on || max, lng) })) },
    );
  }

  return (
    <FormDialog isOpen title={t(`projects.moveTitle.${key}`, { acronym: p.acronym })} submitLabel={t(`projects.move.${key}`)} busy={move.isPending} onSubmit={submit} onCancel={onClose}>
      <ErrorSummary error={move.error} targets={TARGETS} />
      <p className="field-hint">{t('projects.move.help', { from: statusLabel(t, from), to: statusLabel(t, to) })}</p>
      <TextField
        id="move-on"
        type="date"
        label={t('projects.move.on')}
        hint={t('projects.move.onHint', { date: formatDay(since, lng) })}
        value={on}
        min={since}
        max={max}
        onChange={(e) => setOn(e.target.value)}
        error={fieldMessage(move.error, 'on')}
        aria-required="true"
      />
      <TextAreaField id="move-note" label={t('projects.move.note')} hint={t('projects.move.noteHint')} value={note} onChange={(e) => setNote(e.target.value)} error={fieldMessage(move.error, 'note')} rows={3} maxLength={2000} />
    </FormDialog>
  );
}
