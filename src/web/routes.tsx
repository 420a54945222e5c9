// The page map. Workspaces are addressed by slug: /w/demo-ostanvik/admin/users.
import { createBrowserRouter, Navigate } from 'react-router';
import { AppShell, PublicLayout } from './components/layouts.tsx';
import { useMe } from './api/session.ts';
import { Loading } from './components/Feedback.tsx';
import { LoginPage, landingPath } from './features/auth/LoginPage.tsx';
import { InvitePage } from './features/invites/InvitePage.tsx';
import { ProfilePage } from './features/profile/ProfilePage.tsx';
import { StartPage } from './features/workspace/StartPage.tsx';
import { ModulePage } from './features/workspace/ModulePage.tsx';
import { MODULES } from './features/workspace/modules.ts';
import { AdminGate, WorkspaceGate } from './features/workspace/WorkspaceGate.tsx';
import { UsersPage } from './features/admin/UsersPage.tsx';
import { AuditPage } from './features/audit/AuditPage.tsx';
import { mailRoutes } from './features/mail/routes.tsx';
import { privacyRoutes } from './features/privacy/routes.tsx';
import { NotFoundPage } from './features/NotFoundPage.tsx';
import { NoWorkspacePage } from './features/workspace/NoWorkspacePage.tsx';
import { RegisterLayout, registerPageRoutes } from './features/register/routes.tsx';
import { mapRoutes } from './features/maps/routes.tsx';
import { publicSurveyRoutes, surveyRoutes } from './features/survey/routes.tsx';
import { importRoutes } from './features/imports/routes.tsx';
import { caseRoutes, publicCaseRoutes } from './features/cases/routes.tsx';
import { projectRoutes } from './features/projects/routes.tsx';
import { caseReferralAdminRoutes, caseReferralPublicRoutes } from './features/case-referrals/routes.tsx';

// The register's pages (list, organisation, people, partner search, map, graph, survey, import,
// duplicates) live under /w/:ws/register, all inside the register's layout with its tabs.
const registerPages = [{ element: <RegisterLayout />, children: [...registerPageRoutes, ...mapRoutes, ...surveyRoutes, ...importRoutes] }];

/** "/": the workspace last worked in, the login page, or a note that there is no workspace yet. */
function Home() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (!me.data) return <Navigate to="/login" replace />;
  const path = landingPath(me.data);
  return path === '/' ? <NoWorkspacePage /> : <Navigate to={path} replace />;
}

export const router = createBrowserRouter([
  {
    element: <PublicLayout />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/invite/:token', element: <InvitePage /> },
      ...publicSurveyRoutes,
      ...publicCaseRoutes,
    ],
  },
  // The public register and the partners' receipt page, in a public frame with room for a table.
  ...caseReferralPublicRoutes,
  {
    element: <AppShell />,
    children: [
      { path: '/', element: <Home /> },
      { path: '/profile', element: <ProfilePage /> },
      {
        path: '/w/:ws',
        element: <WorkspaceGate />,
        children: [
          { index: true, element: <StartPage /> },
          ...MODULES.filter((m) => m !== 'register' && m !== 'cases' && m !== 'projects').map((m) => ({ path: m, element: <ModulePage key={m} module={m} /> })),
          { path: 'cases', children: caseRoutes },
          { path: 'projects', children: projectRoutes },
          { path: 'register', children: registerPages },
          {
            path: 'admin',
            element: <AdminGate />,
            children: [
              { path: 'users', element: <UsersPage /> },
              { path: 'audit', element: <AuditPage /> },
              ...mailRoutes,
              ...privacyRoutes,
              ...caseReferralAdminRoutes,
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
