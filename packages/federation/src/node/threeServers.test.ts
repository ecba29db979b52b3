import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { comparableTokens } from '@kinlink/names';
import { DEFAULT_SCHEMA, schemaFingerprint } from '@kinlink/linkage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDirectory } from '../directory';
import { sealEnvelope } from '../envelope';
import { generateIdentity } from '../identity';
import { verifyAuditChain, withdrawConsent } from '@kinlink/store';
import { startFederatedServer, type FederatedServer } from './federatedServer';
import { seedCase, seedConsent, seedOfficer, seedOrganisation, seedRegistration, type SeedPerson } from './testSeed';

const SOUGHT: SeedPerson = { given: 'محمد حسين', family: 'الخطيب', sex: 'male', birthYear: 1990, script: 'arabic' };
const REGISTERED: SeedPerson = { given: 'Мухамед Хусеин', family: 'Ал-Хатиб', sex: 'male', birthYear: 1990, script: 'cyrillic' };
const ENQUIRER: SeedPerson = { given: 'فاطمة', family: 'الخطيب', sex: 'female', birthYear: 1962, script: 'arabic' };
const OTHER_SOUGHT: SeedPerson[] = [
  { given: 'زينب', family: 'حيدري', sex: 'female', birthYear: 2008, script: 'arabic' },
  { given: 'عمر', family: 'سعيدي', sex: 'male', birthYear: 1979, script: 'arabic' },
];
const OTHER_REGISTERED: SeedPerson[] = [
  { given: 'Олена', family: 'Шевченко', sex: 'female', birthYear: 1992, script: 'cyrillic' },
  { given: 'Мариам', family: 'Хашими', sex: 'female', birthYear: 2005, script: 'cyrillic' },
  { given: 'Абдулла', family: 'Карими', sex: 'male', birthYear: 1968, script: 'cyrillic' },
];
const ALL_PEOPLE = [SOUGHT, REGISTERED, ENQUIRER, ...OTHER_SOUGHT, ...OTHER_REGISTERED];

describe('three kinlink servers: two national societies and the ICRC hub', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kinlink-federation-'));
  const secret = new TextEncoder().encode('regional-linkage-secret-shared-by-societies-only');
  const hubId = generateIdentity('icrc-hub');
  const mkdId = generateIdentity('mkd-redcross');
  const srbId = generateIdentity('srb-redcross');
  const hubTraffic: string[] = [];
  let hub: FederatedServer;
  let mkd: FederatedServer;
  let srb: FederatedServer;
  let mkdToken: string;
  let srbToken: string;
  let soughtPersonId: string;
  let enquirerId: string;
  let registeredPersonId: string;

  const api = async (server: FederatedServer, token: string, method: string, route: string, body?: unknown) => {
    const response = await fetch(new URL(`/api/v1/federation${route}`, server.url), {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, json: text === '' ? undefined : (JSON.parse(text) as unknown) };
  };

  const pinnedHub = { orgId: hubId.orgId, publicKey: hubId.publicKey };
  const society = (identity: typeof mkdId, file: string, port = 0) =>
    startFederatedServer({ databaseUrl: `sqlite:${path.join(dir, file)}`, identity, hub: pinnedHub, role: 'society', linkageSecret: secret, port, backoff: { baseMs: 10, maxMs: 50, maxAttempts: 5 } });

  beforeAll(async () => {
    hub = await startFederatedServer({
      databaseUrl: `sqlite:${path.join(dir, 'hub.db')}`,
      identity: hubId,
      hub: pinnedHub,
      role: 'hub',
      backoff: { baseMs: 10, maxMs: 50, maxAttempts: 5 },
      beforeListen: (app) => {
        app.addHook('preHandler', async (request) => {
          hubTraffic.push(`${request.method} ${request.url} ${JSON.stringify(request.headers)} ${JSON.stringify(request.body ?? null)}`);
        });
      },
    });
    mkd = await society(mkdId, 'mkd.db');
    srb = await society(srbId, 'srb.db');

    const peer = (identity: typeof mkdId, role: 'hub' | 'society', url: string, country?: string) => ({
      orgId: identity.orgId,
      name: identity.orgId,
      role,
      publicKey: identity.publicKey,
      url,
      ...(country ? { country } : {}),
    });
    const directory = signDirectory(hubId, {
      version: 1,
      issuedAt: new Date().toISOString(),
      peers: [peer(hubId, 'hub', hub.url), peer(mkdId, 'society', mkd.url, 'MKD'), peer(srbId, 'society', srb.url, 'SRB')],
    });
    for (const server of [hub, mkd, srb]) await server.node.adoptDirectory(directory);

    await seedOrganisation(mkd.db, 'mkd-redcross', 'MK');
    await seedOrganisation(srb.db, 'srb-redcross', 'RS');
    mkdToken = await seedOfficer(mkd.db, 'mkd-redcross');
    srbToken = await seedOfficer(srb.db, 'srb-redcross');
    ({ soughtId: soughtPersonId, enquirerId } = await seedCase(mkd.db, 'mkd-redcross', ENQUIRER, SOUGHT, 'son'));
    for (const other of OTHER_SOUGHT) await seedCase(mkd.db, 'mkd-redcross', ENQUIRER, other, 'daughter');
    registeredPersonId = await seedRegistration(srb.db, 'srb-redcross', REGISTERED);
    for (const other of OTHER_REGISTERED) await seedRegistration(srb.db, 'srb-redcross', other);
  });

  afterAll(async () => {
    for (const server of [hub, mkd, srb]) await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds the Arabic-script request and the Cyrillic registration at the hub, transfers the case, and no name reaches the hub', async () => {
    // Officers refuse anonymous calls.
    expect((await fetch(new URL('/api/v1/federation/candidates', mkd.url))).status).toBe(401);

    // 1. Both societies publish encodings; their outboxes deliver them to the hub.
    expect((await api(mkd, mkdToken, 'POST', '/publish')).json).toEqual({ sought: 3, registered: 0 });
    expect((await api(srb, srbToken, 'POST', '/publish')).json).toEqual({ sought: 0, registered: 4 });
    await api(mkd, mkdToken, 'POST', '/outbox/flush');
    await api(srb, srbToken, 'POST', '/outbox/flush');

    // 2. The hub compared them and queued "you may have a match" for both sides.
    expect(await hub.node.flush()).toBeGreaterThanOrEqual(2);
    const mkdCandidates = (await api(mkd, mkdToken, 'GET', '/candidates')).json as { id: string; personId: string; theirOrg: string; theirRecord: string; score: number }[];
    const srbCandidates = (await api(srb, srbToken, 'GET', '/candidates')).json as { id: string; personId: string; theirOrg: string; score: number }[];
    const best = mkdCandidates[0]!;
    expect(best).toMatchObject({ personId: soughtPersonId, theirOrg: 'srb-redcross' });
    expect(best.score).toBeGreaterThan(0.9);
    expect(srbCandidates.find((c) => c.id === best.id)).toMatchObject({ personId: registeredPersonId, theirOrg: 'mkd-redcross', score: best.score });
    expect(mkdCandidates.filter((c) => c.personId !== soughtPersonId)).toEqual([]); // no spurious pairs among the others

    // 3. The Macedonian officer offers the case for tracing, sharing only identity, birth and family links,
    // once the enquirer's consent to sharing within the Red Cross network is on record.
    const noConsent = await api(mkd, mkdToken, 'POST', '/transfers', { candidateId: best.id, purpose: 'tracing', categories: ['identity'], legalBasis: 'RFL consent of the enquirer' });
    expect(noConsent.status).toBe(409);
    expect(noConsent.json).toMatchObject({ error: 'consent_required', message: expect.stringContaining('share_red_cross_network') });
    await seedConsent(mkd.db, 'mkd-redcross', enquirerId, 'share_red_cross_network', 'refused');
    expect((await api(mkd, mkdToken, 'POST', '/transfers', { candidateId: best.id, purpose: 'tracing', categories: ['identity'], legalBasis: 'RFL consent of the enquirer' })).status).toBe(409);
    await seedConsent(mkd.db, 'mkd-redcross', enquirerId, 'share_red_cross_network');
    const contact = await api(mkd, mkdToken, 'POST', '/transfers', { candidateId: best.id, purpose: 'reunification', categories: ['identity', 'contact'], legalBasis: 'RFL consent' });
    expect(contact).toMatchObject({ status: 409, json: { error: 'consent_required', message: expect.stringContaining('disclose_whereabouts_to_enquirer') } });
    expect(await mkd.db.selectFrom('federation_transfers' as never).selectAll().execute()).toEqual([]); // nothing half-done
    const refused = await api(mkd, mkdToken, 'POST', '/transfers', { candidateId: best.id, purpose: 'tracing', categories: ['identity', 'contact'], legalBasis: 'RFL consent of the enquirer' });
    expect(refused.status).toBe(400);
    const offered = await api(mkd, mkdToken, 'POST', '/transfers', {
      candidateId: best.id,
      purpose: 'tracing',
      categories: ['identity', 'birth', 'family-links'],
      legalBasis: 'RFL consent of the enquirer, 2026-03-01',
    });
    expect(offered.status).toBe(200);
    const { transferId } = offered.json as { transferId: string };
    await api(mkd, mkdToken, 'POST', '/outbox/flush');

    // 4. Serbia sees the offer with the shared categories only, and accepts.
    const received = (await api(srb, srbToken, 'GET', `/transfers/${transferId}`)).json as { status: string; case_ref: string; categories: string[]; data: Record<string, unknown> };
    expect(received).toMatchObject({ status: 'offered', case_ref: registeredPersonId, categories: ['identity', 'birth', 'family-links'] });
    expect(Object.keys(received.data).sort()).toEqual(['birth', 'family-links', 'identity']);
    expect(JSON.stringify(received.data)).toContain('الخطيب');
    expect((await api(srb, srbToken, 'POST', `/transfers/${transferId}/decision`, { decision: 'accepted' })).status).toBe(200);
    expect((await api(srb, srbToken, 'POST', `/transfers/${transferId}/decision`, { decision: 'declined' })).status).toBe(409);
    await api(srb, srbToken, 'POST', '/outbox/flush');

    // 5. Status and closure flow back to Macedonia.
    expect((await api(srb, srbToken, 'POST', `/transfers/${transferId}/status`, { status: 'located' })).status).toBe(200);
    expect((await api(srb, srbToken, 'POST', `/transfers/${transferId}/status`, { status: 'closed' })).status).toBe(400);
    expect((await api(srb, srbToken, 'POST', `/transfers/${transferId}/status`, { status: 'closed', closureReason: 'located_contact_restored' })).status).toBe(200);
    await api(srb, srbToken, 'POST', '/outbox/flush');

    const sent = (await api(mkd, mkdToken, 'GET', `/transfers/${transferId}`)).json as { status: string; closure_reason: string; ledger: { event: string; direction: string; legal_basis: string; categories: string }[] };
    expect(sent.status).toBe('closed');
    expect(sent.closure_reason).toBe('located_contact_restored');
    expect(sent.ledger.map((e) => `${e.direction}:${e.event}`)).toEqual(['out:offered', 'in:accepted', 'in:status:located', 'in:status:closed']);
    const theirs = (await api(srb, srbToken, 'GET', `/transfers/${transferId}`)).json as typeof sent;
    expect(theirs.ledger.map((e) => `${e.direction}:${e.event}`)).toEqual(['in:received', 'out:accepted', 'out:status:located', 'out:status:closed']);
    for (const entry of [...sent.ledger, ...theirs.ledger]) {
      expect(entry.legal_basis).toBe('RFL consent of the enquirer, 2026-03-01');
      expect(JSON.parse(entry.categories)).toEqual(['identity', 'birth', 'family-links']);
    }

    // Both sides' tamper-evident audit logs hold the transfer's actions (and the reads of it).
    for (const [server, actions] of [
      [mkd, ['federation.transfer_offer', 'federation.transfer_answered', 'federation.transfer_status_received', 'federation.transfer_read']],
      [srb, ['federation.transfer_receive', 'federation.transfer_decide', 'federation.transfer_status', 'federation.transfer_read']],
    ] as const) {
      const audit = await server.db.selectFrom('audit_log').select(['action', 'record_id']).where('record_id', '=', transferId).execute();
      expect(new Set(audit.map((a) => a.action))).toEqual(new Set(actions));
      expect(await verifyAuditChain(server.db)).toMatchObject({ ok: true });
    }

    // 6. Messages are logged on both sides.
    const mkdLog = (await api(mkd, mkdToken, 'GET', '/log')).json as { direction: string; outcome: string; type: string | null }[];
    expect(mkdLog.filter((e) => e.direction === 'in' && e.outcome === 'applied').map((e) => e.type)).toEqual(
      expect.arrayContaining(['linkage.candidate', 'transfer.response', 'transfer.status']),
    );
    expect(mkdLog.some((e) => e.direction === 'out' && e.outcome === 'delivered')).toBe(true);
    const status = (await api(mkd, mkdToken, 'GET', '/status')).json as { directory: { version: number }; outbox: { pending: number; parked: number }; lastHubExchange: { peer: string; type: string }; peers: { orgId: string; lastExchange: unknown }[] };
    expect(status).toMatchObject({ directory: { version: 1 }, outbox: { pending: 0, parked: 0 }, lastHubExchange: { peer: 'icrc-hub' } });
    expect(status.peers.map((p) => p.orgId)).toEqual(['icrc-hub', 'mkd-redcross', 'srb-redcross']);
    expect(status.peers.find((p) => p.orgId === 'srb-redcross')?.lastExchange).not.toBeNull();

    // 7. Nothing the hub received or stored contains a name, in any script or as a comparable token.
    const dump: string[] = [...hubTraffic];
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(hub.db);
    for (const { name } of tables.rows) {
      const rows = await sql.raw(`select * from "${name}"`).execute(hub.db);
      dump.push(`${name}: ${JSON.stringify(rows.rows)}`);
    }
    const everything = dump.join('\n');
    expect(everything).toContain('hub_submissions'); // the capture really saw the hub's tables
    expect(hubTraffic.some((line) => line.includes('linkage.submit'))).toBe(true);
    const words = new Set<string>();
    for (const person of ALL_PEOPLE) {
      for (const value of [person.given, person.family]) {
        words.add(value);
        for (const part of value.split(/[\s-]+/)) if (part.length >= 2) words.add(part);
        for (const token of comparableTokens(value)) words.add(token);
      }
    }
    for (const latin of ['muhamed', 'mohammed', 'muhammad', 'husein', 'hussein', 'khatib', 'hatib', 'fatima', 'zainab', 'olena', 'maryam', 'abdullah', 'karimi']) words.add(latin);
    // Whole words only: a 3-letter token like "hsn" occurs by chance inside base64 encodings and random ids.
    const leaked = [...words].filter((word) => new RegExp(`(?<![\\p{L}\\p{N}+/_-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}+/_-])`, 'iu').test(everything));
    expect(leaked).toEqual([]);
  });

  it('a society that is down gets the transfer when it is back, applied once', async () => {
    const candidate = ((await api(mkd, mkdToken, 'GET', '/candidates')).json as { id: string }[])[0]!;
    const port = Number(new URL(srb.url).port);
    await srb.close();
    const offered = await api(mkd, mkdToken, 'POST', '/transfers', { candidateId: candidate.id, purpose: 'match-verification', categories: ['identity'], legalBasis: 'verification before disclosure' });
    const { transferId } = offered.json as { transferId: string };
    expect((await api(mkd, mkdToken, 'POST', '/outbox/flush')).json).toEqual({ delivered: 0 });
    const waiting = await mkd.node.fdb.selectFrom('federation_outbox').selectAll().where('type', '=', 'transfer.offer').where('status', '=', 'pending').execute();
    expect(waiting).toHaveLength(1);
    expect(waiting[0]!.last_error).toMatch(/fetch failed|ECONNREFUSED/);

    srb = await society(srbId, 'srb.db', port); // same database, same address: the directory still holds
    await new Promise((resolve) => setTimeout(resolve, 120)); // past the longest backoff of this test (50 ms)
    expect((await api(mkd, mkdToken, 'POST', '/outbox/flush')).json).toEqual({ delivered: 1 });
    const received = (await api(srb, srbToken, 'GET', `/transfers/${transferId}`)).json as { status: string; data: Record<string, unknown> };
    expect(received.status).toBe('offered');
    expect(Object.keys(received.data)).toEqual(['identity']);
    const transfers = (await api(srb, srbToken, 'GET', '/transfers')).json as { id: string }[];
    expect(transfers.filter((t) => t.id === transferId)).toHaveLength(1);

    // Declining flows back with its reason; a declined transfer takes no status updates.
    expect((await api(srb, srbToken, 'POST', `/transfers/${transferId}/decision`, { decision: 'declined', reason: 'already handled under the first transfer' })).status).toBe(200);
    expect((await api(srb, srbToken, 'POST', `/transfers/${transferId}/status`, { status: 'located' })).status).toBe(409);
    await api(srb, srbToken, 'POST', '/outbox/flush');
    const declined = (await api(mkd, mkdToken, 'GET', `/transfers/${transferId}`)).json as { status: string; decline_reason: string; ledger: { event: string }[] };
    expect(declined).toMatchObject({ status: 'declined', decline_reason: 'already handled under the first transfer' });
    expect(declined.ledger.map((e) => e.event)).toEqual(['offered', 'declined']);
  });

  it('a withdrawn consent reaches every peer that received the data, which hides it and records it in its ledger', async () => {
    const sent = (await api(mkd, mkdToken, 'GET', '/transfers')).json as { id: string; direction: string }[];
    const shared = sent.filter((t) => t.direction === 'out').map((t) => t.id);
    expect(shared).toHaveLength(2);
    const consent = await mkd.db.selectFrom('consents').select('id').where('person_id', '=', enquirerId).where('decision', '=', 'given').executeTakeFirstOrThrow();
    await withdrawConsent(mkd.db, consent.id, { reason: 'the enquirer no longer wants the request shared' });

    // Overlapping rounds (the API's flush and the background timer) send one notice per transfer.
    const rounds = await Promise.all([mkd.node.society!.propagateConsentWithdrawals(), mkd.node.society!.propagateConsentWithdrawals()]);
    expect(rounds[0] + rounds[1]).toBe(2);
    await api(mkd, mkdToken, 'POST', '/outbox/flush');
    await api(mkd, mkdToken, 'POST', '/outbox/flush'); // a second round sends nothing twice
    const notices = await mkd.node.fdb.selectFrom('federation_outbox').select(['to_org', 'status']).where('type', '=', 'transfer.consent-withdrawn').execute();
    expect(notices).toEqual([{ to_org: 'srb-redcross', status: 'delivered' }, { to_org: 'srb-redcross', status: 'delivered' }]);

    for (const transferId of shared) {
      const theirs = (await api(srb, srbToken, 'GET', `/transfers/${transferId}`)).json as { data: unknown; consent_withdrawn_at: string | null; ledger: { direction: string; event: string }[] };
      expect(theirs.data).toBeNull();
      expect(theirs.consent_withdrawn_at).toEqual(expect.any(String));
      expect(theirs.ledger.at(-1)).toMatchObject({ direction: 'in', event: 'consent-withdrawn' });
      const ours = (await api(mkd, mkdToken, 'GET', `/transfers/${transferId}`)).json as typeof theirs;
      expect(ours.ledger.at(-1)).toMatchObject({ direction: 'out', event: 'consent-withdrawn' });
    }
    const stored = await srb.node.fdb.selectFrom('federation_transfers').select('data').where('id', 'in', shared).execute();
    expect(stored.map((row) => row.data)).toEqual([null, null]);
    expect(await verifyAuditChain(srb.db)).toMatchObject({ ok: true });

    // Without consent no new offer leaves the server.
    const candidate = ((await api(mkd, mkdToken, 'GET', '/candidates')).json as { id: string }[])[0]!;
    const refused = await api(mkd, mkdToken, 'POST', '/transfers', { candidateId: candidate.id, purpose: 'tracing', categories: ['identity'], legalBasis: 'RFL consent' });
    expect(refused).toMatchObject({ status: 409, json: { error: 'consent_required' } });
  });

  it('servers pull a newer directory from the hub; a server still on the old one is refused', async () => {
    const newcomer = generateIdentity('hrv-redcross');
    const peer = (identity: typeof mkdId, role: 'hub' | 'society', url: string) => ({ orgId: identity.orgId, name: identity.orgId, role, publicKey: identity.publicKey, url });
    const v2 = signDirectory(hubId, {
      version: 2,
      issuedAt: new Date().toISOString(),
      peers: [peer(hubId, 'hub', hub.url), peer(mkdId, 'society', mkd.url), peer(srbId, 'society', srb.url), peer(newcomer, 'society', 'http://127.0.0.1:9/')],
    });
    await hub.node.adoptDirectory(v2);
    expect((await api(mkd, mkdToken, 'POST', '/directory/refresh')).json).toEqual({ version: 2, changed: true });
    expect((await api(mkd, mkdToken, 'POST', '/directory/refresh')).json).toEqual({ version: 2, changed: false });
    expect(mkd.node.directory.peer('hrv-redcross')?.publicKey).toBe(newcomer.publicKey);

    const stale = sealEnvelope(srbId, srb.node.directory, { to: mkdId.orgId, type: 'transfer.status', body: {} }, new Date());
    const response = await fetch(new URL('/api/v1/federation/inbox', mkd.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(stale) });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ outcome: 'rejected', reason: 'wrong-directory' });
    expect((await api(srb, srbToken, 'POST', '/directory/refresh')).json).toEqual({ version: 2, changed: true });
  });

  it('the hub rejects forged and replayed federation messages with reasons, and logs them', async () => {
    const envelope = { v: 1, id: crypto.randomUUID(), nonce: 'aaaaaaaaaaaaaaaaaaaa', from: 'mkd-redcross', to: 'icrc-hub', type: 'linkage.submit', sentAt: new Date().toISOString(), directory: { issuer: 'icrc-hub', version: hub.node.directory.version }, body: {}, signature: 'AAAA' };
    const response = await fetch(new URL('/api/v1/federation/inbox', hub.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(envelope) });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ outcome: 'rejected', reason: 'bad-signature' });
    const log = await hub.node.fdb.selectFrom('federation_message_log').selectAll().where('outcome', '=', 'rejected:bad-signature').execute();
    expect(log).toHaveLength(1);

    const genuine = sealEnvelope(mkdId, mkd.node.directory, { to: hubId.orgId, type: 'linkage.submit', body: { kind: 'registered', clks: { fingerprint: schemaFingerprint(DEFAULT_SCHEMA), words: 16, ids: [], data: '' } } }, new Date());
    const post = () => fetch(new URL('/api/v1/federation/inbox', hub.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(genuine) });
    expect((await post()).status).toBe(200);
    const replay = await post();
    expect(replay.status).toBe(409);
    expect(await replay.json()).toMatchObject({ outcome: 'rejected', reason: 'replayed' });
  });
});
