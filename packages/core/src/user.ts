import { z } from 'zod';
import { Email, Id, LanguageTag, Timestamp, text } from './primitives';
import { Role } from './roles';

export const UserInput = z.strictObject({
  email: Email,
  displayName: text(200),
  role: Role,
  organisationId: Id,
  branchId: Id.optional(),
  language: LanguageTag.default('en'),
});
export type UserInput = z.input<typeof UserInput>;

export const UserUpdate = z.strictObject({
  displayName: text(200).optional(),
  role: Role.optional(),
  branchId: Id.nullable().optional(),
  language: LanguageTag.optional(),
  disabled: z.boolean().optional(),
});
export type UserUpdate = z.infer<typeof UserUpdate>;

export const TwoFactorState = z.enum(['not_enrolled', 'pending', 'enabled']);
export type TwoFactorState = z.infer<typeof TwoFactorState>;

/** A user as shown by the API: never carries password hashes or TOTP secrets. */
export const User = z.strictObject({
  id: Id,
  email: Email,
  displayName: z.string(),
  role: Role,
  organisationId: Id,
  branchId: Id.nullable(),
  language: LanguageTag,
  twoFactor: TwoFactorState,
  disabled: z.boolean(),
  lockedUntil: Timestamp.nullable(),
  lastLoginAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type User = z.infer<typeof User>;

/** Who is acting: what access policies need to know about the signed-in user or API token. */
export interface Actor {
  readonly userId: string;
  readonly organisationId: string;
  readonly branchId: string | null;
  readonly role: Role;
}
