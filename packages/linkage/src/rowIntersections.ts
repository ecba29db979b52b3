import { andPopcount, sumByteLanes } from './andPopcount';

/** Two words' popcounts as four byte lanes (each ≤ 16); summing up to 15 results keeps lanes below 256. */
function pairLanes(x: number, y: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  y = y - ((y >>> 1) & 0x55555555);
  const s = (x & 0x33333333) + ((x >>> 2) & 0x33333333) + (y & 0x33333333) + ((y >>> 2) & 0x33333333);
  return (s & 0x0f0f0f0f) + ((s >>> 4) & 0x0f0f0f0f);
}

/** 512-bit rows (the default xor-folded schema): row A held in locals, rows of B streamed. */
function rowIntersections16(a: Uint32Array, ai: number, b: Uint32Array, from: number, to: number, out: Int32Array): void {
  const a0 = a[ai]!, a1 = a[ai + 1]!, a2 = a[ai + 2]!, a3 = a[ai + 3]!, a4 = a[ai + 4]!, a5 = a[ai + 5]!, a6 = a[ai + 6]!, a7 = a[ai + 7]!;
  const a8 = a[ai + 8]!, a9 = a[ai + 9]!, a10 = a[ai + 10]!, a11 = a[ai + 11]!, a12 = a[ai + 12]!, a13 = a[ai + 13]!;
  const a14 = a[ai + 14]!, a15 = a[ai + 15]!;
  for (let j = from, bi = from * 16; j < to; j++, bi += 16) {
    const lanes =
      pairLanes(a0 & b[bi]!, a1 & b[bi + 1]!) +
      pairLanes(a2 & b[bi + 2]!, a3 & b[bi + 3]!) +
      pairLanes(a4 & b[bi + 4]!, a5 & b[bi + 5]!) +
      pairLanes(a6 & b[bi + 6]!, a7 & b[bi + 7]!) +
      pairLanes(a8 & b[bi + 8]!, a9 & b[bi + 9]!) +
      pairLanes(a10 & b[bi + 10]!, a11 & b[bi + 11]!) +
      pairLanes(a12 & b[bi + 12]!, a13 & b[bi + 13]!) +
      pairLanes(a14 & b[bi + 14]!, a15 & b[bi + 15]!);
    out[j - from] = sumByteLanes(lanes);
  }
}

/**
 * |A ∧ B_j| for row `ai` of `a` against rows from..to-1 of `b`, written to out[0 .. to-from). The hot loop
 * of the hub comparator; the common 16-word width has an unrolled kernel.
 */
export function rowIntersections(a: Uint32Array, ai: number, b: Uint32Array, from: number, to: number, words: number, out: Int32Array): void {
  if (words === 16) {
    rowIntersections16(a, ai, b, from, to, out);
    return;
  }
  for (let j = from; j < to; j++) out[j - from] = andPopcount(a, ai, b, j * words, words);
}
