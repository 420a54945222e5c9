// Frame of the portfolio's pages: its tabs above each page. A project's own page sits under the
// list, so the list's tab is marked as the section there, not as the page.
import { Link, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useProjectPaths, useProjectRights } from './hooks.ts';

export function ProjectsLayout() {
  const { t } = useTranslation();
  const paths = useProjectPaths();
  const { canWrite } = useProjectRights();
  const here = useLocation().pathname.replace(/\/+$/, '');
  const tabs = [
    { key: 'list', to: paths.list, show: true },
    { key: 'new', to: paths.newProject, show: canWrite },
    { key: 'programmes', to: paths.programmes, show: true },
  ].filter((tab) => tab.show);
  const isProject = here.startsWith(`${paths.list}/`) && !tabs.some((tab) => tab.to === here);
  return (
    <>
      <nav className="register-nav" aria-label={t('projects.nav.label')}>
        <ul className="register-tabs">
          {tabs.map((tab) => (
            <li key={tab.key}>
              <Link to={tab.to} className="register-tab" aria-current={here === tab.to ? 'page' : tab.key === 'list' && isProject ? 'true' : undefined}>
                {t(`projects.nav.${tab.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
