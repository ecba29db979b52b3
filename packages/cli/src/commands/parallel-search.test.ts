import { describe, expect, it } from 'vitest';
import { MatchIndex, Random } from '@kinlink/match';
import type { MatchRecord } from '@kinlink/match';
import { searchInParallel } from './parallel-search';

function people(n: number, seed: number, prefix: string): MatchRecord[] {
  const given = ['Ahmad', 'Ali', 'Omar', 'Mustafa', 'Khaled', 'Fatima', 'Maryam', 'Layla', 'Tesfaye', 'Walid'];
  const family = ['Haddad', 'Rahimi', 'Sultani', 'Popal', 'Ahmadzai', 'Chaudhry', 'Mohammadi', 'Alhassan'];
  const r = new Random(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}`,
    givenName: r.pick(given),
    familyName: r.pick(family),
    fatherName: r.pick(given),
    birthDate: `${1950 + r.int(60)}`,
    sex: r.chance(0.5) ? 'M' : 'F',
  }));
}

describe('searchInParallel', () => {
  it('gives every query the same hits as searching one by one, with worker threads', async () => {
    const index = new MatchIndex();
    for (const r of people(3000, 1, 'r')) index.add(r);
    const queries = people(300, 2, 'q');
    const progress: number[] = [];
    const parallel = await searchInParallel(index, queries, { top: 5, threads: 2, onProgress: (done) => progress.push(done) });
    expect(parallel).toEqual(queries.map((q) => index.search(q, { top: 5 })));
    expect(progress.at(-1)).toBe(300);
  });

  it('leaves each query out of its own hits and keeps only hits at the threshold (dedupe)', async () => {
    const records = people(2000, 3, 'r');
    const index = new MatchIndex();
    for (const r of records) index.add(r);
    const queries = records.slice(0, 200);
    const hits = await searchInParallel(index, queries, { top: 10, threshold: 0.2, excludeSelf: true, threads: 2 });
    hits.forEach((h, i) => {
      expect(h.map((x) => x.id)).not.toContain(queries[i]!.id);
      for (const x of h) expect(x.probability).toBeGreaterThanOrEqual(0.2);
    });
    expect(hits).toEqual(queries.map((q) => index.search(q, { top: 10, threshold: 0.2, excludeId: q.id })));
  });
});
