// Pages of routing, referrals, secrecy and deadlines. src/web/routes.tsx mounts them: the staff
// pages next to the case desk's own under /w/:ws/cases (static paths rank above /cases/:caseId),
// the routing rules under the admin gate, and the two public pages in a public frame.
import type { RouteObject } from 'react-router';
import { CaseReferralPage } from './CaseReferralPage.tsx';
import { DeadlinesPage } from './DeadlinesPage.tsx';
import { PublicReferralPage } from './PublicReferralPage.tsx';
import { PublicRegisterPage } from './PublicRegisterPage.tsx';
import { PublicWideLayout } from './PublicWideLayout.tsx';
import { RoutingRulesPage } from './RoutingRulesPage.tsx';

/** Under /w/:ws/cases. */
export const caseReferralStaffRoutes: RouteObject[] = [
  { path: 'deadlines', element: <DeadlinesPage /> },
  { path: ':caseId/referral', element: <CaseReferralPage /> },
];

/** Under /w/:ws/admin (administrators only). */
export const caseReferralAdminRoutes: RouteObject[] = [{ path: 'case-routing', element: <RoutingRulesPage /> }];

/** Top level, no login. */
export const caseReferralPublicRoutes: RouteObject[] = [
  {
    element: <PublicWideLayout />,
    children: [
      { path: '/public/:workspaceSlug/cases', element: <PublicRegisterPage /> },
      { path: '/public/:workspaceSlug/referrals/:token', element: <PublicReferralPage /> },
    ],
  },
];
