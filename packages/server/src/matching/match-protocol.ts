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
  /** When the person was last saved: an older version arriving after a newer one is not indexed. */
  updatedAt?: string;
}

/** A hit with the candidate's roles (registration, enquirer or sought person of which case). */
export type RoledHit = SearchHit & { roles: MatchRole[] };

/** A stored person's candidates, with the fingerprint of each pair (a rejected pair returns only when it changes). */
export type PersonCandidates =
  | { found: false }
  | { found: true; roles: MatchRole[]; modelVersion: string; hits: (RoledHit & { fingerprint: string })[] };

export type MatchRequest =
  /** `interactive`: indexing a search waits for (its catch-up with the store), answered before background work. */
  | { op: 'add'; entries: IndexEntry[]; interactive?: boolean }
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
  /** When it was sent, in ms since the epoch (`performance.timeOrigin + performance.now()`: comparable across threads). */
  sentAt?: number;
}

/** Where a request's time went: from being sent until the worker started it (queued behind other work), then run. */
export interface WorkerTiming {
  waitMs: number;
  runMs: number;
}

export type ReplyEnvelope = ({ id: number; ok: true; result: unknown } | { id: number; ok: false; error: { name: string; message: string } }) & { timing?: WorkerTiming };
