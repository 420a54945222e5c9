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
export type IdentifierSchemeCode = 'se_orgnr' | 'dk_cvr' | 'pl_nip' | 'no_orgnr' | 'fi_ytunnus' | 'eu_vat';

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
}

export interface DB {
  imports: ImportsTable;
  import_rows: ImportRowsTable;
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
