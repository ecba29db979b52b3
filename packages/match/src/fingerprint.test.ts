import { describe, expect, it } from 'vitest';
import { matchingFingerprint, pairFingerprint } from './fingerprint';

describe('matching fingerprints', () => {
  const a = { id: 'a', givenName: 'Ali', familyName: 'Rahimi', birthDate: '1990' };
  const b = { id: 'b', givenName: 'Али', familyName: 'Рахими', birthDate: '1990-01-01' };
  it('changes when a matching field changes, not when the id or spacing does', () => {
    expect(matchingFingerprint(a)).toBe(matchingFingerprint({ ...a, id: 'other', givenName: ' Ali ' }));
    expect(matchingFingerprint(a)).not.toBe(matchingFingerprint({ ...a, birthDate: '1991' }));
    expect(matchingFingerprint(a)).not.toBe(matchingFingerprint({ ...a, estimatedAge: { age: 30, at: '2016' } }));
    expect(matchingFingerprint(a)).toMatch(/^[0-9a-f]{16}$/);
  });
  it('is the same for a pair in either order', () => {
    expect(pairFingerprint(a, b)).toBe(pairFingerprint(b, a));
    expect(pairFingerprint(a, b)).not.toBe(pairFingerprint(a, { ...b, phone: '+38970123456' }));
  });
});
