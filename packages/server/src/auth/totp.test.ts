import { describe, expect, it } from 'vitest';
import { checkTotp, currentTotp, newTotpEnrolment } from './totp';

describe('TOTP second factor', () => {
  it('enrols with a secret and an otpauth URI, and accepts the current code only', () => {
    const { secret, uri } = newTotpEnrolment('officer@example.org');
    expect(uri).toMatch(/^otpauth:\/\/totp\/kinlink:officer%40example\.org\?/);
    expect(uri).toContain(`secret=${secret}`);
    const now = 1_700_000_000_000;
    const code = currentTotp(secret, now);
    expect(checkTotp(secret, code, now)).toBe(Math.floor(now / 30_000));
    expect(checkTotp(secret, code, now + 30_000)).not.toBeNull(); // one step of drift
    expect(checkTotp(secret, code, now + 5 * 30_000)).toBeNull();
    expect(checkTotp(secret, 'abcdef', now)).toBeNull();
  });
});
