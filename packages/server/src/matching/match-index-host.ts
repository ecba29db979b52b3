import { MatchIndex, pairFingerprint } from '@kinlink/match';
import type { MatchRole } from '@kinlink/store';
import type { MatchRequest, PersonCandidates, RoledHit } from './match-protocol';

const RECENT_VERSIONS = 50_000;

/**
 * The matching index and its CPU work, as run inside the worker thread: indexing records and scoring
 * searches. Answers one request at a time; the thread it runs on is never the API's.
 */
export class MatchIndexHost {
  private readonly index = new MatchIndex();
  private readonly roles = new Map<string, MatchRole[]>();
  /** When the most recently indexed persons were saved (bounded: reordering only happens within moments). */
  private readonly recentVersions = new Map<string, string>();

  handle(request: MatchRequest): unknown {
    switch (request.op) {
      case 'add':
        for (const { record, roles, updatedAt } of request.entries) {
          if (updatedAt !== undefined && this.isOlderThanIndexed(record.id, updatedAt)) continue;
          this.index.add(record);
          this.roles.set(record.id, roles);
        }
        return { size: this.index.size };
      case 'search':
        return this.withRoles(this.index.search(request.query, request.options));
      case 'candidates':
        return this.candidates(request.personId, request.top, request.threshold);
      case 'size':
        return { size: this.index.size };
      case 'compact':
        this.index.compact();
        return { size: this.index.size };
      default:
        throw new Error(`unknown matching request ${JSON.stringify((request as { op?: unknown }).op)}`);
    }
  }

  private withRoles<T extends { id: string }>(hits: readonly T[]): (T & { roles: MatchRole[] })[] {
    return hits.map((h) => ({ ...h, roles: this.roles.get(h.id) ?? [] }));
  }

  private candidates(personId: string, top: number, threshold: number): PersonCandidates {
    const record = this.index.get(personId);
    if (!record) return { found: false };
    const hits: (RoledHit & { fingerprint: string })[] = this.withRoles(this.index.search(record, { top, threshold, excludeId: personId })).map((h) => ({
      ...h,
      fingerprint: pairFingerprint(record, this.index.get(h.id)!),
    }));
    return { found: true, roles: this.roles.get(personId) ?? [], modelVersion: this.index.modelParams.modelVersion, hits };
  }

  /** Whether a newer version of this person is already indexed; remembers this one otherwise. */
  private isOlderThanIndexed(id: string, updatedAt: string): boolean {
    const indexed = this.recentVersions.get(id);
    if (indexed !== undefined && indexed > updatedAt) return true;
    this.recentVersions.delete(id);
    this.recentVersions.set(id, updatedAt);
    if (this.recentVersions.size > RECENT_VERSIONS) this.recentVersions.delete(this.recentVersions.keys().next().value!);
    return false;
  }
}
