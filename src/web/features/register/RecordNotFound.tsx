// An organisation or person that does not exist (any more), or an address that is mistyped.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/Page.tsx';
import { useRegisterPaths } from './hooks.ts';

export function RecordNotFound({ kind }: { kind: 'organisation' | 'person' }) {
  const { t } = useTranslation();
  const paths = useRegisterPaths();
  return (
    <>
      <PageHeader title={kind === 'organisation' ? t('register.notFound.organisation') : t('register.notFound.person')} />
      <p>{t('register.notFound.text')}</p>
      <p>
        <Link to={kind === 'organisation' ? paths.list : paths.people} className="button button--secondary">
          {kind === 'organisation' ? t('register.notFound.toOrganisations') : t('register.notFound.toPeople')}
        </Link>
      </p>
    </>
  );
}
