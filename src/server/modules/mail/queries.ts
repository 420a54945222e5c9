// Queries on the outbox. Those taking a Tx run inside one workspace (row-level security); those
// taking the Kysely instance are the sender's, across workspaces as the owning role, each
// filtered explicitly by workspace and id.
import type { Insertable, Kysely } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';
import type { DB, MailOutboxTable, MailStatus } from '../../db/types.ts';

const summaryColumns = [
  'id',
  'seq',
  'to_address',
  'subject',
  'status',
  'language',
  'template',
  'related_type',
  'related_id',
  'attempts',
  'last_error',
  'created_at',
  'sent_at',
  'next_attempt_at',
] as const;

export async function insertMail(tx: Tx, values: Insertable<MailOutboxTable>) {
  return tx.insertInto('mail_outbox').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function selectOutboxPage(tx: Tx, q: { status?: MailStatus; cursor?: string; limit: number }) {
  let query = tx.selectFrom('mail_outbox').select(summaryColumns).orderBy('seq', 'desc').limit(q.limit + 1);
  if (q.status) query = query.where('status', '=', q.status);
  if (q.cursor) query = query.where('seq', '<', Number(q.cursor));
  return query.execute();
}

export async function countByStatus(tx: Tx) {
  return tx.selectFrom('mail_outbox').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
}

export async function selectMail(tx: Tx, id: string) {
  return tx
    .selectFrom('mail_outbox')
    .select([...summaryColumns, 'reply_to', 'body_text', 'body_html'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Back to the queue, with a fresh set of attempts; only a failed or held message. */
export async function requeueMail(tx: Tx, id: string, now: Date) {
  return tx
    .updateTable('mail_outbox')
    .set({ status: 'queued', attempts: 0, next_attempt_at: now, claimed_at: null })
    .where('id', '=', id)
    .where('status', 'in', ['failed', 'held'])
    .returning('id')
    .executeTakeFirst();
}

// ---- The sender's queries (no workspace scope) ----

/** No SMTP configured: every queued message not being sent is held. */
export async function holdQueued(db: Kysely<DB>) {
  const r = await db.updateTable('mail_outbox').set({ status: 'held' }).where('status', '=', 'queued').where('claimed_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function dueMail(db: Kysely<DB>, now: Date, limit: number) {
  return db
    .selectFrom('mail_outbox')
    .select(['workspace_id', 'id'])
    .where('status', '=', 'queued')
    .where('claimed_at', 'is', null)
    .where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at')
    .orderBy('seq')
    .limit(limit)
    .execute();
}

/**
 * Takes one message for sending. The WHERE clause is checked again under the row lock, so of
 * two senders racing for the same message exactly one gets it; the other gets nothing.
 */
export async function claimMail(db: Kysely<DB>, key: { workspace_id: string; id: string }, now: Date) {
  const row = await db
    .updateTable('mail_outbox')
    .set((eb) => ({ claimed_at: now, attempts: eb('attempts', '+', 1) }))
    .where('workspace_id', '=', key.workspace_id)
    .where('id', '=', key.id)
    .where('status', '=', 'queued')
    .where('claimed_at', 'is', null)
    .returning(['workspace_id', 'id', 'to_address', 'reply_to', 'subject', 'body_text', 'body_html', 'language', 'attempts', 'claimed_at'])
    .executeTakeFirst();
  if (!row) return null;
  const ws = await db.selectFrom('workspaces').select('name').where('id', '=', key.workspace_id).executeTakeFirst();
  return { ...row, workspace_name: ws?.name ?? 'Samverkan' };
}

export type ClaimedMail = NonNullable<Awaited<ReturnType<typeof claimMail>>>;

/** Delivered: recorded whatever happened to the claim meanwhile, since the mail did go out. */
export async function markSent(db: Kysely<DB>, mail: ClaimedMail, now: Date) {
  await db
    .updateTable('mail_outbox')
    .set({ status: 'sent', sent_at: now, claimed_at: null, last_error: null })
    .where('workspace_id', '=', mail.workspace_id)
    .where('id', '=', mail.id)
    .execute();
}

/** Not delivered: tried again at `retryAt`, or failed for good when it is null. */
export async function markNotSent(db: Kysely<DB>, mail: ClaimedMail, error: string, retryAt: Date | null) {
  await db
    .updateTable('mail_outbox')
    .set(retryAt ? { claimed_at: null, last_error: error, next_attempt_at: retryAt } : { status: 'failed', claimed_at: null, last_error: error })
    .where('workspace_id', '=', mail.workspace_id)
    .where('id', '=', mail.id)
    .where('status', '=', 'queued')
    .where('claimed_at', '=', mail.claimed_at!)
    .execute();
}

/**
 * Messages claimed long ago whose sender never recorded an outcome (the process died while
 * sending). They may have been delivered, so they are not sent again by themselves: they fail
 * with a note, and an admin decides whether to retry.
 */
export async function failInterrupted(db: Kysely<DB>, claimedBefore: Date, note: string) {
  const r = await db
    .updateTable('mail_outbox')
    .set({ status: 'failed', claimed_at: null, last_error: note })
    .where('status', '=', 'queued')
    .where('claimed_at', '<', claimedBefore)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
