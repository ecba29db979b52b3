import { describe, expect, it } from 'vitest';
import { countPatterns, runEm } from './em';

/** Deterministic PRNG so the test data is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function draw(probs: readonly number[], r: number): number {
  let acc = 0;
  for (let i = 0; i < probs.length; i++) {
    acc += probs[i]!;
    if (r < acc) return i;
  }
  return probs.length - 1;
}

describe('runEm', () => {
  it('recovers known m, u and λ from synthetic comparison vectors', () => {
    const trueM = [[0.85, 0.1, 0.05], [0.9, 0.1], [0.7, 0.2, 0.1], [0.95, 0.05]];
    const trueU = [[0.02, 0.08, 0.9], [0.5, 0.5], [0.05, 0.15, 0.8], [0.1, 0.9]];
    const lambda = 0.2;
    const rand = mulberry32(42);
    const vectors: number[][] = [];
    for (let i = 0; i < 40_000; i++) {
      const isMatch = rand() < lambda;
      const probs = isMatch ? trueM : trueU;
      vectors.push(probs.map((p) => draw(p, rand())));
    }
    const start = {
      m: trueM.map((r) => r.map((_, i) => (i === 0 ? 0.6 : 0.4 / (r.length - 1)))),
      u: trueU.map((r) => r.map(() => 1 / r.length)),
      lambda: 0.5,
    };
    const result = runEm(countPatterns(vectors), start);
    expect(result.converged).toBe(true);
    expect(result.lambda).toBeCloseTo(lambda, 1);
    result.m.forEach((row, c) => row.forEach((x, l) => expect(Math.abs(x - trueM[c]![l]!)).toBeLessThan(0.03)));
    result.u.forEach((row, c) => row.forEach((x, l) => expect(Math.abs(x - trueU[c]![l]!)).toBeLessThan(0.03)));
  });

  it('keeps u fixed when asked and ignores missing values', () => {
    const patterns = countPatterns([[0, -1], [0, 0], [1, 1], [1, -1], [1, 1]]);
    const u = [[0.1, 0.9], [0.2, 0.8]];
    const result = runEm(patterns, { m: [[0.5, 0.5], [0.5, 0.5]], u, lambda: 0.3 }, { fixU: true });
    expect(result.u).toEqual(u);
    expect(result.m[0]![0]!).toBeGreaterThan(0.5);
  });
});
