// Main navigation of a workspace: the modules, then administration for admins.
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { WorkspaceRef } from '../api/types.ts';
import { MODULES } from '../features/workspace/modules.ts';

export function SideNav({ workspace }: { workspace: WorkspaceRef }) {
  const { t } = useTranslation();
  const base = `/w/${workspace.slug}`;
  return (
    <nav className="side-nav" aria-label={t('nav.label')}>
      <ul className="nav-list">
        <li>
          <NavLink to={base} end className="nav-link">
            {t('nav.start')}
          </NavLink>
        </li>
        {MODULES.map((m) => (
          <li key={m}>
            <NavLink to={`${base}/${m}`} className="nav-link">
              {t(`modules.${m}.nav`)}
            </NavLink>
          </li>
        ))}
      </ul>
      {workspace.role === 'admin' ? (
        <>
          <h2 className="nav-heading" id="nav-admin">
            {t('nav.admin')}
          </h2>
          <ul className="nav-list" aria-labelledby="nav-admin">
            <li>
              <NavLink to={`${base}/admin/users`} className="nav-link">
                {t('nav.users')}
              </NavLink>
            </li>
            <li>
              <NavLink to={`${base}/admin/audit`} className="nav-link">
                {t('nav.audit')}
              </NavLink>
            </li>
            <li>
              <NavLink to={`${base}/admin/outbox`} className="nav-link">
                {t('mail.nav')}
              </NavLink>
            </li>
            <li>
              <NavLink to={`${base}/admin/retention`} className="nav-link">
                {t('privacy.nav.retention')}
              </NavLink>
            </li>
            <li>
              <NavLink to={`${base}/admin/privacy`} className="nav-link">
                {t('privacy.nav.requests')}
              </NavLink>
            </li>
            <li>
              <NavLink to={`${base}/admin/case-routing`} className="nav-link">
                {t('referrals.nav.rules')}
              </NavLink>
            </li>
          </ul>
        </>
      ) : null}
    </nav>
  );
}
