import { afterAll, expect, it } from 'vitest';
import type { KinlinkDb } from '../database';
import { openDatabase } from '../database';
import { forEachDialect } from '../testing/for-each-dialect';
import { backoffDelay, claimJobs, completeJob, countJobs, enqueueJob, extendJobLease, failJob, getJob, listJobs, releaseJobs, retryJob } from './jobs';

const t0 = Date.parse('2030-01-01T00:00:00.000Z');
const at = (ms: number): string => new Date(t0 + ms).toISOString();

forEachDialect((ctx) => {
  const extra: KinlinkDb[] = [];
  afterAll(async () => {
    await Promise.all(extra.map((db) => db.destroy()));
  });

  it('claims due jobs in run order, only of the asked types, and completes them', async () => {
    const type = 'test.order';
    const late = await enqueueJob(ctx.db, { type, payload: { n: 2 }, runAt: at(5_000) }, { now: at(0) });
    const early = await enqueueJob(ctx.db, { type, payload: { n: 1 } }, { now: at(0) });
    await enqueueJob(ctx.db, { type: 'test.other', payload: {} }, { now: at(0) });
    const first = await claimJobs(ctx.db, { workerId: 'w1', types: [type], limit: 5, now: at(1_000) });
    expect(first.map((j) => j.id)).toEqual([early.id]);
    expect(first[0]).toMatchObject({ status: 'running', attempts: 1, lockedBy: 'w1', payload: { n: 1 } });
    const done = await completeJob(ctx.db, early.id, 'w1', { ok: 1 }, { now: at(1_500) });
    expect(done).toMatchObject({ status: 'done', result: { ok: 1 }, lockedBy: null });
    expect((await claimJobs(ctx.db, { workerId: 'w1', types: [type], now: at(6_000) })).map((j) => j.id)).toEqual([late.id]);
    await expect(completeJob(ctx.db, late.id, 'w2')).rejects.toThrow(/not running for worker w2/);
  });

  it('retries with exponential backoff, then dead-letters, and can be retried by hand', async () => {
    const type = 'test.backoff';
    const job = await enqueueJob(ctx.db, { type, payload: null, maxAttempts: 3 }, { now: at(0) });
    let now = 0;
    for (let attempt = 1; attempt <= 3; attempt++) {
      const [claimed] = await claimJobs(ctx.db, { workerId: 'w', types: [type], now: at(now) });
      expect(claimed?.attempts).toBe(attempt);
      const failed = await failJob(ctx.db, job.id, 'w', new Error(`boom ${attempt}`), { baseMs: 1_000, now: at(now) });
      if (attempt < 3) {
        expect(failed).toMatchObject({ status: 'queued', lastError: `boom ${attempt}`, runAt: at(now + backoffDelay(attempt, { baseMs: 1_000 })) });
        expect(await claimJobs(ctx.db, { workerId: 'w', types: [type], now: at(now + 10) })).toEqual([]);
        now += backoffDelay(attempt, { baseMs: 1_000 });
      } else {
        expect(failed).toMatchObject({ status: 'dead', lastError: 'boom 3' });
      }
    }
    expect(backoffDelay(1, { baseMs: 1_000 })).toBe(1_000);
    expect(backoffDelay(3, { baseMs: 1_000 })).toBe(4_000);
    expect(backoffDelay(30, { baseMs: 1_000, maxMs: 60_000 })).toBe(60_000);
    expect((await listJobs(ctx.db, { status: 'dead', type })).items.map((j) => j.id)).toEqual([job.id]);
    expect(await retryJob(ctx.db, job.id, { now: at(now) })).toMatchObject({ status: 'queued', attempts: 0 });
    await expect(retryJob(ctx.db, job.id)).rejects.toThrow(/only dead or done/);
  });

  it('releases a worker\'s jobs on shutdown and reclaims jobs whose lease expired', async () => {
    const type = 'test.lease';
    const a = await enqueueJob(ctx.db, { type, payload: 'a' }, { now: at(0) });
    const b = await enqueueJob(ctx.db, { type, payload: 'b', maxAttempts: 1 }, { now: at(0) });
    await claimJobs(ctx.db, { workerId: 'dying', types: [type], limit: 2, leaseMs: 1_000, now: at(0) });
    expect(await claimJobs(ctx.db, { workerId: 'other', types: [type], now: at(500) })).toEqual([]);
    expect(await extendJobLease(ctx.db, a.id, 'dying', 1_000, { now: at(500) })).toBe(true);
    const reclaimed = await claimJobs(ctx.db, { workerId: 'other', types: [type], limit: 2, now: at(1_200) });
    expect(reclaimed).toEqual([]); // a's lease was extended; b ran its only attempt and is dead
    expect((await getJob(ctx.db, b.id)).status).toBe('dead');
    const taken = await claimJobs(ctx.db, { workerId: 'other', types: [type], now: at(1_600) });
    expect(taken.map((j) => [j.id, j.attempts])).toEqual([[a.id, 2]]);
    expect(await releaseJobs(ctx.db, 'other', { now: at(1_700) })).toBe(1);
    expect(await getJob(ctx.db, a.id)).toMatchObject({ status: 'queued', attempts: 1, lockedBy: null });
  });

  it('never gives one job to two concurrent workers', async () => {
    const type = 'test.concurrent';
    for (let i = 0; i < 60; i++) await enqueueJob(ctx.db, { type, payload: i }, { now: at(0) });
    const workers = Array.from({ length: 4 }, () => openDatabase({ url: ctx.url, poolSize: 2 }));
    extra.push(...workers);
    const claimed: string[] = [];
    await Promise.all(
      workers.map(async (db, w) => {
        for (;;) {
          const jobs = await claimJobs(db, { workerId: `w${w}`, types: [type], limit: 3, now: at(1_000) });
          if (jobs.length === 0) return;
          claimed.push(...jobs.map((j) => j.id));
        }
      }),
    );
    expect(claimed).toHaveLength(60);
    expect(new Set(claimed).size).toBe(60);
    expect((await countJobs(ctx.db, { type })).running).toBe(60);
  });
});
