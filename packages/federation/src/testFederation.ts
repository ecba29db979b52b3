import { signDirectory, PinnedDirectory } from './directory';
import { generateIdentity, type OrganisationIdentity } from './identity';

/** A hub and two national societies with a signed directory pinned by everyone (for tests). */
export interface TestFederation {
  hub: OrganisationIdentity;
  mkd: OrganisationIdentity;
  srb: OrganisationIdentity;
  pinned(): PinnedDirectory;
  signedVersion(version: number, extra?: OrganisationIdentity[]): ReturnType<typeof signDirectory>;
}

export function testFederation(): TestFederation {
  const hub = generateIdentity('icrc-hub');
  const mkd = generateIdentity('mkd-redcross');
  const srb = generateIdentity('srb-redcross');
  const peer = (identity: OrganisationIdentity, role: 'hub' | 'society', port: number) => ({
    orgId: identity.orgId,
    name: identity.orgId,
    role,
    publicKey: identity.publicKey,
    url: `http://127.0.0.1:${port}/`,
  });
  const signedVersion = (version: number, extra: OrganisationIdentity[] = []) =>
    signDirectory(hub, {
      version,
      issuedAt: new Date('2026-01-01T00:00:00Z').toISOString(),
      peers: [peer(hub, 'hub', 9000), peer(mkd, 'society', 9001), peer(srb, 'society', 9002), ...extra.map((id, i) => peer(id, 'society', 9100 + i))],
    });
  return {
    hub,
    mkd,
    srb,
    signedVersion,
    pinned() {
      const directory = new PinnedDirectory(hub.orgId, hub.publicKey);
      directory.adopt(signedVersion(1));
      return directory;
    },
  };
}
