import type { OrganisationInput, PersonInput, TracingCaseInput, UserInput } from '@kinlink/core';
import { randomBytes } from 'node:crypto';
import type { KinlinkDb } from '../database';
import { createOrganisation } from '../repositories/organisations';
import { createUser } from '../repositories/users';

const suffix = (): string => randomBytes(4).toString('hex');

/** An organisation with a unique id domain (tests in one file share a database). */
export async function makeOrganisation(db: KinlinkDb, over: Partial<OrganisationInput> = {}) {
  const tag = suffix();
  return createOrganisation(db, {
    kind: 'national_society',
    name: `Red Cross ${tag}`,
    country: 'MK',
    idDomain: `${tag}.redcross.example`,
    ...over,
  });
}

export async function makeUser(db: KinlinkDb, organisationId: string, over: Partial<UserInput> = {}) {
  return createUser(db, {
    email: `user.${suffix()}@demo.kinlink`,
    displayName: 'Test User',
    role: 'tracing_officer',
    organisationId,
    ...over,
  });
}

export const personInput = (given: string, family: string, over: Partial<PersonInput> = {}): PersonInput => ({
  names: { given: [{ value: given }], family: [{ value: family }] },
  ...over,
});

export const caseInput = (over: Partial<TracingCaseInput> = {}): TracingCaseInput => ({
  enquirer: personInput('Fatima', 'Al-Khatib', { sex: 'female' }),
  sought: [{ relationship: 'son', person: personInput('Mohammed', 'Al-Khatib', { sex: 'male', birth: { kind: 'date', date: '1990' } }) }],
  separation: { date: '2016-02', place: 'Idomeni', country: 'GR', cause: 'border_crossing' },
  priorities: [],
  ...over,
});
