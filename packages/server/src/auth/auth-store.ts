/*
 * Persistence of sign-in state: users' credentials, sessions, API tokens, failed-login counters.
 * This is the one place where the server queries tables directly (through Kysely's dialect-neutral
 * builder) because @kinlink/store has no repository for them yet; it should move there.
 */
import { randomUUID } from 'node:crypto';
import type { KinlinkDb } from '@kinlink/store';

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

export interface SessionRecord {
  id: string;
  userId: string;
  secondFactorDone: boolean;
  expiresAt: string;
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

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

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

  async recordAttempt(email: string, ip: string | null, success: boolean, at: string): Promise<void> {
    await this.db
      .insertInto('login_attempts')
      .values({ id: randomUUID(), email: normaliseEmail(email).slice(0, 320), ip, success: success ? 1 : 0, at })
      .execute();
  }

  /** Counts a failure; locks the account until `lockUntil` when it reaches `maxFailures`. */
  async recordFailure(userId: string, maxFailures: number, lockUntil: string, now: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('users').select(['failed_logins']).where('id', '=', userId).executeTakeFirst();
      const failures = (row?.failed_logins ?? 0) + 1;
      const locked = failures >= maxFailures;
      await trx
        .updateTable('users')
        .set({ failed_logins: locked ? 0 : failures, ...(locked ? { locked_until: lockUntil } : {}), updated_at: now })
        .where('id', '=', userId)
        .execute();
    });
  }

  async recordSuccess(userId: string, now: string): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ failed_logins: 0, locked_until: null, last_login_at: now })
      .where('id', '=', userId)
      .execute();
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
   * already used: returns false for a replayed code.
   */
  async acceptTotpStep(userId: string, step: number, now: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('users').select(['totp_last_step']).where('id', '=', userId).executeTakeFirst();
      if (row?.totp_last_step !== null && row?.totp_last_step !== undefined && Number(row.totp_last_step) >= step) return false;
      await trx
        .updateTable('users')
        .set({ totp_enabled: 1, totp_last_step: step, updated_at: now })
        .where('id', '=', userId)
        .execute();
      return true;
    });
  }

  async createSession(input: {
    userId: string; tokenHash: string; secondFactorDone: boolean; ip: string | null; userAgent: string | null; now: string; expiresAt: string;
  }): Promise<string> {
    const id = randomUUID();
    await this.db
      .insertInto('sessions')
      .values({
        id,
        token_hash: input.tokenHash,
        user_id: input.userId,
        second_factor_done: input.secondFactorDone ? 1 : 0,
        ip: input.ip,
        user_agent: input.userAgent?.slice(0, 500) ?? null,
        created_at: input.now,
        last_seen_at: input.now,
        expires_at: input.expiresAt,
      })
      .execute();
    return id;
  }

  async sessionByHash(tokenHash: string, now: string): Promise<SessionRecord | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .select(['id', 'user_id', 'second_factor_done', 'expires_at'])
      .where('token_hash', '=', tokenHash)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return row ? { id: row.id, userId: row.user_id, secondFactorDone: row.second_factor_done === 1, expiresAt: row.expires_at } : undefined;
  }

  async touchSession(id: string, now: string, expiresAt: string): Promise<void> {
    await this.db.updateTable('sessions').set({ last_seen_at: now, expires_at: expiresAt }).where('id', '=', id).execute();
  }

  async completeSecondFactor(sessionId: string): Promise<void> {
    await this.db.updateTable('sessions').set({ second_factor_done: 1 }).where('id', '=', sessionId).execute();
  }

  async deleteSession(id: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', id).execute();
  }

  async deleteExpiredSessions(now: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  }

  async createApiToken(input: { userId: string; name: string; tokenHash: string; now: string; expiresAt: string | null }): Promise<ApiTokenRecord> {
    const record: ApiTokenRecord = {
      id: randomUUID(),
      name: input.name,
      userId: input.userId,
      createdAt: input.now,
      expiresAt: input.expiresAt,
      lastUsedAt: null,
      revokedAt: null,
    };
    await this.db
      .insertInto('api_tokens')
      .values({
        id: record.id,
        token_hash: input.tokenHash,
        name: record.name,
        user_id: record.userId,
        created_at: record.createdAt,
        expires_at: record.expiresAt,
        last_used_at: null,
        revoked_at: null,
      })
      .execute();
    return record;
  }

  async apiTokenByHash(tokenHash: string, now: string): Promise<ApiTokenRecord | undefined> {
    const row = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
      .executeTakeFirst();
    return row ? tokenRecord(row) : undefined;
  }

  async apiTokensOf(userId: string): Promise<ApiTokenRecord[]> {
    const rows = await this.db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').execute();
    return rows.map(tokenRecord);
  }

  async apiTokenById(id: string): Promise<ApiTokenRecord | undefined> {
    const row = await this.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? tokenRecord(row) : undefined;
  }

  async markApiTokenUsed(id: string, now: string): Promise<void> {
    await this.db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
  }

  async revokeApiToken(id: string, now: string): Promise<void> {
    await this.db.updateTable('api_tokens').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  }
}

function tokenRecord(row: {
  id: string; name: string; user_id: string; created_at: string; expires_at: string | null; last_used_at: string | null; revoked_at: string | null;
}): ApiTokenRecord {
  return {
    id: row.id,
    name: row.name,
    userId: row.user_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}
