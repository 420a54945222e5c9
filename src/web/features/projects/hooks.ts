// Who may do what in the portfolio (the server checks again), and the portfolio's addresses.
import { useWorkspace } from '../workspace/useWorkspace.ts';

/** Everyone reads; officers and administrators change projects; administrators own programmes. */
export function useProjectRights() {
  const { role } = useWorkspace();
  return { canWrite: role === 'officer' || role === 'admin', isAdmin: role === 'admin' };
}

export function useProjectPaths() {
  const ws = useWorkspace();
  const base = `/w/${ws.slug}/projects`;
  return {
    list: base,
    listWith: (params: URLSearchParams | string) => {
      const qs = params.toString();
      return qs ? `${base}?${qs}` : base;
    },
    board: `${base}/board`,
    boardWith: (params: URLSearchParams | string) => {
      const qs = params.toString();
      return qs ? `${base}/board?${qs}` : `${base}/board`;
    },
    newProject: `${base}/new`,
    one: (id: string) => `${base}/${id}`,
    programmes: `${base}/programmes`,
    calls: `${base}/calls`,
    organisation: (id: string) => `/w/${ws.slug}/register/organisations/${id}`,
    partnerSearch: (params: URLSearchParams) => `/w/${ws.slug}/register/partners?${params}`,
  };
}
