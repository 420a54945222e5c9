// The world map and the network graph of relations, under /w/:ws/register.
import type { RouteObject } from 'react-router';

export const mapRoutes: RouteObject[] = [];
