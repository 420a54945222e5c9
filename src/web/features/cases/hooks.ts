// Who may do what on the case desk (the server checks again), and the desk's addresses.
import { useWorkspace } from '../workspace/useWorkspace.ts';

/** Viewers read; contact-centre staff, officers and administrators register and handle cases. */
export function useCaseRights() {
  const { role } = useWorkspace();
  return { canWrite: role !== 'viewer', isAdmin: role === 'admin' };
}

export function useCasePaths() {
  const ws = useWorkspace();
  const base = `/w/${ws.slug}/cases`;
  return {
    list: base,
    newCase: `${base}/new`,
    one: (id: string) => `${base}/${id}`,
    settings: `${base}/settings`,
    deadlines: `${base}/deadlines`,
    publicForm: `/ask/${ws.slug}`,
    organisation: (id: string) => `/w/${ws.slug}/register/organisations/${id}`,
    person: (id: string) => `/w/${ws.slug}/register/people/${id}`,
  };
}
