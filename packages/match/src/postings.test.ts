import { describe, expect, it } from 'vitest';
import { keyHash, PostingStore } from './postings';

function slotsOf(store: PostingStore, key: string, limit?: number): number[] {
  const out: number[] = [];
  store.forEach(keyHash(key), (s) => out.push(s), limit);
  return out;
}

describe('PostingStore', () => {
  it('keeps the slots of each key across compactions, oldest first, without the dead ones', () => {
    // slot 1000 is under two keys ("rare" and its year), so killing it drops two postings
    const dead = new Set<number>();
    const store = new PostingStore((s) => !dead.has(s));
    for (let slot = 0; slot < 200_000; slot++) {
      store.add(keyHash(`year:${slot % 97}`), slot);
      if (slot % 1000 === 0) store.add(keyHash('rare'), slot);
    }
    expect(store.length(keyHash('rare'))).toBe(200);
    expect(slotsOf(store, 'rare', 3)).toEqual([0, 1000, 2000]);
    dead.add(1000);
    store.slotRemoved();
    store.compact();
    expect(slotsOf(store, 'rare').slice(0, 3)).toEqual([0, 2000, 3000]);
    expect(slotsOf(store, 'year:5').every((s) => s % 97 === 5)).toBe(true);
    expect(store.length(keyHash('absent'))).toBe(0);
    expect(store.stats()).toEqual({ keys: 98, postings: 200_000 + 200 - 2 });
  });

  it('removes a recently added slot at once', () => {
    const store = new PostingStore(() => true);
    store.add(keyHash('a'), 1);
    store.add(keyHash('a'), 2);
    store.removeRecent(keyHash('a'), 1);
    expect(slotsOf(store, 'a')).toEqual([2]);
    store.removeRecent(keyHash('a'), 2);
    expect(store.stats()).toEqual({ keys: 0, postings: 0 });
  });
});
