import type { Generated } from 'kysely';

/*
 * Row types of every table, as Kysely sees them. Timestamps are ISO 8601 UTC text, booleans 0/1,
 * nested data JSON text (see migrations/0001_initial.ts).
 */

export interface OrganisationsTable {
  id: string;
  kind: string;
  name: string;
  short_name: string | null;
  country: string;
  id_domain: string;
  active: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface BranchesTable {
  id: string;
  organisation_id: string;
  name: string;
  region: string | null;
  created_at: string;
}

export interface SitesTable {
  id: string;
  organisation_id: string;
  branch_id: string | null;
  kind: string;
  name: string;
  country: string;
  place: string | null;
  latitude: number | null;
  longitude: number | null;
  active: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  role: string;
  organisation_id: string;
  branch_id: string | null;
  language: string;
  password_hash: string | null;
  totp_secret: string | null;
  totp_enabled: Generated<number>;
  totp_last_step: number | null;
  disabled: Generated<number>;
  failed_logins: Generated<number>;
  locked_until: string | null;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  second_factor_done: Generated<number>;
  ip: string | null;
  user_agent: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  token_hash: string;
  name: string;
  user_id: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface LoginAttemptsTable {
  id: string;
  email: string;
  ip: string | null;
  success: number;
  at: string;
}

export interface PersonsTable {
  id: string;
  organisation_id: string;
  sex: string | null;
  birth_date: string | null;
  birth_year: number | null;
  nationality: string | null;
  /** JSON of the person's non-sensitive fields. */
  data: string;
  /** JSON of the sensitive fields; AES-256-GCM ciphertext when an encryption key is configured. */
  sensitive: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface PersonNamesTable {
  person_id: string;
  part: string;
  position: number;
  value: string;
  /** As stated with the name; null when not stated. */
  script: string | null;
}

export interface CasesTable {
  id: string;
  organisation_id: string;
  branch_id: string | null;
  enquirer_person_id: string;
  status: string;
  track: string | null;
  closure_reason: string | null;
  priorities: string;
  separation: string | null;
  last_news: string | null;
  assigned_officer_id: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface CaseSoughtPersonsTable {
  case_id: string;
  person_id: string;
  position: number;
  relationship: string;
  tracing_status: string;
}

export interface CaseTimelineTable {
  id: string;
  case_id: string;
  kind: string;
  action: string;
  text: string | null;
  details: string | null;
  actor_user_id: string | null;
  at: string;
}

export interface RegistrationsTable {
  id: string;
  organisation_id: string;
  site_id: string | null;
  kind: string;
  person_id: string;
  case_id: string | null;
  data: string;
  registered_at: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface TransfersTable {
  id: string;
  case_id: string | null;
  person_id: string | null;
  from_organisation_id: string;
  to_organisation_id: string;
  kind: string;
  status: string;
  legal_basis: string;
  data_categories: string;
  message: string | null;
  decline_reason: string | null;
  requested_by: string | null;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
}

export interface TransferLedgerTable {
  id: string;
  transfer_id: string;
  event: string;
  record_type: string | null;
  record_id: string | null;
  data_categories: string;
  legal_basis: string;
  actor_user_id: string | null;
  at: string;
}

export interface ConsentsTable {
  id: string;
  person_id: string;
  organisation_id: string;
  purpose: string;
  decision: string;
  data: string;
  given_at: string;
  recorded_by: string | null;
  withdrawn_at: string | null;
  withdrawn_by: string | null;
  withdrawal_reason: string | null;
  created_at: string;
}

export interface AuditLogTable {
  seq: number;
  id: string;
  at: string;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  action: string;
  record_type: string;
  record_id: string | null;
  ip: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface JobsTable {
  id: string;
  type: string;
  payload: string;
  status: string;
  attempts: Generated<number>;
  max_attempts: number;
  run_at: string;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  result: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export interface PotentialMatchesTable {
  id: string;
  kind: string;
  left_person_id: string;
  right_person_id: string;
  left_case_id: string | null;
  right_case_id: string | null;
  probability: number;
  match_weight: number;
  explanation: string;
  model_version: string;
  fingerprint: string;
  status: string;
  rejection_reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface Schema {
  organisations: OrganisationsTable;
  branches: BranchesTable;
  sites: SitesTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_attempts: LoginAttemptsTable;
  persons: PersonsTable;
  person_names: PersonNamesTable;
  cases: CasesTable;
  case_sought_persons: CaseSoughtPersonsTable;
  case_timeline: CaseTimelineTable;
  registrations: RegistrationsTable;
  transfers: TransfersTable;
  transfer_ledger: TransferLedgerTable;
  consents: ConsentsTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  jobs: JobsTable;
  potential_matches: PotentialMatchesTable;
}

export type TableName = keyof Schema;

/** Every table in an order that satisfies foreign keys when inserting (reverse it to delete). */
export const TABLES: readonly TableName[] = [
  'organisations', 'branches', 'sites', 'users', 'sessions', 'api_tokens', 'login_attempts', 'persons',
  'person_names', 'cases', 'case_sought_persons', 'case_timeline', 'registrations', 'transfers',
  'transfer_ledger', 'consents', 'audit_log', 'audit_head', 'jobs', 'potential_matches',
];
