/*
 * Sign-in state: sessions, API tokens and failed-login counters go through @kinlink/store's credential
 * repository. Reading a user's credentials (password hash, TOTP secret) and the TOTP columns are the one
 * place where the server queries a table directly (dialect-neutral Kysely): the store's user repository
 * deliberately never returns secrets and has no TOTP functions yet. Those should move to the store.
 */
import type { AccessGrant } from '@kinlink/core';
import type { ApiTokenRecord, KinlinkDb, SessionRecord } from '@kinlink/store';
import {
  accessGrantsColumn, accessGrantsFromColumn, dialectOf, precompiledQuery, createSession, deleteExpiredSessions, deleteSession, hashToken, listApiTokens, recordLoginAttempt,
  normaliseEmail, registerFailedLogin, registerSuccessfulLogin, useApiToken,
} from '@kinlink/store';

export interface CredentialUser {
  id: string;
  email: string;
  displayName: string;
  role: string;
  organisationId: string;
  branchId: string | null;
  language: string;
  passwordHash: string | null;
  totpSecret: string | null;
  totpEnabled: boolean;
  totpLastStep: number | null;
  disabled: boolean;
  failedLogins: number;
  lockedUntil: string | null;
}

/** A user as every signed-in request needs them: who they are, no credentials. */
export type SessionUser = Pick<CredentialUser, 'id' | 'email' | 'displayName' | 'role' | 'organisationId' | 'branchId' | 'language' | 'totpEnabled' | 'disabled'>;

export type { ApiTokenRecord, SessionRecord } from '@kinlink/store';

const userColumns = [
  'id', 'email', 'display_name', 'role', 'organisation_id', 'branch_id', 'language', 'password_hash',
  'totp_secret', 'totp_enabled', 'totp_last_step', 'disabled', 'failed_logins', 'locked_until',
] as const;

type UserRow = {
  id: string; email: string; display_name: string; role: string; organisation_id: string; branch_id: string | null;
  language: string; password_hash: string | null; totp_secret: string | null; totp_enabled: number;
  totp_last_step: number | null; disabled: number; failed_logins: number; locked_until: string | null;
};

function toUser(row: UserRow): CredentialUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    organisationId: row.organisation_id,
    branchId: row.branch_id,
    language: row.language,
    passwordHash: row.password_hash,
    totpSecret: row.totp_secret,
    totpEnabled: row.totp_enabled === 1,
    totpLastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
    disabled: row.disabled === 1,
    failedLogins: row.failed_logins,
    lockedUntil: row.locked_until,
  };
}

export { normaliseEmail } from '@kinlink/store';

/** The unexpired session with this token hash, its user and their organisation's access grants: run for every request. */
const sessionWithUserByToken = precompiledQuery(2, (db, tokenHash: string, now: string) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as session_id', 'sessions.second_factor_done', 'sessions.created_at', 'sessions.last_seen_at', 'sessions.expires_at',
      'users.id as user_id', 'users.email', 'users.display_name', 'users.role', 'users.organisation_id', 'users.branch_id', 'users.language',
      'users.totp_enabled', 'users.disabled', accessGrantsColumn(dialectOf(db), 'users.organisation_id').as('access_grants'),
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', now));

export class AuthStore {
  constructor(private readonly db: KinlinkDb) {}

  async userByEmail(email: string): Promise<CredentialUser | undefined> {
    const row = await this.db.selectFrom('users').select(userColumns).where('email', '=', normaliseEmail(email)).executeTakeFirst();
    return row ? toUser(row) : undefined;
  }

  async userById(id: string): Promise<CredentialUser | undefined> {
    const row = await this.db.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();
    return row ? toUser(row) : undefined;
  }

  recordAttempt(email: string, ip: string | null, success: boolean, now: string): Promise<void> {
    return recordLoginAttempt(this.db, { email, ip, success }, { now });
  }

  /** Counts a failure; locks the account until `lockUntil` when it reaches `maxFailures`. */
  async recordFailure(userId: string, maxFailures: number, lockUntil: string, now: string): Promise<void> {
    await registerFailedLogin(this.db, userId, { maxFailures, lockUntil }, { now });
  }

  recordSuccess(userId: string, now: string): Promise<void> {
    return registerSuccessfulLogin(this.db, userId, { now });
  }

  /** Removes the second factor (lost phone): the user enrols again at the next sign-in if their role requires it. */
  async resetTotp(userId: string, now: string): Promise<void> {
    await this.db.updateTable('users').set({ totp_secret: null, totp_enabled: 0, totp_last_step: null, updated_at: now }).where('id', '=', userId).execute();
  }

  async setTotpSecret(userId: string, secret: string, now: string): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ totp_secret: secret, totp_enabled: 0, totp_last_step: null, updated_at: now })
      .where('id', '=', userId)
      .execute();
  }

  /**
   * Records the time step of an accepted code (and enables TOTP) unless that step or a later one was
   * already used: returns false for a replayed code. The conditional update is atomic on both dialects.
   */
  async acceptTotpStep(userId: string, step: number, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('users')
      .set({ totp_enabled: 1, totp_last_step: step, updated_at: now })
      .where('id', '=', userId)
      .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  createSession(input: {
    userId: string; token: string; secondFactorDone: boolean; ip: string | null; userAgent: string | null; now: string; expiresAt: string;
  }): Promise<SessionRecord> {
    const { now, ...rest } = input;
    return createSession(this.db, rest, { now });
  }

  /**
   * The unexpired session holding this token and its user, in one query (run for every signed-in
   * request). The user carries no secrets: no password hash, no TOTP secret.
   */
  async sessionWithUser(token: string, now: string): Promise<{ session: SessionRecord; user: SessionUser; accessGrants: AccessGrant[] } | undefined> {
    const [row] = await sessionWithUserByToken(this.db, hashToken(token), now);
    if (!row) return undefined;
    return {
      session: {
        id: row.session_id, userId: row.user_id, secondFactorDone: row.second_factor_done === 1, createdAt: row.created_at,
        lastSeenAt: row.last_seen_at, expiresAt: row.expires_at,
      },
      user: {
        id: row.user_id, email: row.email, displayName: row.display_name, role: row.role, organisationId: row.organisation_id,
        branchId: row.branch_id, language: row.language, totpEnabled: row.totp_enabled === 1, disabled: row.disabled === 1,
      },
      accessGrants: accessGrantsFromColumn(row.access_grants),
    };
  }

  async touchSession(id: string, now: string, expiresAt: string): Promise<void> {
    await this.db.updateTable('sessions').set({ last_seen_at: now, expires_at: expiresAt }).where('id', '=', id).execute();
  }

  /** Marks the second factor done and gives the session its full lifetime. */
  async completeSecondFactor(sessionId: string, expiresAt: string): Promise<void> {
    await this.db.updateTable('sessions').set({ second_factor_done: 1, expires_at: expiresAt }).where('id', '=', sessionId).execute();
  }

  deleteExpiredSessions(now: string): Promise<number> {
    return deleteExpiredSessions(this.db, now);
  }

  deleteSession(id: string): Promise<void> {
    return deleteSession(this.db, id);
  }


  /** The live token with this secret (marked as used), if any. */
  useApiToken(token: string, now: string): Promise<ApiTokenRecord | undefined> {
    return useApiToken(this.db, token, now);
  }

  apiTokensOf(userId: string): Promise<ApiTokenRecord[]> {
    return listApiTokens(this.db, userId);
  }

  async apiTokenOf(userId: string, id: string): Promise<ApiTokenRecord | undefined> {
    return (await listApiTokens(this.db, userId)).find((t) => t.id === id);
  }

}
