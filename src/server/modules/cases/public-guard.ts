// Spam defence for the public form, without any outside service: attempts per IP address and
// submissions per workspace in a sliding window (in process memory, like login throttling), and
// counts of refused submissions per workspace, reason and day. Refusals are counted in memory and
// written at most every FLUSH_MS (and before anyone reads them), so a flood of refusals costs one
// small upsert per interval instead of one write per request.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { inWorkspace } from '../../db/tenancy.ts';
import { FailureThrottle } from '../../http/throttle.ts';
import { localDate } from './due-dates.ts';

export type RejectionReason = 'honeypot' | 'rate_limited' | 'too_large' | 'invalid';

const FLUSH_MS = 10_000;

export interface GuardLimits {
  perIp: number;
  perWorkspace: number;
  windowMinutes: number;
}

export class PublicFormGuard {
  private ips: FailureThrottle;
  private workspaces: FailureThrottle;
  /** workspaceId → "day|reason" → count, not yet written. */
  private pending = new Map<string, Map<string, number>>();
  private lastFlush: number;

  constructor(
    private db: Kysely<DB>,
    limits: GuardLimits,
    private clock: () => number,
  ) {
    const windowMs = limits.windowMinutes * 60_000;
    this.ips = new FailureThrottle({ limit: limits.perIp, windowMs }, clock);
    this.workspaces = new FailureThrottle({ limit: limits.perWorkspace, windowMs }, clock);
    this.lastFlush = clock();
  }

  /** Seconds to wait before this IP may submit to this workspace again; 0 when it may now. */
  retryAfter(ip: string, workspaceId: string): number {
    return Math.max(this.ips.retryAfter(ip), this.workspaces.retryAfter(workspaceId));
  }

  /** Every attempt that was not itself refused for its rate counts against the IP. */
  attempted(ip: string) {
    this.ips.fail(ip);
  }

  /** A stored submission counts against the workspace. */
  accepted(workspaceId: string) {
    this.workspaces.fail(workspaceId);
  }

  async refused(workspace: { id: string; timeZone: string }, reason: RejectionReason) {
    const day = localDate(new Date(this.clock()), workspace.timeZone);
    const counts = this.pending.get(workspace.id) ?? new Map<string, number>();
    const key = `${day}|${reason}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    this.pending.set(workspace.id, counts);
    // A failed write keeps the counts for the next flush; the visitor's answer does not depend on it.
    if (this.clock() - this.lastFlush >= FLUSH_MS) await this.flush().catch(() => undefined);
  }

  /** Writes the pending counts; those of a failed write are kept for the next flush. */
  async flush(onlyWorkspace?: string) {
    this.lastFlush = this.clock();
    const ids = onlyWorkspace ? [onlyWorkspace] : [...this.pending.keys()];
    for (const workspaceId of ids) {
      const counts = this.pending.get(workspaceId);
      if (!counts?.size) continue;
      this.pending.delete(workspaceId);
      const rows = [...counts].map(([key, count]) => {
        const [day, reason] = key.split('|') as [string, RejectionReason];
        return { workspace_id: workspaceId, day, reason, count };
      });
      try {
        await inWorkspace(this.db, { workspaceId }, (tx) =>
          tx
            .insertInto('case_form_rejections')
            .values(rows)
            .onConflict((oc) => oc.columns(['workspace_id', 'day', 'reason']).doUpdateSet((eb) => ({ count: eb('case_form_rejections.count', '+', eb.ref('excluded.count')) })))
            .execute(),
        );
      } catch (err) {
        const back = this.pending.get(workspaceId) ?? new Map<string, number>();
        for (const [key, n] of counts) back.set(key, (back.get(key) ?? 0) + n);
        this.pending.set(workspaceId, back);
        throw err;
      }
    }
  }
}
