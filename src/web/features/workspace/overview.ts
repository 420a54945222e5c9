// The start page's figures (GET /api/w/:id/overview) and the addresses of the lists behind them.
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../api/client.ts';
import type { Overview as OverviewSchema } from '../../../server/modules/overview/schema.ts';

export type Overview = z.infer<typeof OverviewSchema>;
export type OverviewCase = NonNullable<Overview['cases']>['myCases'][number];

export function useOverview(wsId: string) {
  // Cases, imports and the register change from other pages: read the figures afresh on each visit.
  return useQuery({ queryKey: ['ws', wsId, 'overview'], queryFn: () => api<Overview>('GET', `/api/w/${wsId}/overview`), staleTime: 0 });
}

/** Where each figure's list lives; the case list reads its filters from the address. */
export function overviewPaths(slug: string) {
  const base = `/w/${slug}`;
  return {
    register: `${base}/register`,
    people: `${base}/register/people`,
    graph: `${base}/register/graph`,
    graphOfType: (type: string) => `${base}/register/graph?type=${encodeURIComponent(type)}`,
    newOrganisation: `${base}/register/organisations/new`,
    imports: `${base}/register/import`,
    importOne: (id: string) => `${base}/register/import/${id}`,
    cases: `${base}/cases`,
    openCases: `${base}/cases?status=open`,
    overdueCases: `${base}/cases?deadline=overdue`,
    dueToday: `${base}/cases?deadline=today`,
    unassigned: `${base}/cases?status=open&assignee=none`,
    myCases: `${base}/cases?status=open&assignee=me`,
    deadlines: `${base}/cases/deadlines`,
    newCase: `${base}/cases/new`,
    caseOne: (id: string) => `${base}/cases/${id}`,
    projects: `${base}/projects`,
    // The start page's phases, as the list's status filter (several statuses, comma-separated).
    fundedProjects: `${base}/projects?status=approved,contracted,running,final_report`,
    projectsInPreparation: `${base}/projects?status=idea,in_preparation,submitted`,
    newProject: `${base}/projects/new`,
    programmes: `${base}/projects/programmes`,
  };
}
