// Presenters: database rows of a case become the API's shapes (camelCase, ISO dates, no contact details).
import type { CaseStatus } from '../../db/types.ts';
import type { caseHistory, caseLinks, caseMessages, caseNotes, CaseRow, CaseSummaryRow } from './queries.ts';
import { isOpen, TRANSITIONS } from './workflow.ts';

const ref = (id: string | null, name: string | null | undefined) => (id ? { id, name: name ?? '' } : null);

export function presentSummary(r: CaseSummaryRow, today: string) {
  return {
    id: r.id,
    reference: r.reference,
    status: r.status,
    priority: r.priority,
    channel: r.channel,
    language: r.language,
    category: { code: r.category_code, labels: r.category_labels, responseDays: r.response_days },
    title: r.title,
    unit: r.unit_code ? { code: r.unit_code, labels: r.unit_labels ?? {} } : null,
    assignee: ref(r.assignee_id, r.assignee_name),
    organisationName: r.organisation_name,
    receivedAt: r.received_at.toISOString(),
    dueOn: r.due_on,
    overdue: isOpen(r.status) && r.due_on < today,
    secret: r.secret,
  };
}

interface Parts {
  history: Awaited<ReturnType<typeof caseHistory>>;
  notes: Awaited<ReturnType<typeof caseNotes>>;
  messages: Awaited<ReturnType<typeof caseMessages>>;
  links: Awaited<ReturnType<typeof caseLinks>>;
}

export function presentCase(r: CaseRow, parts: Parts, today: string) {
  return {
    ...presentSummary(r, today),
    register: r.register,
    year: r.year,
    number: r.number,
    description: r.description,
    referredTo: ref(r.referred_to_id, r.referred_to_name),
    answeredAt: r.answered_at?.toISOString() ?? null,
    closedAt: r.closed_at?.toISOString() ?? null,
    secretReason: r.secret_reason,
    disposeAfter: r.dispose_after,
    disposedAt: r.disposed_at?.toISOString() ?? null,
    requester: {
      kind: r.requester_kind ?? 'other',
      organisationName: r.requester_organisation_name,
      person: ref(r.person_id, r.person_name),
      organisation: ref(r.organisation_id, r.requester_org_name),
      hasEmail: Boolean(r.has_email),
      hasPhone: Boolean(r.has_phone),
    },
    allowedTransitions: [...TRANSITIONS[r.status as CaseStatus]],
    links: parts.links.map((l) => ({ id: l.id, type: 'organisation' as const, organisation: { id: l.organisation_id!, name: l.name }, note: l.note, createdAt: l.created_at.toISOString() })),
    history: parts.history.map((h) => ({ from: h.from_status, to: h.to_status, at: h.at.toISOString(), actor: ref(h.actor_id, h.actor_name), comment: h.comment })),
    notes: parts.notes.map((n) => ({ id: n.id, body: n.body, author: ref(n.author_id, n.author_name), createdAt: n.created_at.toISOString() })),
    messages: parts.messages.map((m) => ({
      id: m.id,
      direction: m.direction,
      kind: m.kind,
      channel: m.channel,
      subject: m.subject,
      body: m.body,
      author: ref(m.author_id, m.author_name),
      createdAt: m.created_at.toISOString(),
    })),
    createdBy: ref(r.created_by, r.created_by_name),
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export type PresentedCase = ReturnType<typeof presentCase>;
