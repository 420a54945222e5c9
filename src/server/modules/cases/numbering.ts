// Registration numbers without gaps. One counter row per workspace, register and year; taking a
// number is an upsert that increments it and holds its row lock until the caller's transaction
// ends. Another submission for the same register and year waits on that lock, so numbers are
// handed out one after another; when a transaction rolls back, its increment is undone with it and
// the next one gets the same number. Callers take the number as late as they can (after every
// check that may fail) to keep the lock short.
import { sql } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';
import { formatReference } from './workflow.ts';

export interface CaseNumber {
  register: string;
  year: number;
  number: number;
  reference: string;
}

export async function takeCaseNumber(tx: Tx, workspaceId: string, register: string, year: number): Promise<CaseNumber> {
  const r = await sql<{ last_number: number }>`
    insert into case_number_counters as c (workspace_id, register, year, last_number)
    values (${workspaceId}, ${register}, ${year}, 1)
    on conflict (workspace_id, register, year) do update set last_number = c.last_number + 1
    returning last_number`.execute(tx);
  const number = Number(r.rows[0]!.last_number);
  return { register, year, number, reference: formatReference(register, year, number) };
}
