// Guards /w/:ws/*: a workspace the person is not a member of looks exactly like one that does
// not exist (as the API answers 404 for both), so nothing about other tenants leaks. Its pages
// show dates in the workspace's time zone, so the gate reads the zone before it shows them.
import { useEffect } from 'react';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { rememberWorkspace, useWorkspaceDetails, useWorkspaceOrNull } from './useWorkspace.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { ErrorAlert, Loading } from '../../components/Feedback.tsx';
import { setDisplayTimeZone } from '../../lib/format.ts';

export function WorkspaceGate() {
  const workspace = useWorkspaceOrNull();
  const details = useWorkspaceDetails(workspace?.id);
  useEffect(() => {
    if (workspace) rememberWorkspace(workspace.slug);
  }, [workspace]);
  if (!workspace) return <NotFoundPage kind="workspace" />;
  if (details.isPending) return <Loading />;
  if (details.isError) return <ErrorAlert error={details.error} />;
  // Set while rendering, before the pages below format a single date.
  setDisplayTimeZone(details.data.timeZone);
  return <Outlet />;
}

/** Admin pages for people without the admin role: the API would refuse anyway (403). */
export function AdminGate() {
  const { t } = useTranslation();
  const ws = useWorkspaceOrNull();
  if (ws?.role === 'admin') return <Outlet />;
  return (
    <>
      <PageHeader title={t('errors.forbiddenTitle')} workspaceName={ws?.name} />
      <div className="alert alert--info">
        <p>{t('errors.forbiddenAdmin')}</p>
      </div>
    </>
  );
}
