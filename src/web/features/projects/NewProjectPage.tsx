// /w/:ws/projects/new — a new project starts as an idea; the page then opens it. The person
// creating it is its officer unless someone else is chosen.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useMe } from '../../api/session.ts';
import { PageHeader } from '../../components/Page.tsx';
import { ErrorSummary } from '../cases/ErrorSummary.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useCreateProject } from './api.ts';
import { useProjectPaths, useProjectRights } from './hooks.ts';
import { draftToBody, emptyDraft, PROJECT_LABEL_KEYS, targetsFor, type ProjectDraft } from './projectForm.ts';
import { ProjectFields } from './ProjectFields.tsx';

export function NewProjectPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const { canWrite } = useProjectRights();
  return (
    <>
      <PageHeader title={t('projects.new.title')} lead={t('projects.new.lead')} workspaceName={ws.name} />
      {canWrite ? (
        <NewProjectForm />
      ) : (
        <div className="alert alert--info">
          <p>{t('projects.new.viewer')}</p>
        </div>
      )}
    </>
  );
}

function NewProjectForm() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const me = useMe().data;
  const paths = useProjectPaths();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ProjectDraft>(() => emptyDraft(me?.user.id ?? ''));
  const create = useCreateProject(ws.id);
  const fields = create.error instanceof ApiError ? create.error.fieldErrors.map((f) => f.field) : [];

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate(draftToBody(draft), {
      onSuccess: (p) => navigate(paths.one(p.id), { state: { message: t('projects.new.created', { acronym: p.acronym }) } }),
    });
  }

  return (
    <form className="org-form pf-form" onSubmit={submit} noValidate>
      <ErrorSummary error={create.error} targets={targetsFor(fields)} labels={Object.fromEntries(Object.entries(PROJECT_LABEL_KEYS).map(([f, key]) => [f, t(key)]))} />
      <ProjectFields draft={draft} onChange={setDraft} error={create.error} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('projects.new.submit')}
        </button>
      </div>
    </form>
  );
}
