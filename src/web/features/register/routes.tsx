// The register's pages under /w/:ws/register, inside the register's frame (its tabs).
// The map, the graph and the survey (features/maps, features/survey) are mounted beside these;
// to show the same tabs above them, src/web/routes.tsx can put them in the frame too:
//   [{ element: <RegisterLayout />, children: [...registerPageRoutes, ...mapRoutes, ...surveyRoutes] }]
import type { RouteObject } from 'react-router';
import { RegisterLayout } from './RegisterLayout.tsx';
import { OrganisationsPage } from './OrganisationsPage.tsx';
import { OrganisationPage } from './OrganisationPage.tsx';
import { EditOrganisationPage, NewOrganisationPage } from './OrganisationForm.tsx';
import { PeoplePage } from './PeoplePage.tsx';
import { PersonPage } from './PersonPage.tsx';
import { EditPersonPage, NewPersonPage } from './PersonForm.tsx';
import { PartnerSearchPage } from './PartnerSearchPage.tsx';

export { RegisterLayout };

/** The register's own pages, without the frame. */
export const registerPageRoutes: RouteObject[] = [
  { index: true, element: <OrganisationsPage /> },
  { path: 'organisations/new', element: <NewOrganisationPage /> },
  { path: 'organisations/:id', element: <OrganisationPage /> },
  { path: 'organisations/:id/edit', element: <EditOrganisationPage /> },
  { path: 'people', element: <PeoplePage /> },
  { path: 'people/new', element: <NewPersonPage /> },
  { path: 'people/:id', element: <PersonPage /> },
  { path: 'people/:id/edit', element: <EditPersonPage /> },
  { path: 'partners', element: <PartnerSearchPage /> },
];

export const registerRoutes: RouteObject[] = [{ element: <RegisterLayout />, children: registerPageRoutes }];
