/**
 * Comparison of names: unit against unit by weighted phonetic distance (structure-aware for Abd-, -ullah,
 * -uddin, Abu/Umm units and the article), then name against name by the best one-to-one assignment of
 * units, with order (swapped given/family names) and lineage (a shorter name that is the start of a longer
 * chain) taken into account.
 */
import { wordSimilarity } from './distance';
import { asPrepared, type PreparedName, type PreparedNameImpl } from './prepare';
import { type UnitData } from './units';

/** Scores at or above this are judged the same name (calibrated on the labelled pairs; see bench). */
export const SAME_NAME_THRESHOLD = 0.8;

const ARTICLE_MISMATCH = 0.97;
const STRUCTURE_MISMATCH = 0.95;
const REORDER_FACTOR = 0.97;
const LINEAGE_EXTRA_FACTOR = 0.95;
const OTHER_EXTRA_FACTOR = 0.85;

export function unitSimilarityUncached(u: UnitData, v: UnitData): number {
  if (u.id === v.id) return 1;
  if (u.kind === v.kind && u.kind !== 'name') {
    // Abd + divine name, X + ullah, X + uddin, Abu X, Umm X: the distinguishing parts must agree
    return wordSimilarity(u.part, v.part);
  }
  let s = wordSimilarity(u.full, v.full);
  if (u.kind !== v.kind) return s * STRUCTURE_MISMATCH;
  if (u.unstripped !== null || v.unstripped !== null) {
    const a = u.unstripped ?? u.full;
    const b = v.unstripped ?? v.full;
    const alt = wordSimilarity(a, b);
    if (alt > s) s = alt;
  }
  if (u.article !== v.article) s *= ARTICLE_MISMATCH;
  return s;
}

// Unit-pair similarity memo: an open-addressing table of (lower id, higher id) → similarity in typed arrays.
const MEMO_BITS = 21;
const MEMO_SIZE = 1 << MEMO_BITS;
const MEMO_MASK = MEMO_SIZE - 1;
const memoLo = new Int32Array(MEMO_SIZE).fill(-1);
const memoHi = new Int32Array(MEMO_SIZE);
const memoSim = new Float32Array(MEMO_SIZE);
const PROBES = 4;

export function unitSimilarity(u: UnitData, v: UnitData): number {
  const a = u.id;
  const b = v.id;
  if (a === b) return 1;
  const lo = a < b ? a : b;
  const hi = a < b ? b : a;
  let h = (Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi, 0x85ebca77)) >>> (32 - MEMO_BITS);
  for (let k = 0; k < PROBES; k++) {
    const slot = (h + k) & MEMO_MASK;
    if (memoLo[slot] === lo && memoHi[slot] === hi) return memoSim[slot]!;
    if (memoLo[slot] === -1) { h = slot; break; }
    if (k === PROBES - 1) h = slot; // table crowded here: overwrite the last probed slot
  }
  const s = a < b ? unitSimilarityUncached(u, v) : unitSimilarityUncached(v, u);
  memoLo[h] = lo;
  memoHi[h] = hi;
  memoSim[h] = s;
  return memoSim[h]!;
}

export interface Assignment {
  /** for each unit of a: index of its unit in b, or -1 */
  aToB: Int8Array;
  sims: Float64Array;
  score: number;
  ordered: boolean;
  prefix: boolean;
  matched: number;
}

const simBuf = new Float64Array(64);
const usedA = new Uint8Array(8);
const usedB = new Uint8Array(8);
const bOfA = new Int8Array(8);

/** Best one-to-one assignment of units (greedy by similarity; names have few units) and the name score. */
export function assign(a: PreparedNameImpl, b: PreparedNameImpl, out?: Assignment): number {
  const n = a.units.length;
  const m = b.units.length;
  if (n === 0 || m === 0) {
    if (out) { out.score = 0; out.matched = 0; out.ordered = true; out.prefix = false; }
    return 0;
  }
  if (n === 1 && m === 1) {
    const s = unitSimilarity(a.units[0]!, b.units[0]!);
    if (out) { out.aToB[0] = 0; out.sims[0] = s; out.score = s; out.matched = 1; out.ordered = true; out.prefix = false; }
    return s;
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) simBuf[i * 8 + j] = unitSimilarity(a.units[i]!, b.units[j]!);
  }
  usedA.fill(0);
  usedB.fill(0);
  bOfA.fill(-1);
  const k = n < m ? n : m;
  let sum = 0;
  let min = 1;
  // pairs picked in order of similarity; on ties the pair at the same position wins
  for (let t = 0; t < k; t++) {
    let best = -1;
    let bi = 0;
    let bj = 0;
    for (let i = 0; i < n; i++) {
      if (usedA[i]) continue;
      for (let j = 0; j < m; j++) {
        if (usedB[j]) continue;
        const s = simBuf[i * 8 + j]! - (i === j ? 0 : 1e-6);
        if (s > best) { best = s; bi = i; bj = j; }
      }
    }
    const s = simBuf[bi * 8 + bj]!;
    usedA[bi] = 1;
    usedB[bj] = 1;
    bOfA[bi] = bj;
    sum += s;
    if (s < min) min = s;
  }
  // order: the matched units appear in the same relative order in both names
  let ordered = true;
  let lastB = -1;
  let maxA = -1;
  let maxB = -1;
  for (let i = 0; i < n; i++) {
    const j = bOfA[i]!;
    if (j < 0) continue;
    if (j < lastB) ordered = false;
    lastB = j;
    maxA = i;
    if (j > maxB) maxB = j;
  }
  let score = 0.7 * min + 0.3 * (sum / k);
  const extra = (n > m ? n : m) - k;
  let prefix = false;
  if (extra > 0) {
    // lineage prefix: the shorter name is the start of the longer chain, in order
    prefix = ordered && (n < m ? maxB < k : maxA < k);
    score *= Math.pow(prefix ? LINEAGE_EXTRA_FACTOR : OTHER_EXTRA_FACTOR, extra);
  }
  if (!ordered) score *= REORDER_FACTOR;
  if (out) {
    out.aToB.fill(-1);
    for (let i = 0; i < n; i++) {
      const j = bOfA[i]!;
      if (j < 0) continue;
      out.aToB[i] = j;
      out.sims[i] = simBuf[i * 8 + j]!;
    }
    out.score = score;
    out.ordered = ordered;
    out.prefix = prefix;
    out.matched = k;
  }
  return score;
}

/** Fast path: score only, no explanation allocated. */
export function nameScore(a: PreparedName, b: PreparedName): number {
  return assign(asPrepared(a), asPrepared(b));
}
