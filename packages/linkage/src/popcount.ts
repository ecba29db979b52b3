/** Number of set bits in a 32-bit word (SWAR; no lookup table, no branches). */
export function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Number of set bits in `words[offset .. offset+length)`. */
export function popcountRange(words: Uint32Array, offset: number, length: number): number {
  let total = 0;
  for (let i = offset; i < offset + length; i++) total += popcount32(words[i]!);
  return total;
}
