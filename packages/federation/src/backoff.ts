export interface BackoffPolicy {
  /** Delay after the first failure, ms. */
  readonly baseMs: number;
  /** Longest delay between attempts, ms. */
  readonly maxMs: number;
  /** After this many failed attempts the message is parked as dead (kept, visible, resendable by hand). */
  readonly maxAttempts: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, maxMs: 30 * 60_000, maxAttempts: 40 };

/**
 * Exponential backoff with "equal jitter": half the delay fixed, half random, so many servers retrying a
 * recovering peer do not arrive together. `random` is injectable for tests.
 */
export function nextDelayMs(failedAttempts: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(exponential / 2 + (exponential / 2) * random());
}
