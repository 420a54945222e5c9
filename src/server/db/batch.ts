// Large inserts go in batches: PGlite silently breaks past 32,767 bound parameters in one statement.
import type { Kysely, Transaction } from 'kysely';

export const MAX_PARAMS = 30_000;

export async function insertInBatches<DBT, T extends keyof DBT & string>(
  db: Kysely<DBT> | Transaction<DBT>,
  table: T,
  rows: Record<string, unknown>[],
) {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]!).length || 1;
  const size = Math.max(1, Math.floor(MAX_PARAMS / columns));
  for (let i = 0; i < rows.length; i += size) {
    await db.insertInto(table).values(rows.slice(i, i + size) as never).execute();
  }
}
