import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new random bearer secret (session or API token), URL-safe. */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** Only this hash is stored; the secret itself is shown once and never kept. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

export const SESSION_PREFIX = 'kls';
export const API_TOKEN_PREFIX = 'klt';
