// A case's details as staff change them: heading, category (which moves the due date to the new
// category's response time unless a date is given), priority and due date. Only what changed is
// sent, with the version that was read: a change someone made meanwhile is not overwritten.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/Field.tsx';
import { FormDialog } from '../register/FormDialog.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { CASE_PRIORITIES, useCaseVocabularies, usePatchCase, type CaseDetail, type CasePatch, type CasePriority } from './api.ts';
import { ErrorSummary, fieldError } from './ErrorSummary.tsx';
import { priorityLabel, vocabLabel } from './labels.tsx';

const TARGETS = { title: 'details-title', category: 'details-category', priority: 'details-priority', dueOn: 'details-due' };

export function DetailsDialog({ c, onClose, onDone }: { c: CaseDetail; onClose: () => void; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const categories = useCaseVocabularies(ws.id).data?.categories ?? [];
  const [title, setTitle] = useState(c.title);
  const [category, setCategory] = useState(c.category.code);
  const [priority, setPriority] = useState<CasePriority>(c.priority);
  const [dueOn, setDueOn] = useState(c.dueOn);
  const patch = usePatchCase(ws.id, c.id);

  function submit() {
    const body: CasePatch = { version: c.version };
    if (title !== c.title) body.title = title;
    if (category !== c.category.code) body.category = category;
    if (priority !== c.priority) body.priority = priority;
    if (dueOn !== c.dueOn) body.dueOn = dueOn;
    patch.mutate(body, {
      onSuccess: () => {
        onClose();
        onDone(t('cases.details.done', { reference: c.reference }));
      },
    });
  }

  return (
    <FormDialog isOpen title={t('cases.details.title', { reference: c.reference })} submitLabel={t('common.save')} busy={patch.isPending} onSubmit={submit} onCancel={onClose}>
      <ErrorSummary error={patch.error} targets={TARGETS} />
      <TextField id="details-title" label={t('cases.fields.title')} value={title} onChange={(e) => setTitle(e.target.value)} error={fieldError(patch.error, 'title')} maxLength={300} />
      <SelectField id="details-category" label={t('cases.fields.category')} hint={t('cases.details.categoryHint')} value={category} onChange={(e) => setCategory(e.target.value)} error={fieldError(patch.error, 'category')}>
        {categories
          .filter((cat) => cat.active || cat.code === c.category.code)
          .map((cat) => (
            <option key={cat.code} value={cat.code}>
              {vocabLabel(cat, i18n.language)}
            </option>
          ))}
      </SelectField>
      <SelectField id="details-priority" label={t('cases.fields.priority')} value={priority} onChange={(e) => setPriority(e.target.value as CasePriority)} error={fieldError(patch.error, 'priority')}>
        {CASE_PRIORITIES.map((p) => (
          <option key={p} value={p}>
            {priorityLabel(t, p)}
          </option>
        ))}
      </SelectField>
      <TextField id="details-due" type="date" label={t('cases.fields.due')} value={dueOn} onChange={(e) => setDueOn(e.target.value)} error={fieldError(patch.error, 'dueOn')} />
    </FormDialog>
  );
}
