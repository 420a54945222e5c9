// What a person without the right role sees at an import or merge address (the tabs are not
// shown to them, but a link may be shared). The server refuses these requests anyway.
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/Page.tsx';
import { useWorkspace } from '../workspace/useWorkspace.ts';

export function NoAccess({ title }: { title: string }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  return (
    <>
      <PageHeader title={title} workspaceName={ws.name} />
      <EmptyState title={t('errors.forbiddenTitle')}>
        <p>{t('imports.noAccess')}</p>
      </EmptyState>
    </>
  );
}
