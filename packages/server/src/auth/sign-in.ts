import type { FieldCipher } from '@kinlink/store';
import type { FastifyRequest } from 'fastify';
import type { AuthStore, CredentialUser } from './auth-store';
import { normaliseEmail } from './auth-store';
import { burnPasswordCheck, verifyPassword } from './passwords';
import { newSecret, SESSION_PREFIX } from './secrets';
import type { LoginThrottle } from './throttle';
import { checkTotp } from './totp';
import { HttpError, tooManyRequests } from '../http/errors';
import type { AuditFact } from '../http/unit-of-work';

/** Records a security event in the audit log (sign-ins, failures, second-factor checks). */
export type AuditEvent = (request: FastifyRequest, fact: AuditFact) => Promise<void>;

export interface SignInPolicy {
  maxFailures: number;
  lockoutMs: number;
  sessionTtlMs: number;
  totpRequiredRoles: readonly string[];
}

export type SignInOutcome =
  | { status: 'signed-in' | 'totp-required' | 'totp-enrolment-required'; user: CredentialUser; sessionToken: string; sessionId: string };

/** How long a password sign-in may wait for its TOTP code. */
export const PENDING_SIGN_IN_MS = 10 * 60_000;

const invalidCredentials = () => new HttpError(401, 'invalid-credentials', 'E-mail address or password is wrong.');

/**
 * Password sign-in with throttling: per IP address (in memory, a few times the per-account limit),
 * per account (persisted lockout), and per unknown e-mail address (in memory) so that lockout
 * does not reveal which addresses have accounts.
 */
export class SignIn {
  /** When a session signed in now should expire. */
  sessionExpiry(): string {
    return new Date(this.now().getTime() + this.policy.sessionTtlMs).toISOString();
  }

  constructor(
    private readonly store: AuthStore,
    private readonly ipThrottle: LoginThrottle,
    private readonly unknownAccountThrottle: LoginThrottle,
    private readonly policy: SignInPolicy,
    private readonly now: () => Date,
    private readonly audit: AuditEvent,
    /** TOTP secrets are stored encrypted when an encryption key is configured. */
    private readonly cipher: FieldCipher,
  ) {}

  async withPassword(request: FastifyRequest, email: string, password: string): Promise<SignInOutcome> {
    const ip = request.ip;
    const now = this.now();
    const iso = now.toISOString();
    const ipWait = this.ipThrottle.retryAfterSeconds(ip);
    if (ipWait > 0) throw tooManyRequests(ipWait);

    const user = await this.store.userByEmail(email);
    if (!user) {
      const wait = this.unknownAccountThrottle.retryAfterSeconds(normaliseEmail(email));
      if (wait > 0) throw tooManyRequests(wait);
      await burnPasswordCheck(password);
      this.unknownAccountThrottle.recordFailure(normaliseEmail(email));
      this.ipThrottle.recordFailure(ip);
      await this.store.recordAttempt(email, ip, false, iso);
      await this.audit(request, { action: 'auth.login_failed', recordType: 'user', recordId: null, details: { reason: 'unknown_account' } });
      throw invalidCredentials();
    }
    const lockedFor = user.lockedUntil ? Date.parse(user.lockedUntil) - now.getTime() : 0;
    if (lockedFor > 0) {
      await this.audit(request, { action: 'auth.login_failed', recordType: 'user', recordId: user.id, details: { reason: 'locked' } });
      throw tooManyRequests(Math.ceil(lockedFor / 1000));
    }

    const ok = user.passwordHash !== null && (await verifyPassword(user.passwordHash, password));
    if (!ok || user.disabled) {
      await this.failure(user, ip, iso, now);
      await this.audit(request, {
        action: 'auth.login_failed', recordType: 'user', recordId: user.id, details: { reason: user.disabled ? 'disabled' : 'wrong_password' },
      });
      throw invalidCredentials();
    }
    this.ipThrottle.recordSuccess(ip);
    await this.store.recordSuccess(user.id, iso);
    await this.store.recordAttempt(email, ip, true, iso);

    const status = user.totpEnabled
      ? 'totp-required'
      : this.policy.totpRequiredRoles.includes(user.role)
        ? 'totp-enrolment-required'
        : 'signed-in';
    const sessionToken = newSecret(SESSION_PREFIX);
    const session = await this.store.createSession({
      userId: user.id,
      token: sessionToken,
      secondFactorDone: status === 'signed-in',
      ip,
      userAgent: request.headers['user-agent'] ?? null,
      now: iso,
      // A sign-in waiting for its second factor must complete within minutes.
      expiresAt: new Date(now.getTime() + (status === 'signed-in' ? this.policy.sessionTtlMs : PENDING_SIGN_IN_MS)).toISOString(),
    });
    await this.store.deleteExpiredSessions(iso);
    await this.audit(request, {
      action: 'auth.login', recordType: 'user', recordId: user.id, details: { status, sessionId: session.id },
      actor: { userId: user.id, organisationId: user.organisationId },
    });
    return { status, user, sessionToken, sessionId: session.id };
  }

  /** Checks a TOTP code for a pending sign-in (or a signed-in user confirming enrolment). */
  async withTotp(request: FastifyRequest, userId: string, code: string): Promise<CredentialUser> {
    const now = this.now();
    const iso = now.toISOString();
    const user = await this.store.userById(userId);
    if (!user || user.disabled) throw invalidCredentials();
    const lockedFor = user.lockedUntil ? Date.parse(user.lockedUntil) - now.getTime() : 0;
    if (lockedFor > 0) throw tooManyRequests(Math.ceil(lockedFor / 1000));
    if (!user.totpSecret) {
      throw new HttpError(409, 'totp-not-enrolled', 'Enrol an authenticator first (POST /api/v1/auth/totp/enrol).');
    }
    const step = checkTotp(this.cipher.decrypt(user.totpSecret), code, now.getTime());
    const actor = { userId: user.id, organisationId: user.organisationId };
    if (step === null || !(await this.store.acceptTotpStep(user.id, step, iso))) {
      await this.failure(user, request.ip, iso, now);
      await this.audit(request, { action: 'auth.totp_failed', recordType: 'user', recordId: user.id, actor });
      throw new HttpError(401, 'invalid-code', 'The code is wrong or was already used.');
    }
    await this.audit(request, {
      action: user.totpEnabled ? 'auth.totp_verified' : 'auth.totp_enrolled', recordType: 'user', recordId: user.id, actor,
    });
    return { ...user, totpEnabled: true, totpLastStep: step };
  }

  private async failure(user: CredentialUser, ip: string, iso: string, now: Date): Promise<void> {
    this.ipThrottle.recordFailure(ip);
    await this.store.recordFailure(user.id, this.policy.maxFailures, new Date(now.getTime() + this.policy.lockoutMs).toISOString(), iso);
    await this.store.recordAttempt(user.email, ip, false, iso);
  }
}
