// Row types of the database, as Kysely sees them. Kept by hand next to the SQL migrations.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type Role = 'admin' | 'officer' | 'desk' | 'viewer';
export type Locale = 'sv' | 'da' | 'en';
export type Json = ColumnType<unknown, string | null, string | null>;

export interface WorkspacesTable {
  id: Generated<string>;
  slug: string;
  name: string;
  country: Generated<string>;
  default_locale: Generated<Locale>;
  is_demo: Generated<boolean>;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string;
  locale: Locale | null;
  created_at: CreatedAt;
  disabled_at: Timestamp | null;
}

export interface MembershipsTable {
  workspace_id: string;
  user_id: string;
  role: Role;
  created_at: CreatedAt;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
  expires_at: Timestamp;
}

export interface InvitesTable {
  id: Generated<string>;
  workspace_id: string;
  email: string;
  role: Role;
  token_hash: string;
  invited_by: string | null;
  created_at: CreatedAt;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  accepted_by: string | null;
  revoked_at: Timestamp | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  workspace_id: string;
  at: CreatedAt;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: Json;
  after: Json;
  request_id: string | null;
}

type Vocab = ColumnType<Record<string, string>, string, string>;
type TextArray = ColumnType<string[], unknown, unknown>;
type Updated = ColumnType<Date, Date | string | undefined, Date | string>;

export interface ThemesTable {
  id: Generated<string>;
  workspace_id: string;
  code: string;
  labels: Vocab;
  sort: Generated<number>;
  created_at: CreatedAt;
}

export interface RelationTypesTable {
  id: Generated<string>;
  workspace_id: string;
  code: string;
  labels: Vocab;
  created_at: CreatedAt;
}

export type OrgKind = 'company' | 'municipality' | 'region' | 'university' | 'research' | 'agency' | 'network' | 'association' | 'other';
export type RegistrySchemeCode = 'se_orgnr' | 'dk_cvr' | 'pl_nip' | 'no_orgnr' | 'fi_ytunnus' | 'eu_vat';
export type IdentifierSchemeCode = RegistrySchemeCode | 'wikidata' | 'eu_pic';

export interface OrganisationsTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  names: ColumnType<Record<string, string>, string | undefined, string>;
  alt_names: Generated<string>;
  kind: OrgKind;
  country: string;
  city: string | null;
  lat: number | null;
  lon: number | null;
  nuts_code: string | null;
  nace_code: string | null;
  themes: TextArray;
  theme_text: Generated<string>;
  sdgs: ColumnType<number[], unknown, unknown>;
  website: string | null;
  description: Generated<string>;
  tags: TextArray;
  responsible_user_id: string | null;
  is_local: Generated<boolean>;
  is_own: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Updated;
  merged_into: string | null;
  search_name: ColumnType<string, never, never>;
  search_doc: ColumnType<string, never, never>;
  name_doc: ColumnType<string, never, never>;
}

export interface OrganisationIdentifiersTable {
  workspace_id: string;
  organisation_id: string;
  scheme: IdentifierSchemeCode;
  value: string;
}

export type LegalBasis = 'consent' | 'public_task' | 'legitimate_interest';

export interface PeopleTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  language: string | null;
  legal_basis: LegalBasis;
  legal_basis_date: string;
  notes: Generated<string>;
  created_at: CreatedAt;
  updated_at: Updated;
}

export interface PersonOrganisationsTable {
  workspace_id: string;
  person_id: string;
  organisation_id: string;
  role: string | null;
}

export type RelationStatus = 'proposed' | 'active' | 'dormant' | 'ended';

export interface RelationsTable {
  id: Generated<string>;
  workspace_id: string;
  from_id: string;
  to_id: string;
  type: string;
  status: RelationStatus;
  start_date: string | null;
  end_date: string | null;
  source: string | null;
  notes: Generated<string>;
  created_at: CreatedAt;
  updated_at: Updated;
}

export type ActivityKind = 'meeting' | 'call' | 'visit' | 'note' | 'delegation';

export interface ActivitiesTable {
  id: Generated<string>;
  workspace_id: string;
  organisation_id: string;
  kind: ActivityKind;
  occurred_on: string;
  title: string;
  notes: Generated<string>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface SurveyInvitationsTable {
  id: Generated<string>;
  workspace_id: string;
  organisation_id: string;
  token_hash: string;
  language: Locale;
  created_by: string | null;
  created_at: CreatedAt;
  expires_at: Timestamp;
  answered_at: Timestamp | null;
}

export interface SurveyAnswersTable {
  id: Generated<string>;
  workspace_id: string;
  invitation_id: string;
  organisation_id: string;
  answers: ColumnType<unknown, string, string>;
  submitted_at: CreatedAt;
}

export interface SurveyProposalsTable {
  id: Generated<string>;
  workspace_id: string;
  answer_id: string;
  organisation_id: string;
  partner_name: string;
  partner_country: string;
  relation_type: string;
  status: Generated<'pending' | 'accepted' | 'rejected'>;
  relation_id: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
}

export type ImportKind = 'organisations' | 'relations';
export type ImportStatus = 'uploaded' | 'running' | 'done';

export interface ImportsTable {
  id: Generated<string>;
  workspace_id: string;
  kind: ImportKind;
  filename: string | null;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
  columns: ColumnType<string[], string, string>;
  total: number;
  status: Generated<ImportStatus>;
  plan: Json;
  last_row: Generated<number>;
  processed: Generated<number>;
  created: Generated<number>;
  skipped: Generated<number>;
  failed: Generated<number>;
  problems: ColumnType<unknown, string | undefined, string>;
  /** What the last check found, and the plan it checked: `{ key, summary }`. */
  checked: ColumnType<unknown, string | null | undefined, string | null>;
  matched: Generated<number>;
  updated: Generated<number>;
  repeated: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Updated;
  finished_at: Timestamp | null;
}

export interface ImportRowsTable {
  workspace_id: string;
  import_id: string;
  row_number: number;
  cells: ColumnType<string[], string, string>;
  group_row: number | null;
  outcome: ImportRowOutcome | null;
  organisation_id: string | null;
  relation_id: string | null;
  detail: ColumnType<unknown, string | null | undefined, string | null>;
}

/** What the check found for a row (error … exists), or what the run did with it (created … failed). */
export type ImportRowOutcome = 'error' | 'new' | 'repeat' | 'match' | 'similar' | 'exists' | 'created' | 'updated' | 'matched' | 'repeated' | 'skipped' | 'failed';

export interface ImportTemplatesTable {
  workspace_id: string;
  kind: ImportKind;
  shape: string;
  mapping: ColumnType<Record<string, string>, string, string>;
  defaults: ColumnType<Record<string, string>, string, string>;
  values: ColumnType<Record<string, Record<string, string>>, string, string>;
  options: ColumnType<Record<string, unknown>, string, string>;
  updated_by: string | null;
  updated_at: Updated;
}

export type MailStatus = 'queued' | 'sent' | 'failed' | 'held';

export interface MailOutboxTable {
  workspace_id: string;
  id: Generated<string>;
  seq: ColumnType<number, never, never>;
  to_address: string;
  reply_to: string | null;
  subject: string;
  body_text: string;
  body_html: string | null;
  language: Locale;
  template: string | null;
  related_type: string | null;
  related_id: string | null;
  status: Generated<MailStatus>;
  attempts: Generated<number>;
  next_attempt_at: Updated;
  claimed_at: Timestamp | null;
  last_error: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  sent_at: Timestamp | null;
}

export type CaseStatus = 'received' | 'assigned' | 'in_progress' | 'referred' | 'answered' | 'closed';
export type CaseChannel = 'web' | 'phone' | 'visit' | 'email' | 'chat' | 'letter';

export interface CaseRegistersTable {
  workspace_id: string;
  code: string;
  labels: Vocab;
  is_default: Generated<boolean>;
  created_at: CreatedAt;
}

export interface CaseNumberCountersTable {
  workspace_id: string;
  register: string;
  year: number;
  last_number: number;
}

export interface CaseCategoriesTable {
  id: Generated<string>;
  workspace_id: string;
  code: string;
  labels: Vocab;
  response_days: number;
  retention_years: number | null;
  is_public: Generated<boolean>;
  active: Generated<boolean>;
  sort: Generated<number>;
  created_at: CreatedAt;
}

export interface CaseUnitsTable {
  id: Generated<string>;
  workspace_id: string;
  code: string;
  labels: Vocab;
  active: Generated<boolean>;
  sort: Generated<number>;
  created_at: CreatedAt;
}

export interface CasesTable {
  id: Generated<string>;
  workspace_id: string;
  register: string;
  year: number;
  number: number;
  reference: string;
  channel: CaseChannel;
  language: string;
  category_id: string;
  title: string;
  description: Generated<string>;
  status: Generated<CaseStatus>;
  priority: Generated<'low' | 'normal' | 'high' | 'urgent'>;
  unit_id: string | null;
  assignee_id: string | null;
  referred_to_id: string | null;
  received_at: Timestamp;
  due_on: string;
  answered_at: Timestamp | null;
  closed_at: Timestamp | null;
  secret: Generated<boolean>;
  secret_reason: string | null;
  dispose_after: string | null;
  disposed_at: Timestamp | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Updated;
}

export interface CaseRequestersTable {
  case_id: string;
  workspace_id: string;
  kind: 'company' | 'newcomer' | 'other';
  name: string | null;
  email: string | null;
  phone: string | null;
  organisation_name: string | null;
  organisation_number: string | null;
  organisation_number_scheme: RegistrySchemeCode | null;
  person_id: string | null;
  organisation_id: string | null;
  consent_at: Timestamp | null;
  updated_at: Updated;
}

export interface CaseStatusChangesTable {
  id: Generated<number>;
  workspace_id: string;
  case_id: string;
  from_status: CaseStatus | null;
  to_status: CaseStatus;
  at: CreatedAt;
  actor_id: string | null;
  comment: string | null;
}

export interface CaseNotesTable {
  id: Generated<string>;
  workspace_id: string;
  case_id: string;
  body: string;
  author_id: string | null;
  created_at: CreatedAt;
}

export interface CaseMessagesTable {
  id: Generated<string>;
  workspace_id: string;
  case_id: string;
  direction: 'in' | 'out';
  kind: 'receipt' | 'answer' | 'referral' | 'message';
  channel: CaseChannel;
  recipient: string | null;
  subject: string | null;
  body: string;
  author_id: string | null;
  created_at: CreatedAt;
}

export interface CaseLinksTable {
  id: Generated<string>;
  workspace_id: string;
  case_id: string;
  organisation_id: string | null;
  note: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface CaseAttachmentsTable {
  id: Generated<string>;
  workspace_id: string;
  case_id: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Uint8Array;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface CaseFormRejectionsTable {
  workspace_id: string;
  day: string;
  reason: 'honeypot' | 'rate_limited' | 'too_large' | 'invalid';
  count: number;
}

export interface DisposalRunsTable {
  id: Generated<string>;
  workspace_id: string;
  fingerprint: string;
  as_of: string;
  run_at: Timestamp;
  actor_id: string | null;
  case_count: number;
  summary: Json;
}

export interface CaseRoutingRulesTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  priority: number;
  active: Generated<boolean>;
  category_id: string | null;
  words: TextArray;
  language: string | null;
  unit_id: string | null;
  organisation_id: string | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Updated;
}

export interface CaseRoutingDecisionsTable {
  id: Generated<number>;
  workspace_id: string;
  case_id: string;
  rule_id: string | null;
  rule_name: string;
  action: 'accepted' | 'ignored';
  unit_id: string | null;
  organisation_id: string | null;
  decided_by: string | null;
  decided_at: CreatedAt;
}

export interface CaseReferralsTable {
  id: Generated<string>;
  workspace_id: string;
  case_id: string;
  organisation_id: string | null;
  organisation_name: string;
  email: string;
  note: string | null;
  language: Locale;
  include_contact: Generated<boolean>;
  token_hash: string;
  expires_at: Timestamp;
  sent_count: Generated<number>;
  last_sent_at: Timestamp | null;
  created_by: string | null;
  created_at: CreatedAt;
  confirmed_at: Timestamp | null;
  confirmed_name: string | null;
  confirmed_note: string | null;
}

export interface CaseSecrecyChangesTable {
  id: Generated<number>;
  workspace_id: string;
  case_id: string;
  secret: boolean;
  reason: string;
  actor_id: string | null;
  at: CreatedAt;
}

export type ProjectStatusCode = 'idea' | 'in_preparation' | 'submitted' | 'approved' | 'rejected' | 'withdrawn' | 'contracted' | 'running' | 'final_report' | 'closed';
export type ProjectRoleCode = 'lead_partner' | 'partner' | 'associated_partner';
export type PartnerRoleCode = 'lead' | 'partner' | 'associated';

export interface ProgrammesTable {
  id: Generated<string>;
  workspace_id: string | null;
  code: string | null;
  name: string;
  fund: string;
  period_start: number;
  period_end: number;
  cci: string | null;
  managing_authority: string | null;
  eligible_nuts: TextArray;
  /** numeric(5,2), read as an exact string. */
  max_cofinancing_rate: ColumnType<string | null, number | string | null, number | string | null>;
  currency: Generated<string>;
  url: string | null;
  created_at: CreatedAt;
  updated_at: Updated;
}

export interface ProjectsTable {
  id: Generated<string>;
  workspace_id: string;
  acronym: string;
  title: string;
  summary: Generated<string>;
  programme_id: string | null;
  themes: TextArray;
  sdgs: ColumnType<number[], unknown, unknown>;
  start_date: string | null;
  end_date: string | null;
  our_role: ProjectRoleCode;
  officer_id: string | null;
  status: Generated<ProjectStatusCode>;
  status_date: string;
  reopened_from: string | null;
  call_id: Generated<string | null>;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Updated;
}

export interface ProjectStatusChangesTable {
  id: Generated<string>;
  workspace_id: string;
  project_id: string;
  from_status: ProjectStatusCode | null;
  to_status: ProjectStatusCode;
  changed_on: string;
  note: Generated<string>;
  actor_id: string | null;
  created_at: CreatedAt;
}

export interface ProjectPartnersTable {
  id: Generated<string>;
  workspace_id: string;
  project_id: string;
  organisation_id: string;
  role: PartnerRoleCode;
  relation_id: string | null;
  relation_created: Generated<boolean>;
  created_at: CreatedAt;
}

export interface CallsTable {
  id: Generated<string>;
  workspace_id: string;
  programme_id: string;
  identifier: string | null;
  title: string;
  opens_on: string | null;
  time_zone: Generated<string>;
  /** Read through to_char: the driver would take a bare timestamp for UTC. */
  deadline_local: ColumnType<unknown, string, string>;
  deadline_at: Timestamp;
  stage2_deadline_local: ColumnType<unknown, string | null, string | null>;
  stage2_deadline_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  themes: TextArray;
  policy_objectives: TextArray;
  budget_minor: number | null;
  budget_currency: string | null;
  url: string | null;
  notes: Generated<string>;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Updated;
}

export interface CallFollowersTable {
  workspace_id: string;
  call_id: string;
  user_id: string;
  created_at: CreatedAt;
}

export interface CallRemindersTable {
  workspace_id: string;
  call_id: string;
  user_id: string;
  stage: number;
  days_before: number;
  deadline_at: Timestamp;
  mail_id: string | null;
  sent_at: Timestamp;
}

export interface CallSettingsTable {
  workspace_id: string;
  reminder_days: ColumnType<number[], unknown, unknown>;
  updated_at: Updated;
}

export interface DB {
  programmes: ProgrammesTable;
  projects: ProjectsTable;
  calls: CallsTable;
  call_followers: CallFollowersTable;
  call_reminders: CallRemindersTable;
  call_settings: CallSettingsTable;
  project_status_changes: ProjectStatusChangesTable;
  project_partners: ProjectPartnersTable;
  case_registers: CaseRegistersTable;
  case_number_counters: CaseNumberCountersTable;
  case_categories: CaseCategoriesTable;
  case_units: CaseUnitsTable;
  cases: CasesTable;
  case_requesters: CaseRequestersTable;
  case_status_changes: CaseStatusChangesTable;
  case_notes: CaseNotesTable;
  case_messages: CaseMessagesTable;
  case_links: CaseLinksTable;
  case_attachments: CaseAttachmentsTable;
  case_form_rejections: CaseFormRejectionsTable;
  case_routing_rules: CaseRoutingRulesTable;
  case_routing_decisions: CaseRoutingDecisionsTable;
  case_referrals: CaseReferralsTable;
  case_secrecy_changes: CaseSecrecyChangesTable;
  disposal_runs: DisposalRunsTable;
  mail_outbox: MailOutboxTable;
  imports: ImportsTable;
  import_rows: ImportRowsTable;
  import_templates: ImportTemplatesTable;
  survey_invitations: SurveyInvitationsTable;
  survey_answers: SurveyAnswersTable;
  survey_proposals: SurveyProposalsTable;
  themes: ThemesTable;
  relation_types: RelationTypesTable;
  organisations: OrganisationsTable;
  organisation_identifiers: OrganisationIdentifiersTable;
  people: PeopleTable;
  person_organisations: PersonOrganisationsTable;
  relations: RelationsTable;
  activities: ActivitiesTable;
  workspaces: WorkspacesTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  invites: InvitesTable;
  audit_log: AuditLogTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type Workspace = Selectable<WorkspacesTable>;
export type Invite = Selectable<InvitesTable>;
