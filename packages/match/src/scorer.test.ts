import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from './default-model';
import { prepareRecord } from './prepare';
import type { MatchRecord } from './record';
import { Scorer } from './scorer';
import { TermFrequencies } from './term-frequencies';

const query: MatchRecord = { id: 'q', givenName: 'Ahmad', familyName: 'Haddad', fatherName: 'Omar', sex: 'M', birthDate: '1984-03-02', birthPlace: 'Aleppo' };
const others: MatchRecord[] = [
  { id: 'same', givenName: 'Ahmed', familyName: 'Al-Haddad', fatherName: 'Omar', sex: 'M', birthDate: '1984-03-02', birthPlace: 'Halab' },
  { id: 'no-father', givenName: 'Ahmad', familyName: 'Haddad', sex: 'M', birthDate: '1984' },
  { id: 'other', givenName: 'Layla', familyName: 'Rahimi', motherName: 'Maryam', sex: 'F', birthDate: '1950-11-20', birthPlace: 'Kabul' },
  { id: 'no-names', sex: 'M', birthDate: '1984-03-02' },
];

describe('Scorer partial scores', () => {
  const frequencies = new TermFrequencies();
  for (let i = 0; i < 2000; i++) frequencies.add(i % 3 === 0 ? ['ahmad', 'haddad'] : [`n${i}`]);
  const scorer = new Scorer(DEFAULT_MODEL, frequencies);
  const a = prepareRecord(query);
  const ceilings = scorer.ceilings(a);

  it.each(others)('bounds the full weight from above and completes to exactly the full score ($id)', (record) => {
    const b = prepareRecord(record);
    const partial = scorer.partialScore(a, b, ceilings);
    const full = scorer.score(a, b);
    expect(partial.bound).toBeGreaterThanOrEqual(full.weight);
    expect(partial.fields.filter((f) => f === null).map((_, i) => i).length).toBe(4);
    expect(scorer.completeScore(a, b, partial)).toEqual(full);
  });

  it('counts a name field in the bound only when both records have it', () => {
    const withFather = scorer.partialScore(a, prepareRecord(others[0]!), ceilings);
    const withoutFather = scorer.partialScore(a, prepareRecord({ ...others[0]!, fatherName: '' }), ceilings);
    expect(withFather.weight).toBe(withoutFather.weight);
    expect(withFather.bound).toBeGreaterThan(withoutFather.bound);
  });
});
