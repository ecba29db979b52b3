import { LanguageTag, Permission } from '@kinlink/core';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../auth/passwords';

export const LoginBody = z.strictObject({
  email: z.string().trim().min(3).max(320).email(),
  password: z.string().min(1).max(1024),
});

export const TotpBody = z.strictObject({
  code: z.string().trim().regex(/^\d{6}$/, 'Enter the 6-digit code.'),
});

export const CurrentUser = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.string(),
  organisationId: z.string(),
  branchId: z.string().nullable(),
  language: z.string(),
  via: z.enum(['session', 'token']),
  /** What the role may do (for showing only the actions that will be allowed). */
  permissions: z.array(Permission),
});

export const ProfileUpdateBody = z.strictObject({
  displayName: z.string().trim().min(1).max(200).optional(),
  language: LanguageTag.optional(),
});

export const PasswordChangeBody = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`).max(1024),
});

export const LoginResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('signed-in'), user: CurrentUser }),
  z.object({ status: z.literal('totp-required') }),
  z.object({ status: z.literal('totp-enrolment-required') }),
]);

export const TotpEnrolment = z.object({
  secret: z.string().describe('Base32 secret for manual entry'),
  uri: z.string().describe('otpauth:// URI to show as a QR code'),
});

export const ApiTokenCreateBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});

export const ApiToken = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const ApiTokenCreated = ApiToken.extend({
  token: z.string().describe('Shown once: send as `Authorization: Bearer <token>`'),
});

export const ApiTokenList = z.object({ items: z.array(ApiToken), next: z.string().nullable() });

export const IdParams = z.strictObject({ id: z.string().min(1).max(200) });
