import type { FastifyInstance } from 'fastify';
import { forEachDialect } from '@kinlink/store/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseInput, makeOrganisation, makeSite, makeUser } from '../testing/factories';
import { signIn, testServer } from '../testing/harness';

const enc = encodeURIComponent;

forEachDialect((ctx) => {
  let app: FastifyInstance;
  let mk: string;
  let rs: string;
  let officerMk: string;
  let officerRs: string;
  let liaisonRs: string;

  const call = (cookie: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    app.inject({ method, url, headers: { cookie }, ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}) });

  beforeAll(async () => {
    app = await testServer(ctx.db);
    mk = (await makeOrganisation(ctx.db, { country: 'MKD' })).id;
    rs = (await makeOrganisation(ctx.db, { country: 'SRB' })).id;
    const sign = async (org: string, role: 'tracing_officer' | 'partner_liaison') => {
      const u = await makeUser(ctx.db, org, { role });
      return signIn(app, u.email, u.password);
    };
    officerMk = await sign(mk, 'tracing_officer');
    officerRs = await sign(rs, 'tracing_officer');
    liaisonRs = await sign(rs, 'partner_liaison');
    return () => app.close();
  });

  describe('transfers between organisations', () => {
    it('requests, accepts and records every step in the ledger; the receiver then sees the case', async () => {
      const c = (await call(officerMk, 'POST', '/api/v1/cases', caseInput())).json();
      const requested = await call(officerMk, 'POST', '/api/v1/transfers', {
        kind: 'case_transfer', caseId: c.id, toOrganisationId: rs, legalBasis: 'vital_interest',
        dataCategories: ['identity', 'case_details', 'contact'], message: 'The son was registered in Preševo.',
      });
      expect(requested.statusCode, requested.body).toBe(201);
      const t = requested.json();
      expect(t).toMatchObject({ status: 'requested', fromOrganisationId: mk, toOrganisationId: rs });

      expect((await call(officerRs, 'GET', `/api/v1/cases/${enc(c.id)}`)).statusCode).toBe(404);
      const incoming = (await call(officerRs, 'GET', '/api/v1/transfers?direction=incoming&status=requested')).json();
      expect(incoming.items.map((i: { id: string }) => i.id)).toContain(t.id);

      // The sender cannot accept its own request; a liaison may not decide.
      expect((await call(officerMk, 'POST', `/api/v1/transfers/${t.id}/decision`, { type: 'accept' })).statusCode).toBe(403);
      expect((await call(liaisonRs, 'POST', `/api/v1/transfers/${t.id}/decision`, { type: 'accept' })).statusCode).toBe(403);
      const accepted = await call(officerRs, 'POST', `/api/v1/transfers/${t.id}/decision`, { type: 'accept' });
      expect(accepted.json().status).toBe('accepted');
      expect((await call(officerRs, 'POST', `/api/v1/transfers/${t.id}/decision`, { type: 'decline', reason: 'late' })).statusCode).toBe(409);

      const seen = await call(officerRs, 'GET', `/api/v1/cases/${enc(c.id)}`);
      expect(seen.statusCode).toBe(200);
      expect(seen.json().sought[0].person.phones).toHaveLength(1); // contact was among the shared categories
      expect(seen.json().sought[0].person.lastKnownPlaces).toEqual([]); // whereabouts were not

      const ledger = (await call(officerMk, 'GET', `/api/v1/transfers/${t.id}/ledger`)).json();
      expect(ledger.items.map((e: { event: string }) => e.event)).toEqual(['requested', 'accepted', 'data_shared']);
      expect(ledger.items[2]).toMatchObject({ recordType: 'case', recordId: c.id, dataCategories: ['identity', 'case_details', 'contact'] });
      expect(ledger.items[0]).toMatchObject({ legalBasis: 'vital_interest', dataCategories: ['identity', 'case_details', 'contact'] });
      const audit = await ctx.db.selectFrom('audit_log').select('action').where('record_id', '=', t.id).orderBy('seq').execute();
      expect(audit.map((a) => a.action)).toEqual(['transfer.request', 'transfer.accept']);
    });

    it('declines with a reason, and refuses transfers of records the sender does not own', async () => {
      const c = (await call(officerMk, 'POST', '/api/v1/cases', caseInput())).json();
      const t = (await call(officerMk, 'POST', '/api/v1/transfers', {
        kind: 'share', caseId: c.id, toOrganisationId: rs, legalBasis: 'consent', dataCategories: ['identity'],
      })).json();
      const noReason = await call(officerRs, 'POST', `/api/v1/transfers/${t.id}/decision`, { type: 'decline' });
      expect(noReason.statusCode).toBe(400);
      const declined = await call(officerRs, 'POST', `/api/v1/transfers/${t.id}/decision`, { type: 'decline', reason: 'Out of our area.' });
      expect(declined.json()).toMatchObject({ status: 'declined', declineReason: 'Out of our area.' });
      expect((await call(officerRs, 'GET', `/api/v1/cases/${enc(c.id)}`)).statusCode).toBe(404);

      const stolen = await call(officerRs, 'POST', '/api/v1/transfers', {
        kind: 'share', caseId: c.id, toOrganisationId: rs, legalBasis: 'consent', dataCategories: ['identity'],
      });
      expect(stolen.statusCode).toBe(400);
      const repeated = await call(officerMk, 'POST', '/api/v1/transfers', {
        kind: 'share', caseId: c.id, toOrganisationId: rs, legalBasis: 'consent', dataCategories: ['identity', 'identity'],
      });
      expect(repeated.statusCode).toBe(400);
      expect(repeated.json().issues[0].path).toBe('dataCategories');
    });
  });

  describe('registrations', () => {
    it('opens a tracing case for someone looking for a relative, in one request', async () => {
      const site = await makeSite(ctx.db, mk);
      const res = await call(officerMk, 'POST', '/api/v1/registrations', {
        kind: 'looking_for_someone',
        siteId: site.id,
        person: { names: { given: [{ value: 'زینب', script: 'arabic' }] }, sex: 'female' },
        sought: [{ relationship: 'daughter', person: { names: { given: [{ value: 'نور', script: 'arabic' }] }, birth: { kind: 'estimated_age', years: 9, at: '2025-05-01' } } }],
      });
      expect(res.statusCode, res.body).toBe(201);
      const reg = res.json();
      expect(reg.caseId).toEqual(expect.any(String));
      const c = (await call(officerMk, 'GET', `/api/v1/cases/${enc(reg.caseId)}`)).json();
      expect(c.enquirer.id).toBe(reg.person.id);
      expect(c.sought[0].relationship).toBe('daughter');
    });

    it('requires the referral of an unaccompanied child', async () => {
      const missing = await call(officerMk, 'POST', '/api/v1/registrations', { kind: 'unaccompanied_child', person: { names: { given: [{ value: 'Ali' }] } } });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().issues.map((i: { path: string }) => i.path)).toContain('referral');
      const ok = await call(officerMk, 'POST', '/api/v1/registrations', {
        kind: 'unaccompanied_child',
        person: { names: { given: [{ value: 'Ali' }] }, vulnerabilities: ['unaccompanied_child'] },
        referral: { referredTo: 'Centre for Social Work Gevgelija' },
      });
      expect(ok.statusCode).toBe(201);
      const list = (await call(officerMk, 'GET', '/api/v1/registrations?kind=unaccompanied_child')).json();
      expect(list.items.map((r: { id: string }) => r.id)).toContain(ok.json().id);
      expect((await call(officerRs, 'GET', `/api/v1/registrations/${enc(ok.json().id)}`)).statusCode).toBe(404);
    });
  });
});
