import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

/** An organisation's long-term signing identity. The private key never leaves its server. */
export interface OrganisationIdentity {
  readonly orgId: string;
  /** Raw 32-byte Ed25519 public key, base64url: what the directory publishes. */
  readonly publicKey: string;
  readonly privateKey: KeyObject;
}

export function generateIdentity(orgId: string): OrganisationIdentity {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { orgId, publicKey: rawPublicKey(publicKey), privateKey };
}

function rawPublicKey(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  if (jwk.x === undefined) throw new Error('not an Ed25519 public key');
  return jwk.x;
}

/** PKCS#8 PEM for storing the private key (in the server's secrets, not in its database). */
export function exportIdentity(identity: OrganisationIdentity): { orgId: string; privateKeyPem: string } {
  return { orgId: identity.orgId, privateKeyPem: identity.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() };
}

export function importIdentity(orgId: string, privateKeyPem: string): OrganisationIdentity {
  const privateKey = createPrivateKey(privateKeyPem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`identity of ${orgId}: key is ${privateKey.asymmetricKeyType}, expected ed25519`);
  return { orgId, publicKey: rawPublicKey(createPublicKey(privateKey)), privateKey };
}

export function signBytes(identity: OrganisationIdentity, data: Uint8Array): string {
  return sign(null, data, identity.privateKey).toString('base64url');
}

const publicKeys = new Map<string, KeyObject>();

/** Parsed key objects by raw key: directories hold a handful of peers, verification happens per message. */
function publicKeyObject(publicKey: string): KeyObject {
  let key = publicKeys.get(publicKey);
  if (key === undefined) {
    key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' });
    if (publicKeys.size > 10_000) publicKeys.clear();
    publicKeys.set(publicKey, key);
  }
  return key;
}

/** False (never throws) for a malformed key or signature: a bad signature is an answer, not an error. */
export function verifyBytes(publicKey: string, data: Uint8Array, signature: string): boolean {
  try {
    return verify(null, data, publicKeyObject(publicKey), Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}
