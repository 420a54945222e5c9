// The retention and personal-data pages, under /w/:ws/admin (src/web/routes.tsx puts them behind the admin gate).
import type { RouteObject } from 'react-router';
import { RequestsPage } from './RequestsPage.tsx';
import { RetentionPage } from './RetentionPage.tsx';

export const privacyRoutes: RouteObject[] = [
  { path: 'retention', element: <RetentionPage /> },
  { path: 'privacy', element: <RequestsPage /> },
];
