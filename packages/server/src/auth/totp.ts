import { Secret, TOTP } from 'otpauth';

const ISSUER = 'kinlink';

function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });
}

export interface TotpEnrolment {
  secret: string;
  uri: string;
}

/** A fresh 160-bit secret and the otpauth:// URI an authenticator app reads (as a QR code). */
export function newTotpEnrolment(label: string): TotpEnrolment {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, uri: totpFor(secret, label).toString() };
}

/**
 * Checks a 6-digit code, accepting one period of clock drift either way. Returns the time step the
 * code belongs to (so a code can be refused when used twice), or null when it is wrong.
 */
export function checkTotp(secretBase32: string, code: string, now: number = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const totp = totpFor(secretBase32, 'check');
  const delta = totp.validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  return Math.floor(now / 1000 / 30) + delta;
}

/** The current code; used by tests and by the CLI to help an administrator check an enrolment. */
export function currentTotp(secretBase32: string, now: number = Date.now()): string {
  return totpFor(secretBase32, 'now').generate({ timestamp: now });
}
