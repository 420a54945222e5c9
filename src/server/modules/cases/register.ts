// Registering a case: the one path every case takes, from the public form and from staff. Callers
// run every check that can fail first; this takes the registration number (its counter row stays
// locked until commit), writes the case, its requester row, its first history entries and links,
// the receipt, and audits — all in the caller's transaction, so a failure anywhere leaves neither
// a case nor a used number behind.
import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Tx } from '../../db/tenancy.ts';
import type { CaseChannel, RegistrySchemeCode } from '../../db/types.ts';
import { dueDate, localDate, timeZoneOf } from './due-dates.ts';
import { renderMail } from '../mail/templates.ts';
import { mailLanguage } from './mail.ts';
import type { RequesterKind } from './workflow.ts';

export interface WorkspaceFacts {
  id: string;
  name: string;
  slug: string;
  country: string;
  defaultLocale: 'sv' | 'da' | 'en';
  timeZone: string;
}

export async function workspaceFacts(tx: Tx, workspaceId: string): Promise<WorkspaceFacts> {
  const w = await tx.selectFrom('workspaces').select(['id', 'name', 'slug', 'country', 'default_locale']).where('id', '=', workspaceId).executeTakeFirstOrThrow();
  return { id: w.id, name: w.name, slug: w.slug, country: w.country, defaultLocale: w.default_locale, timeZone: timeZoneOf(w.country) };
}

/** The workspace's calendar date now: what "overdue" is measured against. */
export const todayIn = (ws: WorkspaceFacts, now: Date) => localDate(now, ws.timeZone);

export interface RequesterRow {
  kind: RequesterKind;
  name: string | null;
  email: string | null;
  phone: string | null;
  organisationName: string | null;
  organisationNumber: string | null;
  organisationNumberScheme: RegistrySchemeCode | null;
  personId: string | null;
  organisationId: string | null;
  consentAt: Date | null;
}

export interface NewCase {
  register: string;
  channel: CaseChannel;
  receivedAt: Date;
  language: string;
  category: { id: string; code: string; response_days: number };
  title: string;
  description: string;
  priority: 'low' | 'normal' | 'high' | 'urgent';
  unitId: string | null;
  assigneeId: string | null;
  requester: RequesterRow;
  organisationIds: string[];
  secret: boolean;
  secretReason: string | null;
}

export interface Registered {
  id: string;
  reference: string;
  dueOn: string;
  receivedAt: Date;
}

/**
 * `actorId` null: the public form. Numbers follow the registration date's year, not the receipt's.
 * Everything that needs the number — the case, its requester, history, links, audit entry and the
 * receipt (outbox and case message) — is written in one statement that takes the number first:
 * the counter row stays locked from there to commit, so the fewer round trips after taking it,
 * the more registrations per second one register can take (see docs/bench.md, casedesk-load).
 */
export async function registerCase(
  tx: Tx,
  ws: WorkspaceFacts,
  actor: { userId: string | null; requestId: string },
  c: NewCase,
  now: Date,
  receiptTo: string | null = null,
): Promise<Registered> {
  const dueOn = dueDate(c.receivedAt, c.category.response_days, ws.country);
  const status = c.unitId || c.assigneeId ? 'assigned' : 'received';
  const year = Number(localDate(now, ws.timeZone).slice(0, 4));
  const id = crypto.randomUUID();
  const r = c.requester;
  const links = [...new Set(c.organisationIds)];
  const history: [string | null, string][] = status === 'assigned' ? [[null, 'received'], ['received', 'assigned']] : [[null, 'received']];
  // The audit entry names the case, not the person: contact details stay out of the audit trail.
  const after = { reference: '', channel: c.channel, category: c.category.code, status, dueOn, unitId: c.unitId, assigneeId: c.assigneeId, links };
  // The receipt is rendered here with a stand-in the statement replaces by the number it takes.
  const token = `REF${crypto.randomBytes(8).toString('hex')}`;
  const mail = receiptTo ? renderMail('case.receipt', mailLanguage(c.language, ws), { reference: token, workspace: ws.name }) : null;
  const row = await sql<{ reference: string }>`
    with n as (
      insert into case_number_counters as k (workspace_id, register, year, last_number)
      values (${ws.id}, ${c.register}, ${year}, 1)
      on conflict (workspace_id, register, year) do update set last_number = k.last_number + 1
      returning last_number
    ), c as (
      insert into cases (id, workspace_id, register, year, number, reference, channel, language, category_id, title, description, status, priority,
                         unit_id, assignee_id, received_at, due_on, secret, secret_reason, created_by, created_at, updated_at)
      select ${id}::uuid, ${ws.id}::uuid, ${c.register}, ${year}::int, n.last_number,
             ${c.register} || ' ' || ${String(year)} || '/' || lpad(n.last_number::text, greatest(4, length(n.last_number::text)), '0'),
             ${c.channel}, ${c.language}, ${c.category.id}::uuid, ${c.title}, ${c.description}, ${status}, ${c.priority},
             ${c.unitId}::uuid, ${c.assigneeId}::uuid, ${c.receivedAt}::timestamptz, ${dueOn}::date, ${c.secret}, ${c.secret ? c.secretReason : null},
             ${actor.userId}::uuid, ${now}::timestamptz, ${now}::timestamptz
      from n
      returning reference
    ), r as (
      insert into case_requesters (case_id, workspace_id, kind, name, email, phone, organisation_name, organisation_number, organisation_number_scheme,
                                   person_id, organisation_id, consent_at, updated_at)
      values (${id}::uuid, ${ws.id}::uuid, ${r.kind}, ${r.name}, ${r.email}, ${r.phone}, ${r.organisationName}, ${r.organisationNumber},
              ${r.organisationNumberScheme}, ${r.personId}::uuid, ${r.organisationId}::uuid, ${r.consentAt}::timestamptz, ${now}::timestamptz)
    ), h as (
      insert into case_status_changes (workspace_id, case_id, from_status, to_status, at, actor_id, comment)
      select ${ws.id}::uuid, ${id}::uuid, s.f, s.t, ${now}::timestamptz, ${actor.userId}::uuid, null
      from unnest(${history.map((h) => h[0])}::text[], ${history.map((h) => h[1])}::text[]) with ordinality as s(f, t, o)
      order by s.o
    ), sx as (
      insert into case_secrecy_changes (workspace_id, case_id, secret, reason, actor_id, at)
      select ${ws.id}::uuid, ${id}::uuid, true, ${c.secretReason}, ${actor.userId}::uuid, ${now}::timestamptz from c where ${c.secret}
    ), l as (
      insert into case_links (workspace_id, case_id, organisation_id, created_by, created_at)
      select ${ws.id}::uuid, ${id}::uuid, o, ${actor.userId}::uuid, ${now}::timestamptz from unnest(${links}::uuid[]) as o
    ), a as (
      insert into audit_log (workspace_id, actor_id, action, entity_type, entity_id, after, request_id)
      select ${ws.id}::uuid, ${actor.userId}::uuid, 'case.create', 'case', ${id}, jsonb_set(${JSON.stringify(after)}::jsonb, '{reference}', to_jsonb(c.reference)), ${actor.requestId}
      from c
    ), m as (
      insert into mail_outbox (workspace_id, to_address, subject, body_text, body_html, language, template, related_type, related_id, created_by)
      select ${ws.id}::uuid, ${receiptTo}, replace(${mail?.subject ?? ''}, ${token}, c.reference), replace(${mail?.text ?? ''}, ${token}, c.reference),
             replace(${mail?.html ?? ''}, ${token}, c.reference), ${mail?.language ?? 'sv'}, 'case.receipt', 'case', ${id}, ${actor.userId}::uuid
      from c where ${mail !== null}
    ), cm as (
      insert into case_messages (workspace_id, case_id, direction, kind, channel, recipient, subject, body, author_id)
      select ${ws.id}::uuid, ${id}::uuid, 'out', 'receipt', 'email', ${receiptTo}, replace(${mail?.subject ?? ''}, ${token}, c.reference),
             replace(${mail?.text ?? ''}, ${token}, c.reference), ${actor.userId}::uuid
      from c where ${mail !== null}
    )
    select reference from c`.execute(tx);
  return { id, reference: row.rows[0]!.reference, dueOn, receivedAt: c.receivedAt };
}
