import type { KinlinkDb } from '@kinlink/store';
import type { Kysely } from 'kysely';
import type { Schema } from '@kinlink/store';

/*
 * Federation tables, created by this package's own migrator (migrations.ts) so they never interleave with
 * the store's migration sequence. Same conventions as the store: text ids, ISO-8601 UTC text timestamps,
 * JSON as text.
 */
export interface FederationDirectoryTable {
  version: number;
  signed: string;
  adopted_at: string;
}

export interface FederationOutboxTable {
  id: string;
  to_org: string;
  type: string;
  body: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

export interface FederationInboxTable {
  from_org: string;
  message_id: string;
  type: string;
  state: string;
  received_at: string;
}

export interface FederationMessageLogTable {
  id: string;
  direction: string;
  peer: string;
  message_id: string | null;
  type: string | null;
  outcome: string;
  detail: string | null;
  at: string;
}

/** Pseudonymous references published with encodings: the hub never sees local ids. */
export interface FederationLinkageRefsTable {
  ref: string;
  kind: string;
  person_id: string;
  case_id: string | null;
  published_at: string;
}

export interface FederationCandidatesTable {
  id: string;
  your_ref: string;
  your_kind: string;
  their_org: string;
  their_ref: string;
  their_kind: string;
  score: number;
  status: string;
  received_at: string;
}

export interface FederationTransfersTable {
  id: string;
  direction: string;
  peer: string;
  case_ref: string;
  their_record: string | null;
  candidate_id: string | null;
  purpose: string;
  legal_basis: string;
  categories: string;
  data: string | null;
  status: string;
  decline_reason: string | null;
  closure_reason: string | null;
  created_at: string;
  updated_at: string;
  /** Set on both sides when the person withdrew consent to sharing; the receiver also drops `data`. */
  consent_withdrawn_at?: string | null;
}

export interface FederationLedgerTable {
  id: string;
  transfer_id: string;
  peer: string;
  direction: string;
  event: string;
  purpose: string;
  legal_basis: string;
  categories: string;
  actor: string | null;
  at: string;
}

/** What the hub stores: encodings and opaque references, never names. */
export interface HubSubmissionsTable {
  org: string;
  kind: string;
  fingerprint: string;
  words: number;
  ids: string;
  data: string;
  submitted_at: string;
}

export interface HubCandidatesTable {
  id: string;
  left_org: string;
  left_ref: string;
  left_kind: string;
  right_org: string;
  right_ref: string;
  right_kind: string;
  score: number;
  found_at: string;
}

/** Nonces of accepted envelopes until they leave the clock-skew window (replay guard across restarts). */
export interface FederationNoncesTable {
  key: string;
  expires_at: string;
}

export interface HubBudgetsTable {
  peer: string;
  tokens: number;
  at: string;
}

// A type alias, not an interface: Kysely's withTables needs an index-compatible record type.
export type FederationTables = {
  federation_directory: FederationDirectoryTable;
  federation_outbox: FederationOutboxTable;
  federation_inbox: FederationInboxTable;
  federation_message_log: FederationMessageLogTable;
  federation_linkage_refs: FederationLinkageRefsTable;
  federation_candidates: FederationCandidatesTable;
  federation_transfers: FederationTransfersTable;
  federation_ledger: FederationLedgerTable;
  hub_submissions: HubSubmissionsTable;
  hub_candidates: HubCandidatesTable;
  hub_budgets: HubBudgetsTable;
  federation_nonces: FederationNoncesTable;
};

export type FederationDb = Kysely<Schema & FederationTables>;

export function federationDb(db: KinlinkDb): FederationDb {
  return db.withTables<FederationTables>();
}
