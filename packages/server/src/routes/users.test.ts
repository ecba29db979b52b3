import type { FastifyInstance } from 'fastify';
import { forEachDialect } from '@kinlink/store/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation, makeUser, unique } from '../testing/factories';
import { signIn, testServer } from '../testing/harness';

forEachDialect((ctx) => {
  let app: FastifyInstance;
  let orgId: string;
  let otherOrgId: string;
  let admin: string;
  let adminId: string;

  beforeAll(async () => {
    app = await testServer(ctx.db);
    orgId = (await makeOrganisation(ctx.db)).id;
    otherOrgId = (await makeOrganisation(ctx.db)).id;
    const a = await makeUser(ctx.db, orgId, { role: 'administrator' });
    adminId = a.id;
    admin = await signIn(app, a.email, a.password);
    return () => app.close();
  });

  describe('managing users', () => {
    it('adds a user who can then sign in, and never shows password hashes', async () => {
      const email = `volunteer-${unique()}@test.kinlink`;
      const res = await app.inject({
        method: 'POST', url: '/api/v1/users', headers: { cookie: admin },
        payload: { email, displayName: 'Ardit', role: 'field_volunteer', organisationId: orgId, password: 'a long volunteer password' },
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ email, role: 'field_volunteer', twoFactor: 'not_enrolled', disabled: false });
      expect(res.body).not.toContain('argon2');
      await signIn(app, email, 'a long volunteer password');
      const duplicate = await app.inject({
        method: 'POST', url: '/api/v1/users', headers: { cookie: admin },
        payload: { email, displayName: 'Again', role: 'auditor', organisationId: orgId },
      });
      expect(duplicate.statusCode).toBe(409);
    });

    it('refuses users for another organisation and hides that organisation\'s users', async () => {
      const res = await app.inject({
        method: 'POST', url: '/api/v1/users', headers: { cookie: admin },
        payload: { email: `x-${unique()}@test.kinlink`, displayName: 'X', role: 'auditor', organisationId: otherOrgId },
      });
      expect(res.statusCode).toBe(403);
      const stranger = await makeUser(ctx.db, otherOrgId);
      expect((await app.inject({ method: 'GET', url: `/api/v1/users/${stranger.id}`, headers: { cookie: admin } })).statusCode).toBe(404);
      const list = (await app.inject({ method: 'GET', url: '/api/v1/users?limit=200', headers: { cookie: admin } })).json();
      expect(list.items.every((u: { organisationId: string }) => u.organisationId === orgId)).toBe(true);
    });

    it("resets a user's second factor so they can enrol again", async () => {
      const user = await makeUser(ctx.db, orgId, { totpSecret: 'JBSWY3DPEHPK3PXP' });
      const login = async () => (await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: user.password } })).json();
      expect(await login()).toEqual({ status: 'totp-required' });
      const reset = await app.inject({ method: 'POST', url: `/api/v1/users/${user.id}/second-factor-reset`, headers: { cookie: admin } });
      expect(reset.json().twoFactor).toBe('not_enrolled');
      expect((await login()).status).toBe('signed-in');
    });

    it('ends the sessions of a disabled user, and does not let administrators disable themselves', async () => {
      const user = await makeUser(ctx.db, orgId, { role: 'tracing_officer' });
      const cookie = await signIn(app, user.email, user.password);
      const disabled = await app.inject({ method: 'PATCH', url: `/api/v1/users/${user.id}`, headers: { cookie: admin }, payload: { disabled: true } });
      expect(disabled.json().disabled).toBe(true);
      expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
      const self = await app.inject({ method: 'PATCH', url: `/api/v1/users/${adminId}`, headers: { cookie: admin }, payload: { disabled: true } });
      expect(self.statusCode).toBe(409);
      const audit = await ctx.db.selectFrom('audit_log').select(['action', 'actor_user_id']).where('record_id', '=', user.id).where('action', '=', 'user.update').execute();
      expect(audit).toEqual([{ action: 'user.update', actor_user_id: adminId }]);
    });
  });
});
