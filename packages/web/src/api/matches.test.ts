import { describe, expect, it } from 'vitest';
import { readMatch } from './matches';

describe('readMatch', () => {
  it('reads the scorer explanation (bits per field) and both records', () => {
    const m = readMatch({
      id: 'm1',
      status: 'potential',
      probability: 0.97,
      caseId: 'c1',
      left: { recordType: 'sought', recordId: 'p1', person: { id: 'p1', names: { given: [{ value: 'محمد' }] } } },
      right: { recordType: 'registration', recordId: 'r9', person: { id: 'p9', names: { given: [{ value: 'Мухамед' }] } } },
      fields: [{ field: 'given_name', level: 'equivalent', bits: 6.2, termFrequencyAdjusted: true }, { field: 'sex', level: null, bits: 0 }],
    });
    expect(m.probability).toBe(0.97);
    expect(m.right.recordType).toBe('registration');
    expect(m.right.recordId).toBe('r9');
    expect(m.fields[0]).toEqual({ field: 'given_name', level: 'equivalent', bits: 6.2, termFrequencyAdjusted: true });
  });

  it('reads the stored pair shape (person ids, explanation list, rejection reason)', () => {
    const m = readMatch({
      id: 'm3', kind: 'reciprocal', status: 'rejected', version: 2, probability: 0.91, matchWeight: 12.5,
      leftPersonId: 'p1', rightPersonId: 'p2', leftCaseId: 'c1', rightCaseId: 'c2',
      explanation: [{ field: 'family_name', level: 'strong', bits: 4 }], rejectionReason: 'different father',
    });
    expect(m.left).toMatchObject({ recordId: 'p1', caseId: 'c1', recordType: 'sought' });
    expect(m.right).toMatchObject({ recordId: 'p2', caseId: 'c2', recordType: 'enquirer' });
    expect(m.fields).toEqual([{ field: 'family_name', level: 'strong', bits: 4, termFrequencyAdjusted: false }]);
    expect(m.reason).toBe('different father');
    expect(m.version).toBe(2);
  });

  it('accepts a candidate nested differently and never throws on odd input', () => {
    const m = readMatch({ id: 'm2', score: 0.5, candidate: { type: 'registration', id: 'r1', person: { names: {} } }, explanation: { fields: [{ field: 'birth_date', weight: -2 }] } });
    expect(m.right.recordId).toBe('r1');
    expect(m.fields).toEqual([{ field: 'birth_date', level: null, bits: -2, termFrequencyAdjusted: false }]);
    expect(() => readMatch(null)).not.toThrow();
  });
});
