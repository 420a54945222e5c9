// Planner statistics for the case tables on PGlite. PGlite has no autovacuum, so a table filled by
// the public form is never analysed and the planner keeps the estimates of an empty table: the
// staff's case list then sorts every case on each request (110 ms at 15,000 cases instead of 10).
// After every ANALYZE_EVERY registrations in this process, the case tables are analysed as the
// owning role (the app role may not), in the background. PostgreSQL's autovacuum does this itself.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { DB } from '../../db/types.ts';

const ANALYZE_EVERY = 1000;

export function caseStatistics(database: Pick<Database, 'db' | 'kind'>, onError: (err: unknown) => void = () => undefined) {
  let since = 0;
  let running = false;
  return {
    /** Counts a registration; every ANALYZE_EVERY on PGlite, refreshes the statistics (not awaited). */
    registered() {
      if (database.kind !== 'pglite' || ++since < ANALYZE_EVERY || running) return;
      since = 0;
      running = true;
      void analyzeCases(database.db)
        .catch(onError)
        .finally(() => (running = false));
    },
  };
}

export async function analyzeCases(db: Kysely<DB>) {
  await sql`analyze cases, case_requesters, case_status_changes, case_messages, case_links`.execute(db);
}
