// Routes: the workspace's vocabularies and the shipped reference data (NUTS, NACE, SDGs).
import { createRoute, z } from '@hono/zod-openapi';
import { errors, json, jsonBody, router } from '../../http/openapi.ts';
import type { AppDeps } from '../../http/context.ts';
import { inScope } from '../../http/scope.ts';
import { requireSession } from '../../http/session.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { CreateVocabularyEntryBody, NaceClass, NutsRegion, ReferenceQuery, SdgGoal, VocabularyEntry, WorkspaceVocabularies } from './schema.ts';
import { addVocabularyEntry, workspaceVocabularies } from './service.ts';
import { naceClasses, nutsRegions, sdgGoals } from '../../../shared/vocabularies/index.ts';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function vocabularyRoutes(deps: AppDeps) {
  const app = router();
  const tags = ['vocabularies'];

  app.openapi(
    createRoute({ method: 'get', path: '/api/w/{workspaceId}/vocabularies', tags, summary: 'Themes and relation types of this workspace', request: { params: WorkspaceParams }, responses: { 200: json(WorkspaceVocabularies), ...errors(401, 404) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx) => workspaceVocabularies(tx)), 200),
  );
  for (const [segment, table] of [['themes', 'themes'], ['relation-types', 'relation_types']] as const) {
    app.openapi(
      createRoute({ method: 'post', path: `/api/w/{workspaceId}/${segment}`, tags, summary: `Add to the workspace's ${segment.replace('-', ' ')} (admin)`, request: { params: WorkspaceParams, body: jsonBody(CreateVocabularyEntryBody) }, responses: { 201: json(VocabularyEntry, 'Created'), ...errors(401, 403, 404, 409, 422) } }),
      async (c) => c.json(await inScope(c, deps, 'admin', (tx, actor) => addVocabularyEntry(tx, actor, table, c.req.valid('json'))), 201),
    );
  }

  app.openapi(
    createRoute({ method: 'get', path: '/api/reference/nuts', tags, summary: 'NUTS 2021 regions, filtered by country and name or code', request: { query: ReferenceQuery }, responses: { 200: json(z.object({ items: z.array(NutsRegion) })), ...errors(401, 422) } }),
    (c) => {
      requireSession(c);
      const { q, country, limit } = c.req.valid('query');
      const needle = q ? fold(q) : '';
      const items = nutsRegions
        .filter((r) => (!country || r.country === (country === 'GR' ? 'EL' : country)) && (!needle || r.code.toLowerCase().startsWith(needle) || fold(r.name).includes(needle)))
        .slice(0, limit);
      return c.json({ items }, 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/reference/nace', tags, summary: 'NACE Rev. 2.1 classes, filtered by code or title', request: { query: ReferenceQuery }, responses: { 200: json(z.object({ items: z.array(NaceClass) })), ...errors(401, 422) } }),
    (c) => {
      requireSession(c);
      const { q, limit } = c.req.valid('query');
      const needle = q ? fold(q) : '';
      const items = naceClasses.filter((n) => !needle || n.code.startsWith(needle.toUpperCase()) || n.code.startsWith(needle) || fold(n.title).includes(needle)).slice(0, limit).map((n) => ({ code: n.code, title: n.title }));
      return c.json({ items }, 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/reference/sdgs', tags, summary: 'The 17 Sustainable Development Goals in sv, da, en, pl', responses: { 200: json(z.object({ items: z.array(SdgGoal) })), ...errors(401) } }),
    (c) => {
      requireSession(c);
      return c.json({ items: sdgGoals.map((g) => ({ number: g.number, color: g.color, titles: g.titles })) }, 200);
    },
  );
  return app;
}
