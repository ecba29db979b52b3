import { z } from 'zod';
import { Id, Timestamp, text } from './primitives';
import { Person, PersonInput } from './person';
import { LastNews, Separation, SoughtPersonInput } from './tracing-case';

export const RegistrationKind = z.enum(['safe_and_well', 'looking_for_someone', 'unaccompanied_child']);
export type RegistrationKind = z.infer<typeof RegistrationKind>;

/** Mandatory referral of an unaccompanied or separated child to social services (DESIGN rule 4). */
export const ChildReferral = z.strictObject({
  referredTo: text(300),
  referredAt: Timestamp.optional(),
  reference: text(200).optional(),
  note: text(2000).optional(),
});
export type ChildReferral = z.infer<typeof ChildReferral>;

const common = {
  siteId: Id.optional(),
  person: PersonInput,
  registeredAt: Timestamp.optional(),
  note: text(4000).optional(),
};

/** A person met at a site. "Looking for someone" also opens a tracing case with that person as enquirer. */
export const RegistrationInput = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('safe_and_well'),
    ...common,
    /** "I am here, tell my family": a short message for the family. */
    message: text(1000).optional(),
  }),
  z.strictObject({
    kind: z.literal('looking_for_someone'),
    ...common,
    sought: z.array(SoughtPersonInput).min(1).max(20),
    separation: Separation.optional(),
    lastNews: LastNews.optional(),
  }),
  z.strictObject({
    kind: z.literal('unaccompanied_child'),
    ...common,
    referral: ChildReferral,
  }),
]);
export type RegistrationInput = z.input<typeof RegistrationInput>;
export type RegistrationData = z.infer<typeof RegistrationInput>;

export const Registration = z.strictObject({
  id: Id,
  kind: RegistrationKind,
  organisationId: Id,
  siteId: Id.nullable(),
  person: Person,
  /** The tracing case opened from a "looking for someone" registration. */
  caseId: Id.nullable(),
  message: z.string().nullable(),
  referral: ChildReferral.nullable(),
  note: z.string().nullable(),
  registeredAt: Timestamp,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Registration = z.infer<typeof Registration>;
