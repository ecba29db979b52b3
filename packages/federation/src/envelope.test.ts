import { describe, expect, it } from 'vitest';
import { PinnedDirectory } from './directory';
import { sealEnvelope, verifyEnvelope, type Envelope } from './envelope';
import { generateIdentity } from './identity';
import { MemoryReplayGuard } from './replayGuard';
import { testFederation } from './testFederation';

const now = new Date('2026-03-01T12:00:00Z');

describe('signed envelopes', () => {
  const fed = testFederation();
  const senderDirectory = fed.pinned();
  const receiverDirectory = fed.pinned();
  const seal = (overrides: Partial<{ at: Date; to: string; body: unknown }> = {}): Envelope =>
    sealEnvelope(fed.mkd, senderDirectory, { to: overrides.to ?? fed.srb.orgId, type: 'transfer.status', body: overrides.body ?? { status: 'closed' } }, overrides.at ?? now);
  const verify = (envelope: unknown, guard = new MemoryReplayGuard(), at = now) =>
    verifyEnvelope(envelope, { self: fed.srb.orgId, directory: receiverDirectory, replayGuard: guard, now: at });

  it('accepts an intact envelope from a directory peer, even after a JSON round trip with reordered keys', () => {
    const envelope = seal();
    const reordered = Object.fromEntries(Object.entries(JSON.parse(JSON.stringify(envelope))).reverse());
    const result = verify(reordered);
    expect(result.ok).toBe(true);
  });

  it('rejects a tampered body, sender or timestamp', () => {
    const envelope = seal();
    for (const tampered of [
      { ...envelope, body: { status: 'located' } },
      { ...envelope, type: 'transfer.offer' },
      { ...envelope, sentAt: new Date(now.getTime() - 1000).toISOString() },
    ]) {
      const result = verify(tampered);
      expect(result).toMatchObject({ ok: false, reason: 'bad-signature' });
    }
    const impersonation = { ...envelope, from: fed.hub.orgId };
    expect(verify(impersonation)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('rejects expired and future-dated envelopes outside the clock-skew window', () => {
    const old = seal({ at: new Date(now.getTime() - 6 * 60_000) });
    expect(verify(old)).toMatchObject({ ok: false, reason: 'expired' });
    const future = seal({ at: new Date(now.getTime() + 6 * 60_000) });
    expect(verify(future)).toMatchObject({ ok: false, reason: 'from-the-future' });
    const slightlyLate = seal({ at: new Date(now.getTime() - 4 * 60_000) });
    expect(verify(slightlyLate).ok).toBe(true);
  });

  it('rejects a replayed envelope (same nonce) with a clear reason', () => {
    const guard = new MemoryReplayGuard();
    const envelope = seal();
    expect(verify(envelope, guard).ok).toBe(true);
    const replay = verify(JSON.parse(JSON.stringify(envelope)), guard, new Date(now.getTime() + 30_000));
    expect(replay).toMatchObject({ ok: false, reason: 'replayed' });
    if (!replay.ok) expect(replay.detail).toContain(envelope.nonce);
  });

  it('rejects senders that are not in the directory, even with a well-formed signature', () => {
    const stranger = generateIdentity('rogue-server');
    const envelope = sealEnvelope(stranger, senderDirectory, { to: fed.srb.orgId, type: 'transfer.status', body: {} }, now);
    const result = verify(envelope);
    expect(result).toMatchObject({ ok: false, reason: 'unknown-sender' });
    if (!result.ok) expect(result.detail).toContain('rogue-server');
  });

  it('rejects envelopes made under another directory (other version or another hub)', () => {
    const newer = new PinnedDirectory(fed.hub.orgId, fed.hub.publicKey);
    newer.adopt(fed.signedVersion(1));
    newer.adopt(fed.signedVersion(2));
    const envelope = sealEnvelope(fed.mkd, newer, { to: fed.srb.orgId, type: 'transfer.status', body: {} }, now);
    const result = verify(envelope);
    expect(result).toMatchObject({ ok: false, reason: 'wrong-directory' });
    if (!result.ok) expect(result.detail).toMatch(/v2.*v1/);
  });

  it('rejects envelopes addressed to another server and malformed input', () => {
    expect(verify(seal({ to: fed.hub.orgId }))).toMatchObject({ ok: false, reason: 'wrong-recipient' });
    expect(verify({ hello: 'world' })).toMatchObject({ ok: false, reason: 'malformed' });
    expect(verify('not json at all')).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('does not burn a nonce on envelopes that fail other checks', () => {
    const guard = new MemoryReplayGuard();
    const envelope = seal();
    verify({ ...envelope, body: 'tampered' }, guard);
    expect(guard.size).toBe(0);
    expect(verify(envelope, guard).ok).toBe(true);
  });
});
