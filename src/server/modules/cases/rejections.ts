// Counts of refused public-form submissions, for the desk to see what the defences stop.
import type { Tx } from '../../db/tenancy.ts';

export async function rejectionCounts(tx: Tx, q: { from?: string; to?: string }) {
  let query = tx.selectFrom('case_form_rejections').select(['day', 'reason', 'count']).orderBy('day', 'desc').orderBy('reason').limit(1000);
  if (q.from) query = query.where('day', '>=', q.from);
  if (q.to) query = query.where('day', '<=', q.to);
  return { items: await query.execute() };
}
