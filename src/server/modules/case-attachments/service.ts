// Attachments of a case: add (checked, hashed, audited), list, read (audited: a file may hold
// personal data) and remove (audited). Every call runs inside the caller's workspace transaction.
import { createHash } from 'node:crypto';
import type { Tx } from '../../db/tenancy.ts';
import { AppError } from '../../http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../members/service.ts';
import { MAX_BYTES, MAX_PER_CASE, checkFile, cleanName } from './files.ts';

const columns = ['id', 'case_id', 'filename', 'content_type', 'size_bytes', 'sha256', 'created_by', 'created_at'] as const;

function present(r: { id: string; case_id: string; filename: string; content_type: string; size_bytes: number; sha256: string; created_by: string | null; created_at: Date }) {
  return { id: r.id, caseId: r.case_id, filename: r.filename, contentType: r.content_type, size: r.size_bytes, sha256: r.sha256, createdBy: r.created_by, createdAt: r.created_at.toISOString() };
}

async function requireCase(tx: Tx, caseId: string, lock = false) {
  let q = tx.selectFrom('cases').select(['id', 'reference']).where('id', '=', caseId);
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw new AppError(404, 'problem.not_found');
  return row;
}

const invalid = (key: 'attachment.missing' | 'attachment.empty' | 'attachment.too_large' | 'attachment.type' | 'attachment.too_many', vars?: Record<string, number>) =>
  new AppError(422, 'problem.validation', { fields: [{ field: 'file', key, vars }] });

/** Checks the file before any transaction opens (the type is read from the bytes). */
export async function checkUpload(file: { bytes: Uint8Array; name: string } | null) {
  if (!file) throw invalid('attachment.missing');
  const checked = await checkFile(file.bytes, file.name);
  if (!checked.ok) throw invalid(checked.reason, { max: MAX_BYTES / 1024 / 1024 });
  return { bytes: file.bytes, filename: cleanName(file.name), contentType: checked.contentType };
}

export async function addAttachment(tx: Tx, actor: Actor, caseId: string, file: { bytes: Uint8Array; filename: string; contentType: string }) {
  const c = await requireCase(tx, caseId, true); // the lock keeps two uploads from passing the count together
  const { n } = await tx.selectFrom('case_attachments').select((eb) => eb.fn.countAll<number>().as('n')).where('case_id', '=', caseId).executeTakeFirstOrThrow();
  if (Number(n) >= MAX_PER_CASE) throw invalid('attachment.too_many', { max: MAX_PER_CASE });
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const row = await tx
    .insertInto('case_attachments')
    .values({ workspace_id: actor.workspaceId, case_id: caseId, filename: file.filename, content_type: file.contentType, size_bytes: file.bytes.length, sha256, content: file.bytes, created_by: actor.userId })
    .returning(columns)
    .executeTakeFirstOrThrow();
  const after = { reference: c.reference, filename: row.filename, contentType: row.content_type, size: row.size_bytes, sha256 };
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'case.attachment_add', entityType: 'case', entityId: caseId, after });
  return present(row);
}

export async function listAttachments(tx: Tx, caseId: string) {
  await requireCase(tx, caseId);
  const rows = await tx.selectFrom('case_attachments').select(columns).where('case_id', '=', caseId).orderBy('created_at').orderBy('id').execute();
  return { items: rows.map(present) };
}

export async function readAttachment(tx: Tx, actor: Actor, caseId: string, attachmentId: string) {
  const row = await tx.selectFrom('case_attachments').select([...columns, 'content']).where('case_id', '=', caseId).where('id', '=', attachmentId).executeTakeFirst();
  if (!row) throw new AppError(404, 'problem.not_found');
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'case.attachment_read', entityType: 'case', entityId: caseId, after: { filename: row.filename, attachmentId } });
  return { ...present(row), content: row.content };
}

export async function removeAttachment(tx: Tx, actor: Actor, caseId: string, attachmentId: string) {
  await requireCase(tx, caseId, true);
  const row = await tx.deleteFrom('case_attachments').where('case_id', '=', caseId).where('id', '=', attachmentId).returning(columns).executeTakeFirst();
  if (!row) throw new AppError(404, 'problem.not_found');
  await recordAudit(tx, { ...actor, actorId: actor.userId, action: 'case.attachment_remove', entityType: 'case', entityId: caseId, before: { filename: row.filename, sha256: row.sha256, size: row.size_bytes } });
}
