// Routes: attachments of a case. Desk staff and up attach and remove; every member may list and
// download, and each download is audited. Files are served as downloads, never rendered inline.
import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../../http/context.ts';
import { errors, json, router } from '../../http/openapi.ts';
import { inScope } from '../../http/scope.ts';
import { bodyLimitMiddleware } from '../../http/security.ts';
import { formFile } from '../../http/upload.ts';
import { CaseParams } from '../cases/schema.ts';
import { MAX_BYTES } from './files.ts';
import { addAttachment, checkUpload, listAttachments, readAttachment, removeAttachment } from './service.ts';

const UPLOAD_PATH = /^\/api\/w\/[^/]+\/cases\/[^/]+\/attachments\/?$/;
/** Uploads carry their own limit (the file plus the multipart envelope) instead of the API's. */
export const isAttachmentUpload = (method: string, path: string) => method === 'POST' && UPLOAD_PATH.test(path);

const AttachmentParams = CaseParams.extend({ attachmentId: z.uuid().openapi({ param: { name: 'attachmentId', in: 'path' } }) });
const Attachment = z
  .object({ id: z.uuid(), caseId: z.uuid(), filename: z.string(), contentType: z.string(), size: z.number(), sha256: z.string(), createdBy: z.uuid().nullable(), createdAt: z.string() })
  .openapi('CaseAttachment');
const AttachmentList = z.object({ items: z.array(Attachment) }).openapi('CaseAttachmentList');

/** RFC 6266 filename: an ASCII fallback plus the UTF-8 name. */
function disposition(name: string) {
  const ascii = name.normalize('NFD').replace(/[^\x20-\x7E]/g, '').replace(/["\\]/g, '') || 'attachment';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function caseAttachmentRoutes(deps: AppDeps) {
  const app = router();
  const tags = ['case desk'];
  const base = '/api/w/{workspaceId}/cases/{caseId}/attachments';

  app.openapi(
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: `Attach a file to a case (desk; PDF, PNG, JPEG, WebP, Word, Excel, OpenDocument or text, at most ${MAX_BYTES / 1024 / 1024} MB, the type read from the content)`,
      middleware: [bodyLimitMiddleware(MAX_BYTES + 64 * 1024)] as const,
      request: {
        params: CaseParams,
        body: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } } } },
      },
      responses: { 201: json(Attachment, 'Attached'), ...errors(401, 403, 404, 413, 422) },
    }),
    async (c) => {
      // Checked before the transaction opens: reading a 10 MB file's type takes a moment.
      const file = await checkUpload(await formFile(c));
      return c.json(await inScope(c, deps, 'desk', (tx, actor) => addAttachment(tx, actor, c.req.valid('param').caseId, file)), 201);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: base, tags, summary: 'The files attached to a case', request: { params: CaseParams }, responses: { 200: json(AttachmentList), ...errors(401, 404) } }),
    async (c) => c.json(await inScope(c, deps, 'viewer', (tx) => listAttachments(tx, c.req.valid('param').caseId)), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{attachmentId}`,
      tags,
      summary: 'Download an attached file (the read is audited)',
      request: { params: AttachmentParams },
      responses: { 200: { description: 'The file, as a download', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } }, ...errors(401, 404) },
    }),
    async (c) => {
      const { caseId, attachmentId } = c.req.valid('param');
      const file = await inScope(c, deps, 'viewer', (tx, actor) => readAttachment(tx, actor, caseId, attachmentId));
      return c.body(new Uint8Array(file.content), 200, {
        'content-type': file.contentType,
        'content-disposition': disposition(file.filename),
        'content-security-policy': "default-src 'none'; sandbox",
      });
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: `${base}/{attachmentId}`, tags, summary: 'Remove an attached file (desk; audited)', request: { params: AttachmentParams }, responses: { 204: { description: 'Removed' }, ...errors(401, 403, 404) } }),
    async (c) => {
      const { caseId, attachmentId } = c.req.valid('param');
      await inScope(c, deps, 'desk', (tx, actor) => removeAttachment(tx, actor, caseId, attachmentId));
      return c.body(null, 204);
    },
  );

  return app;
}
