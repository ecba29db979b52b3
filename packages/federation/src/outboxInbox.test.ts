import { describe, expect, it } from 'vitest';
import type { Envelope } from './envelope';
import { Inbox, MemoryInboxStore, receiptStatus, type Receipt } from './inbox';
import { MemoryOutboxStore, Outbox, type Transport } from './outbox';
import { MemoryReplayGuard } from './replayGuard';
import { testFederation } from './testFederation';
import { nextDelayMs } from './backoff';

describe('outbox → inbox delivery', () => {
  const fed = testFederation();
  const policy = { baseMs: 1_000, maxMs: 60_000, maxAttempts: 5 };

  function pair() {
    const applied: Envelope[] = [];
    const inbox = new Inbox({
      self: fed.srb,
      directory: fed.pinned(),
      replayGuard: new MemoryReplayGuard(),
      store: new MemoryInboxStore(),
      handlers: { 'transfer.status': async (envelope) => void applied.push(envelope) },
    });
    let peerUp = false;
    let loseAcks = false;
    const receipts: Receipt[] = [];
    const transport: Transport = async (url, envelope) => {
      expect(url).toBe('http://127.0.0.1:9002/api/v1/federation/inbox');
      if (!peerUp) throw new Error('connect ECONNREFUSED 127.0.0.1:9002');
      const receipt = await inbox.receive(JSON.parse(JSON.stringify(envelope)), new Date(Date.parse(envelope.sentAt)));
      receipts.push(receipt);
      if (loseAcks) throw new Error('socket hang up');
      return { status: receiptStatus(receipt), text: JSON.stringify(receipt) };
    };
    const store = new MemoryOutboxStore();
    const outbox = new Outbox(fed.mkd, fed.pinned(), store, transport, policy, () => 0.5);
    return { applied, outbox, store, receipts, setUp: (up: boolean) => (peerUp = up), setLoseAcks: (lose: boolean) => (loseAcks = lose) };
  }

  it('keeps a message for a peer that is down and delivers it with backoff when it is back', async () => {
    const { applied, outbox, store, setUp } = pair();
    const t0 = Date.parse('2026-03-01T12:00:00Z');
    const id = await outbox.enqueue({ to: fed.srb.orgId, type: 'transfer.status', body: { status: 'closed' } }, t0);

    const first = await outbox.deliverDue(t0);
    expect(first.retrying).toHaveLength(1);
    expect(first.retrying[0]!.error).toContain('ECONNREFUSED');
    const firstRetry = first.retrying[0]!.nextAttemptAt;
    expect(firstRetry - t0).toBe(nextDelayMs(1, policy, () => 0.5));

    expect((await outbox.deliverDue(firstRetry - 1)).retrying).toHaveLength(0); // not due yet
    const second = await outbox.deliverDue(firstRetry);
    expect(second.retrying[0]!.nextAttemptAt - firstRetry).toBeGreaterThan(firstRetry - t0); // grows

    setUp(true);
    const third = await outbox.deliverDue(second.retrying[0]!.nextAttemptAt);
    expect(third.delivered).toEqual([id]);
    expect(applied).toHaveLength(1);
    expect((await store.get(id))?.status).toBe('delivered');
    expect((await outbox.deliverDue(Number.MAX_SAFE_INTEGER)).delivered).toEqual([]);
  });

  it('applies a message once when the acknowledgement is lost and the sender retries', async () => {
    const { applied, outbox, receipts, setUp, setLoseAcks } = pair();
    const t0 = Date.parse('2026-03-01T12:00:00Z');
    setUp(true);
    setLoseAcks(true);
    await outbox.enqueue({ to: fed.srb.orgId, type: 'transfer.status', body: { status: 'closed' } }, t0);
    const lost = await outbox.deliverDue(t0);
    expect(lost.retrying).toHaveLength(1);
    setLoseAcks(false);
    const retried = await outbox.deliverDue(lost.retrying[0]!.nextAttemptAt);
    expect(retried.delivered).toHaveLength(1);
    expect(receipts.map((r) => r.outcome)).toEqual(['applied', 'duplicate']);
    expect(applied).toHaveLength(1);
  });

  it('parks a message as dead after the last attempt, keeping the error', async () => {
    const { outbox, store } = pair();
    let at = Date.parse('2026-03-01T12:00:00Z');
    const id = await outbox.enqueue({ to: fed.srb.orgId, type: 'transfer.status', body: {} }, at);
    for (let attempt = 0; attempt < policy.maxAttempts; attempt++) {
      const report = await outbox.deliverDue(at);
      at = report.retrying[0]?.nextAttemptAt ?? at;
    }
    const entry = await store.get(id);
    expect(entry?.status).toBe('dead');
    expect(entry?.attempts).toBe(policy.maxAttempts);
    expect(entry?.lastError).toContain('ECONNREFUSED');
  });

  it('parks a message at once when the peer refuses it for good (422), but retries a throttle (429)', async () => {
    const statuses = [429, 422];
    const refusing: Transport = async () => {
      const status = statuses.shift()!;
      return { status, text: status === 422 ? 'schema mismatch' : 'budget exhausted' };
    };
    const store = new MemoryOutboxStore();
    const outbox = new Outbox(fed.mkd, fed.pinned(), store, refusing, policy, () => 0.5);
    const id = await outbox.enqueue({ to: fed.srb.orgId, type: 'transfer.status', body: {} }, 0);
    const throttled = await outbox.deliverDue(0);
    expect(throttled.retrying).toHaveLength(1);
    const refused = await outbox.deliverDue(throttled.retrying[0]!.nextAttemptAt);
    expect(refused.dead).toEqual([id]);
    expect((await store.get(id))?.lastError).toBe('HTTP 422: schema mismatch');
  });

  it('refuses to queue a message for an organisation outside the directory', async () => {
    const { outbox } = pair();
    await expect(outbox.enqueue({ to: 'unknown-org', type: 'transfer.status', body: {} }, 0)).rejects.toThrow(/not in the pinned directory/);
  });

  it('answers unknown message types and failing handlers without recording them as applied', async () => {
    const store = new MemoryInboxStore();
    let fail = true;
    const inbox = new Inbox({
      self: fed.srb,
      directory: fed.pinned(),
      replayGuard: new MemoryReplayGuard(),
      store,
      handlers: {
        'transfer.status': async () => {
          if (fail) throw new Error('database is locked');
        },
      },
    });
    const at = new Date('2026-03-01T12:00:00Z');
    const { sealEnvelope } = await import('./envelope');
    const sender = fed.pinned();
    const unknown = await inbox.receive(sealEnvelope(fed.mkd, sender, { to: fed.srb.orgId, type: 'rcm.deliver', body: {} }, at), at);
    expect(unknown).toMatchObject({ outcome: 'rejected', reason: 'unknown-type' });
    const message = { id: crypto.randomUUID(), to: fed.srb.orgId, type: 'transfer.status', body: {} };
    const failed = await inbox.receive(sealEnvelope(fed.mkd, sender, message, at), at);
    expect(failed).toMatchObject({ outcome: 'rejected', reason: 'handler-failed', detail: 'database is locked' });
    expect(receiptStatus(failed)).toBe(500);
    fail = false;
    const retried = await inbox.receive(sealEnvelope(fed.mkd, sender, message, at), at);
    expect(retried).toMatchObject({ outcome: 'applied' });
  });
});
