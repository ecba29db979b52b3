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

export interface Bucket {
  tokens: number;
  at: number;
}

/**
 * The token-bucket arithmetic, shared by the in-memory and the SQL-backed limiter: refills `bucket` (or a
 * full new one) up to `now`, spends `cost` if it is all there, and returns the decision and the new bucket.
 */
export function spend(limit: RateLimit, bucket: Bucket | undefined, cost: number, now: number): { decision: RateDecision; bucket: Bucket } {
  const start = bucket ?? { tokens: limit.capacity, at: now };
  const elapsed = Math.max(0, now - start.at);
  const next = { tokens: Math.min(limit.capacity, start.tokens + (elapsed * limit.refillPerHour) / 3_600_000), at: now };
  if (cost > limit.capacity) return { decision: { allowed: false, retryAfterMs: Number.POSITIVE_INFINITY, remaining: Math.floor(next.tokens) }, bucket: next };
  if (next.tokens >= cost) {
    next.tokens -= cost;
    return { decision: { allowed: true, remaining: Math.floor(next.tokens) }, bucket: next };
  }
  const perMs = limit.refillPerHour / 3_600_000;
  const retryAfterMs = perMs === 0 ? Number.POSITIVE_INFINITY : Math.ceil((cost - next.tokens) / perMs);
  return { decision: { allowed: false, retryAfterMs, remaining: Math.floor(next.tokens) }, bucket: next };
}

export function checkRateLimit(limit: RateLimit): void {
  if (!(limit.capacity > 0) || !(limit.refillPerHour >= 0)) throw new Error('rate limit needs capacity > 0 and refillPerHour ≥ 0');
}

/** Spends per-peer budgets; the hub's is kept in its database so a restart does not refill it. */
export interface PeerBudget {
  take(peer: string, cost: number, now: number): Promise<RateDecision>;
}

export class PeerRateLimiter implements PeerBudget {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly limit: RateLimit) {
    checkRateLimit(limit);
  }

  /** Spend `cost` tokens of `peer`'s budget if it has them; never partially. */
  async take(peer: string, cost: number, now: number): Promise<RateDecision> {
    const { decision, bucket } = spend(this.limit, this.buckets.get(peer), cost, now);
    this.buckets.set(peer, bucket);
    return decision;
  }
}
