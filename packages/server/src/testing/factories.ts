/*
 * Small factories for API tests: each makes one valid record with unique values and returns it.
 * Organisations and users are inserted directly until @kinlink/store offers repositories for them.
 */
import { randomUUID } from 'node:crypto';
import type { KinlinkDb } from '@kinlink/store';
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

export async function makeOrganisation(db: KinlinkDb, fields: Partial<{ name: string; kind: string; country: string }> = {}): Promise<TestOrganisation> {
  const id = randomUUID();
  const suffix = unique();
  const now = new Date().toISOString();
  const org = { id, name: fields.name ?? `Red Cross ${suffix}`, idDomain: `test-${suffix}.kinlink` };
  await db
    .insertInto('organisations')
    .values({
      id,
      kind: fields.kind ?? 'national_society',
      name: org.name,
      short_name: null,
      country: fields.country ?? 'MKD',
      id_domain: org.idDomain,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return org;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: string;
  organisationId: string;
}

export async function makeUser(
  db: KinlinkDb,
  organisationId: string,
  fields: Partial<{ role: string; email: string; disabled: boolean; totpSecret: string }> = {},
): Promise<TestUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const id = randomUUID();
  const now = new Date().toISOString();
  const user = {
    id,
    email: fields.email ?? `user-${unique()}@test.kinlink`,
    password: TEST_PASSWORD,
    role: fields.role ?? 'tracing_officer',
    organisationId,
  };
  await db
    .insertInto('users')
    .values({
      id,
      email: user.email,
      display_name: `Test ${user.role}`,
      role: user.role,
      organisation_id: organisationId,
      branch_id: null,
      language: 'en',
      password_hash: await passwordHash,
      totp_secret: fields.totpSecret ?? null,
      totp_enabled: fields.totpSecret ? 1 : 0,
      disabled: fields.disabled ? 1 : 0,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return user;
}
