import { describe, expect, it } from 'vitest';
import { recordKeys } from './blocking';
import { MatchIndex } from './match-index';
import { prepareRecord } from './prepare';
import type { MatchRecord } from './record';
import { Random } from './rng';

const sought: MatchRecord = {
  id: 'req-1',
  givenName: 'محمد',
  fatherName: 'حسين',
  familyName: 'الخطيب',
  sex: 'M',
  birthDate: '1990-07-14',
  birthPlace: 'حلب',
  nationality: 'سوريا',
};
const registered: MatchRecord = {
  id: 'mk-17',
  givenName: 'Мухамед',
  fatherName: 'Хусеин',
  familyName: 'Ал-Хатиб',
  sex: 'M',
  birthDate: '1990-01-01',
  birthPlace: 'Алепо',
  nationality: 'Сирија',
};

function population(n: number, seed: number): MatchRecord[] {
  const given = ['Ahmad', 'Ali', 'Omar', 'Mustafa', 'Khaled', 'Ibrahim', 'Walid', 'Fatima', 'Maryam', 'Layla'];
  const family = ['Haddad', 'Rahimi', 'Sultani', 'Popal', 'Tesfaye', 'Ahmadzai', 'Chaudhry', 'Mohammadi', 'Aljubouri', 'Alhassan'];
  const r = new Random(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `p-${i}`,
    givenName: r.pick(given),
    familyName: r.pick(family),
    fatherName: r.pick(given),
    birthDate: `${1950 + r.int(60)}-0${1 + r.int(9)}-1${r.int(9)}`,
  }));
}

describe('MatchIndex', () => {
  it('finds the man written in Cyrillic with a placeholder date from his family’s Arabic request, and explains why', () => {
    const index = new MatchIndex();
    for (const r of population(300, 1)) index.add(r);
    index.add(registered);
    const [best] = index.search(sought, { top: 3 });
    expect(best?.id).toBe('mk-17');
    expect(best!.probability).toBeGreaterThan(0.5);
    const byField = Object.fromEntries(best!.fields.map((f) => [f.field, f]));
    expect(byField.name?.level).toBe('exact');
    expect(byField.birth_date?.level).toBe('year');
    expect(byField.birth_place?.level).toBe('same');
    expect(byField.nationality?.level).toBe('same');
    expect(byField.name!.bits).toBeGreaterThan(0);
    expect(byField.document_number?.level).toBeNull();
  });

  it('returns at most `top` hits above the threshold, best first', () => {
    const index = new MatchIndex();
    for (const r of population(500, 2)) index.add(r);
    const hits = index.search({ id: 'q', givenName: 'Ahmad', familyName: 'Haddad', birthDate: '1970' }, { top: 5, threshold: 0.0001 });
    expect(hits.length).toBeLessThanOrEqual(5);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.weight).toBeGreaterThanOrEqual(hits[i]!.weight);
    for (const h of hits) expect(h.probability).toBeGreaterThanOrEqual(0.0001);
  });

  it('never misses a pair that shares a blocking key (below the cap)', () => {
    const records = population(400, 3);
    const index = new MatchIndex(undefined, { keyCap: 10_000 });
    for (const r of records) index.add(r);
    const prepared = records.map(prepareRecord);
    const keys = prepared.map((p) => new Set(recordKeys(p).filter((k) => k.startsWith('t:') || k.startsWith('n:'))));
    for (let i = 0; i < 40; i++) {
      const candidates = new Set(index.candidates(records[i]!));
      for (let j = 0; j < records.length; j++) {
        const shares = [...keys[i]!].some((k) => keys[j]!.has(k));
        if (shares) expect(candidates.has(records[j]!.id)).toBe(true);
      }
    }
  });

  it('touches only candidates, not the whole registry', () => {
    const index = new MatchIndex();
    for (const r of population(3000, 4)) index.add(r);
    const candidates = index.candidates({ id: 'q', givenName: 'Tesfaye', familyName: 'Popal', birthDate: '1980-03-12' });
    expect(candidates.length).toBeLessThan(1500);
    expect(index.candidates({ id: 'q', givenName: 'Zzyzx', birthDate: '1980' })).toEqual([]);
  });

  it('adds, replaces and removes records', () => {
    const index = new MatchIndex();
    index.add(registered);
    expect(index.size).toBe(1);
    index.add({ ...registered, birthDate: '1991' });
    expect(index.size).toBe(1);
    expect(index.get('mk-17')?.birthDate).toBe('1991');
    expect(index.remove('mk-17')).toBe(true);
    expect(index.remove('mk-17')).toBe(false);
    expect(index.search(sought)).toEqual([]);
    expect(index.stats()).toEqual({ records: 0, keys: 0, postings: 0 });
  });

  it('gives the same answers after compaction, and forgets a compacted record once removed', () => {
    const index = new MatchIndex();
    for (const r of population(400, 7)) index.add(r);
    index.add(registered);
    const before = index.search(sought, { top: 5 });
    index.compact();
    expect(index.search(sought, { top: 5 })).toEqual(before);
    index.remove('mk-17');
    expect(index.search(sought, { top: 5 }).map((h) => h.id)).not.toContain('mk-17');
    index.add({ ...registered, id: 'mk-18' });
    expect(index.search(sought, { top: 1 })[0]?.id).toBe('mk-18');
    expect(index.stats()).toMatchObject({ records: 401 });
  });

  it('is rebuilt from a snapshot (shared arrays, structured-cloneable) with the same answers', () => {
    const index = new MatchIndex();
    for (const r of population(600, 8)) index.add(r);
    index.add(registered);
    index.remove('p-3');
    const snapshot = index.snapshot();
    const copy = MatchIndex.fromSnapshot(structuredClone(snapshot));
    expect(copy.size).toBe(index.size);
    expect(copy.get('p-3')).toBeUndefined();
    for (const q of [sought, ...population(20, 9)]) expect(copy.search(q, { top: 5 })).toEqual(index.search(q, { top: 5 }));
    index.add({ ...registered, id: 'mk-99' });
    expect(index.search(sought, { top: 2 }).map((h) => h.id)).toContain('mk-99');
    expect(copy.has('mk-99')).toBe(false);
  });

  it('is rebuilt from its serialised form with the same answers', () => {
    const index = new MatchIndex();
    for (const r of population(200, 5)) index.add(r);
    index.add(registered);
    const copy = MatchIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    expect(copy.size).toBe(index.size);
    expect(copy.search(sought, { top: 3 })).toEqual(index.search(sought, { top: 3 }));
  });

  it('weighs agreement on a rare name more than on a common one (term frequencies)', () => {
    const index = new MatchIndex();
    const r = new Random(6);
    for (let i = 0; i < 1500; i++) index.add({ id: `m-${i}`, givenName: 'Mohammad', familyName: r.pick(['Haddad', 'Rahimi', 'Sultani', 'Popal']), birthDate: `${1950 + r.int(50)}` });
    index.add({ id: 'rare', givenName: 'Tesfaye', familyName: 'Popal', birthDate: '1999' });
    const common = index.compare({ id: 'q1', givenName: 'Mohammad', familyName: 'Haddad' }, { id: 'x', givenName: 'Mohammad', familyName: 'Haddad' });
    const rare = index.compare({ id: 'q2', givenName: 'Tesfaye', familyName: 'Popal' }, { id: 'y', givenName: 'Tesfaye', familyName: 'Popal' });
    const bits = (h: typeof common) => h.fields.find((f) => f.field === 'name')!.bits;
    expect(bits(rare)).toBeGreaterThan(bits(common) + 2);
  });

  it.each([
    [3, 0],
    [5, 0.3],
  ])('returns the same top %i hits (threshold %d) as scoring every candidate in full', (top, threshold) => {
    // 30 records: fewer candidates than the rescore limit (40), so the full scores of all of them are the truth.
    const records = population(30, 7);
    const index = new MatchIndex();
    for (const r of records) index.add(r);
    const byId = new Map(records.map((r) => [r.id, r]));
    for (const query of records.slice(0, 10)) {
      const expected = index
        .candidates(query)
        .map((id) => index.compare(query, byId.get(id)!))
        .filter((h) => h.probability >= threshold)
        .sort((x, y) => y.weight - x.weight || (x.id < y.id ? -1 : 1))
        .slice(0, top);
      expect(index.search(query, { top, threshold })).toEqual(expected);
    }
  });
});
