import { rowIntersections } from './rowIntersections';
import type { ClkMatrix } from './clkMatrix';

/** "Your record `left`, their record `right`, score": row indices into the two matrices, never names. */
export interface LinkageMatch {
  readonly left: number;
  readonly right: number;
  readonly score: number;
}

export interface CompareOptions {
  /** Keep pairs with Dice ≥ threshold (0..1). */
  readonly threshold: number;
  /** Keep at most this many best pairs per left record (default: all above the threshold). */
  readonly topK?: number;
  /**
   * Skip pairs whose popcounts alone prove Dice < threshold (Dice ≤ 2·min(|A|,|B|)/(|A|+|B|)). Exact:
   * it never drops a pair that would pass. Default true.
   */
  readonly popcountFilter?: boolean;
}

export interface CompareResult {
  readonly matches: LinkageMatch[];
  /** Pairs whose Dice coefficient was actually computed. */
  readonly comparisons: number;
}

/** The right matrix's rows copied in popcount order, so the rows that can pass form one contiguous run. */
interface SortedRows {
  readonly data: Uint32Array;
  readonly popcounts: Uint32Array;
  /** sorted position → original row */
  readonly original: Uint32Array;
}

function sortByPopcount(matrix: ClkMatrix): SortedRows {
  const count = matrix.popcounts.length;
  const words = matrix.words;
  const original = new Uint32Array(count);
  for (let i = 0; i < count; i++) original[i] = i;
  original.sort((x, y) => matrix.popcounts[x]! - matrix.popcounts[y]! || x - y);
  const data = new Uint32Array(count * words);
  const popcounts = new Uint32Array(count);
  original.forEach((row, at) => {
    data.set(matrix.data.subarray(row * words, (row + 1) * words), at * words);
    popcounts[at] = matrix.popcounts[row]!;
  });
  return { data, popcounts, original };
}

/** First index whose popcount is ≥ value. */
function lowerBound(popcounts: Uint32Array, value: number): number {
  let lo = 0;
  let hi = popcounts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (popcounts[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keeps the k best (score, right) pairs of one left row, best first. */
class TopK {
  readonly scores: number[] = [];
  readonly rights: number[] = [];
  constructor(private readonly k: number) {}

  offer(score: number, right: number): void {
    const n = this.scores.length;
    if (n === this.k && score <= this.scores[n - 1]!) return;
    let at = n === this.k ? n - 1 : n;
    while (at > 0 && this.scores[at - 1]! < score) {
      this.scores[at] = this.scores[at - 1]!;
      this.rights[at] = this.rights[at - 1]!;
      at--;
    }
    this.scores[at] = score;
    this.rights[at] = right;
  }
}

export function checkComparable(left: ClkMatrix, right: ClkMatrix): void {
  if (left.fingerprint !== right.fingerprint) {
    throw new Error(`CLK sets use different schemas: "${left.fingerprint}" vs "${right.fingerprint}"`);
  }
  if (left.words !== right.words) throw new Error(`CLK sets have ${left.words} and ${right.words} words per record`);
}

/**
 * All-pairs Sørensen–Dice between two CLK sets, no blocking: every pair that can reach the threshold is
 * compared. Results are ordered by left row, best score first.
 */
export function compareClkSets(left: ClkMatrix, right: ClkMatrix, options: CompareOptions): CompareResult {
  checkComparable(left, right);
  const { threshold } = options;
  if (!(threshold >= 0 && threshold <= 1)) throw new Error(`threshold ${threshold} must be within 0..1`);
  const topK = options.topK ?? Number.POSITIVE_INFINITY;
  if (!(topK >= 1)) throw new Error(`topK ${topK} must be at least 1`);
  const words = left.words;
  const useFilter = (options.popcountFilter ?? true) && threshold > 0;
  const sorted = sortByPopcount(right);
  const rightCount = sorted.popcounts.length;
  const counts = new Int32Array(rightCount);
  const matches: LinkageMatch[] = [];
  let comparisons = 0;

  for (let i = 0; i < left.popcounts.length; i++) {
    const pa = left.popcounts[i]!;
    let from = 0;
    let to = rightCount;
    if (useFilter) {
      from = lowerBound(sorted.popcounts, Math.ceil((pa * threshold) / (2 - threshold) - 1e-9));
      to = lowerBound(sorted.popcounts, Math.floor((pa * (2 - threshold)) / threshold + 1e-9) + 1);
    }
    if (from >= to) continue;
    rowIntersections(left.data, i * words, sorted.data, from, to, words, counts);
    comparisons += to - from;
    const best = new TopK(Math.min(topK, rightCount));
    for (let r = from; r < to; r++) {
      const total = pa + sorted.popcounts[r]!;
      const both = 2 * counts[r - from]!;
      // Most pairs fail the threshold: reject them without a division (the margin keeps rounding exact).
      if (both < threshold * total * (1 - 1e-9)) continue;
      const score = total === 0 ? 0 : both / total;
      if (score >= threshold) best.offer(score, sorted.original[r]!);
    }
    for (let n = 0; n < best.scores.length; n++) matches.push({ left: i, right: best.rights[n]!, score: best.scores[n]! });
  }
  return { matches, comparisons };
}
