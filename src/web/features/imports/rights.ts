// Who may import and merge (officers and administrators; the server checks again), and the
// addresses of the import and duplicates pages in this workspace.
import { useWorkspace } from '../workspace/useWorkspace.ts';
import type { Role } from '../../api/types.ts';

export const mayImport = (role: Role) => role === 'officer' || role === 'admin';

export function useCanImport() {
  return mayImport(useWorkspace().role);
}

export function useImportPaths() {
  const base = `/w/${useWorkspace().slug}/register`;
  return {
    list: `${base}/import`,
    one: (id: string) => `${base}/import/${id}`,
    duplicates: `${base}/duplicates`,
    register: base,
    graph: `${base}/graph`,
    organisation: (id: string) => `${base}/organisations/${id}`,
  };
}
