import { levelWeight } from './model';
import type { ModelParams } from './model';
import type { PreparedRecord } from './prepare';
import { NAME_UNITS_BLOCK } from './name-unit-similarity';
import type { NameUnitSimilarity } from './name-unit-similarity';
import { shared } from './shared-arrays';

/**
 * Int32 fields per record, side by side: seven features, then the record's name-unit block (its unit ids
 * and their coarse ids, see NameUnitSimilarity.copyUnits), so that ranking a candidate reads one 64-byte
 * row — one cache line and one page — and nothing else.
 */
const STRIDE = 16;
const SEX_MONTH = 0;
/** Lowest and highest birth year (1850–2100, so 16 bits each): yearMin | yearMax << 16. */
const YEARS = 1;
const DATE_DIGITS = 2;
const NATIONALITY = 3;
const BIRTH_PLACE = 4;
const DOCUMENT = 5;
const PHONE = 6;
/** Where the name-unit block starts in a row. */
const UNITS = 7;
if (UNITS + NAME_UNITS_BLOCK > STRIDE) throw new Error('a ranking row is too short for its name-unit block');

/**
 * Compact numeric features of every indexed record (one Int32Array, seven fields per record side by side,
 * no objects) and the model's weights for them: ranks thousands of blocking candidates per search in
 * microseconds — one memory read per candidate in a registry of millions — before the few best are
 * scored with the full model and the name engine.
 */
export class RankingFeatures {
  private data: Int32Array<ArrayBufferLike> = new Int32Array(0);
  private readonly interned = new Map<string, number>();
  /** What `touch` read, kept so that its loads have a use. */
  private touched = 0;

  private intern(value: string | null | undefined): number {
    if (!value) return 0;
    let id = this.interned.get(value);
    if (id === undefined) {
      id = this.interned.size + 1;
      this.interned.set(value, id);
    }
    return id;
  }

  private grow(slots: number): void {
    if (slots * STRIDE <= this.data.length) return;
    const grown = new Int32Array(Math.max(slots * STRIDE, this.data.length * 2, 1024 * STRIDE));
    grown.set(this.data);
    this.data = grown;
  }

  /** Interned ids stay small for repeated values; documents and phones are unique, so they are hashed. */
  private static hash(text: string | null | undefined): number {
    if (!text) return 0;
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h | 1;
  }

  /** Stores a record's features and a copy of its name-unit ids (already set in `names`). */
  set(slot: number, p: PreparedRecord, names: NameUnitSimilarity): void {
    this.grow(slot + 1);
    names.copyUnits(slot, this.data, slot * STRIDE + UNITS);
    const q = this.query(p, true);
    const at = slot * STRIDE;
    const d = this.data;
    d[at + SEX_MONTH] = q.sex + 4 * q.month;
    d[at + YEARS] = (q.yearMin & 0xffff) | (q.yearMax << 16);
    d[at + DATE_DIGITS] = q.dateDigits;
    d[at + NATIONALITY] = q.nationality;
    d[at + BIRTH_PLACE] = q.birthPlace;
    d[at + DOCUMENT] = q.documentHash;
    d[at + PHONE] = q.phoneHash;
  }

  /** The rows (see STRIDE) and where a slot's name-unit ids start in them, for `NameUnitSimilarity.quickSimilarityIn`. */
  get rows(): Int32Array<ArrayBufferLike> {
    return this.data;
  }

  /**
   * Reads one field of each row of `slots[from..to)` and nothing else, so that the rows are fetched together
   * (see MatchIndex's GATHER_BLOCK); returns what it read so the loads are not optimised away.
   */
  touch(slots: Int32Array, from: number, to: number): number {
    const d = this.data;
    let read = 0;
    for (let i = from; i < to; i++) read |= d[slots[i]! * STRIDE]!;
    this.touched ^= read;
    return read;
  }

  unitsAt(slot: number): number {
    return slot * STRIDE + UNITS;
  }

  /** The array in shared memory and the interned values, to search from other threads. */
  snapshot(): FeaturesSnapshot {
    this.data = shared(this.data);
    return { data: this.data, interned: [...this.interned] };
  }

  static fromSnapshot(s: FeaturesSnapshot): RankingFeatures {
    const f = new RankingFeatures();
    f.data = s.data;
    for (const [value, id] of s.interned) f.interned.set(value, id);
    return f;
  }

  /** Features of a query in the same encoding (values never indexed get -1, matching none); not stored. */
  query(p: PreparedRecord, store = false): QueryFeatures {
    const place = p.birthPlace ? (p.birthPlace.id ?? p.birthPlace.tokens.join(' ')) : null;
    const lookup = (value: string | null): number => (value ? (store ? this.intern(value) : (this.interned.get(value) ?? -1)) : 0);
    return {
      sex: p.sex === 'M' ? 1 : p.sex === 'F' ? 2 : 0,
      yearMin: p.birthDate?.yearMin ?? 0,
      yearMax: p.birthDate?.yearMax ?? 0,
      month: p.birthDate?.month ?? 0,
      dateDigits: p.birthDate?.digits ? Number(p.birthDate.digits) : 0,
      nationality: lookup(p.nationality),
      birthPlace: lookup(place),
      documentHash: RankingFeatures.hash(p.document),
      phoneHash: RankingFeatures.hash(p.phone?.national.slice(-8)),
    };
  }

  /** Approximate match weight (bits) of the cheap fields, with the model's level weights. */
  weight(q: QueryFeatures, slot: number, w: RankingWeights): number {
    const d = this.data;
    const at = slot * STRIDE;
    let s = 0;
    const sexMonth = d[at + SEX_MONTH]!;
    const sex = sexMonth & 3;
    if (q.sex && sex) s += q.sex === sex ? w.sexSame : w.sexDifferent;
    const years = d[at + YEARS]!;
    const yMin = years & 0xffff;
    if (q.yearMin && yMin) {
      const yMax = years >>> 16;
      if (q.dateDigits && q.dateDigits === d[at + DATE_DIGITS]) s += w.dateExact;
      else {
        const gap = Math.max(0, yMin - q.yearMax, q.yearMin - yMax);
        const single = yMin === yMax && q.yearMin === q.yearMax;
        if (single && gap === 0) s += q.month && q.month === sexMonth >> 2 ? w.dateYearMonth : w.dateYear;
        else s += gap <= 1 ? w.dateWithin1 : gap <= 5 ? w.dateWithin5 : w.dateDifferent;
      }
    }
    const nat = d[at + NATIONALITY]!;
    if (q.nationality && nat) s += q.nationality === nat ? w.nationalitySame : w.nationalityDifferent;
    const place = d[at + BIRTH_PLACE]!;
    if (q.birthPlace && place) s += q.birthPlace === place ? w.placeSame : w.placeDifferent;
    const doc = d[at + DOCUMENT]!;
    if (q.documentHash && doc) s += q.documentHash === doc ? w.documentSame : w.documentDifferent;
    const phone = d[at + PHONE]!;
    if (q.phoneHash && phone) s += q.phoneHash === phone ? w.phoneSame : w.phoneDifferent;
    return s;
  }
}

export interface FeaturesSnapshot {
  readonly data: Int32Array;
  readonly interned: readonly [string, number][];
}

export interface QueryFeatures {
  readonly sex: number;
  readonly yearMin: number;
  readonly yearMax: number;
  readonly month: number;
  readonly dateDigits: number;
  readonly nationality: number;
  readonly birthPlace: number;
  readonly documentHash: number;
  readonly phoneHash: number;
}

export interface RankingWeights {
  readonly sexSame: number;
  readonly sexDifferent: number;
  readonly dateExact: number;
  readonly dateYearMonth: number;
  readonly dateYear: number;
  readonly dateWithin1: number;
  readonly dateWithin5: number;
  readonly dateDifferent: number;
  readonly nationalitySame: number;
  readonly nationalityDifferent: number;
  readonly placeSame: number;
  readonly placeDifferent: number;
  readonly documentSame: number;
  readonly documentDifferent: number;
  readonly phoneSame: number;
  readonly phoneDifferent: number;
  readonly fatherDifferent: number;
}

export function rankingWeights(model: ModelParams): RankingWeights {
  const w = (field: string, label: string): number => {
    const level = model.comparisons.find((c) => c.field === field)?.levels.find((l) => l.label === label);
    return level ? levelWeight(level) : 0;
  };
  return {
    sexSame: w('sex', 'same'),
    sexDifferent: w('sex', 'different'),
    dateExact: w('birth_date', 'exact'),
    dateYearMonth: w('birth_date', 'year-month'),
    dateYear: w('birth_date', 'year'),
    dateWithin1: w('birth_date', 'within-1'),
    dateWithin5: w('birth_date', 'within-5'),
    dateDifferent: w('birth_date', 'different'),
    nationalitySame: w('nationality', 'same'),
    nationalityDifferent: w('nationality', 'different'),
    placeSame: w('birth_place', 'same'),
    placeDifferent: w('birth_place', 'different'),
    documentSame: w('document_number', 'exact'),
    documentDifferent: w('document_number', 'different'),
    phoneSame: w('phone', 'exact'),
    phoneDifferent: w('phone', 'different'),
    fatherDifferent: w('father_name', 'different'),
  };
}
