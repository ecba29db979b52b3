/**
 * Counts failed sign-ins per key (an account, an IP address) in a sliding window and locks the key
 * out for a while once it has too many. Kept in memory: one server process guards itself; a
 * restart forgets the counts, which only ever errs towards letting a user back in.
 */
export interface ThrottleOptions {
  maxFailures: number;
  windowMs: number;
  lockoutMs: number;
  now?: () => number;
}

interface Entry {
  failures: number[];
  lockedUntil: number;
}

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;

  constructor(private readonly options: ThrottleOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfterSeconds(key: string): number {
    const entry = this.entries.get(key);
    if (!entry) return 0;
    const wait = entry.lockedUntil - this.now();
    return wait > 0 ? Math.ceil(wait / 1000) : 0;
  }

  recordFailure(key: string): void {
    const now = this.now();
    const entry = this.entries.get(key) ?? { failures: [], lockedUntil: 0 };
    entry.failures = entry.failures.filter((t) => now - t < this.options.windowMs);
    entry.failures.push(now);
    if (entry.failures.length >= this.options.maxFailures) {
      entry.lockedUntil = now + this.options.lockoutMs;
      entry.failures = [];
    }
    this.entries.set(key, entry);
    if (this.entries.size > 100_000) this.prune();
  }

  recordSuccess(key: string): void {
    this.entries.delete(key);
  }

  private prune(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) {
      if (entry.lockedUntil <= now && entry.failures.every((t) => now - t >= this.options.windowMs)) {
        this.entries.delete(key);
      }
    }
  }
}
