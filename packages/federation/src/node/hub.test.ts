import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forEachDialect } from '@kinlink/store/testing';
import { createClkEncoder, encodeRecords, matrixToWire, DEFAULT_SCHEMA, schemaFingerprint } from '@kinlink/linkage';
import { sealEnvelope, type Envelope } from '../envelope';
import type { Transport } from '../outbox';
import { testFederation } from '../testFederation';
import { FederationNode } from './node';
import { migrateFederation } from './migrations';
import { federationDb, type FederationTables } from './tables';

const secret = new TextEncoder().encode('hub-test-linkage-secret-0123456789');
const encoder = createClkEncoder(secret);
const set = (kind: 'sought' | 'registered', people: [string, string[], number][]) => ({
  kind,
  clks: matrixToWire(encodeRecords(encoder, people.map(([id, nameTokens, birthYear]) => ({ id, nameTokens, birthYear, sex: 'M' as const })))),
});

forEachDialect((ctx) => describe('hub service', () => {
  const fed = testFederation();
  const sent: Envelope[] = [];
  const capture: Transport = async (_url, envelope) => {
    sent.push(envelope);
    return { status: 200, text: '{}' };
  };
  let clock = Date.parse('2026-03-01T12:00:00Z');

  beforeEach(async () => {
    await migrateFederation(ctx.db);
    const fdb = federationDb(ctx.db);
    for (const table of ['hub_budgets', 'hub_submissions', 'hub_candidates', 'federation_outbox', 'federation_directory', 'federation_inbox', 'federation_message_log'] as (keyof FederationTables)[]) {
      await fdb.deleteFrom(table).execute();
    }
  });

  async function hubNode(capacity: number) {
    const node = await FederationNode.open({
      db: ctx.db,
      identity: fed.hub,
      hub: { orgId: fed.hub.orgId, publicKey: fed.hub.publicKey },
      role: 'hub',
      transport: capture,
      hubRateLimit: { capacity, refillPerHour: 0 },
      now: () => new Date(clock),
    });
    await node.adoptDirectory(fed.signedVersion(1));
    return node;
  }
  const submit = (node: FederationNode, from: typeof fed.mkd, body: unknown) =>
    node.receive(JSON.parse(JSON.stringify(sealEnvelope(from, fed.pinned(), { to: fed.hub.orgId, type: 'linkage.submit', body }, new Date(clock)))));

  afterEach(() => {
    sent.length = 0;
  });

  it('notifies both servers once per pair, in the canonical sought → registered order', async () => {
    const hub = await hubNode(1000);
    expect(await submit(hub, fed.mkd, set('sought', [['s1', ['mhmt', 'hsn', 'htb'], 1990], ['s2', ['ftm', 'ysf'], 1975]]))).toMatchObject({ outcome: 'applied' });
    expect(await submit(hub, fed.srb, set('registered', [['r1', ['mhmt', 'hsn', 'htb'], 1990], ['r2', ['krm', 'abdlh'], 1968]]))).toMatchObject({ outcome: 'applied' });
    await hub.flush();
    expect(sent.map((e) => [e.to, (e.body as { yourRecord: string }).yourRecord, (e.body as { theirRecord: string }).theirRecord])).toEqual([
      ['mkd-redcross', 's1', 'r1'],
      ['srb-redcross', 'r1', 's1'],
    ]);
    expect((sent[0]!.body as { score: number }).score).toBe(1);
    // Publishing the same sets again finds the same pair: nobody is told twice.
    clock += 1000;
    await submit(hub, fed.srb, set('registered', [['r1', ['mhmt', 'hsn', 'htb'], 1990]]));
    await hub.flush();
    expect(sent).toHaveLength(2);
  });

  it('spends each server its own budget of encodings and refuses submissions beyond it', async () => {
    const hub = await hubNode(3);
    expect(await submit(hub, fed.mkd, set('sought', [['s1', ['ali'], 1990], ['s2', ['omar'], 1980]]))).toMatchObject({ outcome: 'applied' });
    const refused = await submit(hub, fed.mkd, set('sought', [['s1', ['ali'], 1990], ['s2', ['omar'], 1980]]));
    expect(refused).toMatchObject({ outcome: 'rejected', reason: 'throttled' });
    if (refused.outcome === 'rejected') expect(refused.detail).toMatch(/query budget of mkd-redcross exhausted/);
    expect(await submit(hub, fed.srb, set('registered', [['r1', ['ali'], 1990]]))).toMatchObject({ outcome: 'applied' });
    // The budget is in the hub's database: restarting the hub does not refill it.
    await federationDb(ctx.db).deleteFrom('federation_directory').execute();
    const restarted = await hubNode(3);
    clock += 1000;
    expect(await submit(restarted, fed.mkd, set('sought', [['s3', ['ali'], 1990], ['s4', ['omar'], 1980]]))).toMatchObject({ outcome: 'rejected', reason: 'throttled' });
  });

  it('refuses encodings made with another schema', async () => {
    const hub = await hubNode(1000);
    const other = createClkEncoder(secret, { ...DEFAULT_SCHEMA, hardening: 'none' });
    const body = { kind: 'sought', clks: matrixToWire(encodeRecords(other, [{ id: 's1', nameTokens: ['ali'] }])) };
    const refused = await submit(hub, fed.mkd, body);
    expect(refused).toMatchObject({ outcome: 'rejected', reason: 'refused' });
    if (refused.outcome === 'rejected') expect(refused.detail).toContain(schemaFingerprint(DEFAULT_SCHEMA));
  });

  it('refuses record references that look like names or ids with separators', async () => {
    const hub = await hubNode(1000);
    const body = set('sought', [['s1', ['ali'], 1990]]);
    const refused = await submit(hub, fed.mkd, { ...body, clks: { ...body.clks, ids: ['Ali Hassan'] } });
    expect(refused).toMatchObject({ outcome: 'rejected', reason: 'refused' });
    if (refused.outcome === 'rejected') expect(refused.detail).toMatch(/opaque tokens, never names/);
  });
}));
