import { createHash } from 'node:crypto';
import type { FieldCipher } from '../cipher';
import { plainFieldStore } from '../cipher';
import type { KinlinkDb } from '../database';
import { NotFoundError } from '../errors';
import { newId } from '../ids';
import type { WriteMeta } from '../time';
import { metaNow } from '../time';
import { normaliseEmail } from './users';

/** Session and API tokens are stored only as their SHA-256 hash (hex): a database leak does not leak tokens. */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export interface SessionRecord {
  id: string;
  userId: string;
  secondFactorDone: boolean;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export async function createSession(
  db: KinlinkDb,
  input: { token: string; userId: string; secondFactorDone: boolean; expiresAt: string; ip?: string | null; userAgent?: string | null },
  meta?: WriteMeta,
): Promise<SessionRecord> {
  const now = metaNow(meta);
  const id = newId();
  await db
    .insertInto('sessions')
    .values({
      id, token_hash: hashToken(input.token), user_id: input.userId, second_factor_done: input.secondFactorDone ? 1 : 0,
      ip: input.ip ?? null, user_agent: input.userAgent?.slice(0, 500) ?? null, created_at: now, last_seen_at: now, expires_at: input.expiresAt,
    })
    .execute();
  return { id, userId: input.userId, secondFactorDone: input.secondFactorDone, createdAt: now, lastSeenAt: now, expiresAt: input.expiresAt };
}

/** The unexpired session holding this token, if any. */
export async function findSessionByToken(db: KinlinkDb, token: string, now: string = new Date().toISOString()): Promise<SessionRecord | undefined> {
  const row = await db.selectFrom('sessions').selectAll().where('token_hash', '=', hashToken(token)).where('expires_at', '>', now).executeTakeFirst();
  return row
    ? { id: row.id, userId: row.user_id, secondFactorDone: row.second_factor_done === 1, createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at }
    : undefined;
}

export async function deleteSession(db: KinlinkDb, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteUserSessions(db: KinlinkDb, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: KinlinkDb, now: string = new Date().toISOString()): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface ApiTokenRecord {
  id: string;
  name: string;
  userId: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export async function createApiToken(
  db: KinlinkDb,
  input: { token: string; name: string; userId: string; expiresAt?: string | null },
  meta?: WriteMeta,
): Promise<ApiTokenRecord> {
  const record: ApiTokenRecord = {
    id: newId(), name: input.name, userId: input.userId, createdAt: metaNow(meta), expiresAt: input.expiresAt ?? null, lastUsedAt: null, revokedAt: null,
  };
  await db
    .insertInto('api_tokens')
    .values({
      id: record.id, token_hash: hashToken(input.token), name: record.name, user_id: record.userId, created_at: record.createdAt,
      expires_at: record.expiresAt, last_used_at: null, revoked_at: null,
    })
    .execute();
  return record;
}

/** The live (unrevoked, unexpired) token with this secret; marks it used. */
export async function useApiToken(db: KinlinkDb, token: string, now: string = new Date().toISOString()): Promise<ApiTokenRecord | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('token_hash', '=', hashToken(token))
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .executeTakeFirst();
  if (!row) return undefined;
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.id).execute();
  return { id: row.id, name: row.name, userId: row.user_id, createdAt: row.created_at, expiresAt: row.expires_at, lastUsedAt: now, revokedAt: null };
}

export async function listApiTokens(db: KinlinkDb, userId: string): Promise<ApiTokenRecord[]> {
  const rows = await db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id, name: row.name, userId: row.user_id, createdAt: row.created_at, expiresAt: row.expires_at, lastUsedAt: row.last_used_at, revokedAt: row.revoked_at,
  }));
}

export async function revokeApiToken(db: KinlinkDb, id: string, meta?: WriteMeta): Promise<boolean> {
  const result = await db.updateTable('api_tokens').set({ revoked_at: metaNow(meta) }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function recordLoginAttempt(db: KinlinkDb, input: { email: string; ip: string | null; success: boolean }, meta?: WriteMeta): Promise<void> {
  await db
    .insertInto('login_attempts')
    .values({ id: newId(), email: normaliseEmail(input.email).slice(0, 320), ip: input.ip, success: input.success ? 1 : 0, at: metaNow(meta) })
    .execute();
}

/** Failed attempts since `since`, by e-mail address or by IP — the inputs of throttling. */
export async function countFailedLogins(db: KinlinkDb, by: { email: string } | { ip: string }, since: string): Promise<number> {
  let q = db.selectFrom('login_attempts').select((eb) => eb.fn.countAll<number>().as('n')).where('success', '=', 0).where('at', '>=', since);
  q = 'email' in by ? q.where('email', '=', normaliseEmail(by.email)) : q.where('ip', '=', by.ip);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Counts a failed sign-in on the account; locks it until `lockUntil` when failures reach `maxFailures`. */
export async function registerFailedLogin(db: KinlinkDb, userId: string, options: { maxFailures: number; lockUntil: string }, meta?: WriteMeta): Promise<{ locked: boolean }> {
  const row = await db
    .updateTable('users')
    .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1), updated_at: metaNow(meta) }))
    .where('id', '=', userId)
    .returning('failed_logins')
    .executeTakeFirst();
  if (!row || row.failed_logins < options.maxFailures) return { locked: false };
  await db.updateTable('users').set({ failed_logins: 0, locked_until: options.lockUntil }).where('id', '=', userId).execute();
  return { locked: true };
}

export async function registerSuccessfulLogin(db: KinlinkDb, userId: string, meta?: WriteMeta): Promise<void> {
  await db.updateTable('users').set({ failed_logins: 0, locked_until: null, last_login_at: metaNow(meta) }).where('id', '=', userId).execute();
}

/** What sign-in needs about a user, secrets included. Never send this to a client. */
export interface UserCredentials {
  id: string;
  email: string;
  role: string;
  organisationId: string;
  branchId: string | null;
  passwordHash: string | null;
  totpSecret: string | null;
  totpEnabled: boolean;
  totpLastStep: number | null;
  disabled: boolean;
  failedLogins: number;
  lockedUntil: string | null;
}

/** A user's credentials by e-mail or id; the TOTP secret is decrypted with the cipher it was stored with. */
export async function findUserCredentials(db: KinlinkDb, by: { email: string } | { id: string }, cipher: FieldCipher = plainFieldStore): Promise<UserCredentials | undefined> {
  let q = db.selectFrom('users').selectAll();
  q = 'email' in by ? q.where('email', '=', normaliseEmail(by.email)) : q.where('id', '=', by.id);
  const row = await q.executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    organisationId: row.organisation_id,
    branchId: row.branch_id,
    passwordHash: row.password_hash,
    totpSecret: row.totp_secret === null ? null : cipher.decrypt(row.totp_secret),
    totpEnabled: row.totp_enabled === 1,
    totpLastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
    disabled: row.disabled === 1,
    failedLogins: Number(row.failed_logins),
    lockedUntil: row.locked_until,
  };
}

/** Starts TOTP enrolment: stores the secret (encrypted with the cipher), not yet enabled. */
export async function setTotpSecret(db: KinlinkDb, userId: string, secret: string, meta?: WriteMeta, cipher: FieldCipher = plainFieldStore): Promise<void> {
  const result = await db
    .updateTable('users')
    .set({ totp_secret: cipher.encrypt(secret), totp_enabled: 0, totp_last_step: null, updated_at: metaNow(meta) })
    .where('id', '=', userId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new NotFoundError('user', userId);
}

/**
 * Accepts a verified TOTP code's time step (and enables TOTP) unless that step or a later one was already
 * used: false for a replayed code. A single conditional UPDATE, so two concurrent uses cannot both pass.
 */
export async function acceptTotpStep(db: KinlinkDb, userId: string, step: number, meta?: WriteMeta): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ totp_enabled: 1, totp_last_step: step, updated_at: metaNow(meta) })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Turns TOTP off and forgets the secret (e.g. an administrator resets a lost device). */
export async function clearTotp(db: KinlinkDb, userId: string, meta?: WriteMeta): Promise<void> {
  await db.updateTable('users').set({ totp_secret: null, totp_enabled: 0, totp_last_step: null, updated_at: metaNow(meta) }).where('id', '=', userId).execute();
}
