import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthStore } from '../auth/auth-store';
import type { PendingSignIn, Principal } from '../auth/principal';
import { SESSION_COOKIE } from '../auth/principal';
import { API_TOKEN_PREFIX } from '../auth/secrets';
import { HttpError, unauthorized } from '../http/errors';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when the request carries a valid, fully signed-in session or API token. */
    principal: Principal | null;
    /** Set when the session cookie belongs to a sign-in still waiting for its second factor. */
    pendingSignIn: PendingSignIn | null;
  }
}

export interface AuthPluginOptions {
  store: AuthStore;
  sessionTtlMs: number;
  now: () => Date;
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}

/** Resolves the caller from the session cookie or the Bearer token on every request. */
export function registerAuth(app: FastifyInstance, options: AuthPluginOptions): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('pendingSignIn', null);

  app.addHook('onRequest', async (request) => {
    const now = options.now();
    const iso = now.toISOString();
    const bearer = bearerToken(request);
    if (bearer !== undefined) {
      if (!bearer.startsWith(`${API_TOKEN_PREFIX}_`)) return;
      const token = await options.store.useApiToken(bearer, iso);
      if (!token) return;
      const user = await options.store.userById(token.userId);
      if (!user || user.disabled) return;
      request.principal = { ...principalFields(user), via: 'token', credentialId: token.id };
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const found = await options.store.sessionWithUser(cookie, iso);
    if (!found || found.user.disabled) return;
    const { session, user, accessGrants } = found;
    if (!session.secondFactorDone) {
      request.pendingSignIn = { sessionId: session.id, userId: user.id, totpEnabled: user.totpEnabled };
      return;
    }
    request.principal = { ...principalFields(user), via: 'session', credentialId: session.id, accessGrants };
    // Sliding expiry, written at most once a minute per session.
    const renewed = new Date(now.getTime() + options.sessionTtlMs).toISOString();
    if (Date.parse(renewed) - Date.parse(session.expiresAt) > 60_000) {
      await options.store.touchSession(session.id, iso, renewed);
    }
  });
}

function principalFields(user: {
  id: string; email: string; displayName: string; role: string; organisationId: string; branchId: string | null; language: string;
}): Omit<Principal, 'via' | 'credentialId'> {
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    organisationId: user.organisationId,
    branchId: user.branchId,
    language: user.language,
  };
}

/** The signed-in caller, or a 401 that says whether a second factor is what is missing. */
export function requirePrincipal(request: FastifyRequest): Principal {
  if (request.principal) return request.principal;
  if (request.pendingSignIn) {
    throw new HttpError(401, 'second-factor-required', 'Enter the code from your authenticator app first.');
  }
  throw unauthorized();
}
