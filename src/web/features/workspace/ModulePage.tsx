// A module that is not built yet: a proper empty state saying what will come, and no fake data.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import type { ModuleKey } from './modules.ts';
import { ModuleIcon } from './icons.tsx';
import { useWorkspace } from './useWorkspace.ts';

export function ModulePage({ module }: { module: ModuleKey }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const features = t(`modules.${module}.features`, { returnObjects: true }) as unknown;
  return (
    <>
      <PageHeader title={t(`modules.${module}.title`)} lead={t(`modules.${module}.summary`)} workspaceName={ws.name} />
      <EmptyState title={t('modules.comingTitle')} icon={<ModuleIcon name={module} />}>
        <p>{t('modules.comingText')}</p>
        {Array.isArray(features) ? (
          <>
            <h3 className="empty-state-subtitle">{t('modules.willInclude')}</h3>
            <ul className="feature-list">
              {features.map((f) => (
                <li key={String(f)}>{String(f)}</li>
              ))}
            </ul>
          </>
        ) : null}
        <p>
          <Link to={`/w/${ws.slug}`}>{t('modules.back')}</Link>
        </p>
      </EmptyState>
    </>
  );
}
