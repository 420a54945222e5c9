// Data for the import, duplicates and export pages through TanStack Query. Keys start with
// ['ws', id] so a language switch or a change elsewhere in the workspace refreshes them.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { ColumnValues, DryRun, Defaults, DuplicateList, ImportKind, ImportRows, ImportState, ImportSummary, Mapping, Plan, RowOutcome, Upload, ValueChoices } from './types.ts';

export const importsKey = (wsId: string) => ['ws', wsId, 'imports'] as const;
export const importKey = (wsId: string, id: string) => ['ws', wsId, 'imports', id] as const;
export const duplicatesKey = (wsId: string) => ['ws', wsId, 'register', 'duplicates'] as const;

const base = (wsId: string) => `/api/w/${wsId}/imports`;

export function uploadFile(wsId: string, file: File, kind: ImportKind) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api<Upload>('POST', `${base(wsId)}?${new URLSearchParams({ kind })}`, form);
}

export const dryRun = (wsId: string, id: string, mapping: Mapping, defaults: Defaults, values: ValueChoices) =>
  api<DryRun>('POST', `${base(wsId)}/${id}/dry-run`, { mapping, defaults, values });

/** The distinct values of the mapped coded columns, with what each will become. */
export function useColumnValues(wsId: string, id: string, mapping: Mapping, defaults: Defaults, values: ValueChoices, enabled: boolean) {
  return useQuery({
    queryKey: ['ws', wsId, 'imports', id, 'values', mapping, defaults.country ?? null, values],
    queryFn: () => api<ColumnValues>('POST', `${base(wsId)}/${id}/values`, { mapping, defaults, values }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** A page of the import's rows with these outcomes, after sheet row `after`. */
export function useImportRows(wsId: string, id: string, outcomes: readonly RowOutcome[], after: number, limit: number, version: string | number) {
  return useQuery({
    queryKey: ['ws', wsId, 'imports', id, 'rows', outcomes.join(','), after, limit, version],
    queryFn: () => api<ImportRows>('GET', `${base(wsId)}/${id}/rows?${new URLSearchParams({ outcome: outcomes.join(','), after: String(after), limit: String(limit) })}`),
    placeholderData: keepPreviousData,
  });
}

/** Every row of the import with what was found or done, as a CSV file. */
export const reportHref = (wsId: string, id: string) => `${base(wsId)}/${id}/report.csv`;

/** Starts the run (with the plan) or continues it (without); answers after a few seconds. */
export const runImport = (wsId: string, id: string, plan?: Plan) =>
  api<ImportState>('POST', `${base(wsId)}/${id}/run`, plan ?? {});

export const deleteImport = (wsId: string, id: string) => api<void>('DELETE', `${base(wsId)}/${id}`);

export function useImports(wsId: string) {
  return useQuery({
    queryKey: importsKey(wsId),
    queryFn: () => api<{ items: ImportSummary[] }>('GET', base(wsId)).then((r) => r.items),
  });
}

/**
 * An import's state (with its sample rows and suggested mapping until the run starts); polled
 * while `poll` is set (the progress bar between run calls).
 */
export function useImportState(wsId: string, id: string, poll: boolean) {
  return useQuery({
    queryKey: importKey(wsId, id),
    queryFn: () => api<ImportState>('GET', `${base(wsId)}/${id}`),
    refetchInterval: poll ? 1000 : false,
  });
}

export function useDuplicates(wsId: string) {
  return useQuery({
    queryKey: duplicatesKey(wsId),
    queryFn: () => api<DuplicateList>('GET', `/api/w/${wsId}/organisations/duplicates?limit=100`).then((r) => r.items),
  });
}

/** The list's own filters (the query string the organisation list sends) as an export link. */
export function exportHref(wsId: string, search: string, format: 'csv' | 'xlsx') {
  const p = new URLSearchParams(search);
  p.delete('cursor');
  p.delete('limit');
  p.set('format', format);
  return `/api/w/${wsId}/organisations/export?${p}`;
}
