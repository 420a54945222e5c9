// The portfolio's pages under /w/:ws/projects, inside the portfolio's frame (its tabs).
import type { RouteObject } from 'react-router';
import { NewProjectPage } from './NewProjectPage.tsx';
import { ProgrammesPage } from './ProgrammesPage.tsx';
import { ProjectPage } from './ProjectPage.tsx';
import { ProjectsLayout } from './ProjectsLayout.tsx';
import { ProjectsPage } from './ProjectsPage.tsx';

export const projectRoutes: RouteObject[] = [
  {
    element: <ProjectsLayout />,
    children: [
      { index: true, element: <ProjectsPage /> },
      { path: 'new', element: <NewProjectPage /> },
      { path: 'programmes', element: <ProgrammesPage /> },
      { path: ':projectId', element: <ProjectPage /> },
    ],
  },
];
