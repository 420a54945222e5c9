// The outbox pages, under /w/:ws/admin (src/web/routes.tsx puts them behind the admin gate).
import type { RouteObject } from 'react-router';
import { MailPage } from './MailPage.tsx';
import { OutboxPage } from './OutboxPage.tsx';

export const mailRoutes: RouteObject[] = [
  { path: 'outbox', element: <OutboxPage /> },
  { path: 'outbox/:mailId', element: <MailPage /> },
];
