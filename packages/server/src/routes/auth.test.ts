import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { forEachDialect } from '@kinlink/store/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../auth/totp';
import { makeOrganisation, makeUser, TEST_PASSWORD } from '../testing/factories';
import { sessionCookie, signIn, testClock, testServer, type TestClock } from '../testing/harness';

const login = (app: FastifyInstance, email: string, password: string, ip = '10.0.0.1') =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip });

forEachDialect((ctx) => {
  let app: FastifyInstance;
  let clock: TestClock;
  let orgId: string;

  beforeAll(async () => {
    clock = testClock();
    app = await testServer(ctx.db, { clock, env: { KINLINK_LOGIN_MAX_FAILURES: '3', KINLINK_TOTP_REQUIRED_ROLES: 'administrator' } });
    orgId = (await makeOrganisation(ctx.db)).id;
    return () => app.close();
  });

  describe('password sign-in', () => {
    it('sets an HttpOnly, SameSite=Strict session cookie and stores only its hash', async () => {
      const user = await makeUser(ctx.db, orgId);
      const res = await login(app, user.email.toUpperCase(), TEST_PASSWORD);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'signed-in', user: { id: user.id, email: user.email, role: 'tracing_officer' } });
      const cookie = res.cookies.find((c) => c.name === 'kinlink_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
      expect(cookie?.secure).toBeFalsy();
      const rows = await ctx.db.selectFrom('sessions').select(['token_hash']).where('user_id', '=', user.id).execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]?.token_hash).toBe(createHash('sha256').update(cookie?.value ?? '').digest('hex'));
      expect(JSON.stringify(rows)).not.toContain(cookie?.value);
    });

    it('knows the user on later requests, and not after logout', async () => {
      const user = await makeUser(ctx.db, orgId);
      const cookie = await signIn(app, user.email, TEST_PASSWORD);
      const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ id: user.id, organisationId: orgId, via: 'session' });
      const out = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
      expect(out.statusCode).toBe(204);
      const after = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
      expect(after.statusCode).toBe(401);
      expect(after.json()).toMatchObject({ error: 'unauthorized' });
    });

    it('answers a wrong password and an unknown address the same way', async () => {
      const user = await makeUser(ctx.db, orgId);
      const wrong = await login(app, user.email, 'not the password', '10.1.0.1');
      const unknown = await login(app, 'nobody@test.kinlink', 'whatever', '10.1.0.2');
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.json()).toEqual(unknown.json());
    });

    it('refuses disabled accounts even with the right password', async () => {
      const user = await makeUser(ctx.db, orgId, { disabled: true });
      expect((await login(app, user.email, TEST_PASSWORD, '10.2.0.1')).statusCode).toBe(401);
    });

    it('rejects malformed bodies with field errors', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'not-an-email', remember: true } });
      expect(res.statusCode).toBe(400);
      const body = res.json();
      expect(body.error).toBe('validation');
      const paths = body.issues.map((i: { path: string }) => i.path).sort();
      expect(paths).toEqual(['email', 'password', 'remember']);
      expect(body.issues.find((i: { path: string }) => i.path === 'remember').message).toBe('Unknown field.');
    });

    it('rejects bodies over the size limit and bodies that are not JSON', async () => {
      const big = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ email: 'a@b.org', password: 'x'.repeat(300_000) }),
      });
      expect(big.statusCode).toBe(413);
      const broken = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: '{"email": ',
      });
      expect(broken.statusCode).toBe(400);
      expect(broken.json().error).toBe('validation');
    });
  });

  describe('throttling and lockout', () => {
    it('locks an account after repeated failures, even for the right password, until the lockout ends', async () => {
      const user = await makeUser(ctx.db, orgId);
      for (let i = 0; i < 3; i++) expect((await login(app, user.email, 'wrong', `10.3.0.${i}`)).statusCode).toBe(401);
      const locked = await login(app, user.email, TEST_PASSWORD, '10.3.1.1');
      expect(locked.statusCode).toBe(429);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      clock.advance(16 * 60_000);
      expect((await login(app, user.email, TEST_PASSWORD, '10.3.1.1')).statusCode).toBe(200);
    });

    it('locks an unknown address the same way, so lockout does not reveal accounts', async () => {
      for (let i = 0; i < 3; i++) expect((await login(app, 'ghost@test.kinlink', 'wrong', `10.4.0.${i}`)).statusCode).toBe(401);
      expect((await login(app, 'ghost@test.kinlink', 'wrong', '10.4.1.1')).statusCode).toBe(429);
      clock.advance(16 * 60_000);
    });

    it('throttles one IP address that tries many accounts', async () => {
      const ip = '10.5.0.1';
      let last = 0;
      for (let i = 0; i < 12; i++) last = (await login(app, `spray-${i}@test.kinlink`, 'wrong', ip)).statusCode;
      expect(last).toBe(401);
      const user = await makeUser(ctx.db, orgId);
      expect((await login(app, user.email, TEST_PASSWORD, ip)).statusCode).toBe(429);
      expect((await login(app, user.email, TEST_PASSWORD, '10.5.0.2')).statusCode).toBe(200);
      clock.advance(16 * 60_000);
    });

    it('records every attempt', async () => {
      const user = await makeUser(ctx.db, orgId);
      await login(app, user.email, 'wrong', '10.6.0.1');
      await login(app, user.email, TEST_PASSWORD, '10.6.0.1');
      const attempts = await ctx.db.selectFrom('login_attempts').select(['success', 'ip']).where('email', '=', user.email).orderBy('at').execute();
      expect(attempts.map((a) => a.success)).toEqual([0, 1]);
      const audit = await ctx.db.selectFrom('audit_log').select(['action', 'actor_user_id', 'ip', 'details']).where('record_id', '=', user.id).orderBy('seq').execute();
      expect(audit.map((a) => a.action)).toEqual(['auth.login_failed', 'auth.login']);
      expect(audit[1]).toMatchObject({ actor_user_id: user.id, ip: '10.6.0.1' });
      expect(audit[0]?.details).toContain('wrong_password');
    });
  });

  describe('TOTP second factor', () => {
    it('enrols, then requires the code at every sign-in and refuses a replayed code', async () => {
      const user = await makeUser(ctx.db, orgId);
      const cookie = await signIn(app, user.email, TEST_PASSWORD);
      const enrol = await app.inject({ method: 'POST', url: '/api/v1/auth/totp/enrol', headers: { cookie } });
      expect(enrol.statusCode).toBe(200);
      const { secret, uri } = enrol.json();
      expect(uri).toContain('otpauth://totp/');
      const confirm = await app.inject({
        method: 'POST', url: '/api/v1/auth/totp', headers: { cookie }, payload: { code: currentTotp(secret, clock.now().getTime()) },
      });
      expect(confirm.statusCode).toBe(200);

      clock.advance(60_000);
      const first = await login(app, user.email, TEST_PASSWORD, '10.7.0.1');
      expect(first.json()).toEqual({ status: 'totp-required' });
      const pending = sessionCookie(first);
      expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: pending } })).json().error).toBe('second-factor-required');
      const wrong = await app.inject({ method: 'POST', url: '/api/v1/auth/totp', headers: { cookie: pending }, payload: { code: '000000' } });
      expect(wrong.statusCode).toBe(401);
      const code = currentTotp(secret, clock.now().getTime());
      const ok = await app.inject({ method: 'POST', url: '/api/v1/auth/totp', headers: { cookie: pending }, payload: { code } });
      expect(ok.json()).toMatchObject({ status: 'signed-in', user: { id: user.id } });
      expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: pending } })).statusCode).toBe(200);

      const again = sessionCookie(await login(app, user.email, TEST_PASSWORD, '10.7.0.1'));
      const replay = await app.inject({ method: 'POST', url: '/api/v1/auth/totp', headers: { cookie: again }, payload: { code } });
      expect(replay.statusCode).toBe(401);
    });

    it('lets a pending sign-in wait only minutes for its code, and ends idle sessions', async () => {
      const user = await makeUser(ctx.db, orgId, { totpSecret: 'JBSWY3DPEHPK3PXP' });
      const pending = sessionCookie(await login(app, user.email, TEST_PASSWORD, '10.7.1.1'));
      clock.advance(11 * 60_000);
      const late = await app.inject({ method: 'POST', url: '/api/v1/auth/totp', headers: { cookie: pending }, payload: { code: currentTotp('JBSWY3DPEHPK3PXP', clock.now().getTime()) } });
      expect(late.statusCode).toBe(401);
      expect(late.json().error).toBe('unauthorized');

      const other = await makeUser(ctx.db, orgId);
      const cookie = await signIn(app, other.email, TEST_PASSWORD);
      clock.advance(7 * 60 * 60_000);
      expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(200); // renews
      clock.advance(7 * 60 * 60_000);
      expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(200);
      clock.advance(9 * 60 * 60_000);
      expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
    });

    it('makes a role that requires it enrol before signing in', async () => {
      const admin = await makeUser(ctx.db, orgId, { role: 'administrator' });
      const res = await login(app, admin.email, TEST_PASSWORD, '10.8.0.1');
      expect(res.json()).toEqual({ status: 'totp-enrolment-required' });
      const pending = sessionCookie(res);
      expect((await app.inject({ method: 'GET', url: '/api/v1/auth/tokens', headers: { cookie: pending } })).statusCode).toBe(401);
      const { secret } = (await app.inject({ method: 'POST', url: '/api/v1/auth/totp/enrol', headers: { cookie: pending } })).json();
      const done = await app.inject({
        method: 'POST', url: '/api/v1/auth/totp', headers: { cookie: pending }, payload: { code: currentTotp(secret, clock.now().getTime()) },
      });
      expect(done.json().status).toBe('signed-in');
      expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: pending } })).json().role).toBe('administrator');
    });
  });

  describe('account', () => {
    it("tells the signed-in user their role's permissions", async () => {
      const auditor = await makeUser(ctx.db, orgId, { role: 'auditor' });
      const me = (await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: await signIn(app, auditor.email, TEST_PASSWORD) } })).json();
      expect(me.permissions).toContain('audit.read');
      expect(me.permissions).not.toContain('case.update');
    });

    it('lets users choose their interface language, and nothing else about their account', async () => {
      const user = await makeUser(ctx.db, orgId);
      const cookie = await signIn(app, user.email, TEST_PASSWORD);
      const res = await app.inject({ method: 'PATCH', url: '/api/v1/auth/me', headers: { cookie }, payload: { language: 'fa-AF' } });
      expect(res.json()).toMatchObject({ language: 'fa-AF', role: 'tracing_officer' });
      expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).json().language).toBe('fa-AF');
      const escalate = await app.inject({ method: 'PATCH', url: '/api/v1/auth/me', headers: { cookie }, payload: { role: 'administrator' } });
      expect(escalate.statusCode).toBe(400);
      expect(escalate.json().issues).toEqual([{ path: 'role', message: 'Unknown field.' }]);
    });

    it('changes the password only with the current one, and ends every session', async () => {
      const user = await makeUser(ctx.db, orgId);
      const cookie = await signIn(app, user.email, TEST_PASSWORD);
      const other = await signIn(app, user.email, TEST_PASSWORD);
      const wrong = await app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: { cookie }, payload: { currentPassword: 'nope', newPassword: 'a brand new passphrase' } });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().issues[0].path).toBe('currentPassword');
      const short = await app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: { cookie }, payload: { currentPassword: TEST_PASSWORD, newPassword: 'short' } });
      expect(short.json().issues[0].path).toBe('newPassword');
      const ok = await app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: { cookie }, payload: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' } });
      expect(ok.statusCode).toBe(204);
      expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: other } })).statusCode).toBe(401);
      expect((await login(app, user.email, TEST_PASSWORD, '10.9.0.1')).statusCode).toBe(401);
      expect((await login(app, user.email, 'a brand new passphrase', '10.9.0.1')).statusCode).toBe(200);
    });

    it('keeps TOTP secrets encrypted at rest when an encryption key is configured', async () => {
      const keyed = await testServer(ctx.db, { clock, env: { KINLINK_ENCRYPTION_KEY: 'ab'.repeat(32) } });
      try {
        const user = await makeUser(ctx.db, orgId);
        const cookie = await signIn(keyed, user.email, TEST_PASSWORD);
        const { secret } = (await keyed.inject({ method: 'POST', url: '/api/v1/auth/totp/enrol', headers: { cookie } })).json();
        const row = await ctx.db.selectFrom('users').select('totp_secret').where('id', '=', user.id).executeTakeFirstOrThrow();
        expect(row.totp_secret).toMatch(/^enc:v1:/);
        expect(row.totp_secret).not.toContain(secret);
        const confirm = await keyed.inject({ method: 'POST', url: '/api/v1/auth/totp', headers: { cookie }, payload: { code: currentTotp(secret, clock.now().getTime()) } });
        expect(confirm.statusCode).toBe(200);
      } finally {
        await keyed.close();
      }
    });
  });

  describe('API tokens', () => {
    it('creates a token shown once, which then acts as its user until revoked', async () => {
      const user = await makeUser(ctx.db, orgId);
      const cookie = await signIn(app, user.email, TEST_PASSWORD);
      const created = await app.inject({ method: 'POST', url: '/api/v1/auth/tokens', headers: { cookie }, payload: { name: 'UNHCR sync' } });
      expect(created.statusCode).toBe(201);
      const { id, token } = created.json();
      const rows = await ctx.db.selectFrom('api_tokens').selectAll().where('id', '=', id).execute();
      expect(JSON.stringify(rows)).not.toContain(token);

      const bearer = { authorization: `Bearer ${token}` };
      const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer });
      expect(me.json()).toMatchObject({ id: user.id, organisationId: orgId, via: 'token' });
      const list = await app.inject({ method: 'GET', url: '/api/v1/auth/tokens', headers: { cookie } });
      expect(list.json()).toMatchObject({ items: [{ id, name: 'UNHCR sync', revokedAt: null }], next: null });
      expect(list.body).not.toContain(token);
      // A token cannot mint more tokens.
      expect((await app.inject({ method: 'POST', url: '/api/v1/auth/tokens', headers: bearer, payload: { name: 'x' } })).statusCode).toBe(403);

      expect((await app.inject({ method: 'DELETE', url: `/api/v1/auth/tokens/${id}`, headers: { cookie } })).statusCode).toBe(204);
      expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer })).statusCode).toBe(401);
    });

    it('does not let one user revoke or see another user\'s token', async () => {
      const owner = await makeUser(ctx.db, orgId);
      const other = await makeUser(ctx.db, orgId);
      const ownerCookie = await signIn(app, owner.email, TEST_PASSWORD);
      const { id } = (await app.inject({ method: 'POST', url: '/api/v1/auth/tokens', headers: { cookie: ownerCookie }, payload: { name: 'mine' } })).json();
      const otherCookie = await signIn(app, other.email, TEST_PASSWORD);
      expect((await app.inject({ method: 'DELETE', url: `/api/v1/auth/tokens/${id}`, headers: { cookie: otherCookie } })).statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url: '/api/v1/auth/tokens', headers: { cookie: otherCookie } })).json().items).toEqual([]);
    });

    it('ignores unknown and expired tokens', async () => {
      const user = await makeUser(ctx.db, orgId);
      const cookie = await signIn(app, user.email, TEST_PASSWORD);
      const { token } = (await app.inject({ method: 'POST', url: '/api/v1/auth/tokens', headers: { cookie }, payload: { name: 'short', expiresInDays: 1 } })).json();
      expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(200);
      clock.advance(25 * 60 * 60_000);
      expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: 'Bearer klt_made-up' } })).statusCode).toBe(401);
    });
  });
});
