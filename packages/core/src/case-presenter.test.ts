import { describe, expect, it } from 'vitest';
import { presentCase } from './case-presenter';
import type { Person } from './person';
import { PersonInput } from './person';
import type { TracingCase } from './tracing-case';
import type { Actor } from './user';

const officer: Actor = { userId: 'u1', organisationId: 'mk', branchId: null, role: 'tracing_officer' };
const stamp = { organisationId: 'mk', version: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
const person = (id: string, given: string): Person => ({
  ...PersonInput.parse({ names: { given: [{ value: given }] }, phones: [{ number: '+381 60 111 222' }], sensitive: { religion: 'x' } }),
  id,
  ...stamp,
});

const tracingCase: TracingCase = {
  id: 'mk/c1', organisationId: 'mk', branchId: null, status: 'in_progress', track: 'field', closureReason: null, priorities: [],
  separation: null, lastNews: null, assignedOfficerId: null, enquirer: person('mk/e', 'Fatima'),
  sought: [
    { relationship: 'son', tracingStatus: 'located', person: person('mk/s1', 'Mohammed') },
    { relationship: 'daughter', tracingStatus: 'located', person: person('mk/s2', 'Amina') },
    { relationship: 'husband', tracingStatus: 'sought', person: person('mk/s3', 'Karim') },
  ],
  version: 3, createdAt: stamp.createdAt, updatedAt: stamp.updatedAt, closedAt: null,
};

describe('presentCase', () => {
  it('shows located sought persons\' contact only with their consent and masks sensitive data', () => {
    const shown = presentCase(tracingCase, { actor: officer, access: { kind: 'owner' }, whereaboutsConsented: (id) => id === 'mk/s2' });
    expect(shown.enquirer.phones).toHaveLength(1);
    expect(shown.enquirer.masked).toEqual(['sensitive']);
    expect(shown.sought[0]?.person.phones).toEqual([]);
    expect(shown.sought[0]?.person.masked).toContain('phones');
    expect(shown.sought[1]?.person.phones).toHaveLength(1);
    expect(shown.sought[2]?.person.phones).toHaveLength(1);
    expect(shown.sought.every((s) => s.person.sensitive === undefined)).toBe(true);
  });
});
