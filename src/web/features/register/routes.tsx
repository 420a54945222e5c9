// The register's pages under /w/:ws/register. Until a page exists here, the module place shows.
import type { RouteObject } from 'react-router';

export const registerRoutes: RouteObject[] = [];
