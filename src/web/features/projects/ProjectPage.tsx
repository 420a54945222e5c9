// /w/:ws/projects/:projectId — one project: its facts and the moves it can make now, the
// partners (each an "EU project partnership" in the register), the status history; editing,
// reopening a rejected or withdrawn project as a new idea, and deleting after a question.
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useDeleteProject, useProject } from './api.ts';
import { EditProjectDialog } from './EditProjectDialog.tsx';
import { HistorySection } from './HistorySection.tsx';
import { useProjectPaths, useProjectRights } from './hooks.ts';
import { PartnersSection } from './PartnersSection.tsx';
import { ProjectFacts } from './ProjectFacts.tsx';
import type { Project } from './types.ts';

export function ProjectPage() {
  const { t } = useTranslation();
  const { projectId = '' } = useParams();
  const ws = useWorkspace();
  const paths = useProjectPaths();
  const location = useLocation();
  const one = useProject(ws.id, projectId);
  if (one.error instanceof ApiError && (one.error.status === 404 || one.error.status === 422 || one.error.status === 400)) {
    return (
      <>
        <PageHeader title={t('projects.project.notFound')} workspaceName={ws.name} />
        <p>{t('projects.project.notFoundText')}</p>
        <p>
          <Link to={paths.list} className="button button--secondary">
            {t('projects.project.toList')}
          </Link>
        </p>
      </>
    );
  }
  const p = one.data;
  return <ProjectView key={location.key} p={p} pending={one.isPending} error={one.error} />;
}

/**
 * The page for one address visit: a message handed over by the page before (created, reopened)
 * is shown once, and what this page did replaces it.
 */
function ProjectView({ p, pending, error }: { p: Project | undefined; pending: boolean; error: unknown }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const paths = useProjectPaths();
  const flash = (useLocation().state as { message?: string } | null)?.message ?? null;
  const [status, setStatus] = useState<string | null>(flash);
  // The heading stays the same element while the project loads, so focus moved to it is kept.
  return (
    <>
      <p className="reg-breadcrumb">
        <Link to={paths.list}>{t('projects.project.back')}</Link>
      </p>
      <PageHeader
        title={p ? t('projects.project.title', { acronym: p.acronym, title: p.title }) : t('projects.project.loadingTitle')}
        workspaceName={ws.name}
        actions={p ? <ProjectActions p={p} onDone={setStatus} /> : null}
      />
      <LiveStatus message={status} />
      {pending ? <Loading /> : !p ? <ErrorAlert error={error} /> : <ProjectBody p={p} onDone={setStatus} />}
    </>
  );
}

function ProjectBody({ p, onDone }: { p: Project; onDone: (message: string) => void }) {
  return (
    <>
      <ProjectFacts p={p} onDone={onDone} />
      <div className="pf-layout">
        <div className="pf-main">
          <PartnersSection p={p} onDone={onDone} />
        </div>
        <div className="pf-aside">
          <HistorySection p={p} />
        </div>
      </div>
    </>
  );
}

/** Edit and delete, in the page's header, for officers and administrators. */
function ProjectActions({ p, onDone }: { p: Project; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const paths = useProjectPaths();
  const navigate = useNavigate();
  const { canWrite } = useProjectRights();
  const [open, setOpen] = useState<'edit' | 'delete' | null>(null);
  const remove = useDeleteProject(ws.id, p.id);
  if (!canWrite) return null;
  return (
    <>
      <button type="button" className="button button--primary" onClick={() => setOpen('edit')}>
        {t('projects.edit.open')}
      </button>
      <button type="button" className="button button--danger-outline" onClick={() => setOpen('delete')}>
        {t('projects.delete.open')}
      </button>
      {open === 'edit' ? <EditProjectDialog p={p} onClose={() => setOpen(null)} onDone={onDone} /> : null}
      <ConfirmDialog
        isOpen={open === 'delete'}
        title={t('projects.delete.title', { acronym: p.acronym })}
        confirmLabel={t('projects.delete.confirm')}
        busy={remove.isPending}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => navigate(paths.list, { state: { message: t('projects.delete.done', { acronym: p.acronym }) } }),
          })
        }
        onCancel={() => {
          setOpen(null);
          remove.reset();
        }}
      >
        <p>{t('projects.delete.text', { acronym: p.acronym })}</p>
        {p.partners.length ? <p>{t('projects.delete.relations')}</p> : null}
        <ErrorAlert error={remove.error} />
      </ConfirmDialog>
    </>
  );
}
