// Unknown addresses, and workspaces the person cannot see.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/Page.tsx';

export function NotFoundPage({ kind = 'page' }: { kind?: 'page' | 'workspace' }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(kind === 'workspace' ? 'notFound.workspaceTitle' : 'notFound.title')} />
      <p>{t(kind === 'workspace' ? 'notFound.workspaceText' : 'notFound.text')}</p>
      <p>
        <Link to="/" className="button button--secondary">
          {t('notFound.home')}
        </Link>
      </p>
    </>
  );
}
