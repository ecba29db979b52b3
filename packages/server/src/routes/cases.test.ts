import type { FastifyInstance } from 'fastify';
import { verifyAuditChain } from '@kinlink/store';
import { forEachDialect, withAuditChainBroken } from '@kinlink/store/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseInput, makeConsent, makeOrganisation, makeTransfer, makeUser } from '../testing/factories';
import { signIn, testServer } from '../testing/harness';

const enc = encodeURIComponent;

forEachDialect((ctx) => {
  let app: FastifyInstance;
  let orgId: string;
  let otherOrgId: string;
  let officer: string;
  let officerId: string;
  let volunteer: string;
  let otherOfficer: string;

  const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown) =>
    app.inject({ method, url, headers: { cookie }, ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}) });

  beforeAll(async () => {
    app = await testServer(ctx.db);
    orgId = (await makeOrganisation(ctx.db)).id;
    otherOrgId = (await makeOrganisation(ctx.db)).id;
    const o = await makeUser(ctx.db, orgId, { role: 'tracing_officer' });
    officerId = o.id;
    officer = await signIn(app, o.email, o.password);
    const v = await makeUser(ctx.db, orgId, { role: 'field_volunteer' });
    volunteer = await signIn(app, v.email, v.password);
    const oo = await makeUser(ctx.db, otherOrgId, { role: 'tracing_officer' });
    otherOfficer = await signIn(app, oo.email, oo.password);
    return () => app.close();
  });

  describe('opening and reading a case', () => {
    it('stores the enquirer and sought persons as written, and audits who read them', async () => {
      const created = await call(officer, 'POST', '/api/v1/cases', caseInput());
      expect(created.statusCode, created.body).toBe(201);
      const c = created.json();
      expect(c).toMatchObject({ status: 'open', organisationId: orgId, access: 'owner' });
      expect(c.sought[0].person.names.given[0]).toEqual({ value: 'محمد', script: 'arabic' });
      // Sensitive data is masked by default, even for a role allowed to see it.
      expect(c.sought[0].person.sensitive).toBeUndefined();
      expect(c.sought[0].person.masked).toContain('sensitive');

      const read = await call(officer, 'GET', `/api/v1/cases/${enc(c.id)}?reveal=sensitive`);
      expect(read.json().sought[0].person.sensitive).toEqual({ health: 'diabetic, needs insulin' });
      const volunteerRead = await call(volunteer, 'GET', `/api/v1/cases/${enc(c.id)}?reveal=sensitive`);
      expect(volunteerRead.json().sought[0].person.sensitive).toBeUndefined();

      const trail = await ctx.db.selectFrom('audit_log').select(['action', 'details', 'ip']).where('record_id', '=', c.id).orderBy('seq').execute();
      expect(trail.map((t) => t.action)).toEqual(['case.create', 'case.read', 'case.read']);
      expect(trail[1]?.details).toContain('"revealedSensitive":true');
      expect(trail[1]?.details).toContain(c.sought[0].person.id);
    });

    it('reads a person record with an audit entry naming reader, record and address', async () => {
      const c = (await call(officer, 'POST', '/api/v1/cases', caseInput())).json();
      const personId = c.enquirer.id;
      const res = await app.inject({ method: 'GET', url: `/api/v1/persons/${enc(personId)}`, headers: { cookie: officer }, remoteAddress: '192.0.2.7' });
      expect(res.statusCode).toBe(200);
      const entry = await ctx.db.selectFrom('audit_log').selectAll().where('record_id', '=', personId).where('action', '=', 'person.read').executeTakeFirstOrThrow();
      expect(entry).toMatchObject({ actor_user_id: officerId, actor_organisation_id: orgId, ip: '192.0.2.7', record_type: 'person' });
    });

    it('lists only the organisation\'s cases, in pages with a cursor', async () => {
      for (let i = 0; i < 3; i++) await call(otherOfficer, 'POST', '/api/v1/cases', caseInput());
      const seen: string[] = [];
      let next: string | null = null;
      do {
        const page = await call(officer, 'GET', `/api/v1/cases?limit=2${next ? `&cursor=${next}` : ''}`);
        expect(page.statusCode).toBe(200);
        const body = page.json();
        expect(body.items.length).toBeLessThanOrEqual(2);
        for (const item of body.items) {
          expect(item.organisationId).toBe(orgId);
          seen.push(item.id);
        }
        next = body.next;
      } while (next);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBeGreaterThanOrEqual(2);
    });

    it('explains every bad field at once, and rejects unknown fields', async () => {
      const res = await call(officer, 'POST', '/api/v1/cases', {
        enquirer: { names: { given: [{ value: '' }] }, birth: { kind: 'date', date: '1990-02-30' } },
        sought: [],
        nickname: 'x',
      });
      expect(res.statusCode).toBe(400);
      const body = res.json();
      expect(body.error).toBe('validation');
      const paths = body.issues.map((i: { path: string }) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['enquirer.names.given.0.value', 'enquirer.birth.date', 'sought', 'nickname']));
      expect(body.issues.every((i: { message: string }) => i.message.length > 0)).toBe(true);
      const bad = await call(officer, 'GET', '/api/v1/cases?cursor=not-a-cursor');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().issues[0].path).toBe('cursor');
    });
  });

  describe('workflow', () => {
    it('follows draft → open → in progress → closed → reopened, refusing impossible steps with 409', async () => {
      const c = (await call(officer, 'POST', '/api/v1/cases', caseInput({ draft: true }))).json();
      expect(c.status).toBe('draft');
      const url = `/api/v1/cases/${enc(c.id)}/transitions`;
      expect((await call(officer, 'POST', url, { type: 'submit' })).json().status).toBe('open');
      const started = await call(officer, 'POST', url, { type: 'start', track: 'field' });
      expect(started.json()).toMatchObject({ status: 'in_progress', track: 'field' });
      const wrong = await call(officer, 'POST', url, { type: 'submit' });
      expect(wrong.statusCode).toBe(409);
      expect(wrong.json().error).toBe('invalid-transition');
      const noReason = await call(officer, 'POST', url, { type: 'close' });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().issues[0].path).toBe('reason');
      const closed = await call(officer, 'POST', url, { type: 'close', reason: 'located_contact_restored' });
      expect(closed.json()).toMatchObject({ status: 'closed', closureReason: 'located_contact_restored' });
      const reopened = await call(officer, 'POST', url, { type: 'reopen', note: 'The family lost contact again.' });
      expect(reopened.json()).toMatchObject({ status: 'open', closureReason: null });
      const timeline = (await call(officer, 'GET', `/api/v1/cases/${enc(c.id)}/timeline`)).json();
      expect(timeline.items.filter((e: { kind: string }) => e.kind === 'status').map((e: { action: string }) => e.action)).toEqual([
        'create', 'submit', 'start', 'close', 'reopen',
      ]);
    });

    it('refuses to overwrite a newer version', async () => {
      const c = (await call(officer, 'POST', '/api/v1/cases', caseInput())).json();
      const first = await call(officer, 'PATCH', `/api/v1/cases/${enc(c.id)}`, { priorities: ['elderly'], version: c.version });
      expect(first.statusCode).toBe(200);
      const stale = await call(officer, 'PATCH', `/api/v1/cases/${enc(c.id)}`, { priorities: [], version: c.version });
      expect(stale.statusCode).toBe(409);
      expect((await call(officer, 'GET', `/api/v1/cases/${enc(c.id)}`)).json().priorities).toEqual(['elderly']);
    });

    it('assigns only officers of the same organisation', async () => {
      const c = (await call(officer, 'POST', '/api/v1/cases', caseInput())).json();
      const foreign = await makeUser(ctx.db, otherOrgId);
      const refused = await call(officer, 'POST', `/api/v1/cases/${enc(c.id)}/assignment`, { officerId: foreign.id });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().issues[0].path).toBe('officerId');
      const ok = await call(officer, 'POST', `/api/v1/cases/${enc(c.id)}/assignment`, { officerId });
      expect(ok.json().assignedOfficerId).toBe(officerId);
      const mine = (await call(officer, 'GET', '/api/v1/cases?assigned=mine')).json();
      expect(mine.items.map((i: { id: string }) => i.id)).toContain(c.id);
    });
  });

  describe('the right not to be found (DESIGN rule 1)', () => {
    it("hides a located person's contact and whereabouts from the case until they consent", async () => {
      const c = (await call(officer, 'POST', '/api/v1/cases', caseInput())).json();
      const sought = c.sought[0].person;
      expect(sought.phones).toHaveLength(1);
      await call(officer, 'PUT', `/api/v1/cases/${enc(c.id)}/sought/${enc(sought.id)}/status`, { status: 'located' });
      const hidden = (await call(officer, 'GET', `/api/v1/cases/${enc(c.id)}`)).json().sought[0].person;
      expect(hidden.phones).toEqual([]);
      expect(hidden.lastKnownPlaces).toEqual([]);
      expect(hidden.masked).toEqual(expect.arrayContaining(['phones', 'lastKnownPlaces']));
      const listed = async () =>
        (await call(officer, 'GET', '/api/v1/cases?limit=100')).json().items.find((i: { id: string }) => i.id === c.id).sought[0].person;
      expect((await listed()).phones).toEqual([]);
      await makeConsent(ctx.db, orgId, sought.id, 'disclose_whereabouts_to_enquirer');
      const shown = (await call(officer, 'GET', `/api/v1/cases/${enc(c.id)}`)).json().sought[0].person;
      expect(shown.phones).toHaveLength(1);
      expect((await listed()).phones).toHaveLength(1);
    });
  });

  describe('across organisations', () => {
    it("answers 404 for another organisation's case until it is shared, then shows only the shared categories", async () => {
      const c = (await call(officer, 'POST', '/api/v1/cases', caseInput())).json();
      const url = `/api/v1/cases/${enc(c.id)}`;
      expect((await call(otherOfficer, 'GET', url)).statusCode).toBe(404);
      expect((await call(otherOfficer, 'GET', '/api/v1/cases')).json().items.map((i: { id: string }) => i.id)).not.toContain(c.id);
      const ownPersons = (await call(officer, 'GET', '/api/v1/persons?limit=200')).json().items.map((p: { id: string }) => p.id);
      expect(ownPersons).toContain(c.enquirer.id);
      const theirPersons = (await call(otherOfficer, 'GET', '/api/v1/persons?limit=200')).json().items.map((p: { id: string }) => p.id);
      expect(theirPersons).not.toContain(c.enquirer.id);
      expect((await call(otherOfficer, 'GET', `/api/v1/persons/${enc(c.enquirer.id)}`)).statusCode).toBe(404);
      await makeTransfer(ctx.db, orgId, otherOrgId, { caseId: c.id }, { accept: true, categories: ['identity', 'case_details'] });
      const shared = await call(otherOfficer, 'GET', url);
      expect(shared.statusCode).toBe(200);
      expect(shared.json().access).toBe('shared');
      expect(shared.json().sought[0].person.phones).toEqual([]);
      expect(shared.json().sought[0].person.masked).toContain('phones');
      expect((await call(otherOfficer, 'PATCH', url, { priorities: [] })).statusCode).toBe(403);
      expect((await call(otherOfficer, 'GET', '/api/v1/cases')).json().items.map((i: { id: string }) => i.id)).toContain(c.id);
    });
  });

  describe('access read with the session', () => {
    it('applies a share accepted after sign-in from the next request, for a session and for an API token alike', async () => {
      const reader = await makeUser(ctx.db, otherOrgId, { role: 'tracing_officer' });
      const cookie = await signIn(app, reader.email, reader.password);
      const { token } = (await app.inject({ method: 'POST', url: '/api/v1/auth/tokens', headers: { cookie }, payload: { name: 'sync' } })).json();
      const c = (await call(officer, 'POST', '/api/v1/cases', caseInput())).json();
      const url = `/api/v1/cases/${enc(c.id)}`;
      const bySession = () => call(cookie, 'GET', url);
      const byToken = () => app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
      expect((await bySession()).statusCode).toBe(404);
      expect((await byToken()).statusCode).toBe(404);
      await makeTransfer(ctx.db, orgId, otherOrgId, { caseId: c.id }, { accept: true, categories: ['identity'] });
      expect((await bySession()).json().access).toBe('shared');
      expect((await byToken()).json().access).toBe('shared');
      const listed = (await call(cookie, 'GET', '/api/v1/cases?limit=100')).json().items.map((i: { id: string }) => i.id);
      expect(listed).toContain(c.id);
    });
  });

  describe('all or nothing', () => {
    it('stores nothing of a request whose audit entry cannot be written', async () => {
      const count = async (table: 'cases' | 'persons' | 'audit_log') => Number((await ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      const before = { cases: await count('cases'), persons: await count('persons'), audit: await count('audit_log') };
      await withAuditChainBroken(ctx.db, async () => {
        const res = await call(officer, 'POST', '/api/v1/cases', caseInput());
        expect(res.statusCode).toBe(500);
        expect(res.json()).toEqual({ error: 'internal', message: 'Internal error.' });
      });
      expect({ cases: await count('cases'), persons: await count('persons'), audit: await count('audit_log') }).toEqual(before);
    });

    const withAuditBroken = (requests: () => Promise<void>) => withAuditChainBroken(ctx.db, requests);

    it('shows no case, person or registration to a read whose audit entry cannot be written', async () => {
      const c = (await call(officer, 'POST', '/api/v1/cases', caseInput())).json();
      await withAuditBroken(async () => {
        const reads = [
          `/api/v1/cases/${enc(c.id)}`, '/api/v1/cases?limit=5', `/api/v1/cases/${enc(c.id)}/timeline`, `/api/v1/persons/${enc(c.enquirer.id)}`,
          '/api/v1/persons?limit=5', `/api/v1/persons/${enc(c.enquirer.id)}/consents`, '/api/v1/registrations?limit=5',
        ];
        for (const url of reads) {
          const res = await call(officer, 'GET', url);
          expect(res.statusCode, url).toBe(500);
          expect(res.json(), url).toEqual({ error: 'internal', message: 'Internal error.' });
        }
      });
      expect((await call(officer, 'GET', `/api/v1/cases/${enc(c.id)}`)).statusCode).toBe(200);
      expect((await verifyAuditChain(ctx.db)).ok).toBe(true);
    });

    it('records a shared case as shown in the transfer ledger only together with the audit entry of the read', async () => {
      const c = (await call(officer, 'POST', '/api/v1/cases', caseInput())).json();
      await makeTransfer(ctx.db, orgId, otherOrgId, { caseId: c.id }, { accept: true, categories: ['identity', 'case_details'] });
      const shownEvents = async () =>
        (await ctx.db.selectFrom('transfer_ledger').select('id').where('record_id', '=', c.id).where('event', '=', 'data_shared').execute()).length;
      await withAuditBroken(async () => {
        expect((await call(otherOfficer, 'GET', `/api/v1/cases/${enc(c.id)}`)).statusCode).toBe(500);
      });
      expect(await shownEvents()).toBe(0);
      expect((await call(otherOfficer, 'GET', `/api/v1/cases/${enc(c.id)}`)).json().access).toBe('shared');
      expect(await shownEvents()).toBe(1);
      const reads = await ctx.db.selectFrom('audit_log').select('action').where('record_id', '=', c.id).where('action', '=', 'case.read').execute();
      expect(reads).toHaveLength(1);
      expect((await verifyAuditChain(ctx.db)).ok).toBe(true);
    });

    it('checks every reference of a registration before writing any of it', async () => {
      const count = async () => Number((await ctx.db.selectFrom('persons').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      const before = await count();
      const res = await call(officer, 'POST', '/api/v1/registrations', {
        kind: 'looking_for_someone',
        person: { names: { given: [{ value: 'Zainab' }] } },
        sought: [{ relationship: 'daughter', person: { names: { given: [{ value: 'Noor' }] } } }],
        siteId: 'no-such-site',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().issues).toEqual([{ path: 'siteId', message: 'No site has this id.' }]);
      expect(await count()).toBe(before);
    });
  });
});
