import { describe, expect, it } from 'vitest';
import { OrganisationInput } from './organisation';
import { PersonInput, birthYear } from './person';
import { PartialDate, isPartialDate } from './primitives';
import { RegistrationInput } from './registration';
import { TracingCaseInput } from './tracing-case';
import { UserInput } from './user';

const person = { names: { given: [{ value: 'محمد', script: 'arabic' }], family: [{ value: 'Al-Khatib' }] } };

describe('PartialDate', () => {
  it('accepts a year, a year-month or a full date that exists', () => {
    for (const v of ['1990', '1990-03', '1990-03-21', '2000-02-29']) expect(isPartialDate(v), v).toBe(true);
  });
  it('rejects impossible or malformed dates', () => {
    for (const v of ['90', '1990-13', '1990-02-30', '1999-02-29', '1990-3-1', '1990/03/01', '']) {
      expect(PartialDate.safeParse(v).success, v).toBe(false);
    }
  });
});

describe('PersonInput', () => {
  it('keeps names as written and fills empty lists', () => {
    const parsed = PersonInput.parse(person);
    expect(parsed.names.given[0]).toEqual({ value: 'محمد', script: 'arabic' });
    expect(parsed.names.father).toEqual([]);
    expect(parsed.phones).toEqual([]);
  });
  it('rejects unknown fields at any depth', () => {
    expect(PersonInput.safeParse({ ...person, asylumStatus: 'x' }).success).toBe(false);
    expect(PersonInput.safeParse({ names: { given: [{ value: 'A', corrected: 'B' }] } }).success).toBe(false);
  });
  it('needs at least one name', () => {
    expect(PersonInput.safeParse({ names: {} }).success).toBe(false);
  });
  it('bounds string lengths and list sizes', () => {
    expect(PersonInput.safeParse({ names: { given: [{ value: 'x'.repeat(201) }] } }).success).toBe(false);
    const phones = Array.from({ length: 11 }, () => ({ number: '+389 70 123 456' }));
    expect(PersonInput.safeParse({ ...person, phones }).success).toBe(false);
  });
  it('takes a birth date or an estimated age at a date', () => {
    const dated = PersonInput.parse({ ...person, birth: { kind: 'date', date: '1990-01' } });
    const estimated = PersonInput.parse({ ...person, birth: { kind: 'estimated_age', years: 35, at: '2016-02-01' } });
    expect(birthYear(dated.birth)).toBe(1990);
    expect(birthYear(estimated.birth)).toBe(1981);
    expect(PersonInput.safeParse({ ...person, birth: { kind: 'estimated_age', years: 35 } }).success).toBe(false);
  });
});

describe('TracingCaseInput', () => {
  it('needs an enquirer and at least one sought person with a relationship', () => {
    expect(TracingCaseInput.safeParse({ enquirer: person, sought: [] }).success).toBe(false);
    expect(TracingCaseInput.safeParse({ enquirer: person, sought: [{ person }] }).success).toBe(false);
    const parsed = TracingCaseInput.parse({ enquirer: person, sought: [{ relationship: 'brother', person }], priorities: ['unaccompanied_child'] });
    expect(parsed.draft).toBe(false);
  });
});

describe('RegistrationInput', () => {
  it('requires a referral for an unaccompanied child', () => {
    expect(RegistrationInput.safeParse({ kind: 'unaccompanied_child', person }).success).toBe(false);
    expect(RegistrationInput.safeParse({ kind: 'unaccompanied_child', person, referral: { referredTo: 'Centre for Social Work Gevgelija' } }).success).toBe(true);
  });
  it('requires sought persons when looking for someone', () => {
    expect(RegistrationInput.safeParse({ kind: 'looking_for_someone', person }).success).toBe(false);
  });
});

describe('OrganisationInput and UserInput', () => {
  it('validates country codes, id domains and e-mail addresses', () => {
    const org = { kind: 'national_society', name: 'Red Cross of North Macedonia', country: 'MK', idDomain: 'mk.redcross.example' };
    expect(OrganisationInput.parse(org).branches).toEqual([]);
    expect(OrganisationInput.safeParse({ ...org, country: 'mk' }).success).toBe(false);
    expect(OrganisationInput.safeParse({ ...org, idDomain: 'Not A Domain' }).success).toBe(false);
    expect(OrganisationInput.safeParse({ ...org, kind: 'ngo' }).success).toBe(false);
    expect(UserInput.safeParse({ email: 'not-an-email', displayName: 'A', role: 'auditor', organisationId: 'o1' }).success).toBe(false);
    expect(UserInput.parse({ email: 'a@b.example', displayName: 'A', role: 'auditor', organisationId: 'o1' }).language).toBe('en');
  });
});
