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

  it('accepts a candidate nested differently and never throws on odd input', () => {
    const m = readMatch({ id: 'm2', score: 0.5, candidate: { type: 'registration', id: 'r1', person: { names: {} } }, explanation: { fields: [{ field: 'birth_date', weight: -2 }] } });
    expect(m.right.recordId).toBe('r1');
    expect(m.fields).toEqual([{ field: 'birth_date', level: null, bits: -2, termFrequencyAdjusted: false }]);
    expect(() => readMatch(null)).not.toThrow();
  });
});
