/**
 * Per-peer token buckets. At the hub every submitted encoding costs one token, so a server cannot probe
 * the hub with crafted encodings faster than its budget allows (the hub must not become an oracle).
 */
export interface RateLimit {
  /** Bucket size: the most a peer can spend at once. */
  readonly capacity: number;
  /** Tokens regained per hour. */
  readonly refillPerHour: number;
}

export type RateDecision = { readonly allowed: true; readonly remaining: number } | { readonly allowed: false; readonly retryAfterMs: number; readonly remaining: number };

export class PeerRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly limit: RateLimit) {
    if (!(limit.capacity > 0) || !(limit.refillPerHour >= 0)) throw new Error('rate limit needs capacity > 0 and refillPerHour ≥ 0');
  }

  /** Spend `cost` tokens of `peer`'s budget if it has them; never partially. */
  take(peer: string, cost: number, now: number): RateDecision {
    const bucket = this.refill(peer, now);
    if (cost > this.limit.capacity) return { allowed: false, retryAfterMs: Number.POSITIVE_INFINITY, remaining: Math.floor(bucket.tokens) };
    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
      return { allowed: true, remaining: Math.floor(bucket.tokens) };
    }
    const perMs = this.limit.refillPerHour / 3_600_000;
    const retryAfterMs = perMs === 0 ? Number.POSITIVE_INFINITY : Math.ceil((cost - bucket.tokens) / perMs);
    return { allowed: false, retryAfterMs, remaining: Math.floor(bucket.tokens) };
  }

  private refill(peer: string, now: number): { tokens: number; at: number } {
    let bucket = this.buckets.get(peer);
    if (bucket === undefined) {
      bucket = { tokens: this.limit.capacity, at: now };
      this.buckets.set(peer, bucket);
    }
    const elapsed = Math.max(0, now - bucket.at);
    bucket.tokens = Math.min(this.limit.capacity, bucket.tokens + (elapsed * this.limit.refillPerHour) / 3_600_000);
    bucket.at = now;
    return bucket;
  }
}
