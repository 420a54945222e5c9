// A person whose last membership was removed: logged in, but with nowhere to work.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/Page.tsx';

export function NoWorkspacePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('noWorkspace.title')} />
      <p>{t('noWorkspace.text')}</p>
    </>
  );
}
