import { MatchIndex, pairFingerprint } from '@kinlink/match';
import type { MatchRecord, SearchHit } from '@kinlink/match';
import { casePersonIds, listMatchablePersons, recordPotentialMatch } from '@kinlink/store';
import type { KinlinkDb, MatchRole, PotentialMatchKind, RecordOutcome } from '@kinlink/store';
import { personToMatchRecord } from './person-record';

/** Probability from which a candidate is stored as a potential match for review. */
export const POTENTIAL_MATCH_THRESHOLD = 0.5;
const CANDIDATES_PER_PERSON = 10;
const LOAD_BATCH = 2000;
const CATCH_UP_INTERVAL_MS = 1000;
const shared = new WeakMap<object, MatchingService>();

/** One service (one index) per database handle: the job worker and the API of a process share it. */
export function sharedMatchingService(db: KinlinkDb): MatchingService {
  let service = shared.get(db);
  if (!service) {
    service = new MatchingService();
    shared.set(db, service);
  }
  return service;
}

export interface CaseMatchingResult {
  caseId: string;
  outcomes: Record<RecordOutcome, number>;
}

/**
 * Keeps a MatchIndex of every stored person (built from the store on first use, refreshed when a case is
 * matched) and turns a case's candidates into stored potential matches: its sought persons against
 * registrations (found), against other cases' enquirers (two families looking for each other) and
 * other cases' sought persons (duplicates); its enquirer against other cases' sought persons.
 */
export class MatchingService {
  private readonly index = new MatchIndex();
  private readonly roles = new Map<string, MatchRole[]>();
  private loaded: Promise<void> | undefined;
  /** Latest `updated_at` read from the store, and when the store was last asked for newer records. */
  private seenUpdatedAt = '';
  private lastCatchUp = 0;

  constructor(private readonly now: () => number = Date.now) {}

  get size(): number {
    return this.index.size;
  }

  /** Builds the index from the store once (concurrent callers wait for the same load). */
  ensureLoaded(db: KinlinkDb): Promise<void> {
    this.loaded ??= this.loadAll(db);
    return this.loaded;
  }

  private async loadAll(db: KinlinkDb): Promise<void> {
    let afterId: string | undefined;
    for (;;) {
      const batch = await listMatchablePersons(db, { afterId, limit: LOAD_BATCH });
      for (const p of batch) this.put(p);
      if (batch.length < LOAD_BATCH) return;
      afterId = batch[batch.length - 1]!.id;
    }
  }

  private put(p: { id: string; data: Parameters<typeof personToMatchRecord>[1]; roles: MatchRole[]; updatedAt: string }): void {
    this.index.add(personToMatchRecord(p.id, p.data));
    this.roles.set(p.id, p.roles);
    if (p.updatedAt > this.seenUpdatedAt) this.seenUpdatedAt = p.updatedAt;
  }

  /**
   * Reads persons saved since the last look (by this or another process), at most once per second: the
   * index follows the store without a full rebuild.
   */
  private async catchUp(db: KinlinkDb): Promise<void> {
    await this.ensureLoaded(db);
    if (this.now() - this.lastCatchUp < CATCH_UP_INTERVAL_MS) return;
    this.lastCatchUp = this.now();
    let afterId: string | undefined;
    const since = this.seenUpdatedAt;
    for (;;) {
      const batch = await listMatchablePersons(db, { updatedSince: since, afterId, limit: LOAD_BATCH });
      for (const p of batch) this.put(p);
      if (batch.length < LOAD_BATCH) return;
      afterId = batch[batch.length - 1]!.id;
    }
  }

  /** Re-reads persons from the store into the index (after they were saved). */
  async refresh(db: KinlinkDb, personIds: readonly string[]): Promise<void> {
    await this.ensureLoaded(db);
    for (const p of await listMatchablePersons(db, { ids: personIds })) this.put(p);
  }

  /** Ad-hoc search by any fields. */
  async search(db: KinlinkDb, query: MatchRecord, options: { top?: number; threshold?: number } = {}): Promise<(SearchHit & { roles: MatchRole[] })[]> {
    await this.catchUp(db);
    return this.index.search(query, options).map((h) => ({ ...h, roles: this.roles.get(h.id) ?? [] }));
  }

  private kindOf(forRole: 'sought' | 'enquirer', candidate: MatchRole): PotentialMatchKind | null {
    if (forRole === 'sought') {
      if (candidate.role === 'registration') return 'registration';
      if (candidate.role === 'enquirer') return 'reciprocal';
      return 'duplicate';
    }
    return candidate.role === 'sought' ? 'reciprocal' : null;
  }

  /**
   * A saved person who is not (only) in a case — a registration, or an edited record: stores their
   * matches with the sought persons of open cases (and duplicate registrations). Cases they belong to are
   * matched by `matchCase`.
   */
  async matchPerson(db: KinlinkDb, personId: string): Promise<Record<RecordOutcome, number>> {
    await this.refresh(db, [personId]);
    const outcomes: Record<RecordOutcome, number> = { created: 0, updated: 0, reopened: 0, 'kept-rejected': 0, 'kept-confirmed': 0 };
    const record = this.index.get(personId);
    if (!record) return outcomes;
    const own = this.roles.get(personId) ?? [];
    const ownCase = own.find((r) => r.caseId !== null)?.caseId ?? null;
    for (const hit of this.index.search(record, { top: CANDIDATES_PER_PERSON, threshold: POTENTIAL_MATCH_THRESHOLD, excludeId: personId })) {
      const candidate = (this.roles.get(hit.id) ?? []).find((r) => r.caseId !== ownCase || r.caseId === null);
      if (!candidate) continue;
      const kind: PotentialMatchKind = candidate.role === 'sought' ? (own.some((r) => r.role === 'enquirer') ? 'reciprocal' : own.some((r) => r.role === 'sought') ? 'duplicate' : 'registration')
        : candidate.role === 'enquirer' ? 'reciprocal' : own.some((r) => r.role === 'sought') ? 'registration' : 'duplicate';
      outcomes[await this.storeHit(db, { kind, personId, record, hit, caseIds: [ownCase, candidate.caseId] })]++;
    }
    return outcomes;
  }

  /** Stores one scored pair with its per-field explanation and the fingerprint of both records. */
  private async storeHit(
    db: KinlinkDb,
    pair: { kind: PotentialMatchKind; personId: string; record: MatchRecord; hit: SearchHit; caseIds: [string | null, string | null] },
  ): Promise<RecordOutcome> {
    const { kind, personId, record, hit, caseIds } = pair;
    const { outcome } = await recordPotentialMatch(db, {
      kind,
      personIds: [personId, hit.id],
      caseIds,
      probability: hit.probability,
      matchWeight: hit.weight,
      explanation: hit.fields.map((f) => ({ field: f.field, level: f.level, bits: Number(f.bits.toFixed(3)) })),
      modelVersion: this.index.modelParams.modelVersion,
      fingerprint: pairFingerprint(record, this.index.get(hit.id)!),
    });
    return outcome;
  }

  /** Computes and stores the potential matches of a case (idempotent: re-running only re-scores). */
  async matchCase(db: KinlinkDb, caseId: string): Promise<CaseMatchingResult> {
    const persons = await casePersonIds(db, caseId);
    await this.refresh(db, [persons.enquirer, ...persons.sought]);
    const outcomes: Record<RecordOutcome, number> = { created: 0, updated: 0, reopened: 0, 'kept-rejected': 0, 'kept-confirmed': 0 };
    const own = new Set([persons.enquirer, ...persons.sought]);
    const subjects: [string, 'sought' | 'enquirer'][] = [...persons.sought.map((id): [string, 'sought'] => [id, 'sought']), [persons.enquirer, 'enquirer']];
    for (const [personId, role] of subjects) {
      const record = this.index.get(personId);
      if (!record) continue;
      for (const hit of this.index.search(record, { top: CANDIDATES_PER_PERSON, threshold: POTENTIAL_MATCH_THRESHOLD, excludeId: personId })) {
        if (own.has(hit.id)) continue;
        for (const candidateRole of this.roles.get(hit.id) ?? []) {
          if (candidateRole.caseId === caseId) continue;
          const kind = this.kindOf(role, candidateRole);
          if (!kind) continue;
          outcomes[await this.storeHit(db, { kind, personId, record, hit, caseIds: [caseId, candidateRole.caseId] })]++;
          break;
        }
      }
    }
    return { caseId, outcomes };
  }
}
