// The logged-in person's menu in the header: profile and log out.
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../api/session.ts';
import type { User } from '../api/types.ts';

function initials(name: string) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p[0]!.toUpperCase())
    .join('');
}

export function UserMenu({ user }: { user: User }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <MenuTrigger>
      <Button className="header-button">
        <span className="avatar" aria-hidden="true">
          {initials(user.name)}
        </span>
        <span className="header-button-text">{user.name}</span>
        <span className="visually-hidden"> – {t('userMenu.label')}</span>
        <span className="chevron" aria-hidden="true" />
      </Button>
      <Popover className="menu-popover" placement="bottom end">
        <Menu
          className="menu"
          aria-label={t('userMenu.label')}
          onAction={(key) => {
            if (key === 'logout') logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) });
          }}
        >
          <MenuItem id="profile" href="/profile" className="menu-item">
            {t('userMenu.profile')}
          </MenuItem>
          <MenuItem id="logout" className="menu-item">
            {t('userMenu.logout')}
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
