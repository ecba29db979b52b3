import { popcount32 } from './popcount';

/** Sørensen–Dice coefficient 2·|A∧B| / (|A|+|B|) of two bit vectors of equal length (0 when both are empty). */
export function dice(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new Error(`dice: vectors of ${a.length} and ${b.length} words`);
  let both = 0;
  let ones = 0;
  for (let i = 0; i < a.length; i++) {
    both += popcount32(a[i]! & b[i]!);
    ones += popcount32(a[i]!) + popcount32(b[i]!);
  }
  return ones === 0 ? 0 : (2 * both) / ones;
}

/** Dice coefficient of two plaintext sets (the baseline encodings are measured against). */
export function setDice<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const total = a.size + b.size;
  if (total === 0) return 0;
  let both = 0;
  for (const item of a) if (b.has(item)) both++;
  return (2 * both) / total;
}
