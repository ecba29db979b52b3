import { expect, it } from 'vitest';
import { createFieldCipher } from '../cipher';
import { forEachDialect } from '../testing/for-each-dialect';
import { makeOrganisation, makeUser } from '../testing/factories';
import {
  acceptTotpStep, countFailedLogins, createApiToken, createSession, deleteExpiredSessions, findSessionByToken, findUserCredentials, hashToken,
  recordLoginAttempt, registerFailedLogin, registerSuccessfulLogin, revokeApiToken, setTotpSecret, useApiToken,
} from './credentials';
import { jobQueueDepthByType } from './job-queue-depth';
import { claimJobs, enqueueJob } from './jobs';

forEachDialect((ctx) => {
  it('keeps only hashes of session and API tokens', async () => {
    const org = await makeOrganisation(ctx.db);
    const user = await makeUser(ctx.db, org.id);
    const session = await createSession(ctx.db, { token: 'secret-session', userId: user.id, secondFactorDone: false, expiresAt: '2099-01-01T00:00:00.000Z' });
    const stored = await ctx.db.selectFrom('sessions').select('token_hash').where('id', '=', session.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).toBe(hashToken('secret-session'));
    expect(stored.token_hash).not.toContain('secret');
    expect((await findSessionByToken(ctx.db, 'secret-session'))?.id).toBe(session.id);
    expect(await findSessionByToken(ctx.db, 'secret-session', '2100-01-01T00:00:00.000Z')).toBeUndefined();
    expect(await deleteExpiredSessions(ctx.db, '2100-01-01T00:00:00.000Z')).toBeGreaterThanOrEqual(1);

    const token = await createApiToken(ctx.db, { token: 'secret-api', name: 'registry sync', userId: user.id });
    expect((await useApiToken(ctx.db, 'secret-api'))?.id).toBe(token.id);
    expect(await useApiToken(ctx.db, 'wrong')).toBeUndefined();
    expect(await revokeApiToken(ctx.db, token.id)).toBe(true);
    expect(await useApiToken(ctx.db, 'secret-api')).toBeUndefined();
  });

  it('counts failures, locks the account at the limit, and resets on success', async () => {
    const org = await makeOrganisation(ctx.db);
    const user = await makeUser(ctx.db, org.id);
    for (let i = 0; i < 2; i++) {
      await recordLoginAttempt(ctx.db, { email: user.email.toUpperCase(), ip: '10.9.9.9', success: false }, { now: '2030-01-01T00:00:00.000Z' });
      expect(await registerFailedLogin(ctx.db, user.id, { maxFailures: 3, lockUntil: '2030-01-01T00:15:00.000Z' })).toEqual({ locked: false });
    }
    expect(await countFailedLogins(ctx.db, { email: user.email }, '2029-12-31T23:00:00.000Z')).toBe(2);
    expect(await countFailedLogins(ctx.db, { ip: '10.9.9.9' }, '2030-01-01T00:00:01.000Z')).toBe(0);
    expect(await registerFailedLogin(ctx.db, user.id, { maxFailures: 3, lockUntil: '2030-01-01T00:15:00.000Z' })).toEqual({ locked: true });
    expect((await findUserCredentials(ctx.db, { id: user.id }))?.lockedUntil).toBe('2030-01-01T00:15:00.000Z');
    await registerSuccessfulLogin(ctx.db, user.id);
    expect(await findUserCredentials(ctx.db, { email: user.email })).toMatchObject({ lockedUntil: null, failedLogins: 0 });
  });

  it('stores the TOTP secret encrypted and refuses a replayed time step', async () => {
    const org = await makeOrganisation(ctx.db);
    const user = await makeUser(ctx.db, org.id);
    const cipher = createFieldCipher('ab'.repeat(32));
    await setTotpSecret(ctx.db, user.id, 'JBSWY3DPEHPK3PXP', {}, cipher);
    const raw = await ctx.db.selectFrom('users').select('totp_secret').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(raw.totp_secret).toMatch(/^enc:v1:/);
    expect((await findUserCredentials(ctx.db, { id: user.id }, cipher))?.totpSecret).toBe('JBSWY3DPEHPK3PXP');
    expect(await acceptTotpStep(ctx.db, user.id, 1000)).toBe(true);
    expect(await acceptTotpStep(ctx.db, user.id, 1000)).toBe(false);
    expect(await acceptTotpStep(ctx.db, user.id, 999)).toBe(false);
    expect(await acceptTotpStep(ctx.db, user.id, 1001)).toBe(true);
    expect((await findUserCredentials(ctx.db, { id: user.id }, cipher))?.totpEnabled).toBe(true);
  });

  it('reports queue depth per job type', async () => {
    await enqueueJob(ctx.db, { type: 'depth.a', payload: 1 });
    await enqueueJob(ctx.db, { type: 'depth.a', payload: 2 });
    await enqueueJob(ctx.db, { type: 'depth.b', payload: 3 });
    await claimJobs(ctx.db, { workerId: 'w', types: ['depth.a'] });
    const depth = await jobQueueDepthByType(ctx.db);
    expect(depth['depth.a']).toEqual({ queued: 1, running: 1 });
    expect(depth['depth.b']).toEqual({ queued: 1, running: 0 });
  });
});
