// /w/:ws — the workspace's start page: a welcome and a tile per module.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session.ts';
import { PageHeader } from '../../components/Page.tsx';
import { MODULES } from './modules.ts';
import { ModuleIcon } from './icons.tsx';
import { useWorkspace } from './useWorkspace.ts';
import { roleInText } from '../../lib/roles.ts';

export function StartPage() {
  const { t } = useTranslation();
  const me = useMe().data!;
  const ws = useWorkspace();
  const base = `/w/${ws.slug}`;
  const firstName = me.user.name.split(/\s+/)[0] ?? me.user.name;
  return (
    <>
      <PageHeader
        title={t('start.title', { name: firstName })}
        lead={t('start.lead', { workspace: ws.name, role: roleInText(t, ws.role) })}
        workspaceName={ws.name}
      />
      {ws.isDemo ? (
        <div className="alert alert--info">
          <p>{t('start.demoNotice')}</p>
        </div>
      ) : null}
      <h2 className="section-title">{t('start.modules')}</h2>
      <ul className="tiles">
        {MODULES.map((m) => (
          <li key={m} className="tile">
            <ModuleIcon name={m} />
            <h3 className="tile-title">
              <Link to={`${base}/${m}`} className="tile-link">
                {t(`modules.${m}.title`)}
              </Link>
            </h3>
            <p className="tile-text">{t(`modules.${m}.summary`)}</p>
            <p className="badge">{t('modules.comingSoon')}</p>
          </li>
        ))}
      </ul>
      {ws.role === 'admin' ? (
        <>
          <h2 className="section-title">{t('nav.admin')}</h2>
          <ul className="tiles">
            <li className="tile">
              <ModuleIcon name="users" />
              <h3 className="tile-title">
                <Link to={`${base}/admin/users`} className="tile-link">
                  {t('nav.users')}
                </Link>
              </h3>
              <p className="tile-text">{t('start.usersText')}</p>
            </li>
            <li className="tile">
              <ModuleIcon name="audit" />
              <h3 className="tile-title">
                <Link to={`${base}/admin/audit`} className="tile-link">
                  {t('nav.audit')}
                </Link>
              </h3>
              <p className="tile-text">{t('start.auditText')}</p>
            </li>
          </ul>
        </>
      ) : null}
    </>
  );
}
