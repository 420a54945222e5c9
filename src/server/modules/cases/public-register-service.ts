// The public register: every case of a workspace as a line anyone can read without logging in —
// number, date, category, status and the title with personal data masked; a secret case shows only
// its number, its date and that it is secret. The workspace comes from its public address; the
// query then runs inside it under row-level security, like a member's request.
import { sql, type Kysely } from 'kysely';
import type { DB, Locale } from '../../db/types.ts';
import { inWorkspace, type Tx } from '../../db/tenancy.ts';
import { AppError } from '../../http/problem.ts';
import { localDate } from './due-dates.ts';
import { MASK_MARKERS, maskPersonalData } from './public-register-mask.ts';
import type { PublicRegisterFilter } from './public-register-schema.ts';
import type { WorkspaceFacts } from './register.ts';

export interface ReferenceQuery {
  register?: string;
  year?: number;
  number: number;
}

/** "KS 2026/0042", "ks 2026/42", "2026/42" or "42"; null when it is not a registration number. */
export function parseReferenceQuery(q: string): ReferenceQuery | null {
  const m = /^(?:([A-ZÅÄÖÆØ][A-ZÅÄÖÆØ0-9-]{0,9})\s*)?(?:(\d{4})\s*\/\s*)?(\d{1,6})$/u.exec(q.normalize('NFC').trim().toLocaleUpperCase('sv'));
  if (!m || (m[1] && !m[2])) return null;
  const number = Number(m[3]);
  if (number < 1) return null;
  return { ...(m[1] ? { register: m[1] } : {}), ...(m[2] ? { year: Number(m[2]) } : {}), number };
}

function registerQuery(tx: Tx, ref: ReferenceQuery | null) {
  let q = tx.selectFrom('cases as c');
  if (ref) {
    q = q.where('c.number', '=', ref.number);
    if (ref.year) q = q.where('c.year', '=', ref.year);
    if (ref.register) q = q.where('c.register', '=', ref.register);
  }
  return q;
}

/** The names that belong to a case, for masking: the requester's as given, and the linked person's. */
function namesOf(r: { requester_name: string | null; person_name: string | null }) {
  return [r.requester_name, r.person_name];
}

export async function publicRegister(db: Kysely<DB>, ws: WorkspaceFacts, f: PublicRegisterFilter, locale: Locale) {
  const ref = f.q?.trim() ? parseReferenceQuery(f.q) : null;
  if (f.q?.trim() && !ref) throw new AppError(422, 'problem.validation', { fields: [{ field: 'q', key: 'field.reference_query' }] });
  return inWorkspace(db, { workspaceId: ws.id }, async (tx) => {
    const { total } = await registerQuery(tx, ref).select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
    const rows = await registerQuery(tx, ref)
      .innerJoin('case_categories as cat', 'cat.id', 'c.category_id')
      .leftJoin('case_requesters as r', 'r.case_id', 'c.id')
      .leftJoin('people as p', 'p.id', 'r.person_id')
      .select(['c.reference', 'c.received_at', 'c.secret', 'c.status', 'c.title', 'cat.code as category_code', 'cat.labels as category_labels', 'r.name as requester_name', 'p.name as person_name'])
      .orderBy('c.received_at', 'desc')
      .orderBy('c.id', 'desc')
      .limit(f.limit)
      .offset((f.page - 1) * f.limit)
      .execute();
    const marker = MASK_MARKERS[locale];
    return {
      workspace: { name: ws.name, slug: ws.slug },
      items: rows.map((r) =>
        r.secret
          ? { reference: r.reference, receivedOn: localDate(r.received_at, ws.timeZone), secret: true, category: null, status: null, title: null }
          : {
              reference: r.reference,
              receivedOn: localDate(r.received_at, ws.timeZone),
              secret: false,
              category: { code: r.category_code, labels: r.category_labels },
              status: r.status,
              title: maskPersonalData(r.title, { names: namesOf(r), marker }),
            },
      ),
      page: f.page,
      limit: f.limit,
      total,
      pages: Math.max(1, Math.ceil(total / f.limit)),
    };
  });
}

/** One case's title as the public sees it (the referral page shows it to the partner); null when secret. */
export async function publicTitle(tx: Tx, caseId: string, locale: Locale) {
  const r = await tx
    .selectFrom('cases as c')
    .leftJoin('case_requesters as r', 'r.case_id', 'c.id')
    .leftJoin('people as p', 'p.id', 'r.person_id')
    .select(['c.title', 'c.secret', 'r.name as requester_name', 'p.name as person_name'])
    .where('c.id', '=', caseId)
    .executeTakeFirstOrThrow();
  return r.secret ? null : maskPersonalData(r.title, { names: namesOf(r), marker: MASK_MARKERS[locale] });
}
