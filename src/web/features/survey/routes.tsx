// The inventory survey: the staff page under /w/:ws/register (src/web/routes.tsx puts it in the
// register's frame with its tabs), and the public form at /survey/:token (public layout, no login).
import type { RouteObject } from 'react-router';
import { PublicSurveyPage } from './PublicSurveyPage.tsx';
import { SurveyStaffPage } from './SurveyStaffPage.tsx';

export const surveyRoutes: RouteObject[] = [{ path: 'survey', element: <SurveyStaffPage /> }];
export const publicSurveyRoutes: RouteObject[] = [{ path: '/survey/:token', element: <PublicSurveyPage /> }];
