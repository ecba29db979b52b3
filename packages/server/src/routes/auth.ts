import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CredentialUser } from '../auth/auth-store';
import type { Principal } from '../auth/principal';
import { SESSION_COOKIE } from '../auth/principal';
import { newTotpEnrolment } from '../auth/totp';
import type { ServerContext } from '../context';
import { HttpError, unauthorized } from '../http/errors';
import { auditAlone, withAudit } from '../http/unit-of-work';
import { requirePrincipal } from '../plugins/auth';
import { Role, permissionsFor } from '@kinlink/core';
import { deleteSession, deleteUserSessions, setPasswordHash, updateUser } from '@kinlink/store';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { CurrentUser, LoginBody, LoginResult, PasswordChangeBody, ProfileUpdateBody, TotpBody, TotpEnrolment } from './auth.schemas';

const tags = ['auth'];

function currentUser(user: CredentialUser | Principal, via: 'session' | 'token'): z.infer<typeof CurrentUser> {
  const id = 'userId' in user ? user.userId : user.id;
  return {
    id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    organisationId: user.organisationId,
    branchId: user.branchId,
    language: user.language,
    via,
    permissions: roleOf(user.role) ? [...permissionsFor(roleOf(user.role) as Role)].sort() : [],
  };
}

const roleOf = (role: string): Role | undefined => {
  const parsed = Role.safeParse(role);
  return parsed.success ? parsed.data : undefined;
};

/** Sign-in, sign-out, the second factor and "who am I". */
export const authRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  const setSessionCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.config.secureCookies,
      path: '/',
      // A browser-session cookie: the server ends idle sessions itself (sliding expiry).
    });

  app.post(
    '/auth/login',
    {
      schema: {
        tags,
        summary: 'Sign in with e-mail and password',
        description:
          'Sets an HttpOnly session cookie. When the account has (or its role requires) a TOTP second factor, ' +
          'the session stays pending until `POST /auth/totp`.',
        security: [],
        body: LoginBody,
        response: { 200: LoginResult },
      },
    },
    async (request, reply) => {
      const outcome = await ctx.signIn.withPassword(request, request.body.email, request.body.password);
      setSessionCookie(reply, outcome.sessionToken);
      if (outcome.status === 'signed-in') return { status: 'signed-in' as const, user: currentUser(outcome.user, 'session') };
      return { status: outcome.status };
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags, summary: 'Sign out (ends the session)', response: { 204: z.null() } } },
    async (request, reply) => {
      const sessionId = request.principal?.via === 'session' ? request.principal.credentialId : request.pendingSignIn?.sessionId;
      if (sessionId) {
        await withAudit(ctx.db, request, async (trx, audit) => {
          await deleteSession(trx, sessionId);
          await audit({ action: 'auth.logout', recordType: 'user', recordId: request.principal?.userId ?? request.pendingSignIn?.userId ?? null });
        });
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags, summary: 'The signed-in user', response: { 200: CurrentUser } } },
    async (request) => {
      const principal = requirePrincipal(request);
      return currentUser(principal, principal.via);
    },
  );

  app.patch(
    '/auth/me',
    { schema: { tags, summary: 'Change your display name or interface language', body: ProfileUpdateBody, response: { 200: CurrentUser } } },
    async (request) => {
      const principal = requirePrincipal(request);
      const changes = request.body;
      await withAudit(ctx.db, request, async (trx, audit) => {
        await updateUser(trx, principal.userId, changes, { actorUserId: principal.userId });
        await audit({ action: 'user.profile_update', recordType: 'user', recordId: principal.userId, details: { fields: Object.keys(changes).sort() } });
      });
      return currentUser({ ...principal, ...changes }, principal.via);
    },
  );

  app.post(
    '/auth/totp/enrol',
    {
      schema: {
        tags,
        summary: 'Start TOTP enrolment: a new secret and otpauth:// URI',
        description: 'Allowed while signed in, or during a sign-in whose role requires a second factor. Confirm with `POST /auth/totp`.',
        response: { 200: TotpEnrolment },
      },
    },
    async (request) => {
      const userId = request.principal?.userId ?? request.pendingSignIn?.userId;
      if (!userId) throw unauthorized();
      if (request.principal?.via === 'token') throw new HttpError(403, 'forbidden', 'API tokens cannot enrol a second factor.');
      const user = await ctx.auth.userById(userId);
      if (!user) throw unauthorized();
      if (user.totpEnabled) throw new HttpError(409, 'totp-already-enrolled', 'A second factor is already enrolled.');
      const enrolment = newTotpEnrolment(user.email);
      await ctx.auth.setTotpSecret(user.id, ctx.cipher.encrypt(enrolment.secret), ctx.now().toISOString());
      await auditAlone(ctx.db, request, {
        action: 'auth.totp_enrolment_started', recordType: 'user', recordId: user.id, actor: { userId: user.id, organisationId: user.organisationId },
      });
      return enrolment;
    },
  );

  app.post(
    '/auth/totp',
    {
      schema: {
        tags,
        summary: 'Enter a TOTP code: completes a pending sign-in, or confirms an enrolment',
        body: TotpBody,
        response: { 200: LoginResult },
      },
    },
    async (request) => {
      const pending = request.pendingSignIn;
      const userId = pending?.userId ?? (request.principal?.via === 'session' ? request.principal.userId : undefined);
      if (!userId) throw unauthorized();
      const user = await ctx.signIn.withTotp(request, userId, request.body.code);
      if (pending) await ctx.auth.completeSecondFactor(pending.sessionId, ctx.signIn.sessionExpiry());
      return { status: 'signed-in' as const, user: currentUser(user, 'session') };
    },
  );
  app.post(
    '/auth/password',
    {
      schema: {
        tags,
        summary: 'Change your password (ends your other sessions)',
        body: PasswordChangeBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      if (principal.via !== 'session') throw new HttpError(403, 'forbidden', 'Change your password from a signed-in session.');
      const user = await ctx.auth.userById(principal.userId);
      if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, request.body.currentPassword))) {
        throw new HttpError(400, 'validation', 'The request is not valid.', { issues: [{ path: 'currentPassword', message: 'This is not your current password.' }] });
      }
      const hash = await hashPassword(request.body.newPassword);
      await withAudit(ctx.db, request, async (trx, audit) => {
        await setPasswordHash(trx, user.id, hash);
        await deleteUserSessions(trx, user.id);
        await audit({ action: 'auth.password_changed', recordType: 'user', recordId: user.id });
      });
      // The current session ended with the others: sign in again with the new password.
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );
};
