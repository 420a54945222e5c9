// The workspace name in the header; a menu to switch when the person belongs to several.
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { WorkspaceRef } from '../api/types.ts';

export function WorkspaceSwitcher({ current, workspaces }: { current?: WorkspaceRef; workspaces: WorkspaceRef[] }) {
  const { t } = useTranslation();
  if (workspaces.length < 2) {
    return current ? <span className="workspace-name">{current.name}</span> : null;
  }
  return (
    <MenuTrigger>
      <Button className="header-button workspace-button">
        <span className="visually-hidden">{t('workspace.switch')}: </span>
        <span className="header-button-text">{current?.name ?? t('workspace.choose')}</span>
        <span className="chevron" aria-hidden="true" />
      </Button>
      <Popover className="menu-popover" placement="bottom start">
        <Menu className="menu" aria-label={t('workspace.switch')}>
          {workspaces.map((w) => (
            <MenuItem key={w.id} id={w.id} href={`/w/${w.slug}`} textValue={w.name} className="menu-item">
              {w.name}
              {w.id === current?.id ? <span className="menu-item-note"> ({t('workspace.current')})</span> : null}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
