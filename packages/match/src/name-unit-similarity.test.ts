import { describe, expect, it } from 'vitest';
import { NameUnitSimilarity } from './name-unit-similarity';
import { prepareRecord } from './prepare';

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

  it('forgets a cleared record', () => {
    const q = table.query(prepareRecord({ id: 'q', givenName: 'Walid', familyName: 'Haddad' }));
    expect(table.similarity(q, 2)).toBeGreaterThan(0);
    table.clear(2);
    expect(table.similarity(q, 2)).toBe(0);
  });
});
