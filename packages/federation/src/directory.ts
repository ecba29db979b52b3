import { z } from 'zod';
import { canonicalJson } from './canonicalJson';
import { signBytes, verifyBytes, type OrganisationIdentity } from './identity';

export const peerSchema = z.object({
  orgId: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,62}$/, 'orgId: lower-case letters, digits, dots, dashes'),
  name: z.string().min(1).max(200),
  country: z.string().regex(/^[A-Z]{3}$/).optional(),
  role: z.enum(['society', 'hub', 'partner']),
  publicKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'publicKey: raw Ed25519 key, base64url'),
  /** Base URL of the peer's kinlink server; federation routes live under it. */
  url: z.string().url(),
});
export type Peer = z.infer<typeof peerSchema>;

export const directoryBodySchema = z.object({
  issuer: z.string(),
  version: z.number().int().positive(),
  issuedAt: z.string().datetime(),
  peers: z.array(peerSchema).min(1),
});
export type DirectoryBody = z.infer<typeof directoryBodySchema>;

export const signedDirectorySchema = z.object({ directory: directoryBodySchema, signature: z.string().min(1) });
export type SignedDirectory = z.infer<typeof signedDirectorySchema>;

const encoder = new TextEncoder();

/** The hub publishes the directory of trusted peers, signed with its own key. */
export function signDirectory(hub: OrganisationIdentity, body: Omit<DirectoryBody, 'issuer'>): SignedDirectory {
  const directory = directoryBodySchema.parse({ ...body, issuer: hub.orgId });
  const orgIds = directory.peers.map((peer) => peer.orgId);
  if (new Set(orgIds).size !== orgIds.length) throw new Error('directory lists an organisation twice');
  return { directory, signature: signBytes(hub, encoder.encode(canonicalJson(directory))) };
}

export class DirectoryError extends Error {
  override name = 'DirectoryError';
}

/**
 * A server's pinned view of the federation: it trusts only directories signed by the pinned hub key,
 * and never goes back to an older version (a replayed old directory could re-admit a revoked peer).
 */
export class PinnedDirectory {
  private current: DirectoryBody | undefined;
  private byOrg = new Map<string, Peer>();

  constructor(
    readonly hubOrgId: string,
    readonly hubPublicKey: string,
  ) {}

  /** Verifies and adopts a newer directory; throws DirectoryError saying why it was refused. */
  adopt(input: unknown): DirectoryBody {
    const parsed = signedDirectorySchema.safeParse(input);
    if (!parsed.success) throw new DirectoryError(`directory is malformed: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const { directory, signature } = parsed.data;
    if (directory.issuer !== this.hubOrgId) throw new DirectoryError(`directory issued by "${directory.issuer}", pinned hub is "${this.hubOrgId}"`);
    if (!verifyBytes(this.hubPublicKey, encoder.encode(canonicalJson(directory)), signature)) {
      throw new DirectoryError('directory signature does not verify with the pinned hub key');
    }
    if (this.current !== undefined && directory.version <= this.current.version) {
      throw new DirectoryError(`directory version ${directory.version} is not newer than pinned version ${this.current.version}`);
    }
    this.current = directory;
    this.byOrg = new Map(directory.peers.map((peer) => [peer.orgId, peer]));
    return directory;
  }

  get version(): number {
    return this.current?.version ?? 0;
  }

  get directory(): DirectoryBody | undefined {
    return this.current;
  }

  peer(orgId: string): Peer | undefined {
    return this.byOrg.get(orgId);
  }

  peers(): Peer[] {
    return [...this.byOrg.values()];
  }
}
