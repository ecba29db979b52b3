import argon2 from 'argon2';

/** OWASP-recommended argon2id parameters (19 MiB, 2 passes) keep a login well under a second. */
const options = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, options);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/**
 * A fixed hash to verify against when the account does not exist, so that a login for an
 * unknown e-mail address takes as long as one for a known address.
 */
let decoy: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  decoy ??= hashPassword('kinlink-decoy-password');
  await verifyPassword(await decoy, password);
}
