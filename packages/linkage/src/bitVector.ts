/** Bloom filters are plain Uint32Arrays; bit i lives in word i>>>5 at position i&31. */
export function setBit(words: Uint32Array, bit: number): void {
  words[bit >>> 5]! |= 1 << (bit & 31);
}

export function getBit(words: Uint32Array, bit: number): boolean {
  return (words[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/** XOR the second half onto the first: an m-bit filter becomes m/2 bits. */
export function xorFold(words: Uint32Array): Uint32Array {
  const half = words.length / 2;
  const folded = new Uint32Array(half);
  for (let i = 0; i < half; i++) folded[i] = words[i]! ^ words[i + half]!;
  return folded;
}

/**
 * Concatenate the filter with its complement and permute the 2m bits with a keyed permutation:
 * every encoding then has exactly m set bits.
 */
export function balance(words: Uint32Array, permutation: Uint32Array): Uint32Array {
  const bits = words.length * 32;
  const out = new Uint32Array(words.length * 2);
  for (let i = 0; i < bits; i++) {
    const one = getBit(words, i);
    setBit(out, permutation[one ? i : i + bits]!);
  }
  return out;
}
