import { queryKeys, recordKeys } from './blocking';
import { RankingFeatures, rankingWeights } from './ranking-features';
import type { FeaturesSnapshot, RankingWeights } from './ranking-features';
import { DEFAULT_MODEL } from './default-model';
import type { ModelParams } from './model';
import { prepareRecord } from './prepare';
import type { PreparedRecord } from './prepare';
import type { MatchRecord } from './record';
import { Scorer } from './scorer';
import type { FieldExplanation } from './scorer';
import { TermFrequencies } from './term-frequencies';
import type { FrequenciesSnapshot } from './term-frequencies';
import { TopK } from './top-k';
import { NameUnitSimilarity } from './name-unit-similarity';
import type { NameUnitsSnapshot } from './name-unit-similarity';
import { keyHash, PostingStore } from './postings';
import type { PostingsSnapshot } from './postings';

export interface MatchIndexOptions {
  /** Postings longer than this are not walked whole (banded or paired keys are used instead). */
  keyCap?: number;
  /** How many of the best blocking candidates are scored with the full model. */
  rescoreLimit?: number;
  /** Postings a search walks at most, most selective keys first (bounds the slowest searches). */
  walkBudget?: number;
}

export interface SearchOptions {
  /** Number of candidates returned (best first). Default 10. */
  top?: number;
  /** Minimum match probability. Default 0. */
  threshold?: number;
  /** Leave this id out (searching a record already in the index for its duplicates). */
  excludeId?: string;
}

export interface SearchHit {
  readonly id: string;
  readonly probability: number;
  readonly weight: number;
  readonly fields: readonly FieldExplanation[];
}

/** A MatchIndex's state for other threads (see `MatchIndex.snapshot`); structured-cloneable. */
export interface MatchIndexSnapshot {
  readonly model: ModelParams;
  readonly options: Required<MatchIndexOptions>;
  readonly records: readonly (MatchRecord | null)[];
  readonly postings: PostingsSnapshot;
  readonly features: FeaturesSnapshot;
  readonly nameUnits: NameUnitsSnapshot;
  readonly frequencies: FrequenciesSnapshot;
}

export interface SerializedMatchIndex {
  readonly model: ModelParams;
  readonly options: Required<MatchIndexOptions>;
  readonly records: readonly MatchRecord[];
}

/** Below this many candidates a search also walks (part of) its crowded keys. */
const MIN_CANDIDATES = 20;


/** A query key with its hash and the length of its posting list. */
interface PlannedKey {
  readonly key: string;
  readonly hash: number;
  readonly length: number;
}

/**
 * Candidates scored with the full model by default: since the unit re-ranking checks fathers' names and
 * leaves out most of the key evidence, 40 lose nothing against 50 (recall@10 at 1,000,000: 0.930 vs 0.928;
 * 20,000 held-out: the same) and each one scored costs ~40 µs.
 */
const RESCORE_LIMIT = 40;

/** Prepared candidates kept for rescoring (common names come back search after search); cleared when full. */
const PREPARED_CACHE = 20_000;

/** Candidates ranked by keys and cheap fields whose names are then compared unit by unit, before full scoring. */
const PRESELECT = 400;

/**
 * Share of the key evidence kept when names are compared unit by unit: shared keys count the same name
 * agreement several times over (alone, in a band, in pairs), so they only break ties there.
 */
const KEY_SHARE = 0.2;

/**
 * Share of the key evidence kept when the best candidates are ranked again with their units compared
 * one by one and their fathers' names checked: there shared keys mostly count the same names again, and
 * at the share of the cheap ranking they kept a sought person whose rare name is written differently
 * (few shared keys) out of those scored in full (recall@10 at 200,000: 1,514 → 1,519 of 1,572 at 0.05).
 */
const RERANK_KEY_SHARE = 0.05;

/** The slot range is cut into 2^REGION_BITS regions when candidates are put in slot order. */
const REGION_BITS = 10;

/**
 * Candidates whose rows are read ahead together before they are ranked: a loop that only loads one field
 * per row keeps many cache misses in flight, where the ranking loop (branchy, one row at a time) waits for
 * each; a block's rows then stay in cache (and its pages in the TLB) for the ranking.
 */
const GATHER_BLOCK = 256;

/** Bits of slack between a candidate's weight bound and the weights it is held against (rounding only). */
const BOUND_MARGIN = 1e-6;

/** Relative evidence of a shared key of each kind, for ranking candidates before full scoring. */
const KEY_WEIGHT: Record<string, number> = { t: 1, b: 1, p: 2.5, c: 1.5, n: 3, d: 2, doc: 4, ph: 4 };

function kindWeight(key: string): number {
  return KEY_WEIGHT[key.slice(0, key.indexOf(':'))] ?? 1;
}

/**
 * An in-memory inverted index over blocking keys: add / remove records, search one record for its best
 * candidates. A search touches only the postings of the query's keys (capped), so linking two sets is
 * never quadratic. Memory per record is small: the record itself, a few typed-array features and its
 * slots in compact posting lists; a candidate is parsed again (and cached a while) only when it is scored
 * in full.
 */
export class MatchIndex {
  private readonly keyCap: number;
  private readonly rescoreLimit: number;
  private readonly walkBudget: number;
  /** Record per slot; slots are never reused (a replaced record gets a new one), so postings stay valid. */
  private records: (MatchRecord | undefined)[] = [];
  private readonly slotById = new Map<string, number>();
  private postings = new PostingStore((slot) => this.records[slot] !== undefined);
  private readonly prepared = new Map<number, PreparedRecord>();
  private readonly preparedCacheLimit = PREPARED_CACHE;
  private frequencies = new TermFrequencies();
  private scorer: Scorer;
  private features = new RankingFeatures();
  private weights: RankingWeights;
  private accumulator = new Float32Array(1024);
  private ordered = new Int32Array(1024);
  private readonly regionCounts = new Int32Array((1 << REGION_BITS) + 1);
  private readonly best: TopK;
  private readonly preselected = new TopK(PRESELECT);
  private nameUnits = new NameUnitSimilarity();

  constructor(
    private model: ModelParams = DEFAULT_MODEL,
    options: MatchIndexOptions = {},
  ) {
    this.keyCap = options.keyCap ?? 4000;
    this.rescoreLimit = options.rescoreLimit ?? RESCORE_LIMIT;
    this.walkBudget = options.walkBudget ?? 60_000;
    this.scorer = new Scorer(model, this.frequencies);
    this.weights = rankingWeights(model);
    this.best = new TopK(this.rescoreLimit);
  }

  get size(): number {
    return this.slotById.size;
  }

  get modelParams(): ModelParams {
    return this.model;
  }

  setModel(model: ModelParams): void {
    this.model = model;
    this.scorer = new Scorer(model, this.frequencies);
    this.weights = rankingWeights(model);
  }

  has(id: string): boolean {
    return this.slotById.has(id);
  }

  /** Adds a record, replacing the one with the same id. */
  add(record: MatchRecord): void {
    if (this.slotById.has(record.id)) this.remove(record.id);
    const prepared = prepareRecord(record);
    const slot = this.records.length;
    this.records.push(record);
    this.nameUnits.set(slot, prepared);
    this.features.set(slot, prepared, this.nameUnits);
    this.slotById.set(record.id, slot);
    for (const key of recordKeys(prepared)) this.postings.add(keyHash(key), slot);
    this.frequencies.add(prepared.nameTokens);
  }

  remove(id: string): boolean {
    const slot = this.slotById.get(id);
    if (slot === undefined) return false;
    const prepared = this.preparedAt(slot);
    for (const key of recordKeys(prepared)) this.postings.removeRecent(keyHash(key), slot);
    this.postings.slotRemoved();
    this.frequencies.remove(prepared.nameTokens);
    this.nameUnits.clear(slot);
    this.records[slot] = undefined;
    this.prepared.delete(slot);
    this.slotById.delete(id);
    return true;
  }

  get(id: string): MatchRecord | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.records[slot];
  }

  /**
   * Moves recently added postings into the compact arrays (and drops removed records from them). Adds
   * compact on their own as the index grows; call this after a bulk load to hold the least memory.
   */
  compact(): void {
    this.postings.compact();
  }

  private preparedAt(slot: number): PreparedRecord {
    let p = this.prepared.get(slot);
    if (!p) {
      if (this.prepared.size >= this.preparedCacheLimit) this.prepared.clear();
      p = prepareRecord(this.records[slot]!);
      this.prepared.set(slot, p);
    }
    return p;
  }

  /** Longest posting walked whole: the configured cap, lower for small registries (1% of the records, at least 2,000). */
  private cap(): number {
    return Math.min(this.keyCap, Math.max(2000, Math.ceil(this.slotById.size / 100)));
  }

  /** Adds a key's postings to the candidates; false (and nothing added) when it is too common, unless `limit`. */
  /** Adds `limit` (default all) of a key's postings to the candidates, weighed by the key's kind and rarity. */
  private walk(key: PlannedKey, touched: number[], limit = Infinity): number {
    // Rarer keys are stronger evidence: weigh by inverse document frequency.
    const w = kindWeight(key.key) * Math.log2(1 + this.slotById.size / key.length);
    const acc = this.accumulator;
    const records = this.records;
    // Removed records' slots stay in the compact postings until the next compaction; with none removed,
    // no slot is looked up in the records (a random read per posting in a registry of a million).
    const visit =
      this.slotById.size === records.length
        ? (slot: number) => {
            if (acc[slot] === 0) touched.push(slot);
            acc[slot]! += w;
          }
        : (slot: number) => {
            if (records[slot] === undefined) return;
            if (acc[slot] === 0) touched.push(slot);
            acc[slot]! += w;
          };
    this.postings.forEach(key.hash, visit, limit);
    return Math.min(limit, key.length);
  }

  private plan(key: string): PlannedKey {
    const hash = keyHash(key);
    return { key, hash, length: this.postings.length(hash) };
  }

  /**
   * Candidates of a query: a name unit's own key, or its banded keys when the unit is common; pairs of
   * units; identifiers. Keys longer than the cap are left out; the others are walked most selective
   * first until the query's budget of postings is spent, so a query of common names stays fast.
   */
  private collect(query: PreparedRecord): number[] {
    if (this.accumulator.length < this.records.length) this.accumulator = new Float32Array(this.records.length * 2);
    const cap = this.cap();
    const keys = queryKeys(query);
    const planned: PlannedKey[] = [];
    const crowded: PlannedKey[] = [];
    const consider = (k: PlannedKey): boolean => {
      if (k.length === 0) return true;
      if (k.length > cap) {
        crowded.push(k);
        return false;
      }
      planned.push(k);
      return true;
    };
    for (const unit of keys.units) {
      if (consider(this.plan(unit))) continue;
      for (const banded of keys.banded.get(unit) ?? []) consider(this.plan(banded));
    }
    for (const key of keys.pairs) consider(this.plan(key));
    for (const key of keys.identifiers) consider(this.plan(key));
    planned.sort((a, b) => a.length - b.length);
    const touched: number[] = [];
    let budget = this.walkBudget;
    for (const k of planned) {
      if (budget <= 0) break;
      budget -= this.walk(k, touched);
    }
    // A query made only of very common names (and no identifiers) still gets candidates: the most
    // selective of its crowded keys, cut at the cap.
    if (touched.length < MIN_CANDIDATES && crowded.length > 0) {
      crowded.sort((a, b) => a.length - b.length);
      for (const k of crowded.slice(0, 2)) this.walk(k, touched, cap);
    }
    return touched;
  }

  /**
   * Candidates grouped by region of the slot range, regions in order (a counting sort on the high bits of
   * the slot, linear: a full sort of 20,000 slots costs a millisecond), so their rows are read forwards.
   */
  private inSlotOrder(touched: readonly number[]): Int32Array {
    const shift = Math.max(0, Math.ceil(Math.log2(Math.max(1, this.records.length))) - REGION_BITS);
    const counts = this.regionCounts.fill(0);
    for (const slot of touched) counts[(slot >>> shift) + 1]!++;
    for (let r = 1; r < counts.length; r++) counts[r]! += counts[r - 1]!;
    if (this.ordered.length < touched.length) this.ordered = new Int32Array(touched.length * 2);
    const ordered = this.ordered;
    for (const slot of touched) ordered[counts[slot >>> shift]!++] = slot;
    return ordered.subarray(0, touched.length);
  }

  /** Blocking candidates of a record (ids), unranked: what a search would consider. */
  candidates(record: MatchRecord): string[] {
    const touched = this.collect(prepareRecord(record));
    for (const slot of touched) this.accumulator[slot] = 0;
    return touched.map((slot) => this.records[slot]!.id);
  }

  search(record: MatchRecord, options: SearchOptions = {}): SearchHit[] {
    return this.searchPrepared(prepareRecord(record), options);
  }

  searchPrepared(query: PreparedRecord, options: SearchOptions = {}): SearchHit[] {
    const top = options.top ?? 10;
    const threshold = options.threshold ?? 0;
    const touched = this.collect(query);
    const acc = this.accumulator;
    // Rank candidates by the shared keys plus the model's weight of the cheap fields (dates, places,
    // identifiers…, from typed arrays); rank the best of them again with their name units compared one
    // by one and their fathers' names checked, the shared keys nearly left out; score the best of those
    // with the full model, names included.
    const q = this.features.query(query);
    const preselected = this.preselected;
    preselected.clear();
    const units = this.nameUnits.query(query);
    const excluded = options.excludeId === undefined ? -1 : (this.slotById.get(options.excludeId) ?? -1);
    // In slot order: the candidates' rows in the typed arrays are then read forwards, not at random (a
    // registry of a million has its rows in tens of MiB, and each random read is a cache and TLB miss).
    const ordered = this.inSlotOrder(touched);
    const rows = this.features.rows;
    for (let from = 0; from < ordered.length; from += GATHER_BLOCK) {
      const to = Math.min(ordered.length, from + GATHER_BLOCK);
      this.features.touch(ordered, from, to);
      for (let i = from; i < to; i++) {
        const slot = ordered[i]!;
        if (slot === excluded) continue;
        const names = this.nameUnits.quickSimilarityIn(units, rows, this.features.unitsAt(slot));
        preselected.offer(slot, KEY_SHARE * acc[slot]! + this.features.weight(q, slot, this.weights) + names);
      }
    }
    const best = top > this.rescoreLimit ? new TopK(top) : this.best;
    best.clear();
    preselected.forEach((slot, quick) => {
      const at = this.features.unitsAt(slot);
      const cheapFields = quick - KEY_SHARE * acc[slot]! - this.nameUnits.quickSimilarityIn(units, rows, at);
      const fathers = this.nameUnits.fathersDisagreeIn(units, rows, at) ? this.weights.fatherDifferent : 0;
      best.offer(slot, cheapFields + RERANK_KEY_SHARE * acc[slot]! + this.nameUnits.similarityIn(units, rows, at) + fathers);
    });
    for (const slot of ordered) acc[slot] = 0;
    const hits = this.scoreLazily(query, best.sorted(), top, threshold).filter((h) => h.probability >= threshold);
    hits.sort((x, y) => y.weight - x.weight || (x.id < y.id ? -1 : 1));
    return hits.slice(0, top);
  }

  /**
   * Scores candidates with the full model, the names last and only while they can matter: the cheap fields
   * are compared for all, each candidate's weight is bounded by them plus its name fields at their best,
   * and candidates are completed most promising first until the next bound is below the `top`-th weight
   * found (those left could not enter the top), or below the threshold's weight. Returns at least the `top`
   * best at or above the threshold, exactly as scored in full.
   */
  private scoreLazily(query: PreparedRecord, slots: readonly number[], top: number, threshold: number): SearchHit[] {
    const least = threshold > 0 && threshold < 1 ? Math.log2(threshold / (1 - threshold)) : -Infinity;
    const ceilings = this.scorer.ceilings(query);
    const partial = slots.map((slot) => {
      const candidate = this.preparedAt(slot);
      return { candidate, score: this.scorer.partialScore(query, candidate, ceilings) };
    });
    partial.sort((x, y) => y.score.bound - x.score.bound);
    const kept = new TopK(top);
    const hits: SearchHit[] = [];
    for (const { candidate, score } of partial) {
      // The bound and the weight sum the same bits in another order: a margin keeps rounding from cutting a tie.
      if (score.bound + BOUND_MARGIN < Math.max(kept.floor, least)) break;
      const complete = this.scorer.completeScore(query, candidate, score);
      kept.offer(hits.length, complete.weight);
      hits.push({ id: candidate.id, ...complete });
    }
    return hits;
  }

  /** Scores two records directly with this index's model and term frequencies. */
  compare(a: MatchRecord, b: MatchRecord): SearchHit {
    return { id: b.id, ...this.scorer.score(prepareRecord(a), prepareRecord(b)) };
  }

  /** All records, to persist; `MatchIndex.fromJSON` rebuilds the postings (faster than storing them). */
  toJSON(): SerializedMatchIndex {
    const records = this.records.filter((r): r is MatchRecord => r !== undefined);
    return { model: this.model, options: { keyCap: this.keyCap, rescoreLimit: this.rescoreLimit, walkBudget: this.walkBudget }, records };
  }

  static fromJSON(data: SerializedMatchIndex): MatchIndex {
    const index = new MatchIndex(data.model, data.options);
    for (const r of data.records) index.add(r);
    index.compact();
    return index;
  }

  /**
   * Everything a search needs, with the large arrays in shared memory: post it to worker threads and
   * rebuild there with `MatchIndex.fromSnapshot` (no record is parsed again), so that several threads
   * search one index. The index stays usable; later changes are not seen by the copies.
   */
  snapshot(): MatchIndexSnapshot {
    return {
      model: this.model,
      options: { keyCap: this.keyCap, rescoreLimit: this.rescoreLimit, walkBudget: this.walkBudget },
      records: this.records.map((r) => r ?? null),
      postings: this.postings.snapshot(),
      features: this.features.snapshot(),
      nameUnits: this.nameUnits.snapshot(),
      frequencies: this.frequencies.snapshot(),
    };
  }

  static fromSnapshot(s: MatchIndexSnapshot): MatchIndex {
    const index = new MatchIndex(s.model, s.options);
    index.records = s.records.map((r) => r ?? undefined);
    index.records.forEach((r, slot) => {
      if (r) index.slotById.set(r.id, slot);
    });
    index.postings = PostingStore.fromSnapshot(s.postings, (slot) => index.records[slot] !== undefined);
    index.features = RankingFeatures.fromSnapshot(s.features);
    index.nameUnits = NameUnitSimilarity.fromSnapshot(s.nameUnits);
    index.frequencies = TermFrequencies.fromSnapshot(s.frequencies);
    index.setModel(s.model);
    return index;
  }

  /** Number of distinct keys and postings (for benchmarks and capacity planning); compacts first. */
  stats(): { records: number; keys: number; postings: number } {
    return { records: this.size, ...this.postings.stats() };
  }
}
