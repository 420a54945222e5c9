// Disposal runs: first a preview of every case that is due and what goes from each, then an
// admin confirms it. The preview's fingerprint (the workspace's date and the cases it lists) is
// what the admin confirms: the run recomputes the list, refuses if it is not the same (409), and
// records itself under that fingerprint, so confirming twice disposes once and answers the same.
import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';
import { AppError } from '../../http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import type { Actor } from '../members/service.ts';
import { todayIn, workspaceFacts } from '../cases/register.ts';
import { disposeCases, whatGoes, type Disposable } from './dispose.ts';
import { dueCases, retentionRules, type DueCase } from './retention.ts';

export function fingerprintOf(asOf: string, ids: string[]): string {
  return crypto.createHash('sha256').update(`${asOf}\n${[...ids].sort().join('\n')}`).digest('hex');
}

function presentItem(c: DueCase, goes: Disposable | undefined) {
  return {
    id: c.id,
    reference: c.reference,
    receivedAt: c.received_at.toISOString(),
    closedAt: c.closed_at.toISOString(),
    category: { code: c.category_code, labels: c.category_labels },
    retentionYears: c.retention_years,
    keptUntil: c.keptUntil,
    titleAfter: goes?.titleAfter ?? '',
    removes: goes?.removes ?? { requester: [], description: false, messages: 0, notes: 0, comments: 0, linkNotes: 0, referralNotes: 0, attachments: 0, mail: 0 },
  };
}

export type DisposalItem = ReturnType<typeof presentItem>;

async function currentPreview(tx: Tx, actor: Actor, now: Date) {
  const ws = await workspaceFacts(tx, actor.workspaceId);
  const asOf = todayIn(ws, now);
  const { cases, more } = await dueCases(tx, ws, asOf, now);
  const goes = new Map((await whatGoes(tx, cases.map((c) => c.id))).map((g) => [g.id, g]));
  return { ws, asOf, cases, more, goes, fingerprint: fingerprintOf(asOf, cases.map((c) => c.id)) };
}

/** What a run confirmed now would dispose of, and its fingerprint. Reads no personal data out. */
export async function disposalPreview(tx: Tx, actor: Actor, now: Date) {
  const p = await currentPreview(tx, actor, now);
  return { asOf: p.asOf, fingerprint: p.fingerprint, items: p.cases.map((c) => presentItem(c, p.goes.get(c.id))), more: p.more };
}

function presentRun(r: { id: string; as_of: string; run_at: Date; actor_id: string | null; actor_name?: string | null; case_count: number; summary: unknown; fingerprint: string }, repeated: boolean) {
  return {
    id: r.id,
    fingerprint: r.fingerprint,
    asOf: r.as_of,
    runAt: r.run_at.toISOString(),
    actor: r.actor_id ? { id: r.actor_id, name: r.actor_name ?? '' } : null,
    caseCount: r.case_count,
    items: r.summary as DisposalItem[],
    repeated,
  };
}

/**
 * Disposes of exactly what the preview with this fingerprint listed, and records the run under
 * that fingerprint. A second confirmation answers with the first run's record. Two at the same
 * time: runs in one workspace take turns on a transaction lock, so the second starts after the
 * first has committed and finds its record (without the lock it could read the cases after the
 * first's commit but before seeing its record, and call its own preview stale).
 */
export async function runDisposal(tx: Tx, actor: Actor, fingerprint: string, now: Date) {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`privacy.disposal:${actor.workspaceId}`}, 0))`.execute(tx);
  const existing = await findRun(tx, fingerprint);
  if (existing) return presentRun(existing, true);
  const p = await currentPreview(tx, actor, now);
  if (p.fingerprint !== fingerprint) throw new AppError(409, 'privacy.preview_stale');
  if (!p.cases.length) throw new AppError(409, 'privacy.nothing_due');
  const done = await disposeCases(tx, p.cases.map((c) => c.id), new Map(p.cases.map((c) => [c.id, c.keptUntil])), now);
  const byId = new Map(done.map((d) => [d.id, d]));
  // The record holds references, categories, dates and counts: no personal data, no titles.
  const items = p.cases.filter((c) => byId.has(c.id)).map((c) => ({ ...presentItem(c, byId.get(c.id)), titleAfter: '' }));
  const run = items.length
    ? await tx
        .insertInto('disposal_runs')
        .values({ workspace_id: p.ws.id, fingerprint, as_of: p.asOf, run_at: now, actor_id: actor.userId, case_count: items.length, summary: JSON.stringify(items) })
        .onConflict((oc) => oc.columns(['workspace_id', 'fingerprint']).doNothing())
        .returning('id')
        .executeTakeFirst()
    : undefined;
  if (!run) {
    const first = await findRun(tx, fingerprint);
    if (!first) throw new AppError(409, 'privacy.preview_stale');
    return presentRun(first, true);
  }
  await recordAudit(tx, {
    ...actor,
    actorId: actor.userId,
    action: 'privacy.disposal_run',
    entityType: 'disposal_run',
    entityId: run.id,
    after: { asOf: p.asOf, fingerprint, cases: items.map((i) => i.reference) },
  });
  return presentRun((await findRun(tx, fingerprint))!, false);
}

async function findRun(tx: Tx, fingerprint: string) {
  return tx
    .selectFrom('disposal_runs as d')
    .leftJoin('users as u', 'u.id', 'd.actor_id')
    .select(['d.id', 'd.fingerprint', 'd.as_of', 'd.run_at', 'd.actor_id', 'u.name as actor_name', 'd.case_count', 'd.summary'])
    .where('d.fingerprint', '=', fingerprint)
    .executeTakeFirst();
}

export async function retentionOverview(tx: Tx, actor: Actor, now: Date) {
  const ws = await workspaceFacts(tx, actor.workspaceId);
  const today = todayIn(ws, now);
  const runs = await tx
    .selectFrom('disposal_runs as d')
    .leftJoin('users as u', 'u.id', 'd.actor_id')
    .select(['d.id', 'd.fingerprint', 'd.as_of', 'd.run_at', 'd.actor_id', 'u.name as actor_name', 'd.case_count', 'd.summary'])
    .orderBy('d.run_at', 'desc')
    .limit(10)
    .execute();
  return { today, categories: await retentionRules(tx, ws, today), runs: runs.map((r) => ({ ...presentRun(r, false), items: undefined })) };
}
