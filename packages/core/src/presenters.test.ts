import { describe, expect, it } from 'vitest';
import { hasConsent } from './consent';
import type { Person } from './person';
import { PersonInput } from './person';
import { presentPerson } from './presenters';
import type { Actor } from './user';

const officer: Actor = { userId: 'u1', organisationId: 'mk', branchId: null, role: 'tracing_officer' };
const volunteer: Actor = { ...officer, role: 'field_volunteer' };

const person: Person = {
  ...PersonInput.parse({
    names: { given: [{ value: 'Ahmad' }] },
    phones: [{ number: '+389 70 123 456' }],
    lastKnownPlaces: [{ place: 'Tabanovce transit centre', country: 'MK' }],
    documents: [{ type: 'passport', number: 'N1234567' }],
    sensitive: { health: 'diabetes', photoRef: 'photos/1.jpg' },
  }),
  id: 'mk.redcross.example/p1',
  organisationId: 'mk',
  version: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

describe('presentPerson', () => {
  it('masks sensitive data by default, even for a tracing officer', () => {
    const shown = presentPerson(person, { actor: officer, access: { kind: 'owner' } });
    expect(shown.sensitive).toBeUndefined();
    expect(shown.masked).toEqual(['sensitive']);
    expect(shown.phones).toHaveLength(1);
  });
  it('unmasks sensitive data on request only for roles allowed to see it', () => {
    expect(presentPerson(person, { actor: officer, access: { kind: 'owner' }, revealSensitive: true }).sensitive?.health).toBe('diabetes');
    expect(presentPerson(person, { actor: volunteer, access: { kind: 'owner' }, revealSensitive: true }).sensitive).toBeUndefined();
  });
  it('shows a shared record only in the data categories shared', () => {
    const shown = presentPerson(person, { actor: officer, access: { kind: 'shared', categories: new Set(['identity', 'contact']) }, revealSensitive: true });
    expect(shown.phones).toHaveLength(1);
    expect(shown.lastKnownPlaces).toEqual([]);
    expect(shown.documents).toEqual([]);
    expect(shown.sensitive).toBeUndefined();
    expect(shown.masked.sort()).toEqual(['documents', 'lastKnownPlaces', 'sensitive']);
    const withSensitive = presentPerson(person, { actor: officer, access: { kind: 'shared', categories: new Set(['identity', 'sensitive']) }, revealSensitive: true });
    expect(withSensitive.sensitive).toEqual({ health: 'diabetes' });
    expect(withSensitive.masked).toContain('sensitive.photoRef');
  });
  it('never shows a located person\'s whereabouts to the enquirer side without their consent (rule 1)', () => {
    const consents = [
      { personId: person.id, purpose: 'disclose_whereabouts_to_enquirer' as const, decision: 'given' as const, givenAt: '2025-02-01T10:00:00Z', withdrawnAt: null },
    ];
    const hidden = presentPerson(person, { actor: officer, access: { kind: 'owner' }, enquirerSide: { tracingStatus: 'located', whereaboutsConsented: false } });
    expect(hidden.phones).toEqual([]);
    expect(hidden.lastKnownPlaces).toEqual([]);
    expect(hidden.masked).toEqual(expect.arrayContaining(['phones', 'lastKnownPlaces']));
    const consented = presentPerson(person, {
      actor: officer,
      access: { kind: 'owner' },
      enquirerSide: { tracingStatus: 'located', whereaboutsConsented: hasConsent(consents, person.id, 'disclose_whereabouts_to_enquirer') },
    });
    expect(consented.phones).toHaveLength(1);
    expect(presentPerson(person, { actor: officer, access: { kind: 'owner' }, enquirerSide: { tracingStatus: 'sought', whereaboutsConsented: false } }).phones).toHaveLength(1);
  });
});

describe('hasConsent', () => {
  const base = { personId: 'p', purpose: 'tracing' as const, withdrawnAt: null };
  it('follows the latest decision and honours withdrawal', () => {
    expect(hasConsent([], 'p', 'tracing')).toBe(false);
    expect(hasConsent([{ ...base, decision: 'given', givenAt: '2025-01-01T00:00:00Z' }], 'p', 'tracing')).toBe(true);
    expect(hasConsent([{ ...base, decision: 'given', givenAt: '2025-01-01T00:00:00Z', withdrawnAt: '2025-02-01T00:00:00Z' }], 'p', 'tracing')).toBe(false);
    expect(hasConsent([
      { ...base, decision: 'given', givenAt: '2025-01-01T00:00:00Z' },
      { ...base, decision: 'refused', givenAt: '2025-03-01T00:00:00Z' },
    ], 'p', 'tracing')).toBe(false);
    expect(hasConsent([{ ...base, decision: 'given', givenAt: '2025-01-01T00:00:00Z' }], 'p', 'share_authorities')).toBe(false);
  });
});
