import type { MatchRecord, SearchHit, SearchOptions } from '@kinlink/match';
import type { MatchRole } from '@kinlink/store';

/**
 * Messages between the API thread and the matching worker thread. Only what the index needs crosses:
 * a person's match record (names, dates, places, identifiers — no sensitive fields, no free text) and
 * their roles in the tracing work, so hits can say which case a candidate belongs to.
 */
export interface IndexEntry {
  record: MatchRecord;
  roles: MatchRole[];
}

/** A hit with the candidate's roles (registration, enquirer or sought person of which case). */
export type RoledHit = SearchHit & { roles: MatchRole[] };

/** A stored person's candidates, with the fingerprint of each pair (a rejected pair returns only when it changes). */
export type PersonCandidates =
  | { found: false }
  | { found: true; roles: MatchRole[]; modelVersion: string; hits: (RoledHit & { fingerprint: string })[] };

export type MatchRequest =
  | { op: 'add'; entries: IndexEntry[] }
  | { op: 'search'; query: MatchRecord; options: SearchOptions }
  | { op: 'candidates'; personId: string; top: number; threshold: number }
  | { op: 'size' }
  /** After a bulk load: move the postings into their compact arrays, to hold the least memory. */
  | { op: 'compact' };

/** What each request answers. */
export interface MatchResults {
  add: { size: number };
  search: RoledHit[];
  candidates: PersonCandidates;
  size: { size: number };
  compact: { size: number };
}

export interface RequestEnvelope {
  id: number;
  request: MatchRequest;
}

export type ReplyEnvelope = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: { name: string; message: string } };
