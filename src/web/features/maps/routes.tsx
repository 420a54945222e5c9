// The world map and the network graph of relations, under /w/:ws/register (src/web/routes.tsx
// puts them in the register's frame with its tabs). Both load their code (d3-geo with the world
// atlas; cytoscape) only when opened.
import type { RouteObject } from 'react-router';
import { Loading } from '../../components/Feedback.tsx';

export const mapRoutes: RouteObject[] = [
  { path: 'map', hydrateFallbackElement: <Loading />, lazy: async () => ({ Component: (await import('./MapPage.tsx')).MapPage }) },
  { path: 'graph', hydrateFallbackElement: <Loading />, lazy: async () => ({ Component: (await import('./GraphPage.tsx')).GraphPage }) },
];
