import { coarseKey } from './blocking';
import type { PreparedRecord } from './prepare';
import { shared } from './shared-arrays';
import { jaroWinkler } from './text';

/** Units kept per record: given + family name, then the father's name. */
const NAME_UNITS = 4;
const FATHER_UNITS = 2;
const PER_SLOT = NAME_UNITS + FATHER_UNITS;
/**
 * Int32s of a record's name-unit block (`copyUnits`): its unit ids, then their coarse ids two to an int
 * (16 bits each: coarse keys are at most three of eight consonant classes, so there are fewer than 600).
 */
export const NAME_UNITS_BLOCK = PER_SLOT + PER_SLOT / 2;
const COARSE_BITS = 16;
const COARSE_MASK = (1 << COARSE_BITS) - 1;

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
      if (id > COARSE_MASK) throw new Error(`more than ${COARSE_MASK} coarse name keys: they no longer fit a ranking row`);
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
    const ids = keys.map((k) => this.ids.get(k) ?? -1);
    const coarseIds = keys.map((k) => this.coarseIdByKey.get(coarseKey(k)) ?? -1);
    const weights = keys.map((k) => Math.min(12, Math.log2(n / Math.max(1, this.counts[this.ids.get(k) ?? 0] ?? 1))));
    return {
      keys,
      nameUnits: p.nameTokens.filter((k) => k !== '').slice(0, NAME_UNITS).length,
      coarse: keys.map(coarseKey),
      ids: Int32Array.from(ids),
      weights,
      coarseUnits: NameUnitSimilarity.coarseUnits(coarseIds, this.coarseIdByKey.size),
      quickScores: NameUnitSimilarity.quickScores(weights),
      seen: keys.map(() => new Map<number, number>()),
    };
  }

  /** Per coarse id, the bit mask of the query units with that coarse key. */
  private static coarseUnits(coarseIds: readonly number[], coarseKeys: number): Uint8Array {
    const masks = new Uint8Array(coarseKeys + 1);
    coarseIds.forEach((c, i) => {
      if (c > 0) masks[c]! |= 1 << i;
    });
    return masks;
  }

  /**
   * The quick similarity of every outcome, indexed by (units met by key) | (units met by coarse key) << n:
   * per query unit, in order, its weight when met by key, 0.85 of it when only by coarse key.
   */
  private static quickScores(weights: readonly number[]): Float64Array {
    const n = weights.length;
    const scores = new Float64Array(1 << (2 * n));
    for (let outcome = 0; outcome < scores.length; outcome++) {
      let total = 0;
      for (let i = 0; i < n; i++) {
        const best = (outcome >> i) & 1 ? 1 : (outcome >> (n + i)) & 1 ? 0.85 : 0;
        total += best * weights[i]!;
      }
      scores[outcome] = total;
    }
    return scores;
  }

  /** Copies a slot's name-unit block (NAME_UNITS_BLOCK int32s: unit ids, then coarse ids) into `into` at `at`. */
  copyUnits(slot: number, into: Int32Array<ArrayBufferLike>, at: number): void {
    into.set(this.units.subarray(slot * PER_SLOT, (slot + 1) * PER_SLOT), at);
    for (let j = 0; j < PER_SLOT; j += 2) {
      const first = this.coarseIds[this.units[slot * PER_SLOT + j]!]!;
      const second = this.coarseIds[this.units[slot * PER_SLOT + j + 1]!]!;
      into[at + PER_SLOT + j / 2] = first | (second << COARSE_BITS);
    }
  }

  /** The similarity counting only units with the same key (1) or coarse key (0.85): integer compares only. */
  quickSimilarity(q: QueryUnits, slot: number): number {
    let byKey = 0;
    let byCoarse = 0;
    for (let j = 0; j < PER_SLOT; j++) {
      const id = this.units[slot * PER_SLOT + j]!;
      if (id === 0) continue;
      byKey |= NameUnitSimilarity.unitsWithId(q, id);
      byCoarse |= q.coarseUnits[this.coarseIds[id]!] ?? 0;
    }
    return q.quickScores[byKey | (byCoarse << q.ids.length)]!;
  }

  /** `quickSimilarity` of the name-unit block stored in `rows` from `base` (RankingFeatures' rows): reads nothing else. */
  quickSimilarityIn(q: QueryUnits, rows: Int32Array<ArrayBufferLike>, base: number): number {
    let byKey = 0;
    let byCoarse = 0;
    for (let j = 0; j < PER_SLOT; j++) {
      const id = rows[base + j]!;
      if (id === 0) continue;
      byKey |= NameUnitSimilarity.unitsWithId(q, id);
      const coarse = (rows[base + PER_SLOT + (j >> 1)]! >>> ((j & 1) * COARSE_BITS)) & COARSE_MASK;
      byCoarse |= q.coarseUnits[coarse] ?? 0;
    }
    return q.quickScores[byKey | (byCoarse << q.ids.length)]!;
  }

  /** Bit mask of the query units whose key has this id. */
  private static unitsWithId(q: QueryUnits, id: number): number {
    let mask = 0;
    for (let i = 0; i < q.ids.length; i++) if (q.ids[i] === id) mask |= 1 << i;
    return mask;
  }

  similarity(q: QueryUnits, slot: number): number {
    return this.similarityIn(q, this.units, slot * PER_SLOT);
  }

  /** `similarity` of the unit ids stored in `units` from `base` (a name-unit block, as in RankingFeatures' rows). */
  similarityIn(q: QueryUnits, units: Int32Array<ArrayBufferLike>, base: number): number {
    let total = 0;
    for (let i = 0; i < q.keys.length; i++) {
      let best = 0;
      for (let j = 0; j < PER_SLOT && best < 1; j++) {
        const id = units[base + j]!;
        if (id === 0) continue;
        if (id === q.ids[i]) best = 1;
        else best = Math.max(best, this.unitSimilarity(q, i, id));
      }
      total += best * q.weights[i]!;
    }
    return total;
  }

  /**
   * Whether both have a father's name and none of the query's father units is like one of the record's
   * father units (the full model's strongest name penalty after a different name, which the role-blind
   * similarity does not see: "Ali son of Muhammad" against "Muhammad son of Ali").
   */
  fathersDisagreeIn(q: QueryUnits, units: Int32Array<ArrayBufferLike>, base: number): boolean {
    if (q.nameUnits === q.keys.length) return false;
    let recordHasFather = false;
    for (let j = NAME_UNITS; j < PER_SLOT; j++) {
      const id = units[base + j]!;
      if (id === 0) continue;
      recordHasFather = true;
      for (let i = q.nameUnits; i < q.keys.length; i++) if (id === q.ids[i] || this.unitSimilarity(q, i, id) > 0) return false;
    }
    return recordHasFather;
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
  /** Given and family name units, then the father's. */
  readonly keys: readonly string[];
  /** How many of `keys` are given and family name units (the rest are the father's). */
  readonly nameUnits: number;
  readonly coarse: readonly string[];
  readonly ids: Int32Array;
  readonly weights: readonly number[];
  /** Per coarse id, the query units with that coarse key (bit i: unit i). */
  readonly coarseUnits: Uint8Array;
  /** Quick similarity per outcome (see `quickScores`). */
  readonly quickScores: Float64Array;
  /** Similarity of each query unit to the record units met so far (by unit id). */
  readonly seen: readonly Map<number, number>[];
}
