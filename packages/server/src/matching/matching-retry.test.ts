import { migrateToLatest } from '@kinlink/store';
import { forEachDialect } from '@kinlink/store/testing';
import { expect, it, vi } from 'vitest';
import { MatchingService } from './matching-service';

// A database without its tables yet: every read of persons fails until the migrations have run.
forEachDialect(
  (ctx) => {
    it('a serving process whose index build failed retries it by itself, backing off, until it succeeds', async () => {
      const failures: { retryInMs?: number; reason?: string }[] = [];
      const service = new MatchingService({ log: { info: () => {}, error: (details) => failures.push(details) } });
      try {
        service.warmUp(ctx.db);
        await vi.waitFor(() => expect(failures.length).toBeGreaterThanOrEqual(2), { timeout: 10_000, interval: 20 });
        expect(service.status()).toMatchObject({ state: expect.stringMatching(/failed|building/), error: expect.stringMatching(/^build failed/) });
        expect(failures[0]).toMatchObject({ reason: expect.stringMatching(/persons/) });
        expect(failures.slice(0, 2).map((f) => f.retryInMs)).toEqual([0, 1000]);
        await migrateToLatest(ctx.db);
        await vi.waitFor(() => expect(service.status().state, JSON.stringify(failures)).toBe('ready'), { timeout: 10_000, interval: 50 });
      } finally {
        await service.close();
      }
    });
  },
  { migrate: false },
);
