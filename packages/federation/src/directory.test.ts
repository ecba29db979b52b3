import { describe, expect, it } from 'vitest';
import { signDirectory } from './directory';
import { generateIdentity } from './identity';
import { testFederation } from './testFederation';

describe('PinnedDirectory', () => {
  const fed = testFederation();

  it('adopts a directory signed by the pinned hub and finds its peers', () => {
    const directory = fed.pinned();
    expect(directory.version).toBe(1);
    expect(directory.peer(fed.mkd.orgId)?.publicKey).toBe(fed.mkd.publicKey);
    expect(directory.peer('nobody')).toBeUndefined();
  });

  it('refuses a directory signed by any other key, even one claiming the hub id', () => {
    const impostor = generateIdentity(fed.hub.orgId);
    const forged = signDirectory(impostor, fed.signedVersion(5).directory);
    const directory = fed.pinned();
    expect(() => directory.adopt(forged)).toThrow(/does not verify with the pinned hub key/);
    expect(directory.version).toBe(1);
  });

  it('refuses rollbacks to an older or equal version', () => {
    const directory = fed.pinned();
    directory.adopt(fed.signedVersion(3));
    expect(() => directory.adopt(fed.signedVersion(2))).toThrow(/not newer than pinned version 3/);
    expect(() => directory.adopt(fed.signedVersion(3))).toThrow(/not newer/);
  });

  it('refuses a tampered directory (a peer key swapped after signing)', () => {
    const signed = fed.signedVersion(2);
    const attacker = generateIdentity('attacker');
    const tampered = {
      ...signed,
      directory: { ...signed.directory, peers: signed.directory.peers.map((p) => (p.orgId === fed.srb.orgId ? { ...p, publicKey: attacker.publicKey } : p)) },
    };
    expect(() => fed.pinned().adopt(tampered)).toThrow(/signature/);
  });

  it('refuses malformed directories and duplicate organisations', () => {
    expect(() => fed.pinned().adopt({ directory: { version: 'x' } })).toThrow(/malformed/);
    const peer = fed.signedVersion(1).directory.peers[1]!;
    expect(() => signDirectory(fed.hub, { version: 9, issuedAt: new Date().toISOString(), peers: [peer, peer] })).toThrow(/twice/);
  });
});
