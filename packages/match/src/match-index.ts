import { queryKeys, recordKeys } from './blocking';
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
  private accumulator = new Float64Array(1024);

  constructor(
    private model: ModelParams = DEFAULT_MODEL,
    options: MatchIndexOptions = {},
  ) {
    this.keyCap = options.keyCap ?? 2000;
    this.rescoreLimit = options.rescoreLimit ?? 60;
    this.scorer = new Scorer(model, this.frequencies);
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

  private walk(key: string, touched: number[], always = false): boolean {
    const list = this.postings.get(key);
    if (!list) return true;
    if (!always && list.length > this.keyCap) return false;
    const kind = key.slice(0, key.indexOf(':'));
    // Rarer keys are stronger evidence: weigh by inverse posting length.
    const w = (KEY_WEIGHT[kind] ?? 1) * (1 + 1 / Math.sqrt(list.length));
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
    for (const unit of keys.units) {
      if (this.walk(unit, touched)) continue;
      for (const banded of keys.banded.get(unit) ?? []) this.walk(banded, touched);
    }
    for (const key of keys.pairs) this.walk(key, touched);
    for (const key of keys.identifiers) this.walk(key, touched);
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
    const byd = query.birthDate;
    // Rank candidates by shared keys plus birth-year agreement, then score the best with the full model.
    const ranked = touched.map((slot) => {
      let s = acc[slot]!;
      acc[slot] = 0;
      const c = this.slots[slot]!;
      if (byd && c.birthDate) {
        const gap = Math.max(0, c.birthDate.yearMin - byd.yearMax, byd.yearMin - c.birthDate.yearMax);
        s += gap === 0 ? 2 : gap === 1 ? 1 : gap > 5 ? -2 : 0;
      }
      if (query.sex && c.sex && query.sex !== c.sex) s -= 2;
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

  /** Number of distinct keys and postings (for benchmarks and capacity planning). */
  stats(): { records: number; keys: number; postings: number } {
    let postings = 0;
    for (const list of this.postings.values()) postings += list.length;
    return { records: this.size, keys: this.postings.size, postings };
  }
}
