// The inventory survey: staff pages under /w/:ws/register, and the public form at /survey/:token.
import type { RouteObject } from 'react-router';

export const surveyRoutes: RouteObject[] = [];
export const publicSurveyRoutes: RouteObject[] = [];
