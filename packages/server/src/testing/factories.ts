/*
 * Small factories for API tests: each makes one valid record with unique values through the store's
 * repositories and returns it.
 */
import type { PersonInput, Role, TracingCaseInput } from '@kinlink/core';
import type { KinlinkDb } from '@kinlink/store';
import { createCase, createOrganisation, createSite, createUser, insertPerson, recordConsent, requestTransfer, decideTransfer } from '@kinlink/store';
import { hashPassword } from '../auth/passwords';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export interface TestOrganisation {
  id: string;
  name: string;
  idDomain: string;
}

export async function makeOrganisation(db: KinlinkDb, fields: Partial<{ name: string; country: string }> = {}): Promise<TestOrganisation> {
  const suffix = unique();
  const org = await createOrganisation(db, {
    kind: 'national_society',
    name: fields.name ?? `Red Cross ${suffix}`,
    country: fields.country ?? 'MKD',
    idDomain: `test-${suffix}.kinlink`,
  });
  return { id: org.id, name: org.name, idDomain: org.idDomain };
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: Role;
  organisationId: string;
}

export async function makeUser(
  db: KinlinkDb,
  organisationId: string,
  fields: Partial<{ role: Role; email: string; disabled: boolean; totpSecret: string }> = {},
): Promise<TestUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const role = fields.role ?? 'tracing_officer';
  const user = await createUser(db, {
    email: fields.email ?? `user-${unique()}@test.kinlink`,
    displayName: `Test ${role}`,
    role,
    organisationId,
    passwordHash: await passwordHash,
  });
  if (fields.disabled || fields.totpSecret) {
    await db
      .updateTable('users')
      .set({ disabled: fields.disabled ? 1 : 0, totp_secret: fields.totpSecret ?? null, totp_enabled: fields.totpSecret ? 1 : 0 })
      .where('id', '=', user.id)
      .execute();
  }
  return { id: user.id, email: user.email, password: TEST_PASSWORD, role, organisationId };
}

export function personInput(fields: Partial<PersonInput> = {}): PersonInput {
  return {
    names: { given: [{ value: 'محمد', script: 'arabic' }], family: [{ value: 'الخطيب', script: 'arabic' }], father: [], grandfather: [], mother: [], other: [] },
    sex: 'male',
    birth: { kind: 'date', date: '1990' },
    nationalities: ['SYR'],
    phones: [{ number: '+963 944 123 456' }],
    lastKnownPlaces: [{ place: 'Gevgelija', country: 'MKD' }],
    sensitive: { health: 'diabetic, needs insulin' },
    ...fields,
  };
}

export function caseInput(fields: Partial<TracingCaseInput> = {}): TracingCaseInput {
  return {
    enquirer: personInput({ names: { given: [{ value: 'Fatima' }], family: [{ value: 'Al-Khatib' }] }, sex: 'female', sensitive: undefined }),
    sought: [{ relationship: 'son', person: personInput() }],
    separation: { date: '2025-03', place: 'Tabanovce', cause: 'border_crossing' },
    ...fields,
  };
}

export function makeCase(db: KinlinkDb, organisationId: string, fields: Partial<TracingCaseInput> = {}) {
  return createCase(db, { organisationId, case: caseInput(fields) });
}

export function makePerson(db: KinlinkDb, organisationId: string, fields: Partial<PersonInput> = {}) {
  return insertPerson(db, { organisationId, person: personInput(fields) });
}

export function makeSite(db: KinlinkDb, organisationId: string) {
  return createSite(db, { organisationId, kind: 'transit_centre', name: `Site ${unique()}`, country: 'MKD', place: 'Gevgelija' });
}

export function makeConsent(db: KinlinkDb, organisationId: string, personId: string, purpose: 'tracing' | 'disclose_whereabouts_to_enquirer' = 'tracing') {
  return recordConsent(db, {
    organisationId,
    consent: { personId, purpose, decision: 'given', givenBy: 'self', givenAt: new Date().toISOString(), language: 'ar', method: 'oral' },
  });
}

/** A transfer from one organisation to another, accepted when asked (sharing the case with the receiver). */
export async function makeTransfer(
  db: KinlinkDb,
  from: string,
  to: string,
  subject: { caseId?: string; personId?: string },
  options: { accept?: boolean; categories?: ('identity' | 'contact' | 'case_details' | 'whereabouts' | 'sensitive')[] } = {},
) {
  const transfer = await requestTransfer(db, {
    fromOrganisationId: from,
    transfer: { kind: 'share', ...subject, toOrganisationId: to, legalBasis: 'consent', dataCategories: options.categories ?? ['identity', 'case_details'] },
  });
  if (!options.accept) return transfer;
  const outcome = await decideTransfer(db, transfer.id, { type: 'accept' }, { organisationId: to });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.transfer;
}

export { unique };
