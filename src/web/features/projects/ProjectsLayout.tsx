// Frame of the portfolio's pages: its tabs above each page. A project's own page sits under the
// list, so the list's tab is marked as the section there, not as the page. Between the list and
// the board, the tab to the other one keeps the search, filters and sort of the one shown.
import { Link, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { parseProjectState, viewParams } from './filters.ts';
import { useProjectPaths, useProjectRights } from './hooks.ts';

export function ProjectsLayout() {
  const { t } = useTranslation();
  const paths = useProjectPaths();
  const { canWrite } = useProjectRights();
  const location = useLocation();
  const here = location.pathname.replace(/\/+$/, '');
  const view = here === paths.list || here === paths.board ? viewParams(parseProjectState(new URLSearchParams(location.search))) : null;
  const tabs = [
    { key: 'list', path: paths.list, to: view && here !== paths.list ? paths.listWith(view) : paths.list, show: true },
    { key: 'board', path: paths.board, to: view && here !== paths.board ? paths.boardWith(view) : paths.board, show: true },
    { key: 'new', path: paths.newProject, to: paths.newProject, show: canWrite },
    { key: 'calls', path: paths.calls, to: paths.calls, show: true },
    { key: 'programmes', path: paths.programmes, to: paths.programmes, show: true },
  ].filter((tab) => tab.show);
  const isCall = here.startsWith(`${paths.calls}/`);
  const isProject = here.startsWith(`${paths.list}/`) && !isCall && !tabs.some((tab) => tab.path === here);
  return (
    <>
      <nav className="register-nav" aria-label={t('projects.nav.label')}>
        <ul className="register-tabs">
          {tabs.map((tab) => (
            <li key={tab.key}>
              <Link to={tab.to} className="register-tab" aria-current={here === tab.path ? 'page' : (tab.key === 'list' && isProject) || (tab.key === 'calls' && isCall) ? 'true' : undefined}>
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
