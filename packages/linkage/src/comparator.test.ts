import { describe, expect, it } from 'vitest';
import { andPopcount } from './andPopcount';
import { packClks, matrixFromWire, matrixToWire, sliceRows, type ClkMatrix } from './clkMatrix';
import { compareClkSets } from './comparator';
import { dice } from './dice';
import { popcount32 } from './popcount';
import { rowIntersections } from './rowIntersections';

let seed = 7;
const random = (): number => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed;
};
const naivePopcount = (x: number): number => x.toString(2).split('').filter((bit) => bit === '1').length;

function randomMatrix(rows: number, words: number, prefix: string, density = 0.35): ClkMatrix {
  const clks = Array.from({ length: rows }, () => {
    const clk = new Uint32Array(words);
    for (let bit = 0; bit < words * 32; bit++) if (random() / 2 ** 32 < density) clk[bit >>> 5]! |= 1 << (bit & 31);
    return clk;
  });
  return packClks('test', words, clks.map((_, i) => `${prefix}${i}`), clks);
}

describe('popcounts', () => {
  it('popcount32 agrees with counting binary digits', () => {
    for (let n = 0; n < 2000; n++) {
      const x = random();
      expect(popcount32(x)).toBe(naivePopcount(x));
    }
    expect(popcount32(0xffffffff)).toBe(32);
    expect(popcount32(0)).toBe(0);
  });

  it('andPopcount and rowIntersections agree with word-by-word counting for every width', () => {
    for (const words of [1, 2, 3, 16, 31, 32, 33, 70]) {
      const a = randomMatrix(3, words, 'a', 0.9);
      const b = randomMatrix(5, words, 'b', 0.9);
      const out = new Int32Array(5);
      rowIntersections(a.data, words, b.data, 1, 5, words, out);
      for (let j = 1; j < 5; j++) {
        let expected = 0;
        for (let w = 0; w < words; w++) expected += naivePopcount((a.data[words + w]! & b.data[j * words + w]!) >>> 0);
        expect(andPopcount(a.data, words, b.data, j * words, words)).toBe(expected);
        expect(out[j - 1]).toBe(expected);
      }
    }
  });
});

describe('compareClkSets', () => {
  const left = randomMatrix(120, 16, 'L');
  const right = randomMatrix(150, 16, 'R');

  it('computes the Dice coefficient of every pair when nothing is filtered', () => {
    const { matches, comparisons } = compareClkSets(left, right, { threshold: 0, popcountFilter: false });
    expect(comparisons).toBe(120 * 150);
    expect(matches).toHaveLength(120 * 150);
    for (const match of matches.slice(0, 500)) {
      const a = left.data.subarray(match.left * 16, match.left * 16 + 16);
      const b = right.data.subarray(match.right * 16, match.right * 16 + 16);
      expect(match.score).toBeCloseTo(dice(a, b), 12);
    }
  });

  it('the popcount filter never loses a pair above the threshold', () => {
    const skewed = randomMatrix(80, 16, 'S', 0.05);
    const mixed = packClks('test', 16, [...right.ids, ...skewed.ids], [
      ...Array.from({ length: 150 }, (_, i) => right.data.slice(i * 16, i * 16 + 16)),
      ...Array.from({ length: 80 }, (_, i) => skewed.data.slice(i * 16, i * 16 + 16)),
    ]);
    for (const threshold of [0.45, 0.6, 0.8]) {
      const filtered = compareClkSets(left, mixed, { threshold });
      const full = compareClkSets(left, mixed, { threshold, popcountFilter: false });
      expect(filtered.matches).toEqual(full.matches);
      expect(filtered.comparisons).toBeLessThan(full.comparisons);
    }
  });

  it('keeps the top k per left record, best first, all above the threshold', () => {
    const { matches } = compareClkSets(left, right, { threshold: 0.3, topK: 3 });
    const byLeft = new Map<number, number[]>();
    for (const match of matches) byLeft.set(match.left, [...(byLeft.get(match.left) ?? []), match.score]);
    for (const [row, scores] of byLeft) {
      expect(scores.length).toBeLessThanOrEqual(3);
      expect([...scores].sort((x, y) => y - x)).toEqual(scores);
      const all = compareClkSets(
        packClks('test', 16, ['one'], [left.data.slice(row * 16, row * 16 + 16)]),
        right,
        { threshold: 0.3 },
      ).matches.map((m) => m.score);
      expect(scores).toEqual(all.slice(0, 3));
    }
  });

  it('gives the same pairs when the left set is compared in slices', () => {
    const whole = compareClkSets(left, right, { threshold: 0.4, topK: 2 }).matches;
    const sliced = [0, 50, 100].flatMap((start) =>
      compareClkSets(sliceRows(left, start, start + 50), right, { threshold: 0.4, topK: 2 }).matches.map((m) => ({ ...m, left: m.left + start })),
    );
    expect(sliced).toEqual(whole);
    expect(sliceRows(left, 110, 999).ids).toEqual(left.ids.slice(110));
  });

  it('finds a planted duplicate with score 1', () => {
    const planted = packClks('test', 16, ['copy'], [right.data.slice(42 * 16, 43 * 16)]);
    const { matches } = compareClkSets(planted, right, { threshold: 0.99 });
    expect(matches).toEqual([{ left: 0, right: 42, score: 1 }]);
  });

  it('refuses to compare encodings of different schemas or bad options', () => {
    const other = { ...right, fingerprint: 'other' };
    expect(() => compareClkSets(left, other, { threshold: 0.5 })).toThrow(/different schemas/);
    expect(() => compareClkSets(left, right, { threshold: 1.5 })).toThrow(/threshold/);
    expect(() => compareClkSets(left, right, { threshold: 0.5, topK: 0 })).toThrow(/topK/);
  });
});

describe('CLK set wire form', () => {
  it('round-trips through JSON', () => {
    const matrix = randomMatrix(10, 16, 'W');
    const back = matrixFromWire(JSON.parse(JSON.stringify(matrixToWire(matrix))));
    expect(back.ids).toEqual(matrix.ids);
    expect(back.data).toEqual(matrix.data);
    expect(back.popcounts).toEqual(matrix.popcounts);
  });

  it('rejects truncated data and duplicate ids', () => {
    const wire = matrixToWire(randomMatrix(4, 16, 'W'));
    expect(() => matrixFromWire({ ...wire, data: wire.data.slice(0, 40) })).toThrow(/bytes of data/);
    expect(() => matrixFromWire({ ...wire, ids: ['a', 'a', 'b', 'c'] })).toThrow(/not unique/);
  });
});
