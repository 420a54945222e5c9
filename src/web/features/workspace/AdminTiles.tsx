// Administrators' tiles: a tile for every administration page (src/web/routes.tsx and the admin
// routes of the mail, privacy and case-referral features), and the case desk's settings.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ModuleIcon, type IconName } from './icons.tsx';
import { useWorkspace } from './useWorkspace.ts';

const ADMIN_PAGES: { path: string; icon: IconName; title: string; text: string }[] = [
  { path: 'admin/users', icon: 'users', title: 'nav.users', text: 'start.admin.usersText' },
  { path: 'admin/audit', icon: 'audit', title: 'nav.audit', text: 'start.admin.auditText' },
  { path: 'admin/outbox', icon: 'outbox', title: 'mail.nav', text: 'start.admin.outboxText' },
  { path: 'admin/retention', icon: 'retention', title: 'privacy.nav.retention', text: 'start.admin.retentionText' },
  { path: 'admin/privacy', icon: 'privacy', title: 'privacy.nav.requests', text: 'start.admin.privacyText' },
  { path: 'admin/case-routing', icon: 'routing', title: 'referrals.nav.rules', text: 'start.admin.routingText' },
  { path: 'cases/settings', icon: 'settings', title: 'cases.settings.title', text: 'start.admin.caseSettingsText' },
];

export function AdminTiles() {
  const { t } = useTranslation();
  const base = `/w/${useWorkspace().slug}`;
  return (
    <>
      <h2 className="section-title" id="start-admin">
        {t('nav.admin')}
      </h2>
      <ul className="tiles tiles--admin" aria-labelledby="start-admin">
        {ADMIN_PAGES.map((p) => (
          <li key={p.path} className="tile">
            <ModuleIcon name={p.icon} />
            <h3 className="tile-title">
              <Link to={`${base}/${p.path}`} className="tile-link">
                {t(p.title)}
              </Link>
            </h3>
            <p className="tile-text">{t(p.text)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
