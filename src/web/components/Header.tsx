// The site header: product, workspace (switcher), language, and the user's menu.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Me, WorkspaceRef } from '../api/types.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { UserMenu } from './UserMenu.tsx';
import { WorkspaceSwitcher } from './WorkspaceSwitcher.tsx';

export function Header({ me, workspace }: { me?: Me | null; workspace?: WorkspaceRef }) {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="header-inner">
        <div className="header-start">
          <Link to="/" className="brand">
            <svg className="brand-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <circle cx="8" cy="12" r="6" />
              <circle cx="16" cy="12" r="6" />
            </svg>
            <span>{t('app.name')}</span>
          </Link>
          {me ? <WorkspaceSwitcher current={workspace} workspaces={me.workspaces} /> : null}
        </div>
        <div className="header-end">
          <LanguageSwitch />
          {me ? <UserMenu user={me.user} /> : null}
        </div>
      </div>
    </header>
  );
}
