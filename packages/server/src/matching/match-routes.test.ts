import type { FastifyInstance } from 'fastify';
import { createCase, createRegistration, insertPerson, listTimeline } from '@kinlink/store';
import { caseInput as storeCaseInput, forEachDialect } from '@kinlink/store/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation, makeUser } from '../testing/factories';
import { signIn, testServer } from '../testing/harness';
import { MatchingService } from './matching-service';

const enc = encodeURIComponent;

forEachDialect((ctx) => {
  let app: FastifyInstance;
  let mk: string;
  let officerMk: string;
  let officerRs: string;
  let caseId: string;

  const call = (cookie: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    app.inject({ method, url, headers: { cookie }, ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}) });

  beforeAll(async () => {
    app = await testServer(ctx.db);
    mk = (await makeOrganisation(ctx.db, { country: 'MKD' })).id;
    const rs = (await makeOrganisation(ctx.db, { country: 'SRB' })).id;
    const userMk = await makeUser(ctx.db, mk);
    const userRs = await makeUser(ctx.db, rs);
    officerMk = await signIn(app, userMk.email, userMk.password);
    officerRs = await signIn(app, userRs.email, userRs.password);
    const tracing = await ctx.db.transaction().execute((trx) =>
      createCase(trx, {
        organisationId: mk,
        case: storeCaseInput({
          sought: [{ relationship: 'son', person: { names: { given: [{ value: 'محمد' }], father: [{ value: 'حسين' }], family: [{ value: 'الخطيب' }] }, sex: 'male', birth: { kind: 'date', date: '1990-07-14' }, birthPlace: 'حلب' } }],
        }),
      }),
    );
    caseId = tracing.id;
    await ctx.db.transaction().execute((trx) =>
      createRegistration(trx, {
        organisationId: mk,
        registration: { kind: 'safe_and_well', person: { names: { given: [{ value: 'Мухамед' }], father: [{ value: 'Хусеин' }], family: [{ value: 'Ал-Хатиб' }] }, sex: 'male', birth: { kind: 'date', date: '1990-01-01' }, birthPlace: 'Алепо' } },
      }),
    );
    const matching = new MatchingService();
    await matching.matchCase(ctx.db, caseId);
    await matching.close();
    return () => app.close();
  });

  describe('matching API', () => {
    it('searches across scripts, returns only visible records, and audits every search', async () => {
      const res = await call(officerMk, 'POST', '/api/v1/search', { givenName: 'Muhamed', familyName: 'Al Hatib', birthDate: '1990' });
      expect(res.statusCode).toBe(200);
      const items = res.json().items as { personId: string; probability: number; explanation: { field: string; level: string | null }[] }[];
      expect(items.length).toBeGreaterThanOrEqual(2);
      expect(items[0]!.explanation.find((e) => e.field === 'name')?.level).toBe('exact');
      const stranger = await call(officerRs, 'POST', '/api/v1/search', { givenName: 'Muhamed', familyName: 'Al Hatib' });
      expect(stranger.json().items).toEqual([]);
      const audited = await ctx.db.selectFrom('audit_log').select('action').where('action', '=', 'match.search').execute();
      expect(audited.length).toBeGreaterThanOrEqual(2);
      expect((await call(officerMk, 'POST', '/api/v1/search', { givenName: 'x', top: 0 })).statusCode).toBe(400);
    });

    it('finds records saved after the index was built (it follows the store)', async () => {
      await call(officerMk, 'POST', '/api/v1/search', { givenName: 'Tesfaye' });
      const person = await insertPerson(ctx.db, { organisationId: mk, person: { names: { given: [{ value: 'ተስፋየ' }], family: [{ value: 'Haile' }] } } });
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const res = await call(officerMk, 'POST', '/api/v1/search', { givenName: 'Tesfaye', familyName: 'Haile' });
      expect(res.json().items.map((i: { personId: string }) => i.personId)).toContain(person.id);
    });

    it("lists a case's potential matches with their explanation, only to whoever may see the case", async () => {
      const res = await call(officerMk, 'GET', `/api/v1/cases/${enc(caseId)}/matches`);
      expect(res.statusCode).toBe(200);
      const [match] = res.json().items;
      expect(match).toMatchObject({ kind: 'registration', status: 'potential' });
      expect(match.probability).toBeGreaterThan(0.5);
      expect((await call(officerRs, 'GET', `/api/v1/cases/${enc(caseId)}/matches`)).statusCode).toBe(404);
    });

    it('saving a registration enqueues its matching, and the job stores the match with the sought person', async () => {
      const res = await call(officerMk, 'POST', '/api/v1/registrations', {
        kind: 'safe_and_well',
        person: { names: { given: [{ value: 'Muhammad' }], father: [{ value: 'Husein' }], family: [{ value: 'Al Hatib' }] }, sex: 'male', birth: { kind: 'date', date: '1990' } },
      });
      expect(res.statusCode).toBe(201);
      const personId = res.json().person.id as string;
      const jobs = await ctx.db.selectFrom('jobs').select(['type', 'payload']).where('type', '=', 'match.person').execute();
      expect(jobs.some((j) => String(j.payload).includes(personId))).toBe(true);
      const matching = new MatchingService();
      const outcomes = await matching.matchPerson(ctx.db, personId).finally(() => matching.close());
      expect(outcomes.created).toBeGreaterThanOrEqual(1);
      const listed = (await call(officerMk, 'GET', `/api/v1/cases/${enc(caseId)}/matches`)).json().items as { leftPersonId: string; rightPersonId: string }[];
      expect(listed.some((m) => m.leftPersonId === personId || m.rightPersonId === personId)).toBe(true);
    });

    it('rejects only with a reason, confirms once, and a confirmation puts the consent step on the timeline', async () => {
      const [match] = (await call(officerMk, 'GET', `/api/v1/cases/${enc(caseId)}/matches`)).json().items;
      expect((await call(officerRs, 'POST', `/api/v1/matches/${match.id}/decision`, { decision: 'confirmed' })).statusCode).toBe(404);
      expect((await call(officerMk, 'POST', `/api/v1/matches/${match.id}/decision`, { decision: 'rejected' })).statusCode).toBe(400);
      const confirmed = await call(officerMk, 'POST', `/api/v1/matches/${match.id}/decision`, { decision: 'confirmed', version: match.version });
      expect(confirmed.statusCode).toBe(200);
      expect(confirmed.json().status).toBe('confirmed');
      expect((await call(officerMk, 'POST', `/api/v1/matches/${match.id}/decision`, { decision: 'rejected', reason: 'x' })).statusCode).toBe(409);
      const timeline = await listTimeline(ctx.db, caseId);
      expect(timeline.items.some((e) => JSON.stringify(e).includes('record their consent'))).toBe(true);
      // The sought person is now located: their whereabouts need their consent on the enquirer's side.
      const located = (await call(officerMk, 'GET', `/api/v1/cases/${enc(caseId)}`)).json() as { sought: { tracingStatus: string; person: { id: string } }[] };
      const soughtId = [match.leftPersonId, match.rightPersonId].find((id: string) => located.sought.some((s) => s.person.id === id));
      expect(located.sought.find((s) => s.person.id === soughtId)?.tracingStatus).toBe('located');
      expect(timeline.items.some((e) => e.action === 'tracing_status' && (e.details as { status?: string } | null)?.status === 'located')).toBe(true);
    });
  });
});
