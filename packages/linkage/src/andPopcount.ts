/**
 * |A ∧ B| for row `ai` of `a` and row `bi` of `b` (offsets in words). The SWAR popcount is split so that
 * two words share the nibble→byte step and all words share one final horizontal sum: about 7 integer
 * operations per word instead of 12. Byte lanes hold at most 16 per word pair, so up to 15 pairs (480
 * words) fit before a lane could overflow; longer rows are summed in chunks.
 */
/** Sum of the four byte lanes of a word (each lane up to 255, so the sum can exceed one byte). */
export function sumByteLanes(lanes: number): number {
  const halves = (lanes & 0x00ff00ff) + ((lanes >>> 8) & 0x00ff00ff);
  return (halves & 0xffff) + (halves >>> 16);
}

export function andPopcount(a: Uint32Array, ai: number, b: Uint32Array, bi: number, words: number): number {
  let total = 0;
  let w = 0;
  while (w + 1 < words) {
    const chunkEnd = Math.min(words - 1, w + 30);
    let bytes = 0;
    for (; w < chunkEnd; w += 2) {
      let x = a[ai + w]! & b[bi + w]!;
      let y = a[ai + w + 1]! & b[bi + w + 1]!;
      x = x - ((x >>> 1) & 0x55555555);
      y = y - ((y >>> 1) & 0x55555555);
      const s = (x & 0x33333333) + ((x >>> 2) & 0x33333333) + (y & 0x33333333) + ((y >>> 2) & 0x33333333);
      bytes += (s & 0x0f0f0f0f) + ((s >>> 4) & 0x0f0f0f0f);
    }
    total += sumByteLanes(bytes);
  }
  if (w < words) {
    let x = a[ai + w]! & b[bi + w]!;
    x = x - ((x >>> 1) & 0x55555555);
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    total += Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
  }
  return total;
}
