// Routes: calls for proposals. Everyone in the workspace reads calls and may follow them (the
// reminders are theirs); officers enter and change calls; administrators set the reminder days.
import { createRoute, z } from '@hono/zod-openapi';
import { errors, json, jsonBody, router, Uuid } from '../../http/openapi.ts';
import type { AppDeps } from '../../http/context.ts';
import { AppError } from '../../http/problem.ts';
import { inScope } from '../../http/scope.ts';
import { requireRole } from '../../http/session.ts';
import { bodyLimitMiddleware } from '../../http/security.ts';
import { uploadedFile, XLSX_TYPE } from '../../http/upload.ts';
import { CALL_IMPORT_LIMIT_BYTES, CallImportQuery, DryRunDone, importCalls, parseCallFile } from './import.ts';
import { WorkspaceParams } from '../members/schema.ts';
import { Call, CallPage, CallParams, CallQuery, CallSettings, CreateCallBody, UpdateCallBody } from './schema.ts';
import { createCall, deleteCall, followCall, getCall, listCalls, reminderDays, setReminderDays, updateCall } from './service.ts';

export function callRoutes(deps: AppDeps) {
  const app = router();
  const tags = ['calls'];
  const now = () => deps.now?.() ?? new Date();
  const base = '/api/w/{workspaceId}/calls';
  const one = `${base}/{callId}`;
  const settings = '/api/w/{workspaceId}/call-settings';

  app.openapi(
    createRoute({ method: 'get', path: settings, tags, summary: 'Days before each deadline on which followers are reminded', request: { params: WorkspaceParams }, responses: { 200: json(CallSettings), ...errors(401, 404) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', async (tx) => ({ reminderDays: await reminderDays(tx) })), 200),
  );
  app.openapi(
    createRoute({ method: 'put', path: settings, tags, summary: 'Set the reminder days (administrator); an empty list sends no reminders', request: { params: WorkspaceParams, body: jsonBody(CallSettings) }, responses: { 200: json(CallSettings), ...errors(401, 403, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'admin', (tx, actor) => setReminderDays(tx, actor, c.req.valid('json').reminderDays, now())), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: base, tags, summary: 'Calls with filters, sort, pages and counts per status (forthcoming, open, closed: derived from the dates)', request: { params: WorkspaceParams, query: CallQuery }, responses: { 200: json(CallPage), ...errors(401, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx, actor) => listCalls(tx, actor, c.req.valid('query'), now(), c.get('locale'))), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: base, tags, summary: 'Enter a call; deadlines as published, a wall time in the call’s time zone (Europe/Brussels unless told)', request: { params: WorkspaceParams, body: jsonBody(CreateCallBody) }, responses: { 201: json(Call, 'Created'), ...errors(401, 403, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'officer', (tx, actor) => createCall(tx, actor, c.req.valid('json'), now())), 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: one, tags, summary: 'One call', request: { params: CallParams }, responses: { 200: json(Call), ...errors(401, 404) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx, actor) => getCall(tx, actor, c.req.valid('param').callId, now())), 200),
  );
  app.openapi(
    createRoute({ method: 'patch', path: one, tags, summary: 'Change a call; send the version you read (409 when someone changed it since)', request: { params: CallParams, body: jsonBody(UpdateCallBody) }, responses: { 200: json(Call), ...errors(401, 403, 404, 409, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'officer', (tx, actor) => updateCall(tx, actor, c.req.valid('param').callId, c.req.valid('json'), now())), 200),
  );
  app.openapi(
    createRoute({ method: 'delete', path: one, tags, summary: 'Delete a call; projects that answered it keep everything but the link', request: { params: CallParams }, responses: { 204: { description: 'Deleted' }, ...errors(401, 403, 404) } }),
    async (c) => {
      await inScope(c, deps, 'officer', (tx, actor) => deleteCall(tx, actor, c.req.valid('param').callId, now()));
      return c.body(null, 204);
    },
  );
  const ImportResult = z
    .object({
      dryRun: z.boolean(),
      rows: z.number().int(),
      created: z.number().int(),
      updated: z.number().int().openapi({ description: 'Calls already in the workspace (same programme and identifier), changed to the file’s values' }),
      unchanged: z.number().int().openapi({ description: 'Calls already in the workspace that the file describes as they are (left alone)' }),
      items: z.array(z.object({ row: z.number().int(), action: z.enum(['create', 'update', 'unchanged']), id: Uuid.nullable(), title: z.string() })),
    })
    .openapi('CallImportResult');
  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/import`,
      tags,
      summary:
        'Import calls from CSV, XLSX or JSON (officer, up to 5 MB): columns by their names in sv, da or en; all or nothing, every refused row listed with its field (rows.<row>.<field>); dryRun=true checks without writing',
      middleware: [bodyLimitMiddleware(CALL_IMPORT_LIMIT_BYTES)] as const,
      request: {
        params: WorkspaceParams,
        query: CallImportQuery,
        body: {
          required: true,
          content: {
            'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } },
            'text/csv': { schema: { type: 'string' } },
            'application/json': { schema: { type: 'array', items: { type: 'object' } } },
            [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } },
          },
        },
      },
      responses: { 200: json(ImportResult), ...errors(401, 403, 404, 413, 422) },
    }),
    async (c) => {
      requireRole(c, 'officer');
      const file = await uploadedFile(c, ['application/json']);
      if (!file) throw new AppError(422, 'problem.validation', { fields: [{ field: 'file', key: 'import.unsupported_type' }] });
      // Read before the transaction opens: PGlite has one connection and an XLSX takes a while.
      const parsed = await parseCallFile(file.bytes);
      const dry = c.req.valid('query').dryRun === 'true';
      try {
        return c.json(await inScope(c, deps, 'officer', (tx, actor) => importCalls(tx, actor, parsed, { dryRun: dry, now: now() })), 200);
      } catch (err) {
        if (err instanceof DryRunDone) return c.json(err.result, 200);
        throw err;
      }
    },
  );
  const Follow = z.object({ following: z.boolean() }).strict().openapi('CallFollowBody');
  app.openapi(
    createRoute({ method: 'put', path: `${one}/follow`, tags, summary: 'Follow a call (reminders before each deadline) or stop following it', request: { params: CallParams, body: jsonBody(Follow) }, responses: { 200: json(Call), ...errors(401, 404, 422) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx, actor) => followCall(tx, actor, c.req.valid('param').callId, c.req.valid('json').following, now())), 200),
  );
  return app;
}
