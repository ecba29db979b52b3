import type { Worker } from 'node:worker_threads';
import type { MatchRecord, SearchOptions } from '@kinlink/match';
import { casePersonIds, listMatchablePersons, listPersonVersionsChangedSince, recordPotentialMatch } from '@kinlink/store';
import type { ChangedPersonsCursor, KinlinkDb, MatchablePerson, MatchRole, PotentialMatchKind, RecordOutcome } from '@kinlink/store';
import type { IndexEntry, MatchRequest, MatchResults, RoledHit } from './match-protocol';
import { MatchWorkerClient } from './match-worker-client';
import type { MatchTimingObserver, MatchWorkerSettings } from './match-worker-client';
import { MatchingUnavailableError } from './matching-unavailable';
import { personToMatchRecord } from './person-record';

/** Probability from which a candidate is stored as a potential match for review. */
export const POTENTIAL_MATCH_THRESHOLD = 0.5;
const CANDIDATES_PER_PERSON = 10;
/** Persons read from the store per query: small enough that reading and parsing one batch stays a short slice of the event loop. */
const LOAD_BATCH = 500;
const CATCH_UP_INTERVAL_MS = 1000;
/** Versions remembered as indexed at most (oldest forgotten first). */
const CAUGHT_UP_LIMIT = 100_000;
/** Versions (id, updated_at) read per query while catching up. */
const VERSIONS_BATCH = 5000;
/** Catching up re-reads persons saved this long before the latest change it saw (transactions commit late). */
const CATCH_UP_MARGIN_MS = 5000;
/** How long an ad-hoc search waits for an index being built before answering "unavailable, retry". */
const DEFAULT_SEARCH_WAIT_MS = 5000;
const MAX_RESTART_DELAY_MS = 30_000;
const shared = new WeakMap<object, MatchingService>();

/** One service (one index, one worker thread) per database handle: the job worker and the API of a process share it. */
export function sharedMatchingService(db: KinlinkDb): MatchingService {
  let service = shared.get(db);
  if (!service) {
    service = new MatchingService();
    shared.set(db, service);
  }
  return service;
}

/** Stops the matching worker thread of a database handle, if one was started (graceful shutdown, before the database closes). */
export async function closeSharedMatchingService(db: KinlinkDb): Promise<void> {
  await shared.get(db)?.close();
}

export interface CaseMatchingResult {
  caseId: string;
  outcomes: Record<RecordOutcome, number>;
}

/** Where the index stands; `persons` counts those indexed so far (while building, the progress). */
export interface MatchingStatus {
  state: 'idle' | 'building' | 'ready' | 'failed' | 'closed';
  persons: number;
  /** The last failure: 'build failed' (with the database's error code, if any) or 'worker crashed'; details are logged. */
  error?: string;
}

/** The subset of pino's logger the service writes to (Fastify's `app.log` fits). */
export interface MatchingLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface MatchingServiceOptions {
  /** The clock of the catch-up interval (tests move it). */
  now?: () => number;
  /** How long `search` waits for an index being built before throwing MatchingUnavailableError (default 5 s). */
  searchWaitMs?: number;
  log?: MatchingLog;
  /** Starts the worker thread (tests keep a handle to crash it). */
  spawn?: (settings: MatchWorkerSettings) => Worker;
  /** Persons read from the store per query while building (default 500). */
  loadBatch?: number;
}

const consoleLog: MatchingLog = {
  info: () => {},
  error: (details, message) => console.error(`kinlink matching: ${message}`, details),
};

const noOutcomes = (): Record<RecordOutcome, number> => ({ created: 0, updated: 0, reopened: 0, 'kept-rejected': 0, 'kept-confirmed': 0 });

/**
 * Keeps a MatchIndex of every stored person in a worker thread (built from the store at start-up or on
 * first use, kept current from the store) and turns a case's candidates into stored potential matches:
 * its sought persons against registrations (found), against other cases' enquirers (two families looking
 * for each other) and other cases' sought persons (duplicates); its enquirer against other cases' sought
 * persons.
 *
 * This thread only reads the store and passes messages: preparing records, indexing and scoring all run in
 * the worker. While the index is being built, `search` waits up to `searchWaitMs` and then throws
 * MatchingUnavailableError('index-building'); the jobs' `matchCase`/`matchPerson` wait for the build.
 * If the worker dies, calls in flight (and callers waiting for a build it was doing) get
 * MatchingUnavailableError('worker-crashed'), the crash is logged, and a new worker rebuilds the index.
 */
export class MatchingService {
  private readonly client: MatchWorkerClient;
  private readonly now: () => number;
  private readonly searchWaitMs: number;
  private readonly loadBatch: number;
  private log: MatchingLog | undefined;
  private build: Promise<void> | undefined;
  private state: MatchingStatus['state'] = 'idle';
  private indexed = 0;
  private lastError: string | undefined;
  /** The database the index was built from: a crashed worker's index is rebuilt from it. */
  private db: KinlinkDb | undefined;
  /** Crashes and failed builds since the index was last complete: rebuilds back off while they fail. */
  private failuresInARow = 0;
  /** Whether the index is wanted at all times (a serving process), so a failed build is retried without a caller. */
  private warm = false;
  /** Latest `updated_at` read from the store, and when the store was last asked for newer records. */
  private seenUpdatedAt = new Date(0).toISOString();
  private lastCatchUp = 0;
  /**
   * Versions (id → updated_at) indexed within catching up's look-back window (by catching up or by a job's
   * refresh): the next look must not read or index them again (a replaced record takes a new slot in the index).
   */
  private readonly caughtUp = new Map<string, string>();

  constructor(options: MatchingServiceOptions = {}) {
    this.now = options.now ?? Date.now;
    this.searchWaitMs = options.searchWaitMs ?? DEFAULT_SEARCH_WAIT_MS;
    this.loadBatch = options.loadBatch ?? LOAD_BATCH;
    this.log = options.log;
    this.client = new MatchWorkerClient({ spawn: options.spawn, onCrash: (error) => this.onWorkerCrash(error) });
  }

  /** Persons in the index (while building, how many so far). */
  get size(): number {
    return this.indexed;
  }

  status(): MatchingStatus {
    return { state: this.state, persons: this.indexed, ...(this.lastError ? { error: this.lastError } : {}) };
  }

  /** Settings of the worker thread (before it starts: the server calls this before it listens). */
  configure(settings: MatchWorkerSettings): void {
    this.client.settings = { ...this.client.settings, ...settings };
  }

  /** Reports the time of each call to the worker thread (the server's metrics), replacing any earlier observer. */
  observeTimings(observer: MatchTimingObserver): void {
    this.client.observer = observer;
  }

  /** Logs to the server's logger from now on, unless the service was given one. */
  useLogger(log: MatchingLog): void {
    this.log ??= log;
  }

  /** Starts building the index in the background (server start-up), so the first search does not wait for it. */
  warmUp(db: KinlinkDb): void {
    this.warm = true;
    this.ensureLoaded(db).catch(() => {
      // logged by the build; callers that need the index get the error themselves
    });
  }

  /** Builds the index from the store once (concurrent callers wait for the same build). */
  ensureLoaded(db: KinlinkDb): Promise<void> {
    if (this.state === 'closed') return Promise.reject(new MatchingUnavailableError('closed', 'Matching has been shut down.'));
    this.db ??= db;
    if (!this.build) {
      const build = this.loadAll(db);
      this.build = build;
      build.then(
        () => {
          if (this.build !== build) return;
          this.state = 'ready';
          this.failuresInARow = 0;
        },
        (error: unknown) => {
          if (this.build !== build) return;
          this.build = undefined;
          this.state = 'failed';
          const code = (error as { code?: unknown } | undefined)?.code;
          this.lastError = `build failed${typeof code === 'string' ? ` (${code})` : ''}`;
          const retryInMs = this.warm ? this.scheduleRebuild() : undefined;
          const reason = error instanceof Error ? error.message.slice(0, 300) : String(error);
          this.logger().error({ reason, persons: this.indexed, retryInMs }, 'building the matching index failed');
        },
      );
    }
    return this.build;
  }

  /** Stops the worker thread; calls in flight and later calls get MatchingUnavailableError('closed'). */
  async close(): Promise<void> {
    this.state = 'closed';
    this.build = undefined;
    await this.client.close();
  }

  private logger(): MatchingLog {
    return this.log ?? consoleLog;
  }

  private async loadAll(db: KinlinkDb): Promise<void> {
    const generation = this.client.generation;
    const started = this.now();
    this.state = 'building';
    this.indexed = 0;
    this.seenUpdatedAt = new Date().toISOString();
    this.lastCatchUp = 0;
    this.caughtUp.clear();
    this.logger().info({}, 'building the matching index');
    let afterId: string | undefined;
    // Reading the next batch overlaps with the worker indexing the previous one.
    let indexing: Promise<unknown> = Promise.resolve();
    for (;;) {
      const batch = await listMatchablePersons(db, { afterId, limit: this.loadBatch });
      await indexing;
      if (this.client.generation !== generation) throw new MatchingUnavailableError('worker-crashed', 'The matching worker stopped while building the index; it is being rebuilt.');
      indexing = this.client.call({ op: 'add', entries: batch.map(entryOf) }).then(({ size }) => {
        this.indexed = size;
      });
      // Awaited before the next batch is sent; until then a failure must not count as unhandled.
      indexing.catch(() => {});
      if (batch.length < this.loadBatch) break;
      afterId = batch[batch.length - 1]!.id;
    }
    await indexing;
    await this.client.call({ op: 'compact' });
    this.logger().info({ persons: this.indexed, ms: Math.round(this.now() - started) }, 'matching index built');
  }

  /**
   * Sends a request that needs the whole index, once it is built (waiting at most `waitMs` for a build in
   * progress). The state check and the send happen together, so a request never reaches a worker that
   * replaced a crashed one before its index is rebuilt.
   */
  private async onIndex<K extends MatchRequest['op']>(db: KinlinkDb, request: Extract<MatchRequest, { op: K }>, waitMs: number): Promise<MatchResults[K]> {
    if (this.state !== 'ready') await this.waitForBuild(db, waitMs);
    if (this.state !== 'ready') throw new MatchingUnavailableError('worker-crashed', 'The matching worker stopped; the index is being rebuilt.');
    return this.client.call(request);
  }

  private async waitForBuild(db: KinlinkDb, waitMs: number): Promise<void> {
    const build = this.ensureLoaded(db);
    if (waitMs === Infinity) return build;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new MatchingUnavailableError('index-building', `The search index is still being built (${this.indexed} persons so far); try again in a few seconds.`)),
        waitMs,
      );
    });
    try {
      await Promise.race([build, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private onWorkerCrash(error: Error): void {
    const lost = this.indexed;
    this.build = undefined;
    this.state = 'idle';
    this.indexed = 0;
    this.lastError = 'worker crashed';
    const delay = this.scheduleRebuild();
    this.logger().error({ reason: error.message.slice(0, 300), lostPersons: lost, restartInMs: delay }, 'matching worker crashed; restarting it and rebuilding the index');
  }

  /**
   * Rebuilds in the background, at once the first time, then less and less often while it keeps failing
   * (a worker that runs out of memory on every build, a database that is down). Returns the delay.
   */
  private scheduleRebuild(): number {
    this.failuresInARow++;
    const delay = this.failuresInARow <= 1 ? 0 : Math.min(MAX_RESTART_DELAY_MS, 1000 * 2 ** (this.failuresInARow - 2));
    const db = this.db;
    if (db) setTimeout(() => (this.state === 'idle' || this.state === 'failed') && this.warmUp(db), delay).unref();
    return delay;
  }

  /**
   * Reads persons saved since the last look (by this or another process), at most once per second: the
   * index follows the store without a full rebuild. The look goes back a few seconds before the latest
   * change seen: a transaction that saved a person earlier may have committed later.
   */
  private async catchUp(db: KinlinkDb, waitMs: number): Promise<void> {
    if (this.now() - this.lastCatchUp < CATCH_UP_INTERVAL_MS) return;
    this.lastCatchUp = this.now();
    let after: ChangedPersonsCursor | undefined;
    const since = new Date(Date.parse(this.seenUpdatedAt) - CATCH_UP_MARGIN_MS).toISOString();
    for (;;) {
      // Most versions in the look-back window were indexed by the previous look: read only the others' records.
      const batch = await listPersonVersionsChangedSince(db, { since, after, limit: VERSIONS_BATCH });
      const unseen = batch.filter((v) => this.caughtUp.get(v.id) !== v.updatedAt).map((v) => v.id);
      for (let i = 0; i < unseen.length; i += LOAD_BATCH) {
        const persons = await listMatchablePersons(db, { ids: unseen.slice(i, i + LOAD_BATCH) });
        await this.put(db, persons, waitMs, { interactive: true });
      }
      if (batch.length < VERSIONS_BATCH) {
        for (const [id, updatedAt] of this.caughtUp) if (updatedAt < since) this.caughtUp.delete(id);
        return;
      }
      const last = batch[batch.length - 1]!;
      after = { updatedAt: last.updatedAt, id: last.id };
    }
  }

  private async put(db: KinlinkDb, persons: readonly MatchablePerson[], waitMs: number, options: { interactive?: boolean } = {}): Promise<void> {
    if (persons.length === 0) return;
    const { size } = await this.onIndex(db, { op: 'add', entries: persons.map(entryOf), ...options }, waitMs);
    this.indexed = size;
    for (const p of persons) {
      if (p.updatedAt > this.seenUpdatedAt) this.seenUpdatedAt = p.updatedAt;
      this.caughtUp.set(p.id, p.updatedAt);
      // Bounded where no search ever prunes it (a process that only runs jobs): a forgotten version is only read again.
      if (this.caughtUp.size > CAUGHT_UP_LIMIT) this.caughtUp.delete(this.caughtUp.keys().next().value!);
    }
  }

  /** Re-reads persons from the store into the index (after they were saved). */
  async refresh(db: KinlinkDb, personIds: readonly string[]): Promise<void> {
    await this.ensureLoaded(db);
    await this.put(db, await listMatchablePersons(db, { ids: personIds }), Infinity);
  }

  /** Ad-hoc search by any fields; waits at most `searchWaitMs` for an index being built. */
  async search(db: KinlinkDb, query: MatchRecord, options: SearchOptions = {}): Promise<RoledHit[]> {
    if (this.state !== 'ready') await this.waitForBuild(db, this.searchWaitMs);
    await this.catchUp(db, this.searchWaitMs);
    return this.onIndex(db, { op: 'search', query, options }, this.searchWaitMs);
  }

  private candidates(db: KinlinkDb, personId: string) {
    return this.onIndex(db, { op: 'candidates', personId, top: CANDIDATES_PER_PERSON, threshold: POTENTIAL_MATCH_THRESHOLD }, Infinity);
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
    const outcomes = noOutcomes();
    const found = await this.candidates(db, personId);
    if (!found.found) return outcomes;
    const own = found.roles;
    const ownCase = own.find((r) => r.caseId !== null)?.caseId ?? null;
    for (const hit of found.hits) {
      const candidate = hit.roles.find((r) => r.caseId !== ownCase || r.caseId === null);
      if (!candidate) continue;
      const kind: PotentialMatchKind = candidate.role === 'sought' ? (own.some((r) => r.role === 'enquirer') ? 'reciprocal' : own.some((r) => r.role === 'sought') ? 'duplicate' : 'registration')
        : candidate.role === 'enquirer' ? 'reciprocal' : own.some((r) => r.role === 'sought') ? 'registration' : 'duplicate';
      outcomes[await this.storeHit(db, { kind, personId, hit, modelVersion: found.modelVersion, caseIds: [ownCase, candidate.caseId] })]++;
    }
    return outcomes;
  }

  /** Stores one scored pair with its per-field explanation and the fingerprint of both records. */
  private async storeHit(
    db: KinlinkDb,
    pair: { kind: PotentialMatchKind; personId: string; hit: RoledHit & { fingerprint: string }; modelVersion: string; caseIds: [string | null, string | null] },
  ): Promise<RecordOutcome> {
    const { kind, personId, hit, modelVersion, caseIds } = pair;
    const { outcome } = await recordPotentialMatch(db, {
      kind,
      personIds: [personId, hit.id],
      caseIds,
      probability: hit.probability,
      matchWeight: hit.weight,
      explanation: hit.fields.map((f) => ({ field: f.field, level: f.level, bits: Number(f.bits.toFixed(3)) })),
      modelVersion,
      fingerprint: hit.fingerprint,
    });
    return outcome;
  }

  /** Computes and stores the potential matches of a case (idempotent: re-running only re-scores). */
  async matchCase(db: KinlinkDb, caseId: string): Promise<CaseMatchingResult> {
    const persons = await casePersonIds(db, caseId);
    await this.refresh(db, [persons.enquirer, ...persons.sought]);
    const outcomes = noOutcomes();
    const own = new Set([persons.enquirer, ...persons.sought]);
    const subjects: [string, 'sought' | 'enquirer'][] = [...persons.sought.map((id): [string, 'sought'] => [id, 'sought']), [persons.enquirer, 'enquirer']];
    for (const [personId, role] of subjects) {
      const found = await this.candidates(db, personId);
      if (!found.found) continue;
      for (const hit of found.hits) {
        if (own.has(hit.id)) continue;
        for (const candidateRole of hit.roles) {
          if (candidateRole.caseId === caseId) continue;
          const kind = this.kindOf(role, candidateRole);
          if (!kind) continue;
          outcomes[await this.storeHit(db, { kind, personId, hit, modelVersion: found.modelVersion, caseIds: [caseId, candidateRole.caseId] })]++;
          break;
        }
      }
    }
    return { caseId, outcomes };
  }
}

/** Only what the index needs crosses to the worker: the match record and the person's roles. */
function entryOf(p: MatchablePerson): IndexEntry {
  return { record: personToMatchRecord(p.id, p.data), roles: p.roles, updatedAt: p.updatedAt };
}
