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

// Unit-pair similarity memo, keyed by the two interned ids.
const memo = new Map<number, number>();
const MEMO_LIMIT = 4_000_000;
const ID_SPAN = 4_194_304;

export function unitSimilarity(u: UnitData, v: UnitData): number {
  if (u.id === v.id) return 1;
  const lo = u.id < v.id ? u.id : v.id;
  const hi = u.id < v.id ? v.id : u.id;
  if (hi >= ID_SPAN) return unitSimilarityUncached(u, v);
  const key = lo * ID_SPAN + hi;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const s = u.id < v.id ? unitSimilarityUncached(u, v) : unitSimilarityUncached(v, u);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, s);
  return s;
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
  const k = n < m ? n : m;
  let sum = 0;
  let min = 1;
  let lastB = -1;
  let ordered = true;
  // pairs picked in order of similarity; ties keep the earlier position
  const pickedA = [0, 0, 0, 0, 0, 0, 0, 0];
  const pickedB = [0, 0, 0, 0, 0, 0, 0, 0];
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
    pickedA[t] = bi;
    pickedB[t] = bj;
    sum += s;
    if (s < min) min = s;
  }
  // order: the matched units appear in the same relative order in both names
  const order: number[] = [];
  for (let t = 0; t < k; t++) order.push(t);
  order.sort((x, y) => pickedA[x]! - pickedA[y]!);
  for (const t of order) {
    if (pickedB[t]! < lastB) ordered = false;
    lastB = pickedB[t]!;
  }
  let score = 0.7 * min + 0.3 * (sum / k);
  const extra = (n > m ? n : m) - k;
  let prefix = false;
  if (extra > 0) {
    // lineage prefix: the shorter name is the start of the longer chain, in order
    prefix = ordered;
    const shorterIsA = n < m;
    for (let t = 0; t < k && prefix; t++) {
      const pos = shorterIsA ? pickedB[t]! : pickedA[t]!;
      if (pos >= k) prefix = false;
    }
    score *= Math.pow(prefix ? LINEAGE_EXTRA_FACTOR : OTHER_EXTRA_FACTOR, extra);
  }
  if (!ordered) score *= REORDER_FACTOR;
  if (out) {
    out.aToB.fill(-1);
    for (let t = 0; t < k; t++) {
      out.aToB[pickedA[t]!] = pickedB[t]!;
      out.sims[pickedA[t]!] = simBuf[pickedA[t]! * 8 + pickedB[t]!]!;
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
