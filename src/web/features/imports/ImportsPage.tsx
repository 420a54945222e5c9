// /w/:ws/register/import — import organisations, or relations between them, from a CSV or XLSX
// file: upload it here, then map, check and run it on the import's own page; continue or discard
// earlier imports below.
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { NoAccess } from './NoAccess.tsx';
import { RecentImports } from './RecentImports.tsx';
import { useCanImport } from './rights.ts';
import { UploadForm } from './UploadForm.tsx';

export function ImportsPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const flash = (useLocation().state as { message?: string } | null)?.message ?? null;
  if (!useCanImport()) return <NoAccess title={t('imports.title')} />;
  return (
    <>
      <PageHeader title={t('imports.title')} lead={t('imports.lead')} workspaceName={ws.name} />
      <LiveStatus message={flash} />
      <UploadForm />
      <RecentImports />
    </>
  );
}
