import { describe, expect, it } from 'vitest';
import { PeerRateLimiter } from './rateLimiter';
import { minimiseForPurpose } from './messages';
import { canonicalJson } from './canonicalJson';

describe('PeerRateLimiter', () => {
  it('gives each peer its own budget and refills it over time', async () => {
    const limiter = new PeerRateLimiter({ capacity: 1000, refillPerHour: 100 });
    expect(await limiter.take('mkd', 900, 0)).toEqual({ allowed: true, remaining: 100 });
    const refused = await limiter.take('mkd', 300, 0);
    expect(refused).toMatchObject({ allowed: false, remaining: 100 });
    if (!refused.allowed) expect(refused.retryAfterMs).toBe(2 * 3_600_000);
    expect((await limiter.take('srb', 1000, 0)).allowed).toBe(true);
    expect((await limiter.take('mkd', 300, 2 * 3_600_000)).allowed).toBe(true);
  });

  it('never lets a single request exceed the bucket', async () => {
    const limiter = new PeerRateLimiter({ capacity: 10, refillPerHour: 10 });
    const refused = await limiter.take('mkd', 11, 0);
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterMs).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('minimiseForPurpose', () => {
  it('keeps only the chosen categories and refuses ones the purpose does not allow', () => {
    const data = { identity: { name: 'x' }, contact: { phone: '1' }, circumstances: 'lost at border' };
    expect(minimiseForPurpose('tracing', ['identity', 'circumstances'], data)).toEqual({ identity: { name: 'x' }, circumstances: 'lost at border' });
    expect(() => minimiseForPurpose('tracing', ['identity', 'contact'], data)).toThrow(/does not allow sharing: contact/);
  });
});

describe('canonicalJson', () => {
  it('is independent of key order and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: undefined, c: 'x' }] })).toBe('{"a":[1,{"c":"x"}],"b":1}');
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/non-finite/);
  });
});
