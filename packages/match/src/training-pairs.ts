import { recordKeys } from './blocking';
import type { PreparedRecord } from './prepare';

/**
 * Pairs of records sharing a blocking key that starts with one of the prefixes (each pair once, as ids),
 * walking the keys in a seeded order until `cap` pairs; keys shared by more than `maxPosting` records are
 * skipped. The blocked pairs EM is trained on.
 */
export function pairsSharingKeys(
  records: readonly PreparedRecord[],
  prefixes: readonly string[],
  cap: number,
  shuffle: (n: number) => number,
  maxPosting: number,
): [string, string][] {
  const postings = new Map<string, string[]>();
  for (const r of records) {
    for (const key of recordKeys(r)) {
      if (!prefixes.some((p) => key.startsWith(p))) continue;
      const list = postings.get(key);
      if (list) list.push(r.id);
      else postings.set(key, [r.id]);
    }
  }
  const keys = [...postings.keys()];
  for (let i = keys.length - 1; i > 0; i--) {
    const j = shuffle(i + 1);
    [keys[i], keys[j]] = [keys[j]!, keys[i]!];
  }
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const key of keys) {
    const list = postings.get(key)!;
    if (list.length < 2 || list.length > maxPosting) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const pair = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        out.push([a, b]);
        if (out.length >= cap) return out;
      }
    }
  }
  return out;
}
