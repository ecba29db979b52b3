import type { RegistrationInput } from '@kinlink/core';
import { emptySought, type SoughtForm } from './case-form';
import { emptyPerson, personFormPath, toPersonInput, type PersonForm } from './person-form';

export type RegistrationKindValue = 'safe_and_well' | 'looking_for_someone' | 'unaccompanied_child';

export interface RegistrationForm {
  kind: RegistrationKindValue;
  siteId: string;
  person: PersonForm;
  message: string;
  sought: SoughtForm[];
  referredTo: string;
  referralReference: string;
  note: string;
}

export function emptyRegistration(): RegistrationForm {
  return { kind: 'safe_and_well', siteId: '', person: emptyPerson(), message: '', sought: [emptySought()], referredTo: '', referralReference: '', note: '' };
}

const opt = (v: string) => (v.trim() === '' ? undefined : v.trim());

/** The API's RegistrationInput for the chosen kind; fields of the other kinds are not sent. */
export function toRegistrationInput(form: RegistrationForm, today?: string): RegistrationInput {
  const common = {
    ...(opt(form.siteId) ? { siteId: form.siteId } : {}),
    person: toPersonInput(form.person, today),
    ...(opt(form.note) ? { note: form.note.trim() } : {}),
  };
  switch (form.kind) {
    case 'safe_and_well':
      return { kind: 'safe_and_well', ...common, ...(opt(form.message) ? { message: form.message.trim() } : {}) };
    case 'looking_for_someone':
      return {
        kind: 'looking_for_someone',
        ...common,
        sought: form.sought.map((s) => ({ relationship: s.relationship as never, person: toPersonInput(s.person, today) })),
      };
    case 'unaccompanied_child':
      return {
        kind: 'unaccompanied_child',
        ...common,
        referral: { referredTo: form.referredTo.trim(), ...(opt(form.referralReference) ? { reference: form.referralReference.trim() } : {}) },
      };
  }
}

/** Where an API error path of a RegistrationInput lands in the form. */
export function registrationFormPath(apiPath: string): string {
  return personFormPath(apiPath).replace(/^referral\.referredTo$/, 'referredTo').replace(/^referral\.reference$/, 'referralReference').replace(/^referral$/, 'referredTo');
}
