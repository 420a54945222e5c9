// The case desk's pages: the staff pages under /w/:ws/cases inside the desk's frame (its tabs),
// and the public question form at /ask/:workspaceSlug (public layout, no login).
import type { RouteObject } from 'react-router';
import { caseReferralStaffRoutes } from '../case-referrals/routes.tsx';
import { AskPage } from './AskPage.tsx';
import { CasePage } from './CasePage.tsx';
import { CasesLayout } from './CasesLayout.tsx';
import { CasesPage } from './CasesPage.tsx';
import { NewCasePage } from './NewCasePage.tsx';
import { SettingsPage } from './SettingsPage.tsx';

export const caseRoutes: RouteObject[] = [
  {
    element: <CasesLayout />,
    children: [
      { index: true, element: <CasesPage /> },
      { path: 'new', element: <NewCasePage /> },
      { path: 'settings', element: <SettingsPage /> },
      // Deadlines and a case's referral page (routing, referrals, secrecy) under the desk's tabs.
      ...caseReferralStaffRoutes,
      { path: ':caseId', element: <CasePage /> },
    ],
  },
];

export const publicCaseRoutes: RouteObject[] = [{ path: '/ask/:workspaceSlug', element: <AskPage /> }];
