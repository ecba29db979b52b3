import { coarseKey } from './blocking';
import type { PreparedRecord } from './prepare';
import { shared } from './shared-arrays';
import { jaroWinkler } from './text';

/** Units kept per record: given + family name, then the father's name. */
const NAME_UNITS = 4;
const FATHER_UNITS = 2;
const PER_SLOT = NAME_UNITS + FATHER_UNITS;
/** Name-unit ids stored per record. */
export const NAME_UNITS_PER_RECORD = PER_SLOT;

/** Unit-key similarity below which two units count as different. */
const SIMILAR = 0.8;

/**
 * The name-unit keys of every indexed record as small integers (a typed array, no objects), and a cheap
 * similarity of a query's names to a record's: per query unit, the best of the record's units (same key
 * 1, same coarse key 0.85, else Jaro–Winkler of the keys), weighed by how rare the unit is. It ranks a few
 * hundred blocking candidates so that the full name engine only scores the most promising ones.
 */
export class NameUnitSimilarity {
  private units: Int32Array<ArrayBufferLike> = new Int32Array(0);
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [''];
  private readonly coarse: string[] = [''];
  /** Per unit id, its coarse key as a small integer (0: none), for the cheapest comparison. */
  private readonly coarseIds: number[] = [0];
  private readonly coarseIdByKey = new Map<string, number>();
  private readonly counts: number[] = [0];
  private records = 0;

  private intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      this.coarse.push(coarseKey(key));
      this.coarseIds.push(this.coarseId(coarseKey(key)));
      this.counts.push(0);
    }
    return id;
  }

  private coarseId(coarse: string): number {
    if (coarse === '') return 0;
    let id = this.coarseIdByKey.get(coarse);
    if (id === undefined) {
      id = this.coarseIdByKey.size + 1;
      this.coarseIdByKey.set(coarse, id);
    }
    return id;
  }

  private static unitsOf(p: PreparedRecord): string[] {
    const name = p.nameTokens.filter((k) => k !== '').slice(0, NAME_UNITS);
    const father = p.fatherTokens.filter((k) => k !== '').slice(0, FATHER_UNITS);
    return [...name, ...Array<string>(NAME_UNITS - name.length).fill(''), ...father];
  }

  set(slot: number, p: PreparedRecord): void {
    if ((slot + 1) * PER_SLOT > this.units.length) {
      const grown = new Int32Array(Math.max((slot + 1) * PER_SLOT, this.units.length * 2, 1024 * PER_SLOT));
      grown.set(this.units);
      this.units = grown;
    }
    const units = NameUnitSimilarity.unitsOf(p);
    this.records++;
    for (let i = 0; i < PER_SLOT; i++) {
      const key = units[i] ?? '';
      const id = key === '' ? 0 : this.intern(key);
      this.units[slot * PER_SLOT + i] = id;
      if (id !== 0) this.counts[id]!++;
    }
  }

  clear(slot: number): void {
    for (let i = 0; i < PER_SLOT; i++) {
      const id = this.units[slot * PER_SLOT + i]!;
      if (id !== 0) this.counts[id]!--;
      this.units[slot * PER_SLOT + i] = 0;
    }
    this.records--;
  }

  /** The units array in shared memory and the unit keys, to search from other threads. */
  snapshot(): NameUnitsSnapshot {
    this.units = shared(this.units);
    return { units: this.units, keys: this.keys.slice(1), counts: this.counts.slice(1), records: this.records };
  }

  static fromSnapshot(s: NameUnitsSnapshot): NameUnitSimilarity {
    const table = new NameUnitSimilarity();
    table.units = s.units;
    s.keys.forEach((key, i) => {
      table.ids.set(key, i + 1);
      table.keys.push(key);
      table.coarse.push(coarseKey(key));
      table.coarseIds.push(table.coarseId(coarseKey(key)));
      table.counts.push(s.counts[i]!);
    });
    table.records = s.records;
    return table;
  }

  /** A query's units with their weights (bits of rarity), to compare with many records. */
  query(p: PreparedRecord): QueryUnits {
    const keys = NameUnitSimilarity.unitsOf(p).filter((k) => k !== '');
    const n = Math.max(1, this.records);
    return {
      keys,
      coarse: keys.map(coarseKey),
      ids: keys.map((k) => this.ids.get(k) ?? -1),
      coarseIds: keys.map((k) => this.coarseIdByKey.get(coarseKey(k)) ?? -1),
      weights: keys.map((k) => Math.min(12, Math.log2(n / Math.max(1, this.counts[this.ids.get(k) ?? 0] ?? 1)))),
      seen: keys.map(() => new Map<number, number>()),
    };
  }

  /** Copies a slot's unit ids (NAME_UNITS_PER_RECORD of them) into `into` at `at`. */
  copyUnits(slot: number, into: Int32Array<ArrayBufferLike>, at: number): void {
    into.set(this.units.subarray(slot * PER_SLOT, (slot + 1) * PER_SLOT), at);
  }

  /** The similarity counting only units with the same key (1) or coarse key (0.85): integer compares only. */
  quickSimilarity(q: QueryUnits, slot: number): number {
    return this.quickSimilarityIn(q, this.units, slot * PER_SLOT);
  }

  /** `quickSimilarity` of the unit ids stored in `units` from `base` (a copy, as in RankingFeatures' rows). */
  quickSimilarityIn(q: QueryUnits, units: Int32Array<ArrayBufferLike>, base: number): number {
    let total = 0;
    for (let i = 0; i < q.ids.length; i++) {
      const qid = q.ids[i]!;
      const qc = q.coarseIds[i]!;
      let best = 0;
      for (let j = 0; j < PER_SLOT; j++) {
        const id = units[base + j]!;
        if (id === 0) continue;
        if (id === qid) {
          best = 1;
          break;
        }
        if (this.coarseIds[id] === qc) best = 0.85;
      }
      total += best * q.weights[i]!;
    }
    return total;
  }

  similarity(q: QueryUnits, slot: number): number {
    let total = 0;
    const base = slot * PER_SLOT;
    for (let i = 0; i < q.keys.length; i++) {
      let best = 0;
      for (let j = 0; j < PER_SLOT && best < 1; j++) {
        const id = this.units[base + j]!;
        if (id === 0) continue;
        if (id === q.ids[i]) best = 1;
        else best = Math.max(best, this.unitSimilarity(q, i, id));
      }
      total += best * q.weights[i]!;
    }
    return total;
  }

  /** Same coarse key 0.85, else Jaro–Winkler of the keys when at least SIMILAR; remembered per query. */
  private unitSimilarity(q: QueryUnits, i: number, id: number): number {
    const seen = q.seen[i]!;
    let s = seen.get(id);
    if (s === undefined) {
      if (q.coarse[i] !== '' && this.coarse[id] === q.coarse[i]) s = 0.85;
      else {
        const jw = jaroWinkler(q.keys[i]!, this.keys[id]!);
        s = jw >= SIMILAR ? jw : 0;
      }
      seen.set(id, s);
    }
    return s;
  }
}

export interface NameUnitsSnapshot {
  readonly units: Int32Array;
  readonly keys: readonly string[];
  readonly counts: readonly number[];
  readonly records: number;
}

export interface QueryUnits {
  readonly keys: readonly string[];
  readonly coarse: readonly string[];
  readonly ids: readonly number[];
  readonly coarseIds: readonly number[];
  readonly weights: readonly number[];
  /** Similarity of each query unit to the record units met so far (by unit id). */
  readonly seen: readonly Map<number, number>[];
}
