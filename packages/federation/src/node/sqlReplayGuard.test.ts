import { describe, expect, it } from 'vitest';
import { forEachDialect } from '@kinlink/store/testing';
import { DEFAULT_SCHEMA, schemaFingerprint } from '@kinlink/linkage';
import { sealEnvelope } from '../envelope';
import type { Transport } from '../outbox';
import { testFederation } from '../testFederation';
import { FederationNode } from './node';
import { federationDb } from './tables';

const fed = testFederation();
const quiet: Transport = async () => ({ status: 200, text: '{}' });

forEachDialect((ctx) =>
  describe('replay guard across a restart', () => {
    let clock = Date.parse('2026-03-01T12:00:00Z');
    const startHub = async () => {
      const node = await FederationNode.open({ db: ctx.db, identity: fed.hub, hub: { orgId: fed.hub.orgId, publicKey: fed.hub.publicKey }, role: 'hub', transport: quiet, now: () => new Date(clock) });
      if (node.directory.version === 0) await node.adoptDirectory(fed.signedVersion(1));
      return node;
    };
    const emptySubmission = { kind: 'registered', clks: { fingerprint: schemaFingerprint(DEFAULT_SCHEMA), words: 16, ids: [], data: '' } };

    it('refuses an envelope replayed after the receiver restarted, inside the skew window', async () => {
      const before = await startHub();
      const captured = JSON.parse(JSON.stringify(sealEnvelope(fed.mkd, fed.pinned(), { to: fed.hub.orgId, type: 'linkage.submit', body: emptySubmission }, new Date(clock))));
      expect(await before.receive(captured)).toMatchObject({ outcome: 'applied' });
      expect(await before.receive(captured)).toMatchObject({ outcome: 'rejected', reason: 'replayed' });
      await before.hub?.idle();

      // A new node on the same database has an empty memory; only the stored nonce can refuse the replay.
      clock += 60_000;
      const after = await startHub();
      const replay = await after.receive(captured);
      expect(replay).toMatchObject({ outcome: 'rejected', reason: 'replayed' });
      expect(await federationDb(ctx.db).selectFrom('federation_message_log').select('outcome').where('outcome', '=', 'rejected:replayed').execute()).toHaveLength(2);

      // The same message re-signed (new nonce, same id) is a legitimate redelivery: acknowledged, applied once.
      const redelivered = JSON.parse(JSON.stringify(sealEnvelope(fed.mkd, fed.pinned(), { id: captured.id, to: fed.hub.orgId, type: 'linkage.submit', body: emptySubmission }, new Date(clock))));
      expect(await after.receive(redelivered)).toMatchObject({ outcome: 'duplicate' });
      await after.hub?.idle();
    });

    it('forgets nonces once they are outside the window (the time check refuses those envelopes anyway)', async () => {
      const node = await startHub();
      const envelope = JSON.parse(JSON.stringify(sealEnvelope(fed.srb, fed.pinned(), { to: fed.hub.orgId, type: 'linkage.submit', body: emptySubmission }, new Date(clock))));
      expect(await node.receive(envelope)).toMatchObject({ outcome: 'applied' });
      await node.hub?.idle();
      const key = `${envelope.from}/${envelope.nonce}`;
      const stored = () => federationDb(ctx.db).selectFrom('federation_nonces').select('key').where('key', '=', key).execute();
      expect(await stored()).toHaveLength(1);
      clock += 10 * 60_000;
      const restarted = await startHub();
      expect(await restarted.receive(envelope)).toMatchObject({ outcome: 'rejected', reason: 'expired' });
      const fresh = JSON.parse(JSON.stringify(sealEnvelope(fed.srb, fed.pinned(), { to: fed.hub.orgId, type: 'linkage.submit', body: emptySubmission }, new Date(clock))));
      expect(await restarted.receive(fresh)).toMatchObject({ outcome: 'applied' });
      await restarted.hub?.idle();
      expect(await stored()).toEqual([]);
    });
  }),
);
