// /w/:ws/register/organisations/:id — one organisation: details and map, relations, people and
// the activity timeline. Changing it is for contact-centre advisers and up, deleting for officers.
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { ActivitiesSection } from './ActivitiesSection.tsx';
import { useRegisterPaths, useRegisterRights } from './hooks.ts';
import { countryName, kindLabel } from './labels.ts';
import { OrganisationDetails } from './OrganisationDetails.tsx';
import { OrgFlags } from './OrganisationsTable.tsx';
import { PeopleSection } from './PeopleSection.tsx';
import { orgKey, registerKey, useOrganisation } from './queries.ts';
import { RecordNotFound } from './RecordNotFound.tsx';
import { RelationsSection } from './RelationsSection.tsx';
import type { Organisation } from './types.ts';

export function OrganisationPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const paths = useRegisterPaths();
  const { canWrite, canDelete } = useRegisterRights();
  const org = useOrganisation(ws.id, id);
  const [confirming, setConfirming] = useState(false);
  if (org.error instanceof ApiError && (org.error.status === 404 || org.error.status === 422)) return <RecordNotFound kind="organisation" />;
  const data = org.data;
  // The heading stays the same element while the organisation loads, so focus moved to it by
  // a navigation is not lost when the name arrives.
  return (
    <>
      <p className="reg-breadcrumb">
        <Link to={paths.list}>{t('register.org.back')}</Link>
      </p>
      <PageHeader
        title={data?.name ?? t('register.org.loadingTitle')}
        workspaceName={ws.name}
        lead={
          data ? (
            <>
              {[kindLabel(t, data.kind), data.city, countryName(data.country, i18n.language)].filter(Boolean).join(' · ')}
              <OrgFlags isOwn={data.isOwn} isLocal={data.isLocal} />
            </>
          ) : undefined
        }
        actions={
          data && canWrite ? (
            <>
              <Link to={paths.editOrganisation(data.id)} className="button button--primary">
                {t('register.org.edit')}
              </Link>
              {canDelete ? (
                <button type="button" className="button button--danger-outline" onClick={() => setConfirming(true)}>
                  {t('register.org.delete')}
                </button>
              ) : null}
            </>
          ) : null
        }
      />
      {org.isPending ? <Loading /> : !data ? <ErrorAlert error={org.error} /> : <OrganisationBody key={data.id} org={data} />}
      {data ? <DeleteOrganisation org={data} isOpen={confirming} onClose={() => setConfirming(false)} /> : null}
    </>
  );
}

function OrganisationBody({ org }: { org: Organisation }) {
  const flash = (useLocation().state as { message?: string } | null)?.message ?? null;
  return (
    <>
      <LiveStatus message={flash} />
      <OrganisationDetails org={org} />
      <RelationsSection org={org} />
      <PeopleSection org={org} />
      <ActivitiesSection org={org} />
    </>
  );
}

function DeleteOrganisation({ org, isOpen, onClose }: { org: Organisation; isOpen: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const paths = useRegisterPaths();
  const navigate = useNavigate();
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api<void>('DELETE', `/api/w/${ws.id}/organisations/${org.id}`),
    onSuccess: async () => {
      onClose();
      // Leave the page first, so nothing asks for the deleted record again.
      navigate(paths.list, { state: { message: t('register.org.deleted', { name: org.name }) } });
      client.removeQueries({ queryKey: orgKey(ws.id, org.id) });
      await client.invalidateQueries({ queryKey: registerKey(ws.id) });
    },
  });
  return (
    <ConfirmDialog
      isOpen={isOpen}
      title={t('register.org.deleteTitle', { name: org.name })}
      confirmLabel={t('register.org.deleteConfirm')}
      busy={remove.isPending}
      onConfirm={() => remove.mutate()}
      onCancel={() => {
        onClose();
        remove.reset();
      }}
    >
      <p>{t('register.org.deleteText', { relations: org.counts.relations, activities: org.counts.activities })}</p>
      <ErrorAlert error={remove.error} />
    </ConfirmDialog>
  );
}
