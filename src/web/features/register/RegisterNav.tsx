// The register's own navigation: tabs as links. The current one carries aria-current ("page" on
// the page itself, "true" on pages below it, e.g. one organisation under Organisations).
// Exported so the map, graph and survey pages can show the same tabs. Import and duplicates
// are tabs only for the roles that may import and merge.
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { mayImport } from '../imports/rights.ts';

const TABS = [
  { key: 'organisations', path: '', below: ['organisations'] },
  { key: 'people', path: 'people', below: ['people'] },
  { key: 'partners', path: 'partners', below: ['partners'] },
  { key: 'map', path: 'map', below: ['map'] },
  { key: 'graph', path: 'graph', below: ['graph'] },
  { key: 'survey', path: 'survey', below: ['survey'] },
] as const;

/** Tabs for officers and administrators only (the server refuses the others anyway). */
const OFFICER_TABS = [
  { key: 'import', label: 'imports.nav.import', path: 'import', below: ['import'] },
  { key: 'duplicates', label: 'imports.nav.duplicates', path: 'duplicates', below: ['duplicates'] },
] as const;

export function RegisterNav() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const base = `/w/${ws.slug}/register`;
  const rest = useLocation().pathname.replace(/\/+$/, '').slice(base.length).replace(/^\//, '');
  const first = rest.split('/')[0] ?? '';
  return (
    <nav className="register-nav" aria-label={t('register.nav.label')}>
      <ul className="register-tabs">
        {[...TABS.map((tab) => ({ ...tab, label: `register.nav.${tab.key}` })), ...(mayImport(ws.role) ? OFFICER_TABS : [])].map((tab) => {
          const exact = rest === tab.path;
          const within = !exact && (tab.below as readonly string[]).includes(first);
          return (
            <li key={tab.key}>
              <Link to={tab.path ? `${base}/${tab.path}` : base} className="register-tab" aria-current={exact ? 'page' : within ? 'true' : undefined}>
                {t(tab.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
