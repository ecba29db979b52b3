/*
 * Walks every route with every role (and anonymously) and checks who is let in. Each row names the
 * roles that may use the route; everyone else signed in gets 403 (or 404 where the record is another
 * organisation's), and an anonymous caller gets 401. Rows build fresh records so order does not matter.
 */
import type { Role } from '@kinlink/core';
import { Role as RoleSchema } from '@kinlink/core';
import type { FastifyInstance } from 'fastify';
import { forEachDialect } from '@kinlink/store/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCase, makeConsent, makeOrganisation, makePerson, makeSite, makeTransfer, makeUser, personInput, TEST_PASSWORD, unique } from '../testing/factories';
import { signIn, testServer } from '../testing/harness';
import type { KinlinkDb } from '@kinlink/store';
import { createRegistration, recordPotentialMatch } from '@kinlink/store';

const ROLES = RoleSchema.options;
const ALL: Role[] = [...ROLES];
const CASEWORK: Role[] = ['administrator', 'tracing_officer'];
const INTAKE: Role[] = ['administrator', 'tracing_officer', 'field_volunteer', 'partner_liaison'];
const TRANSFER_READERS: Role[] = ['administrator', 'tracing_officer', 'partner_liaison', 'auditor'];
const AUDIT: Role[] = ['administrator', 'auditor'];

interface World {
  app: FastifyInstance;
  db: KinlinkDb;
  own: string;
  other: string;
  third: string;
  users: Record<Role, string>;
}

interface Row {
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /**
   * Builds fresh records if needed and returns the URL and body for one request; `cookie` replaces the
   * role's shared session (for requests that end sessions).
   */
  request: (w: World, role: Role | 'anonymous') => Promise<{ url: string; body?: unknown; cookie?: string }>;
  allowed: Role[] | 'public';
  /** Status for signed-in callers outside `allowed` who hold the permission but not the record. */
  outsiders?: 404 | 403;
  /** Status an allowed caller gets when it is not 2xx (e.g. a well-formed but wrong TOTP code). */
  allowedStatus?: number;
}

const enc = encodeURIComponent;

/** A fresh user of the role, signed in: for requests that change the account or end its sessions. */
async function freshSession(w: World, role: Role | 'anonymous'): Promise<{ id: string | null; cookie: string | undefined }> {
  if (role === 'anonymous') return { id: null, cookie: undefined };
  const user = await makeUser(w.db, w.own, { role });
  return { id: user.id, cookie: await signIn(w.app, user.email, user.password) };
}

const rows: Row[] = [
  { name: 'health', method: 'GET', request: async () => ({ url: '/api/v1/health' }), allowed: 'public' },
  { name: 'readiness', method: 'GET', request: async () => ({ url: '/api/v1/ready' }), allowed: 'public' },
  { name: 'the OpenAPI document', method: 'GET', request: async () => ({ url: '/api/v1/openapi.json' }), allowed: 'public' },
  { name: 'sign in', method: 'POST', allowed: 'public', request: async (w) => {
    const user = await makeUser(w.db, w.own);
    return { url: '/api/v1/auth/login', body: { email: user.email, password: user.password } };
  } },
  { name: 'sign out', method: 'POST', allowed: 'public', request: async (w, role) => ({ url: '/api/v1/auth/logout', cookie: (await freshSession(w, role)).cookie }) },
  { name: 'change password', method: 'POST', allowed: ALL, request: async (w, role) => ({
    url: '/api/v1/auth/password', cookie: (await freshSession(w, role)).cookie, body: { currentPassword: TEST_PASSWORD, newPassword: 'another long passphrase' },
  }) },
  { name: 'start TOTP enrolment', method: 'POST', allowed: ALL, request: async (w, role) => ({ url: '/api/v1/auth/totp/enrol', cookie: (await freshSession(w, role)).cookie }) },
  { name: 'enter a TOTP code', method: 'POST', allowed: ALL, allowedStatus: 409, request: async (w, role) => ({
    url: '/api/v1/auth/totp', cookie: (await freshSession(w, role)).cookie, body: { code: '123456' },
  }) },
  { name: 'revoke an API token', method: 'DELETE', allowed: ALL, allowedStatus: 404, request: async () => ({ url: '/api/v1/auth/tokens/0190f000-0000-7000-8000-000000000000' }) },
  { name: 'who am I', method: 'GET', request: async () => ({ url: '/api/v1/auth/me' }), allowed: ALL },
  { name: 'change own profile', method: 'PATCH', request: async () => ({ url: '/api/v1/auth/me', body: { language: 'ar' } }), allowed: ALL },
  { name: 'list API tokens', method: 'GET', request: async () => ({ url: '/api/v1/auth/tokens' }), allowed: ALL },
  { name: 'create API token', method: 'POST', request: async () => ({ url: '/api/v1/auth/tokens', body: { name: 'sync' } }), allowed: CASEWORK },
  { name: 'list organisations', method: 'GET', request: async () => ({ url: '/api/v1/organisations' }), allowed: ALL },
  { name: 'read an organisation', method: 'GET', request: async (w) => ({ url: `/api/v1/organisations/${w.other}` }), allowed: ALL },
  {
    name: 'register an organisation', method: 'POST', allowed: ['administrator'],
    request: async () => ({ url: '/api/v1/organisations', body: { kind: 'partner_agency', name: 'Social work centre', country: 'SRB', idDomain: `csw-${unique()}.example` } }),
  },
  { name: 'change own organisation', method: 'PATCH', request: async (w) => ({ url: `/api/v1/organisations/${w.own}`, body: { shortName: 'RC' } }), allowed: ['administrator'] },
  { name: 'add a branch', method: 'POST', request: async (w) => ({ url: `/api/v1/organisations/${w.own}/branches`, body: { name: `Branch ${unique()}` } }), allowed: ['administrator'] },
  { name: 'list sites', method: 'GET', request: async () => ({ url: '/api/v1/sites' }), allowed: ALL },
  { name: 'read a site', method: 'GET', request: async (w) => ({ url: `/api/v1/sites/${(await makeSite(w.db, w.own)).id}` }), allowed: ALL },
  {
    name: 'add a site', method: 'POST', allowed: ['administrator'],
    request: async (w) => ({ url: '/api/v1/sites', body: { organisationId: w.own, kind: 'transit_centre', name: 'Tabanovce', country: 'MKD' } }),
  },
  { name: 'close a site', method: 'PATCH', request: async (w) => ({ url: `/api/v1/sites/${(await makeSite(w.db, w.own)).id}`, body: { active: false } }), allowed: ['administrator'] },
  { name: 'list users', method: 'GET', request: async () => ({ url: '/api/v1/users' }), allowed: CASEWORK },
  { name: 'read a user', method: 'GET', request: async (w) => ({ url: `/api/v1/users/${w.users.auditor}` }), allowed: CASEWORK },
  {
    name: 'add a user', method: 'POST', allowed: ['administrator'],
    request: async (w) => ({ url: '/api/v1/users', body: { email: `new-${unique()}@test.kinlink`, displayName: 'New', role: 'field_volunteer', organisationId: w.own } }),
  },
  { name: 'change a user', method: 'PATCH', request: async (w) => ({ url: `/api/v1/users/${(await makeUser(w.db, w.own, { role: 'field_volunteer' })).id}`, body: { displayName: 'Renamed' } }), allowed: ['administrator'] },
  { name: "reset a user's second factor", method: 'POST', request: async (w) => ({ url: `/api/v1/users/${(await makeUser(w.db, w.own, { role: 'auditor' })).id}/second-factor-reset` }), allowed: ['administrator'] },
  { name: 'list cases', method: 'GET', request: async () => ({ url: '/api/v1/cases' }), allowed: ALL },
  {
    name: 'open a case', method: 'POST', allowed: INTAKE,
    request: async () => ({
      url: '/api/v1/cases',
      body: { enquirer: { names: { given: [{ value: 'Amina' }] } }, sought: [{ relationship: 'brother', person: { names: { given: [{ value: 'Omar' }] } } }] },
    }),
  },
  { name: 'read a case', method: 'GET', request: async (w) => ({ url: `/api/v1/cases/${enc((await makeCase(w.db, w.own)).id)}` }), allowed: ALL },
  { name: 'read a case shared with us', method: 'GET', request: async (w) => {
    const c = await makeCase(w.db, w.other);
    await makeTransfer(w.db, w.other, w.own, { caseId: c.id }, { accept: true });
    return { url: `/api/v1/cases/${enc(c.id)}` };
  }, allowed: ALL },
  { name: "read another organisation's case", method: 'GET', request: async (w) => ({ url: `/api/v1/cases/${enc((await makeCase(w.db, w.other)).id)}` }), allowed: [], outsiders: 404 },
  { name: 'change a case', method: 'PATCH', request: async (w) => ({ url: `/api/v1/cases/${enc((await makeCase(w.db, w.own)).id)}`, body: { priorities: ['elderly'] } }), allowed: CASEWORK },
  { name: "change another organisation's case", method: 'PATCH', request: async (w) => ({ url: `/api/v1/cases/${enc((await makeCase(w.db, w.other)).id)}`, body: { priorities: [] } }), allowed: [], outsiders: 404 },
  { name: 'change a case shared with us', method: 'PATCH', request: async (w) => {
    const c = await makeCase(w.db, w.other);
    await makeTransfer(w.db, w.other, w.own, { caseId: c.id }, { accept: true });
    return { url: `/api/v1/cases/${enc(c.id)}`, body: { priorities: [] } };
  }, allowed: [], outsiders: 403 },
  { name: 'start work on a case', method: 'POST', request: async (w) => ({ url: `/api/v1/cases/${enc((await makeCase(w.db, w.own)).id)}/transitions`, body: { type: 'start', track: 'desk' } }), allowed: CASEWORK },
  { name: 'close a case', method: 'POST', request: async (w) => ({ url: `/api/v1/cases/${enc((await makeCase(w.db, w.own)).id)}/transitions`, body: { type: 'close', reason: 'enquirer_withdrew' } }), allowed: CASEWORK },
  { name: 'assign a case', method: 'POST', request: async (w) => ({ url: `/api/v1/cases/${enc((await makeCase(w.db, w.own)).id)}/assignment`, body: { officerId: w.users.tracing_officer } }), allowed: CASEWORK },
  { name: 'record a sought person located', method: 'PUT', request: async (w) => {
    const c = await makeCase(w.db, w.own);
    return { url: `/api/v1/cases/${enc(c.id)}/sought/${enc(c.sought[0]?.person.id ?? '')}/status`, body: { status: 'located' } };
  }, allowed: CASEWORK },
  { name: 'read a timeline', method: 'GET', request: async (w) => ({ url: `/api/v1/cases/${enc((await makeCase(w.db, w.own)).id)}/timeline` }), allowed: ALL },
  { name: 'add a note', method: 'POST', request: async (w) => ({ url: `/api/v1/cases/${enc((await makeCase(w.db, w.own)).id)}/timeline`, body: { kind: 'note', text: 'Called the enquirer.' } }), allowed: INTAKE },
  { name: "a case's audit trail", method: 'GET', request: async (w) => ({ url: `/api/v1/cases/${enc((await makeCase(w.db, w.own)).id)}/audit` }), allowed: AUDIT },
  { name: 'list persons', method: 'GET', request: async () => ({ url: '/api/v1/persons' }), allowed: ALL },
  { name: 'read a person', method: 'GET', request: async (w) => ({ url: `/api/v1/persons/${enc((await makePerson(w.db, w.own)).id)}` }), allowed: ALL },
  { name: "read another organisation's person", method: 'GET', request: async (w) => ({ url: `/api/v1/persons/${enc((await makePerson(w.db, w.other)).id)}` }), allowed: [], outsiders: 404 },
  { name: 'change a person', method: 'PATCH', request: async (w) => ({ url: `/api/v1/persons/${enc((await makePerson(w.db, w.own)).id)}`, body: { birthPlace: 'Aleppo' } }), allowed: CASEWORK },
  { name: "a person's consents", method: 'GET', request: async (w) => ({ url: `/api/v1/persons/${enc((await makePerson(w.db, w.own)).id)}/consents` }), allowed: ALL },
  { name: "a person's audit trail", method: 'GET', request: async (w) => ({ url: `/api/v1/persons/${enc((await makePerson(w.db, w.own)).id)}/audit` }), allowed: AUDIT },
  {
    name: 'record a consent', method: 'POST', allowed: INTAKE,
    request: async (w) => ({
      url: '/api/v1/consents',
      body: { personId: (await makePerson(w.db, w.own)).id, purpose: 'tracing', decision: 'given', givenBy: 'self', givenAt: '2025-05-01T10:00:00Z', language: 'ar', method: 'oral' },
    }),
  },
  { name: 'withdraw a consent', method: 'POST', request: async (w) => {
    const p = await makePerson(w.db, w.own);
    return { url: `/api/v1/consents/${(await makeConsent(w.db, w.own, p.id)).id}/withdrawal`, body: { reason: 'changed mind' } };
  }, allowed: CASEWORK },
  { name: 'list registrations', method: 'GET', request: async () => ({ url: '/api/v1/registrations' }), allowed: ALL },
  { name: 'read a registration', method: 'GET', request: async (w) => {
    const r = await createRegistration(w.db, { organisationId: w.own, registration: { kind: 'safe_and_well', person: personInput() } });
    return { url: `/api/v1/registrations/${enc(r.id)}` };
  }, allowed: ALL },
  { name: "read another organisation's registration", method: 'GET', request: async (w) => {
    const r = await createRegistration(w.db, { organisationId: w.other, registration: { kind: 'safe_and_well', person: personInput() } });
    return { url: `/api/v1/registrations/${enc(r.id)}` };
  }, allowed: [], outsiders: 404 },
  { name: 'register a person', method: 'POST', request: async () => ({ url: '/api/v1/registrations', body: { kind: 'safe_and_well', person: { names: { given: [{ value: 'Юсуф' }] } }, message: 'I am safe.' } }), allowed: INTAKE },
  { name: 'list transfers', method: 'GET', request: async () => ({ url: '/api/v1/transfers' }), allowed: TRANSFER_READERS },
  { name: 'request a transfer', method: 'POST', request: async (w) => ({
    url: '/api/v1/transfers',
    body: { kind: 'case_transfer', caseId: (await makeCase(w.db, w.own)).id, toOrganisationId: w.other, legalBasis: 'consent', dataCategories: ['identity', 'case_details'] },
  }), allowed: ['administrator', 'tracing_officer', 'partner_liaison'] },
  { name: 'read a transfer', method: 'GET', request: async (w) => ({ url: `/api/v1/transfers/${(await makeTransfer(w.db, w.own, w.other, { caseId: (await makeCase(w.db, w.own)).id })).id}` }), allowed: TRANSFER_READERS },
  { name: 'read a transfer between two other organisations', method: 'GET', request: async (w) => ({
    url: `/api/v1/transfers/${(await makeTransfer(w.db, w.other, w.third, { caseId: (await makeCase(w.db, w.other)).id })).id}`,
  }), allowed: [], outsiders: 404 },
  { name: 'accept an incoming transfer', method: 'POST', request: async (w) => ({
    url: `/api/v1/transfers/${(await makeTransfer(w.db, w.other, w.own, { caseId: (await makeCase(w.db, w.other)).id })).id}/decision`,
    body: { type: 'accept' },
  }), allowed: CASEWORK },
  { name: 'read a transfer ledger', method: 'GET', request: async (w) => ({ url: `/api/v1/transfers/${(await makeTransfer(w.db, w.own, w.other, { caseId: (await makeCase(w.db, w.own)).id })).id}/ledger` }), allowed: TRANSFER_READERS },
  { name: 'read the audit log', method: 'GET', request: async () => ({ url: '/api/v1/audit' }), allowed: AUDIT },
  { name: 'verify the audit log', method: 'GET', request: async () => ({ url: '/api/v1/audit/verify' }), allowed: AUDIT },
  { name: 'search people (matching)', method: 'POST', request: async () => ({ url: '/api/v1/search', body: { givenName: 'Muhamed', familyName: 'Al Hatib' } }), allowed: ALL },
  { name: "a case's matches", method: 'GET', request: async (w) => ({ url: `/api/v1/cases/${enc((await makeCase(w.db, w.own)).id)}/matches` }), allowed: ALL },
  { name: "another organisation's case matches", method: 'GET', request: async (w) => ({ url: `/api/v1/cases/${enc((await makeCase(w.db, w.other)).id)}/matches` }), allowed: [], outsiders: 404 },
  {
    name: 'decide a potential match', method: 'POST', allowed: CASEWORK, request: async (w) => {
      const c = await makeCase(w.db, w.own);
      const p = await makePerson(w.db, w.own);
      const { match } = await recordPotentialMatch(w.db, { kind: 'registration', personIds: [c.sought[0]!.person.id, p.id], caseIds: [c.id, null], probability: 0.9, matchWeight: 10, explanation: [], modelVersion: 'test', fingerprint: 'a:b' });
      return { url: `/api/v1/matches/${match.id}/decision`, body: { decision: 'confirmed' } };
    },
  },
];

/** Outsider rows: those who hold the permission get `outsiders`, those without it get 403. */
const PERMISSION_HOLDERS: Record<string, Role[]> = {
  "read another organisation's case": ALL,
  "change another organisation's case": CASEWORK,
  'change a case shared with us': CASEWORK,
  "read another organisation's person": ALL,
  "read another organisation's registration": ALL,
  'read a transfer between two other organisations': TRANSFER_READERS,
  "another organisation's case matches": ALL,
};

function expectedStatus(row: Row, role: Role | 'anonymous'): 'ok' | 401 | 403 | 404 {
  if (row.allowed === 'public') return 'ok';
  if (role === 'anonymous') return 401;
  if (row.allowed.includes(role)) return 'ok';
  if (row.outsiders !== undefined && (PERMISSION_HOLDERS[row.name] ?? []).includes(role)) return row.outsiders;
  return 403;
}

forEachDialect((ctx) => {
  let app: FastifyInstance;
  let world: World;
  const cookies = {} as Record<Role, string>;
  const covered = new Set<string>();
  const documented = new Set<string>();
  let templates: { method: string; pattern: RegExp; template: string }[] = [];
  const templateOf = (url: string) => templates.find((t) => t.pattern.test(url.split('?')[0] ?? ''))?.template ?? url;

  beforeAll(async () => {
    app = await testServer(ctx.db);
    const spec = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    // Longest templates first so /cases/{id}/timeline is not taken for /cases/{id}.
    templates = Object.keys(spec.paths)
      .sort((a, b) => b.length - a.length)
      .map((template) => ({ method: '', template, pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`) }));
    for (const [template, methods] of Object.entries(spec.paths)) {
      for (const method of Object.keys(methods)) documented.add(`${method.toUpperCase()} ${template}`);
    }
    const own = (await makeOrganisation(ctx.db)).id;
    const other = (await makeOrganisation(ctx.db)).id;
    const third = (await makeOrganisation(ctx.db)).id;
    const users = {} as Record<Role, string>;
    for (const role of ROLES) {
      const user = await makeUser(ctx.db, own, { role });
      users[role] = user.id;
      cookies[role] = await signIn(app, user.email, user.password);
    }
    world = { app, db: ctx.db, own, other, third, users };
    return () => app.close();
  });

  describe.each(rows)('$method $name', (row) => {
    it.each([...ROLES, 'anonymous' as const])('as %s', async (role) => {
      const { url, body, cookie } = await row.request(world, role);
      const sessionCookie = cookie ?? (role === 'anonymous' ? undefined : cookies[role]);
      const res = await app.inject({
        method: row.method,
        url,
        headers: sessionCookie ? { cookie: sessionCookie } : {},
        ...(body !== undefined ? { payload: body as Record<string, unknown> } : {}),
      });
      covered.add(`${row.method} ${templateOf(url)}`);
      const expected = expectedStatus(row, role);
      if (expected === 'ok' && row.allowedStatus !== undefined) expect(res.statusCode, res.body).toBe(row.allowedStatus);
      else if (expected === 'ok') expect(res.statusCode, res.body).toBeLessThan(300);
      else expect(res.statusCode, res.body).toBe(expected);
    });
  });

  it('has a row for every route of the API', async () => {
    const missing = [...documented].filter((route) => !covered.has(route));
    expect(missing).toEqual([]);
  });
});
