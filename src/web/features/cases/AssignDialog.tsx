// Who handles a case: a unit, an officer, or both. A case that has just come in is moved to
// "assigned" (with a comment for the history); later the assignment is simply changed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Options, SelectField } from '../../components/Field.tsx';
import { useMembers } from '../admin/queries.ts';
import { TextAreaField } from '../register/fields.tsx';
import { FormDialog } from '../register/FormDialog.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useCaseVocabularies, useMoveCase, usePatchCase, type CaseDetail } from './api.ts';
import { ErrorSummary, fieldError } from './ErrorSummary.tsx';
import { assignedTo, vocabLabel } from './labels.tsx';

const TARGETS = { unit: 'assign-unit', assigneeId: 'assign-officer', comment: 'assign-comment' };

export function AssignDialog({ c, onClose, onDone }: { c: CaseDetail; onClose: () => void; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ws = useWorkspace();
  const units = useCaseVocabularies(ws.id).data?.units ?? [];
  const members = (useMembers(ws.id).data ?? []).filter((m) => m.role !== 'viewer');
  const [unit, setUnit] = useState(c.unit?.code ?? '');
  const [officer, setOfficer] = useState(c.assignee?.id ?? '');
  const [comment, setComment] = useState('');
  const move = useMoveCase(ws.id, c.id);
  const patch = usePatchCase(ws.id, c.id);
  const asMove = c.allowedTransitions.includes('assigned');
  const pending = move.isPending || patch.isPending;
  const error = move.error ?? patch.error;

  function submit() {
    const done = (updated: CaseDetail) => {
      onClose();
      onDone(t('cases.assign.done', { reference: c.reference, who: assignedTo(t, updated, lng) }));
    };
    if (asMove) move.mutate({ status: 'assigned', unit: unit || null, assigneeId: officer || null, comment: comment.trim() || null }, { onSuccess: done });
    else patch.mutate({ version: c.version, unit: unit || null, assigneeId: officer || null }, { onSuccess: done });
  }

  return (
    <FormDialog isOpen title={t('cases.assign.title', { reference: c.reference })} submitLabel={t('cases.assign.submit')} busy={pending} onSubmit={submit} onCancel={onClose}>
      <ErrorSummary error={error} targets={TARGETS} />
      <p className="field-hint">{t('cases.assign.help')}</p>
      <SelectField id="assign-unit" label={t('cases.fields.unit')} value={unit} onChange={(e) => setUnit(e.target.value)} error={fieldError(error, 'unit')}>
        <option value="">{t('cases.assign.noUnit')}</option>
        {units
          .filter((u) => u.active || u.code === c.unit?.code)
          .map((u) => (
            <option key={u.code} value={u.code}>
              {vocabLabel(u, lng)}
            </option>
          ))}
      </SelectField>
      <SelectField id="assign-officer" label={t('cases.fields.officer')} value={officer} onChange={(e) => setOfficer(e.target.value)} error={fieldError(error, 'assigneeId')}>
        <Options empty={t('cases.assign.noOfficer')} items={members} value={(m) => m.userId} label={(m) => m.name} />
      </SelectField>
      {asMove ? <TextAreaField id="assign-comment" label={t('cases.move.comment')} hint={t('cases.move.commentHint')} value={comment} onChange={(e) => setComment(e.target.value)} error={fieldError(error, 'comment')} rows={3} /> : null}
    </FormDialog>
  );
}
