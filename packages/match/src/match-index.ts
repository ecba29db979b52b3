import { queryKeys, recordKeys } from './blocking';
import { RankingFeatures, rankingWeights } from './ranking-features';
import type { RankingWeights } from './ranking-features';
import { DEFAULT_MODEL } from './default-model';
import type { ModelParams } from './model';
import { prepareRecord } from './prepare';
import type { PreparedRecord } from './prepare';
import type { MatchRecord } from './record';
import { Scorer } from './scorer';
import type { FieldExplanation } from './scorer';
import { TermFrequencies } from './term-frequencies';

export interface MatchIndexOptions {
  /** Postings longer than this are not walked whole (banded or paired keys are used instead). */
  keyCap?: number;
  /** How many of the best blocking candidates are scored with the full model. */
  rescoreLimit?: number;
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

export interface SerializedMatchIndex {
  readonly model: ModelParams;
  readonly options: Required<MatchIndexOptions>;
  readonly records: readonly MatchRecord[];
}

/** Below this many candidates a search also walks (part of) its crowded keys. */
const MIN_CANDIDATES = 20;


/** Relative evidence of a shared key of each kind, for ranking candidates before full scoring. */
const KEY_WEIGHT: Record<string, number> = { t: 1, b: 1, p: 2.5, n: 3, d: 2, doc: 4, ph: 4 };

/**
 * An in-memory inverted index over blocking keys: add / remove records, search one record for its best
 * candidates. A search touches only the postings of the query's keys (capped), so linking two sets is
 * never quadratic.
 */
export class MatchIndex {
  private readonly keyCap: number;
  private readonly rescoreLimit: number;
  private readonly postings = new Map<string, number[]>();
  private readonly slots: (PreparedRecord | undefined)[] = [];
  private readonly slotById = new Map<string, number>();
  private readonly freeSlots: number[] = [];
  private readonly frequencies = new TermFrequencies();
  private scorer: Scorer;
  private readonly features = new RankingFeatures();
  private weights: RankingWeights;
  private accumulator = new Float64Array(1024);

  constructor(
    private model: ModelParams = DEFAULT_MODEL,
    options: MatchIndexOptions = {},
  ) {
    this.keyCap = options.keyCap ?? 1000;
    this.rescoreLimit = options.rescoreLimit ?? 60;
    this.scorer = new Scorer(model, this.frequencies);
    this.weights = rankingWeights(model);
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
    const slot = this.freeSlots.pop() ?? this.slots.length;
    this.slots[slot] = prepared;
    this.features.set(slot, prepared);
    this.slotById.set(record.id, slot);
    for (const key of recordKeys(prepared)) {
      const list = this.postings.get(key);
      if (list) list.push(slot);
      else this.postings.set(key, [slot]);
    }
    this.frequencies.add(prepared.nameTokens);
  }

  remove(id: string): boolean {
    const slot = this.slotById.get(id);
    if (slot === undefined) return false;
    const prepared = this.slots[slot]!;
    for (const key of recordKeys(prepared)) {
      const list = this.postings.get(key);
      if (!list) continue;
      const at = list.indexOf(slot);
      if (at >= 0) {
        list[at] = list[list.length - 1]!;
        list.pop();
      }
      if (list.length === 0) this.postings.delete(key);
    }
    this.frequencies.remove(prepared.nameTokens);
    this.slots[slot] = undefined;
    this.slotById.delete(id);
    this.freeSlots.push(slot);
    return true;
  }

  get(id: string): MatchRecord | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.slots[slot]?.record;
  }

  /** Longest posting walked whole: the configured cap, lower for small registries (1% of the records, at least 500). */
  private cap(): number {
    return Math.min(this.keyCap, Math.max(500, Math.ceil(this.slotById.size / 100)));
  }

  /** Adds a key's postings to the candidates; false (and nothing added) when it is too common, unless `limit`. */
  private walk(key: string, touched: number[], limit?: number): boolean {
    const full = this.postings.get(key);
    if (!full) return true;
    if (limit === undefined && full.length > this.cap()) return false;
    const list = limit === undefined ? full : full.slice(0, limit);
    const kind = key.slice(0, key.indexOf(':'));
    // Rarer keys are stronger evidence: weigh by inverse document frequency.
    const w = (KEY_WEIGHT[kind] ?? 1) * Math.log2(1 + this.slotById.size / full.length);
    const acc = this.accumulator;
    for (const slot of list) {
      if (acc[slot] === 0) touched.push(slot);
      acc[slot]! += w;
    }
    return true;
  }

  private collect(query: PreparedRecord): number[] {
    if (this.accumulator.length < this.slots.length) this.accumulator = new Float64Array(this.slots.length * 2);
    const keys = queryKeys(query);
    const touched: number[] = [];
    const crowded: string[] = [];
    const walkOrDefer = (key: string) => {
      if (!this.walk(key, touched)) crowded.push(key);
    };
    for (const unit of keys.units) {
      if (this.walk(unit, touched)) continue;
      for (const banded of keys.banded.get(unit) ?? []) walkOrDefer(banded);
    }
    for (const key of keys.pairs) walkOrDefer(key);
    for (const key of keys.identifiers) walkOrDefer(key);
    // A query made only of very common names (and no identifiers) still gets candidates: the most
    // selective of its crowded keys, cut at the cap.
    if (touched.length < MIN_CANDIDATES && crowded.length > 0) {
      crowded.sort((a, b) => this.postings.get(a)!.length - this.postings.get(b)!.length);
      for (const key of crowded.slice(0, 2)) this.walk(key, touched, this.cap());
    }
    return touched;
  }

  /** Blocking candidates of a record (ids), unranked: what a search would consider. */
  candidates(record: MatchRecord): string[] {
    const touched = this.collect(prepareRecord(record));
    for (const slot of touched) this.accumulator[slot] = 0;
    return touched.map((slot) => this.slots[slot]!.id);
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
    // identifiers…, from typed arrays), then score the best with the full model, names included.
    const q = this.features.query(query);
    const ranked = touched.map((slot) => {
      const s = acc[slot]! + this.features.weight(q, slot, this.weights);
      acc[slot] = 0;
      return { slot, s };
    });
    ranked.sort((x, y) => y.s - x.s);
    const hits: SearchHit[] = [];
    for (const { slot } of ranked.slice(0, Math.max(this.rescoreLimit, top))) {
      const candidate = this.slots[slot]!;
      if (candidate.id === options.excludeId) continue;
      const score = this.scorer.score(query, candidate);
      if (score.probability >= threshold) hits.push({ id: candidate.id, ...score });
    }
    hits.sort((x, y) => y.weight - x.weight || (x.id < y.id ? -1 : 1));
    return hits.slice(0, top);
  }

  /** Scores two records directly with this index's model and term frequencies. */
  compare(a: MatchRecord, b: MatchRecord): SearchHit {
    return { id: b.id, ...this.scorer.score(prepareRecord(a), prepareRecord(b)) };
  }

  /** All records, to persist; `MatchIndex.fromJSON` rebuilds the postings (faster than storing them). */
  toJSON(): SerializedMatchIndex {
    const records = this.slots.filter((p): p is PreparedRecord => p !== undefined).map((p) => p.record);
    return { model: this.model, options: { keyCap: this.keyCap, rescoreLimit: this.rescoreLimit }, records };
  }

  static fromJSON(data: SerializedMatchIndex): MatchIndex {
    const index = new MatchIndex(data.model, data.options);
    for (const r of data.records) index.add(r);
    return index;
  }

  /**
   * Pairs of records sharing a key that starts with one of the prefixes (each pair once, as ids), walking
   * keys in a seeded order until `cap` pairs: the blocked pairs EM is trained on.
   */
  pairsSharingKeys(prefixes: readonly string[], cap: number, shuffle: (n: number) => number, maxPosting = this.keyCap): [string, string][] {
    const keys = [...this.postings.keys()].filter((k) => prefixes.some((p) => k.startsWith(p)));
    for (let i = keys.length - 1; i > 0; i--) {
      const j = shuffle(i + 1);
      [keys[i], keys[j]] = [keys[j]!, keys[i]!];
    }
    const seen = new Set<string>();
    const out: [string, string][] = [];
    for (const key of keys) {
      const list = this.postings.get(key)!;
      if (list.length < 2 || list.length > maxPosting) continue;
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = this.slots[list[i]!]!.id;
          const b = this.slots[list[j]!]!.id;
          const pair = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
          if (seen.has(pair)) continue;
          seen.add(pair);
          out.push([a, b]);
          if (out.length >= cap) return out;
        }
      }
    }
    return out;
  }

  /** Number of distinct keys and postings (for benchmarks and capacity planning). */
  stats(): { records: number; keys: number; postings: number } {
    let postings = 0;
    for (const list of this.postings.values()) postings += list.length;
    return { records: this.size, keys: this.postings.size, postings };
  }
}
