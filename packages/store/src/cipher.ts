import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const PREFIX = 'enc:v1:';

/** Encrypts sensitive fields at rest (DESIGN rule 9) with AES-256-GCM. */
export interface FieldCipher {
  encrypt(plaintext: string): string;
  decrypt(stored: string): string;
}

/** Parses a 32-byte key given as 64 hex characters or base64 (e.g. from KINLINK_ENCRYPTION_KEY). */
export function parseEncryptionKey(key: string): Buffer {
  const trimmed = key.trim();
  const bytes = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (bytes.length !== 32) throw new Error('the encryption key must be 32 bytes, given as 64 hex characters or base64');
  return bytes;
}

export const isEncrypted = (stored: string): boolean => stored.startsWith(PREFIX);

/** Stored form: `enc:v1:` + base64(12-byte IV ‖ 16-byte tag ‖ ciphertext). */
export function createFieldCipher(key: string | Buffer): FieldCipher {
  const bytes = typeof key === 'string' ? parseEncryptionKey(key) : key;
  if (bytes.length !== 32) throw new Error('the encryption key must be 32 bytes');
  return {
    encrypt(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', bytes, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    decrypt(stored) {
      if (!isEncrypted(stored)) return stored;
      const raw = Buffer.from(stored.slice(PREFIX.length), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', bytes, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      try {
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      } catch {
        throw new Error('cannot decrypt a sensitive field: wrong encryption key or altered data');
      }
    },
  };
}

/** Without a key, sensitive fields are stored as plain JSON; encrypted values then cannot be read. */
export const plainFieldStore: FieldCipher = {
  encrypt: (plaintext) => plaintext,
  decrypt(stored) {
    if (isEncrypted(stored)) throw new Error('sensitive data is encrypted but no encryption key is configured (KINLINK_ENCRYPTION_KEY)');
    return stored;
  },
};
