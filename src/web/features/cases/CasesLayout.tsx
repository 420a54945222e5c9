// Frame of the case desk's pages: the desk's own tabs above each page. Registering is for staff
// who handle cases, categories and units for administrators; the tabs of pages that come later
// (referrals to partners, the public register, retention, GDPR requests) go in the same row.
import { Link, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCasePaths, useCaseRights } from './hooks.ts';

export function CasesLayout() {
  const { t } = useTranslation();
  const paths = useCasePaths();
  const { canWrite, isAdmin } = useCaseRights();
  const here = useLocation().pathname.replace(/\/+$/, '');
  const tabs = [
    { key: 'list', to: paths.list, show: true },
    { key: 'new', to: paths.newCase, show: canWrite },
    { key: 'deadlines', to: paths.deadlines, show: true },
    { key: 'settings', to: paths.settings, show: isAdmin },
  ].filter((tab) => tab.show);
  // A case's own page sits under the list: its tab is marked as the section, not the page.
  const isCase = here.startsWith(`${paths.list}/`) && !tabs.some((tab) => tab.to === here);
  return (
    <>
      <nav className="register-nav" aria-label={t('cases.nav.label')}>
        <ul className="register-tabs">
          {tabs.map((tab) => (
            <li key={tab.key}>
              <Link to={tab.to} className="register-tab" aria-current={here === tab.to ? 'page' : tab.key === 'list' && isCase ? 'true' : undefined}>
                {t(`cases.nav.${tab.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
