// Routes: upload a sheet, dry-run it with a column mapping, run it batch by batch (the page calls
// `run` until the status is done and draws the bar from the counts), and export organisations.
import { createRoute, z } from '@hono/zod-openapi';
import { errors, json, jsonBody, router } from '../../http/openapi.ts';
import type { AppDeps } from '../../http/context.ts';
import { inScope } from '../../http/scope.ts';
import { AppError } from '../../http/problem.ts';
import { bodyLimitMiddleware } from '../../http/security.ts';
import { uploadedFile, XLSX_TYPE } from '../../http/upload.ts';
import { requireRole } from '../../http/session.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { exportRows, toCsv, toXlsx } from './export.ts';
import { readSheet } from './read.ts';
import { reportCsv } from './report.ts';
import { ColumnValues, DryRun, DryRunBody, ExportQuery, ImportList, ImportParams, ImportRows, ImportState, RowsQuery, RunBody, Upload, UploadQuery, ValuesBody } from './schema.ts';
import { createImport, deleteImport, dryRun, importRows, importState, listImports, runImport, valuesOf } from './service.ts';

/** Uploads may be this large; every other /api route keeps the global limit (see app.ts). */
export const IMPORT_LIMIT_BYTES = 20 * 1024 * 1024;
const UPLOAD_PATH = /^\/api\/w\/[^/]+\/imports\/?$/;
export const isImportUpload = (method: string, path: string) => method === 'POST' && UPLOAD_PATH.test(path);

/** How long one `run` request keeps importing before it answers with the progress. */
const RUN_BUDGET_MS = 3000;

const XLSX = XLSX_TYPE;
const binary = { type: 'string', format: 'binary' } as const;

export function importRoutes(deps: AppDeps) {
  const app = router();
  const tags = ['import'];
  const base = '/api/w/{workspaceId}/imports';
  const { db } = deps.database;

  app.openapi(
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: 'Upload a CSV (any of , ; tab; UTF-8, UTF-16 or Windows-1252) or XLSX file of organisations or relations (officer, up to 20 MB)',
      middleware: [bodyLimitMiddleware(IMPORT_LIMIT_BYTES)] as const,
      request: {
        params: WorkspaceParams,
        query: UploadQuery,
        body: {
          required: true,
          content: {
            'multipart/form-data': { schema: { type: 'object', properties: { file: binary }, required: ['file'] } },
            'text/csv': { schema: { type: 'string' } },
            [XLSX]: { schema: binary },
          },
        },
      },
      responses: { 201: json(Upload, 'Stored; map the columns and dry-run it'), ...errors(401, 403, 404, 413, 422) },
    }),
    async (c) => {
      const scope = requireRole(c, 'officer');
      const file = await uploadedFile(c);
      if (!file) throw new AppError(422, 'problem.validation', { fields: [{ field: 'file', key: 'import.unsupported_type' }] });
      const query = c.req.valid('query');
      // Parsed before the transaction opens: PGlite has one connection and an XLSX takes a while.
      const sheet = await readSheet(file.bytes);
      const name = (file.name ?? query.filename ?? null)?.slice(0, 255) ?? null;
      const actor = { ...scope, requestId: c.get('requestId') };
      return c.json(await inScope(c, deps, 'officer', (tx) => createImport(tx, actor, query.kind, name, sheet)), 201);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: base, tags, summary: 'The latest 50 imports, newest first (to continue one that stopped)', request: { params: WorkspaceParams }, responses: { 200: json(ImportList), ...errors(401, 403, 404) } }),
    async (c) => c.json(await inScope(c, deps, 'officer', (tx) => listImports(tx)), 200),
  );

  app.openapi(
    createRoute({ method: 'get', path: `${base}/{importId}`, tags, summary: 'An import’s status and progress (for the progress bar) and the rows that failed', request: { params: ImportParams }, responses: { 200: json(ImportState), ...errors(401, 403, 404) } }),
    async (c) => c.json(await inScope(c, deps, 'officer', (tx) => importState(tx, c.req.valid('param').importId, c.get('locale'))), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/{importId}/dry-run`,
      tags,
      summary:
        'Check every row with a column mapping and value choices, as the run would: rows with errors, rows that are one organisation (or link), organisations the register has (by identifier, or by name and country) and similar names. Keeps the findings per row for GET …/rows; writes nothing to the register',
      request: { params: ImportParams, body: jsonBody(DryRunBody) },
      responses: { 200: json(DryRun), ...errors(401, 403, 404, 409, 422) },
    }),
    async (c) => c.json(await inScope(c, deps, 'officer', (tx) => dryRun(tx, c.req.valid('param').importId, c.req.valid('json'), c.get('locale'))), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/{importId}/values`,
      tags,
      summary: 'For each mapped coded column (kind, country, NUTS, NACE, local; relation type, status, countries): its distinct values with how many rows each and what each will become',
      request: { params: ImportParams, body: jsonBody(ValuesBody) },
      responses: { 200: json(ColumnValues), ...errors(401, 403, 404, 422) },
    }),
    async (c) => c.json(await inScope(c, deps, 'officer', (tx) => valuesOf(tx, c.req.valid('param').importId, c.req.valid('json'), c.get('locale'))), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{importId}/rows`,
      tags,
      summary: 'Rows of the import with what the check found or the run did (error, repeat, match, similar, exists, new; created, updated, matched, repeated, skipped, failed), in sheet order, a page at a time',
      request: { params: ImportParams, query: RowsQuery },
      responses: { 200: json(ImportRows), ...errors(401, 403, 404, 422) },
    }),
    async (c) => c.json(await inScope(c, deps, 'officer', (tx) => importRows(tx, c.req.valid('param').importId, c.req.valid('query'), c.get('locale'))), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{importId}/report.csv`,
      tags,
      summary: 'Every row of the import with what the check found or the run did, as CSV (semicolons, UTF-8 with BOM) in the caller’s language',
      request: { params: ImportParams },
      responses: { 200: { description: 'The report', content: { 'text/csv': { schema: z.string() } } }, ...errors(401, 403, 404) },
    }),
    async (c) => {
      const { importId } = c.req.valid('param');
      const body = await inScope(c, deps, 'officer', async (tx) => {
        await importRows(tx, importId, { after: 0, limit: 1 }, c.get('locale')); // 404 for another workspace's import
        return reportCsv(tx, importId, c.get('locale'));
      });
      return c.body(body, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="import-${importId.slice(0, 8)}-report.csv"` });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/{importId}/run`,
      tags,
      summary: 'Import the good rows in batches of 2,000 (one transaction each): one organisation per organisation of the file, those the register has left, filled in or skipped as asked. Answers after a few seconds with the progress; call again until status is done. Resumes after an interruption',
      request: { params: ImportParams, body: jsonBody(RunBody) },
      responses: { 200: json(ImportState), ...errors(401, 403, 404, 409, 422) },
    }),
    async (c) => {
      const scope = requireRole(c, 'officer');
      const { importId } = c.req.valid('param');
      await runImport(db, { ...scope, requestId: c.get('requestId') }, importId, c.req.valid('json'), { budgetMs: RUN_BUDGET_MS });
      return c.json(await inScope(c, deps, 'officer', (tx) => importState(tx, importId, c.get('locale'))), 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: `${base}/{importId}`, tags, summary: 'Discard an import and its stored rows (organisations already created stay)', request: { params: ImportParams }, responses: { 204: { description: 'Deleted' }, ...errors(401, 403, 404) } }),
    async (c) => {
      await inScope(c, deps, 'officer', (tx, actor) => deleteImport(tx, actor, c.req.valid('param').importId));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/w/{workspaceId}/organisations/export',
      tags: ['register'],
      summary: 'Organisations as CSV (semicolons, UTF-8 with BOM) or XLSX, with the list’s filters; the file imports back unchanged',
      request: { params: WorkspaceParams, query: ExportQuery },
      responses: {
        200: { description: 'The file', content: { 'text/csv': { schema: z.string() }, [XLSX]: { schema: z.string().openapi(binary) } } },
        ...errors(401, 404, 422),
      },
    }),
    async (c) => {
      const { format, ...filter } = c.req.valid('query');
      const rows = await inScope(c, deps, 'viewer', (tx) => exportRows(tx, filter, c.get('locale')));
      const body = format === 'xlsx' ? await toXlsx(rows) : toCsv(rows);
      const day = new Date().toISOString().slice(0, 10);
      return c.body(body as Uint8Array<ArrayBuffer>, 200, {
        'content-type': format === 'xlsx' ? XLSX : 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="organisations-${day}.${format}"`,
      });
    },
  );

  return app;
}
