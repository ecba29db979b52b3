import { describe, expect, it } from 'vitest';
import { forEachDialect } from '@kinlink/store/testing';
import { sealEnvelope } from '../envelope';
import { testFederation } from '../testFederation';
import { migrateFederation } from './migrations';
import { SqlInboxStore, SqlOutboxStore } from './sqlStores';
import { federationDb } from './tables';

const fed = testFederation();
const at = new Date('2026-03-01T12:00:00Z');

forEachDialect((ctx) => {
  describe('federation tables', () => {
    it('migrate once and again without error', async () => {
      await migrateFederation(ctx.db);
      await migrateFederation(ctx.db);
    });

    it('outbox: stores, returns due entries in order, and updates them', async () => {
      await migrateFederation(ctx.db);
      const store = new SqlOutboxStore(federationDb(ctx.db));
      const base = { to: 'srb-redcross', type: 'transfer.status', createdAt: at.getTime(), status: 'pending' as const, attempts: 0 };
      const first = crypto.randomUUID();
      const later = crypto.randomUUID();
      await store.add({ ...base, id: later, body: { n: 2, text: 'Мухамед' }, nextAttemptAt: at.getTime() + 60_000 });
      await store.add({ ...base, id: first, body: { n: 1 }, nextAttemptAt: at.getTime() });
      const due = (await store.due(at.getTime(), 10)).filter((e) => e.id === first || e.id === later);
      expect(due.map((e) => e.id)).toEqual([first]);
      const entry = due[0]!;
      entry.attempts = 1;
      entry.status = 'delivered';
      entry.deliveredAt = at.getTime() + 5;
      await store.update(entry);
      expect(await store.get(first)).toMatchObject({ status: 'delivered', attempts: 1, deliveredAt: at.getTime() + 5, body: { n: 1 } });
      expect((await store.get(later))?.body).toEqual({ n: 2, text: 'Мухамед' });
    });

    it('inbox: applies a message once, releases the claim when the handler fails', async () => {
      await migrateFederation(ctx.db);
      const store = new SqlInboxStore(federationDb(ctx.db), () => at);
      const envelope = sealEnvelope(fed.mkd, fed.pinned(), { to: fed.srb.orgId, type: 'transfer.status', body: {} }, at);
      let runs = 0;
      await expect(
        store.applyOnce(envelope, async () => {
          runs++;
          throw new Error('disk full');
        }),
      ).rejects.toThrow('disk full');
      expect(await store.applyOnce(envelope, async () => void runs++)).toBe('applied');
      expect(await store.applyOnce(envelope, async () => void runs++)).toBe('duplicate');
      expect(runs).toBe(2);
    });

    it('inbox: a concurrent duplicate is told to retry, not acknowledged, while the first is running', async () => {
      await migrateFederation(ctx.db);
      const store = new SqlInboxStore(federationDb(ctx.db), () => at);
      const envelope = sealEnvelope(fed.mkd, fed.pinned(), { to: fed.srb.orgId, type: 'transfer.status', body: {} }, at);
      let release!: () => void;
      const running = store.applyOnce(envelope, () => new Promise<void>((resolve) => (release = resolve)));
      await new Promise((resolve) => setTimeout(resolve, 20));
      await expect(store.applyOnce(envelope, async () => undefined)).rejects.toThrow(/being processed; retry later/);
      release();
      expect(await running).toBe('applied');
    });
  });
});
