import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './throttle';

describe('login throttle', () => {
  it('locks a key out after too many failures inside the window, then lets it try again', () => {
    let now = 0;
    const throttle = new LoginThrottle({ maxFailures: 3, windowMs: 60_000, lockoutMs: 300_000, now: () => now });
    throttle.recordFailure('a');
    throttle.recordFailure('a');
    expect(throttle.retryAfterSeconds('a')).toBe(0);
    throttle.recordFailure('a');
    expect(throttle.retryAfterSeconds('a')).toBe(300);
    expect(throttle.retryAfterSeconds('b')).toBe(0);
    now = 299_500;
    expect(throttle.retryAfterSeconds('a')).toBe(1);
    now = 300_000;
    expect(throttle.retryAfterSeconds('a')).toBe(0);
  });

  it('forgets failures older than the window and after a success', () => {
    let now = 0;
    const throttle = new LoginThrottle({ maxFailures: 2, windowMs: 1000, lockoutMs: 5000, now: () => now });
    throttle.recordFailure('a');
    now = 2000;
    throttle.recordFailure('a');
    expect(throttle.retryAfterSeconds('a')).toBe(0);
    throttle.recordSuccess('a');
    throttle.recordFailure('a');
    expect(throttle.retryAfterSeconds('a')).toBe(0);
  });
});
