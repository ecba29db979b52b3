import { randomBytes } from 'node:crypto';

/** A new random bearer secret (session or API token), URL-safe. */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** Stored only as SHA-256 hashes (see @kinlink/store credentials). */
export const SESSION_PREFIX = 'kls';
export const API_TOKEN_PREFIX = 'klt';
