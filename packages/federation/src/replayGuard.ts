/**
 * Remembers nonces until their envelope would be outside the clock-skew window anyway; after that the
 * time check rejects a replay, so memory stays bounded by the traffic of one window.
 */
export interface ReplayGuard {
  /** True the first time `key` is seen (and records it until `expiresAt`), false on every repeat. */
  firstSeen(key: string, expiresAt: number, now: number): boolean;
  /**
   * Durable guards also record the key where a restart (or another process) still sees it: false when it
   * was already recorded there. The inbox calls it after every other check passed.
   */
  persist?(key: string, expiresAt: number, now: number): Promise<boolean>;
}

export class MemoryReplayGuard implements ReplayGuard {
  private readonly seen = new Map<string, number>();
  private nextSweep = 0;

  firstSeen(key: string, expiresAt: number, now: number): boolean {
    if (now >= this.nextSweep) this.sweep(now);
    const until = this.seen.get(key);
    if (until !== undefined && until > now) return false;
    this.seen.set(key, expiresAt);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  private sweep(now: number): void {
    for (const [key, until] of this.seen) if (until <= now) this.seen.delete(key);
    this.nextSweep = now + 60_000;
  }
}
