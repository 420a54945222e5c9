// Data for the map and the graph: GET /relations/map, /relations/graph and the workspace's
// relation types (built-in ones are translated here, a workspace's own carry their labels).
import { useCallback } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { RelationGraph as GraphSchema, RelationMap as MapSchema } from '../../../server/modules/relations/schema.ts';
import type { WorkspaceVocabularies as VocabSchema } from '../../../server/modules/vocabularies/schema.ts';
import { api } from '../../api/client.ts';
import { BUILTIN_RELATION_TYPES, ORG_KINDS, type RelationStatus } from './palette.ts';

export type RelationMap = z.infer<typeof MapSchema>;
export type MapLine = RelationMap['lines'][number];
export type RelationGraph = z.infer<typeof GraphSchema>;
export type GraphNode = RelationGraph['nodes'][number];
export type Vocabularies = z.infer<typeof VocabSchema>;

export function useRelationMap(wsId: string) {
  return useQuery({
    queryKey: ['ws', wsId, 'relations', 'map'],
    queryFn: () => api<RelationMap>('GET', `/api/w/${wsId}/relations/map`),
  });
}

export interface GraphFilter {
  type?: string;
  status?: RelationStatus;
}

export function useRelationGraph(wsId: string, filter: GraphFilter) {
  const params = new URLSearchParams();
  if (filter.type) params.set('type', filter.type);
  if (filter.status) params.set('status', filter.status);
  const qs = params.toString();
  return useQuery({
    queryKey: ['ws', wsId, 'relations', 'graph', qs],
    queryFn: () => api<RelationGraph>('GET', `/api/w/${wsId}/relations/graph${qs ? `?${qs}` : ''}`),
    placeholderData: keepPreviousData,
  });
}

export function useVocabularies(wsId: string) {
  return useQuery({
    queryKey: ['ws', wsId, 'vocabularies'],
    queryFn: () => api<Vocabularies>('GET', `/api/w/${wsId}/vocabularies`),
    staleTime: 5 * 60_000,
  });
}

const isBuiltin = (code: string) => (BUILTIN_RELATION_TYPES as readonly string[]).includes(code);

/** The name of a relation type in the interface language. */
export function useRelationTypeLabel(wsId: string) {
  const { t, i18n } = useTranslation();
  const vocab = useVocabularies(wsId);
  return useCallback(
    (code: string) => {
      if (isBuiltin(code)) return t(`maps.relationTypes.${code}`);
      const labels = vocab.data?.relationTypes.find((r) => r.code === code)?.labels;
      return labels?.[i18n.language] ?? labels?.sv ?? labels?.en ?? code.replace(/[_-]+/g, ' ');
    },
    [t, i18n.language, vocab.data],
  );
}

/** Relation types to offer in a filter: the built-in ones and the workspace's own. */
export function useRelationTypeCodes(wsId: string): string[] {
  const vocab = useVocabularies(wsId);
  return vocab.data?.relationTypes.map((r) => r.code) ?? [...BUILTIN_RELATION_TYPES];
}

export function useKindLabel() {
  const { t } = useTranslation();
  return useCallback((kind: string) => ((ORG_KINDS as readonly string[]).includes(kind) ? t(`maps.kinds.${kind}`) : kind), [t]);
}
