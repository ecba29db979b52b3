import { describe, expect, it } from 'vitest';
import { NameUnitSimilarity } from './name-unit-similarity';
import { prepareRecord } from './prepare';
import { RankingFeatures } from './ranking-features';

describe('NameUnitSimilarity', () => {
  const table = new NameUnitSimilarity();
  const records = [
    { id: 'a', givenName: 'Нур', familyName: 'Ренвал' },
    { id: 'b', givenName: 'Nuur', familyName: 'Umezu', fatherName: 'Mohamed' },
    { id: 'c', givenName: 'Walid', familyName: 'Haddad' },
  ];
  records.forEach((r, slot) => table.set(slot, prepareRecord(r)));
  for (let slot = 3; slot < 200; slot++) table.set(slot, prepareRecord({ id: `x${slot}`, givenName: 'Nur', familyName: `Zz${slot}`, fatherName: 'Muhammad' }));

  it('ranks a record sharing a rare family name written differently above one sharing only common names', () => {
    const q = table.query(prepareRecord({ id: 'q', givenName: 'نور', familyName: 'رنفال', fatherName: 'محمد' }));
    expect(table.similarity(q, 0)).toBeGreaterThan(table.similarity(q, 1) + 3);
    expect(table.similarity(q, 2)).toBe(0);
  });

  it('counts only same and same-coarse units in the quick similarity, never more than the full one', () => {
    const q = table.query(prepareRecord({ id: 'q', givenName: 'Nur', familyName: 'Renwal', fatherName: 'Muhammad' }));
    for (let slot = 0; slot < 20; slot++) expect(table.quickSimilarity(q, slot)).toBeLessThanOrEqual(table.similarity(q, slot) + 1e-9);
    expect(table.quickSimilarity(q, 1)).toBeGreaterThan(0);
    expect(table.quickSimilarity(q, 2)).toBe(0);
  });

  it('tells when both have a father and no father unit of the query is like one of the record', () => {
    const fathers = new NameUnitSimilarity();
    const people = [
      { id: 'swapped', givenName: 'Мухаммед', familyName: 'Солтани', fatherName: 'Али' },
      { id: 'same', givenName: 'Али', fatherName: 'Мухаммед' },
      { id: 'none', givenName: 'Ali', familyName: 'Sultani' },
    ];
    const rows = new RankingFeatures();
    people.forEach((r, slot) => {
      fathers.set(slot, prepareRecord(r));
      rows.set(slot, prepareRecord(r), fathers);
    });
    const q = fathers.query(prepareRecord({ id: 'q', givenName: 'Ali', familyName: 'Sultani', fatherName: 'Muhammad' }));
    expect([0, 1, 2].map((slot) => fathers.fathersDisagreeIn(q, rows.rows, rows.unitsAt(slot)))).toEqual([true, false, false]);
    const noFather = fathers.query(prepareRecord({ id: 'q', givenName: 'Ali', familyName: 'Sultani' }));
    expect(fathers.fathersDisagreeIn(noFather, rows.rows, rows.unitsAt(0))).toBe(false);
  });

  it('forgets a cleared record', () => {
    const q = table.query(prepareRecord({ id: 'q', givenName: 'Walid', familyName: 'Haddad' }));
    expect(table.similarity(q, 2)).toBeGreaterThan(0);
    table.clear(2);
    expect(table.similarity(q, 2)).toBe(0);
  });
});
