import { recordPotentialMatch } from '../repositories/potential-matches';
import type { OrganisationInput, PersonInput, TracingCaseInput, UserInput } from '@kinlink/core';
import { randomBytes } from 'node:crypto';
import type { KinlinkDb } from '../database';
import { appendAudit } from '../repositories/audit';
import { addTimelineEntry, createCase, transitionCaseRecord } from '../repositories/cases';
import { recordConsent } from '../repositories/consents';
import { createApiToken, createSession, recordLoginAttempt } from '../repositories/credentials';
import { enqueueJob } from '../repositories/jobs';
import { createOrganisation } from '../repositories/organisations';
import { createRegistration } from '../repositories/registrations';
import { createSite } from '../repositories/sites';
import { decideTransfer, requestTransfer } from '../repositories/transfers';
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

/**
 * One of everything, linked as in real use: two organisations, users, a site, a case transferred and
 * accepted, registrations of every kind, consents, audit entries and jobs. For round-trip and smoke tests.
 */
export async function seedEverything(db: KinlinkDb): Promise<{ organisationIds: string[]; caseId: string }> {
  const mk = await makeOrganisation(db, { branches: [{ name: 'Gevgelija' }] });
  const rs = await makeOrganisation(db, { country: 'RS' });
  const officer = await makeUser(db, mk.id, { branchId: mk.branches[0]?.id });
  const site = await createSite(db, { organisationId: mk.id, kind: 'transit_centre', name: 'Vinojug', country: 'MK', place: 'Gevgelija', latitude: 41.1403, longitude: 22.5056 });
  const meta = { actorUserId: officer.id };
  const tracing = await createCase(db, { organisationId: mk.id, case: caseInput({ priorities: ['elderly'], lastNews: { date: '2016-02', content: 'Phoned from Idomeni' } }) }, meta);
  await transitionCaseRecord(db, tracing.id, { type: 'start', track: 'desk' }, {}, meta);
  await addTimelineEntry(db, tracing.id, { kind: 'note', text: 'Interview through an Arabic interpreter.' }, meta);
  await createRegistration(db, { organisationId: mk.id, registration: { kind: 'safe_and_well', siteId: site.id, person: personInput('Ahmad', 'Rahimi', { languages: ['fa'] }), message: 'I am safe in Gevgelija' } }, meta);
  await createRegistration(db, { organisationId: mk.id, registration: { kind: 'unaccompanied_child', siteId: site.id, person: personInput('Omid', 'Karimi', { birth: { kind: 'estimated_age', years: 14, at: '2016-02-10' } }), referral: { referredTo: 'Centre for Social Work Gevgelija' } } }, meta);
  const looking = await createRegistration(db, { organisationId: mk.id, registration: { kind: 'looking_for_someone', person: personInput('Layla', 'Haddad'), sought: [{ relationship: 'husband', person: personInput('Karim', 'Haddad') }] } }, meta);
  const transfer = await requestTransfer(db, { fromOrganisationId: mk.id, transfer: { kind: 'case_transfer', caseId: tracing.id, toOrganisationId: rs.id, legalBasis: 'consent', dataCategories: ['identity', 'case_details'] } }, meta);
  await decideTransfer(db, transfer.id, { type: 'accept' }, { organisationId: rs.id });
  await recordConsent(db, { organisationId: mk.id, consent: { personId: looking.person.id, purpose: 'tracing', decision: 'given', givenBy: 'self', givenAt: '2016-02-10T10:00:00Z', language: 'ar', method: 'oral', interpreter: { name: 'Samir' } } }, meta);
  await createSession(db, { token: 'session-token', userId: officer.id, secondFactorDone: true, expiresAt: '2099-01-01T00:00:00.000Z' });
  await createApiToken(db, { token: 'api-token', name: 'integration', userId: officer.id });
  await recordLoginAttempt(db, { email: officer.email, ip: '10.0.0.1', success: false });
  await appendAudit(db, { actorUserId: officer.id, actorOrganisationId: mk.id, action: 'case.create', recordType: 'case', recordId: tracing.id, ip: '10.0.0.1', details: { via: 'seed' } });
  await appendAudit(db, { actorUserId: officer.id, actorOrganisationId: mk.id, action: 'person.read', recordType: 'person', recordId: looking.person.id, ip: null, details: {} });
  await enqueueJob(db, { type: 'match.case', payload: { caseId: tracing.id } });
  await recordPotentialMatch(db, { kind: 'registration', personIds: [tracing.sought[0]!.person.id, looking.person.id], caseIds: [tracing.id, looking.caseId], probability: 0.2, matchWeight: -2, explanation: [{ field: 'name', level: 'different', bits: -8 }], modelVersion: 'seed', fingerprint: 'seed:seed' }, meta);
  return { organisationIds: [mk.id, rs.id], caseId: tracing.id };
}
