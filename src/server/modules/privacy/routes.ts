// Routes: retention and disposal of cases, and GDPR requests (look up, export, erase). Admins
// only: every one of them reads or removes personal data across the workspace.
import { createRoute, z } from '@hono/zod-openapi';
import { errors, json, jsonBody, router } from '../../http/openapi.ts';
import type { AppDeps } from '../../http/context.ts';
import { inScope } from '../../http/scope.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { disposalPreview, retentionOverview, runDisposal } from './disposal.ts';
import { DisposalPreview, DisposalRun, DisposalRunBody, EraseBody, ErasureResult, ExportQuery, RetentionOverview, SubjectExport, SubjectQuery, SubjectSummary } from './schema.ts';
import { erase, exportSubject, lookUpSubject } from './service.ts';

export function privacyRoutes(deps: AppDeps) {
  const app = router();
  const tags = ['privacy'];
  const now = () => deps.now?.() ?? new Date();
  const base = '/api/w/{workspaceId}/privacy';

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/retention`,
      tags,
      summary: 'Retention rules per case category, with how many cases each holds and has due, and the latest disposal runs (admin)',
      request: { params: WorkspaceParams },
      responses: { 200: json(RetentionOverview), ...errors(401, 403, 404) },
    }),
    async (c) => c.json(await inScope(c, deps, 'admin', (tx, actor) => retentionOverview(tx, actor, now())), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/disposal/preview`,
      tags,
      summary: 'What a disposal run now would do: every case due and what goes from it, with the fingerprint to confirm (admin)',
      request: { params: WorkspaceParams },
      responses: { 200: json(DisposalPreview), ...errors(401, 403, 404) },
    }),
    async (c) => c.json(await inScope(c, deps, 'admin', (tx, actor) => disposalPreview(tx, actor, now())), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/disposal/runs`,
      tags,
      summary: 'Confirm a preview: dispose of exactly its cases (409 when the list changed since); confirming the same preview again answers with the first run',
      request: { params: WorkspaceParams, body: jsonBody(DisposalRunBody) },
      responses: { 200: json(DisposalRun, 'Done, or done before'), ...errors(401, 403, 404, 409, 422) },
    }),
    async (c) => c.json(await inScope(c, deps, 'admin', (tx, actor) => runDisposal(tx, actor, c.req.valid('json').fingerprint, now())), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/subject`,
      tags,
      summary: 'A data subject by person or e-mail address: what is held, and what an erasure would erase and keep, and why (admin; audited)',
      request: { params: WorkspaceParams, query: SubjectQuery },
      responses: { 200: json(SubjectSummary), ...errors(401, 403, 404, 422) },
    }),
    async (c) => c.json(await inScope(c, deps, 'admin', (tx, actor) => lookUpSubject(tx, actor, c.req.valid('query'), c.get('locale'), now())), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/subject/export`,
      tags,
      summary: 'Everything held about a data subject, as JSON or as a readable PDF (admin; audited)',
      request: { params: WorkspaceParams, query: ExportQuery },
      responses: {
        200: { description: 'The file', content: { 'application/json': { schema: SubjectExport }, 'application/pdf': { schema: z.string().openapi({ type: 'string', format: 'binary' }) } } },
        ...errors(401, 403, 404, 422),
      },
    }),
    async (c) => {
      const { format, lang, ...q } = c.req.valid('query');
      const locale = lang ?? c.get('locale');
      const at = now();
      const out = await inScope(c, deps, 'admin', (tx, actor) => exportSubject(tx, actor, q, format, locale, at));
      const name = `personal-data-${at.toISOString().slice(0, 10)}.${format}`;
      const disposition = `attachment; filename="${name}"`;
      if (format === 'json') return c.body(JSON.stringify(out.doc, null, 2), 200, { 'content-type': 'application/json; charset=utf-8', 'content-disposition': disposition });
      const pdf = await out.renderPdf();
      return c.body(new Uint8Array(pdf) as Uint8Array<ArrayBuffer>, 200, { 'content-type': 'application/pdf', 'content-disposition': disposition });
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/subject/erase`,
      tags,
      summary: 'Erase a data subject where no retention rule forbids it; the answer lists what was erased and what is kept and why (admin; audited)',
      request: { params: WorkspaceParams, body: jsonBody(EraseBody) },
      responses: { 200: json(ErasureResult), ...errors(401, 403, 404, 422) },
    }),
    async (c) => c.json(await inScope(c, deps, 'admin', (tx, actor) => erase(tx, actor, c.req.valid('json'), c.get('locale'), now())), 200),
  );
  return app;
}
