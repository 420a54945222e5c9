// The import and duplicates pages under /w/:ws/register, shown inside the register's frame (tabs).
import type { RouteObject } from 'react-router';
import { DuplicatesPage } from './DuplicatesPage.tsx';
import { ImportPage } from './ImportPage.tsx';
import { ImportsPage } from './ImportsPage.tsx';

export const importRoutes: RouteObject[] = [
  { path: 'import', element: <ImportsPage /> },
  { path: 'import/:id', element: <ImportPage /> },
  { path: 'duplicates', element: <DuplicatesPage /> },
];
