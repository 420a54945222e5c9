// Page frames. AppShell: logged-in pages (header, navigation, main). PublicLayout: login and
// invitation pages (header with language only). Both start with the skip link.
import { Navigate, Outlet, useLocation, useMatch } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/session.ts';
import { Header } from './Header.tsx';
import { SideNav } from './SideNav.tsx';
import { SkipLink } from './SkipLink.tsx';
import { ErrorAlert, Loading } from './Feedback.tsx';
import { useRouteFocus } from './useRouteFocus.ts';
import { rememberedWorkspace } from '../features/workspace/useWorkspace.ts';

export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const match = useMatch('/w/:ws/*');
  useRouteFocus();

  if (me.isPending || me.isError) {
    return (
      <>
        <SkipLink />
        <Header />
        <main id="main" tabIndex={-1} className="main main--narrow">
          {me.isError ? <ErrorAlert error={me.error} /> : <Loading label={t('common.loadingApp')} />}
        </main>
      </>
    );
  }
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;

  const { workspaces } = me.data;
  // On /profile (no workspace in the URL) the navigation shows the workspace last worked in.
  const slug = match ? match.params.ws : rememberedWorkspace();
  const workspace = workspaces.find((w) => w.slug === slug) ?? (match ? undefined : workspaces[0]);
  return (
    <div className="app">
      <SkipLink />
      <Header me={me.data} workspace={workspace} />
      <div className={workspace ? 'app-body' : 'app-body app-body--single'}>
        {workspace ? <SideNav workspace={workspace} /> : null}
        <main id="main" tabIndex={-1} className="main">
          <Outlet />
        </main>
      </div>
    </div>
  );
}

export function PublicLayout() {
  useRouteFocus();
  return (
    <div className="app">
      <SkipLink />
      <Header />
      <main id="main" tabIndex={-1} className="main main--narrow">
        <Outlet />
      </main>
    </div>
  );
}
