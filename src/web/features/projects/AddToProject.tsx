// The register's partner search opened from a project: a line above the results saying for which
// project partners are sought (and the way back), and on each hit "Add to {acronym}", which adds
// it as a partner in one step. An organisation already in the project says so instead.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Feedback.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useAddPartner, useProject } from './api.ts';
import { useProjectPaths, useProjectRights } from './hooks.ts';
import { focusSoon } from './focus.ts';
import { partnerRoleLabel } from './labels.tsx';
import type { Project } from './types.ts';
import { inSentence } from '../../lib/format.ts';

/** The project the search was opened from, once it has loaded (null when none or not found). */
export function useSearchProject(projectId: string | null): Project | null {
  const ws = useWorkspace();
  return useProject(ws.id, projectId ?? '').data ?? null;
}

export function ProjectSearchBanner({ project }: { project: Project }) {
  const { t } = useTranslation();
  const paths = useProjectPaths();
  return (
    <div className="alert alert--info pf-search-banner">
      <p>{t('projects.partnerSearch.for', { acronym: project.acronym, title: project.title })}</p>
      <p>{t('projects.partnerSearch.prefilled')}</p>
      <p>
        <Link to={paths.one(project.id)}>{t('projects.partnerSearch.back', { acronym: project.acronym })}</Link>
      </p>
    </div>
  );
}

export function AddToProject({ project, organisation }: { project: Project; organisation: { id: string; name: string } }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const paths = useProjectPaths();
  const { canWrite } = useProjectRights();
  const add = useAddPartner(ws.id, project.id);
  const partner = project.partners.find((x) => x.organisation.id === organisation.id);
  return (
    <div className="pf-add-hit">
      {partner ? (
        <p className="pf-add-hit-done" id={`pf-hit-${organisation.id}`} tabIndex={-1}>
          {t('projects.partnerSearch.already', { acronym: project.acronym, role: inSentence(partnerRoleLabel(t, partner.role)) })}{' '}
          <Link to={paths.one(project.id)}>{t('projects.partnerSearch.open', { acronym: project.acronym })}</Link>
        </p>
      ) : canWrite ? (
        <button type="button" className="button button--primary button--small" disabled={add.isPending} onClick={() =>
            add.mutate(
              { organisationId: organisation.id, role: 'partner' },
              // The button gives way to the note that it is added: focus goes there, not to the page's start.
              { onSuccess: () => focusSoon(`pf-hit-${organisation.id}`) },
            )
          }
        >
          {add.isPending ? t('common.saving') : t('projects.partnerSearch.add', { acronym: project.acronym })}
          <span className="visually-hidden"> – {organisation.name}</span>
        </button>
      ) : null}
      <span role="status" className="visually-hidden">
        {add.isSuccess ? t('projects.partners.added', { name: organisation.name, acronym: project.acronym }) : ''}
      </span>
      {add.isError ? <ErrorAlert error={add.error} /> : null}
    </div>
  );
}
