// /w/:ws/cases/settings — the case desk's categories and units, for administrators (the server
// refuses changes from anyone else).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, LiveStatus, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { useCaseVocabularies } from './api.ts';
import { CategoriesSection } from './CategoriesSection.tsx';
import { useCaseRights } from './hooks.ts';
import { UnitsSection } from './UnitsSection.tsx';

export function SettingsPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const { isAdmin } = useCaseRights();
  const vocab = useCaseVocabularies(ws.id);
  const [status, setStatus] = useState<string | null>(null);
  return (
    <>
      <PageHeader title={t('cases.settings.title')} lead={t('cases.settings.lead')} workspaceName={ws.name} />
      {!isAdmin ? (
        <div className="alert alert--info">
          <p>{t('errors.forbiddenAdmin')}</p>
        </div>
      ) : vocab.isPending ? (
        <Loading />
      ) : !vocab.data ? (
        <ErrorAlert error={vocab.error} />
      ) : (
        <>
          <LiveStatus message={status} />
          <CategoriesSection categories={vocab.data.categories} onDone={setStatus} />
          <UnitsSection units={vocab.data.units} onDone={setStatus} />
        </>
      )}
    </>
  );
}
