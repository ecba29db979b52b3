import { describe, expect, it } from 'vitest';
import { Random } from './rng';
import { TopK } from './top-k';

describe('TopK', () => {
  it('keeps the k best of many offers, best first', () => {
    const r = new Random(3);
    const scores = Array.from({ length: 5000 }, () => r.next());
    const top = new TopK(25);
    scores.forEach((s, slot) => top.offer(slot, s));
    const expected = scores.map((s, slot) => ({ s, slot })).sort((a, b) => b.s - a.s).slice(0, 25).map((x) => x.slot);
    expect(top.sorted()).toEqual(expected);
    const visited: number[] = [];
    top.forEach((slot, score) => {
      expect(score).toBe(scores[slot]);
      visited.push(slot);
    });
    expect(visited.sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
  });

  it('returns everything when offered fewer than k, and nothing after clear', () => {
    const top = new TopK(10);
    top.offer(7, 1);
    top.offer(3, 2);
    expect(top.sorted()).toEqual([3, 7]);
    expect(top.floor).toBe(-Infinity);
    top.clear();
    expect(top.sorted()).toEqual([]);
  });
});
