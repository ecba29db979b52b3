import { createHmac, hkdfSync } from 'node:crypto';

/**
 * The two keyed primitives the encoder needs. Injectable so the encoding stays a pure function of
 * (secret, schema, record): tests and other runtimes can pass their own implementation; nothing here
 * touches the network or the disk.
 */
export interface LinkageCrypto {
  /** HMAC-SHA256(key, data) → 32 bytes. */
  hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array;
  /** HKDF-SHA256 expand of `secret` with `salt` and `info` → `length` bytes. */
  hkdfSha256(secret: Uint8Array, salt: Uint8Array, info: Uint8Array, length: number): Uint8Array;
}

export const nodeLinkageCrypto: LinkageCrypto = {
  hmacSha256: (key, data) => createHmac('sha256', key).update(data).digest(),
  hkdfSha256: (secret, salt, info, length) => new Uint8Array(hkdfSync('sha256', secret, salt, info, length)),
};
