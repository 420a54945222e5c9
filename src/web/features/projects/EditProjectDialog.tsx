// A project's fields as officers change them. Only what changed is sent, with the version that
// was read: a change someone made meanwhile is refused (409) in the server's words, not lost.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { ErrorSummary } from '../cases/ErrorSummary.tsx';
import { FormDialog } from '../register/FormDialog.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { usePatchProject } from './api.ts';
import { draftFromProject, draftToPatch, hasChanges, PROJECT_LABEL_KEYS, targetsFor, type ProjectDraft } from './projectForm.ts';
import { ProjectFields } from './ProjectFields.tsx';
import type { Project } from './types.ts';

export function EditProjectDialog({ p, onClose, onDone }: { p: Project; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const patch = usePatchProject(ws.id, p.id);
  // The project as it was when the dialog opened: its version is the one the change is based on.
  const [base] = useState(p);
  const [draft, setDraft] = useState<ProjectDraft>(() => draftFromProject(p));
  const fields = patch.error instanceof ApiError ? patch.error.fieldErrors.map((f) => f.field) : [];

  function submit() {
    const body = draftToPatch(draft, base);
    if (!hasChanges(body)) {
      onClose();
      return;
    }
    patch.mutate(body, {
      onSuccess: (saved) => {
        onClose();
        onDone(t('projects.edit.done', { acronym: saved.acronym }));
      },
    });
  }

  return (
    <FormDialog isOpen title={t('projects.edit.title', { acronym: p.acronym })} submitLabel={t('common.save')} busy={patch.isPending} onSubmit={submit} onCancel={onClose}>
      <ErrorSummary error={patch.error} targets={targetsFor(fields)} labels={Object.fromEntries(Object.entries(PROJECT_LABEL_KEYS).map(([f, key]) => [f, t(key)]))} />
      {patch.error instanceof ApiError && patch.error.status === 409 ? <p className="field-hint">{t('projects.edit.stale')}</p> : null}
      <div className="pf-dialog-form">
        <ProjectFields draft={draft} onChange={setDraft} error={patch.error} />
      </div>
    </FormDialog>
  );
}
