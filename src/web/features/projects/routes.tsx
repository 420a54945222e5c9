// The portfolio's pages under /w/:ws/projects (the list, the board, a new project, programmes,
// calls, one project), inside the portfolio's frame (its tabs).
import type { RouteObject } from 'react-router';
import { CallPage } from '../calls/CallPage.tsx';
import { CallsPage } from '../calls/CallsPage.tsx';
import { NewProjectPage } from './NewProjectPage.tsx';
import { ProjectBoardPage } from './ProjectBoardPage.tsx';
import { ProgrammesPage } from './ProgrammesPage.tsx';
import { ProjectPage } from './ProjectPage.tsx';
import { ProjectsLayout } from './ProjectsLayout.tsx';
import { ProjectsPage } from './ProjectsPage.tsx';

export const projectRoutes: RouteObject[] = [
  {
    element: <ProjectsLayout />,
    children: [
      { index: true, element: <ProjectsPage /> },
      { path: 'board', element: <ProjectBoardPage /> },
      { path: 'new', element: <NewProjectPage /> },
      { path: 'calls', element: <CallsPage /> },
      { path: 'calls/:callId', element: <CallPage /> },
      { path: 'programmes', element: <ProgrammesPage /> },
      { path: ':projectId', element: <ProjectPage /> },
    ],
  },
];
