// Disposing of a case (gallring): its personal data goes, its register line stays. Removed: the
// requester's name, e-mail, phone, organisation name and number as given, and the link to a person
// in the register; the text of the question; every message to and from the requester and every
// internal note and attachment; comments in the history, notes on links and on referrals; the
// case's mail in the outbox; titles, descriptions and file names in old audit entries. Kept:
// number, dates, category, unit, status, the register organisation the requester came from, the
// history's moves, who a referral went to, and the title with the known personal data masked.
// Set-based: a run of a thousand cases is a few statements.
import { sql } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';
import { maskPersonalData } from './masking.ts';
import { inIds } from './sql.ts';

export interface Removed {
  requester: ('name' | 'email' | 'phone' | 'organisationName' | 'organisationNumber' | 'person')[];
  description: boolean;
  messages: number;
  notes: number;
  comments: number;
  linkNotes: number;
  referralNotes: number;
  attachments: number;
  mail: number;
}

export interface Disposable {
  id: string;
  reference: string;
  title: string;
  titleAfter: string;
  removes: Removed;
}

const REQUESTER_FIELDS = [['name', 'name'], ['email', 'email'], ['phone', 'phone'], ['organisation_name', 'organisationName'], ['organisation_number', 'organisationNumber'], ['person_id', 'person']] as const;

const countBy = (rows: { case_id: string | null; n: number }[]) => new Map(rows.map((r) => [r.case_id ?? '', Number(r.n)]));

/** What disposing of each of these (not yet disposed) cases removes: the preview, and the run's record. */
export async function whatGoes(tx: Tx, ids: string[]): Promise<Disposable[]> {
  if (!ids.length) return [];
  const cases = await tx
    .selectFrom('cases as c')
    .leftJoin('case_requesters as r', 'r.case_id', 'c.id')
    .leftJoin('people as p', 'p.id', 'r.person_id')
    .select(['c.id', 'c.reference', 'c.title', 'c.description', 'r.name', 'r.email', 'r.phone', 'r.organisation_name', 'r.organisation_number', 'r.person_id', 'p.name as person_name', 'p.email as person_email', 'p.phone as person_phone'])
    .where(inIds('c.id', ids))
    .where('c.disposed_at', 'is', null)
    .execute();
  const messages = countBy(await tx.selectFrom('case_messages').select(['case_id', sql<number>`count(*)::int`.as('n')]).where(inIds('case_id', ids)).groupBy('case_id').execute());
  const notes = countBy(await tx.selectFrom('case_notes').select(['case_id', sql<number>`count(*)::int`.as('n')]).where(inIds('case_id', ids)).groupBy('case_id').execute());
  const comments = countBy(
    await tx.selectFrom('case_status_changes').select(['case_id', sql<number>`count(*)::int`.as('n')]).where(inIds('case_id', ids)).where('comment', 'is not', null).groupBy('case_id').execute(),
  );
  const linkNotes = countBy(await tx.selectFrom('case_links').select(['case_id', sql<number>`count(*)::int`.as('n')]).where(inIds('case_id', ids)).where('note', 'is not', null).groupBy('case_id').execute());
  const referralNotes = countBy(
    await tx
      .selectFrom('case_referrals')
      .select(['case_id', sql<number>`count(*)::int`.as('n')])
      .where(inIds('case_id', ids))
      .where((eb) => eb.or([eb('note', 'is not', null), eb('confirmed_note', 'is not', null)]))
      .groupBy('case_id')
      .execute(),
  );
  const attachments = countBy(await tx.selectFrom('case_attachments').select(['case_id', sql<number>`count(*)::int`.as('n')]).where(inIds('case_id', ids)).groupBy('case_id').execute());
  const mail = countBy(
    (
      await tx
        .selectFrom('mail_outbox')
        .select(['related_id', sql<number>`count(*)::int`.as('n')])
        .where('related_type', '=', 'case')
        .where('related_id', 'in', ids)
        .groupBy('related_id')
        .execute()
    ).map((r) => ({ case_id: r.related_id, n: r.n })),
  );
  const order = new Map(ids.map((id, i) => [id, i]));
  return cases
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    .map((c) => ({
      id: c.id,
      reference: c.reference,
      title: c.title,
      titleAfter: maskPersonalData(c.title, {
        names: [c.name, c.person_name],
        emails: [c.email, c.person_email],
        phones: [c.phone, c.person_phone],
        numbers: [c.organisation_number],
      }),
      removes: {
        requester: REQUESTER_FIELDS.filter(([col]) => c[col] !== null && c[col] !== undefined).map(([, key]) => key),
        description: c.description.trim().length > 0,
        messages: messages.get(c.id) ?? 0,
        notes: notes.get(c.id) ?? 0,
        comments: comments.get(c.id) ?? 0,
        linkNotes: linkNotes.get(c.id) ?? 0,
        referralNotes: referralNotes.get(c.id) ?? 0,
        attachments: attachments.get(c.id) ?? 0,
        mail: mail.get(c.id) ?? 0,
      },
    }));
}

/**
 * Disposes of the cases (locked first; one already disposed is left alone) and returns what went
 * from each. `keptUntil` per case id is written as the case's dispose_after for the record.
 */
export async function disposeCases(tx: Tx, ids: string[], keptUntil: Map<string, string>, now: Date): Promise<Disposable[]> {
  if (!ids.length) return [];
  const locked = await tx.selectFrom('cases').select('id').where(inIds('id', ids)).where('disposed_at', 'is', null).orderBy('id').forUpdate().execute();
  const todo = await whatGoes(
    tx,
    ids.filter((id) => locked.some((l) => l.id === id)),
  );
  if (!todo.length) return [];
  const todoIds = todo.map((c) => c.id);
  await sql`
    update cases set title = v.title, description = '', disposed_at = ${now}, dispose_after = v.until::date, updated_at = ${now}, version = version + 1
    from unnest(${todoIds}::uuid[], ${todo.map((c) => c.titleAfter)}::text[], ${todoIds.map((id) => keptUntil.get(id) ?? null)}::text[]) as v(id, title, until)
    where cases.id = v.id`.execute(tx);
  await tx
    .updateTable('case_requesters')
    .set({ name: null, email: null, phone: null, organisation_name: null, organisation_number: null, organisation_number_scheme: null, person_id: null, consent_at: null, updated_at: now })
    .where(inIds('case_id', todoIds))
    .execute();
  await tx.deleteFrom('case_messages').where(inIds('case_id', todoIds)).execute();
  await tx.deleteFrom('case_notes').where(inIds('case_id', todoIds)).execute();
  await tx.deleteFrom('case_attachments').where(inIds('case_id', todoIds)).execute();
  await tx.updateTable('case_status_changes').set({ comment: null }).where(inIds('case_id', todoIds)).where('comment', 'is not', null).execute();
  await tx.updateTable('case_links').set({ note: null }).where(inIds('case_id', todoIds)).where('note', 'is not', null).execute();
  // Referrals keep who received the case and when; the officer's and the partner's notes go.
  await tx.updateTable('case_referrals').set({ note: null, confirmed_note: null }).where(inIds('case_id', todoIds)).execute();
  await tx.deleteFrom('mail_outbox').where('related_type', '=', 'case').where('related_id', 'in', todoIds).execute();
  await sql`select privacy_redact_audit('case', ${todoIds}::text[], ${['title', 'description', 'filename']}::text[])`.execute(tx);
  return todo;
}
