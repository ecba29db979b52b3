import { randomBytes } from 'node:crypto';
import { enqueueJob, getJob, listJobs, openDatabase } from '@kinlink/store';
import type { Job } from '@kinlink/store';
import { forEachDialect } from '@kinlink/store/testing';
import { expect, it } from 'vitest';
import { JobHandlers } from './handlers';
import { JobWorker } from './worker';

/** A job type of this test only: tests in one file share the database. */
const uniqueType = (name: string): string => `test.${name}.${randomBytes(3).toString('hex')}`;

async function until(condition: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

forEachDialect((ctx) => {
  const jobsOf = async (type: string): Promise<Job[]> => (await listJobs(ctx.db, { type, limit: 200 })).items;

  it('runs queued jobs with their handler and stores the result', async () => {
    const type = uniqueType('echo');
    const handlers = new JobHandlers().register<{ n: number }>(type, async (payload) => ({ doubled: payload.n * 2 }));
    const completed: string[] = [];
    const worker = new JobWorker({ db: ctx.db, handlers, pollIntervalMs: 20, events: { completed: (job) => completed.push(job.id) } });
    const jobs = await Promise.all([1, 2, 3].map((n) => enqueueJob(ctx.db, { type, payload: { n } })));
    worker.start();
    await until(async () => (await jobsOf(type)).every((j) => j.status === 'done'));
    await worker.stop();
    for (const [i, job] of jobs.entries()) {
      const stored = await getJob(ctx.db, job.id);
      expect(stored).toMatchObject({ status: 'done', attempts: 1, result: { doubled: (i + 1) * 2 }, lockedBy: null });
    }
    expect(completed.sort()).toEqual(jobs.map((j) => j.id).sort());
  });

  it('retries a failing job with backoff and moves it to the dead-letter state after its last attempt', async () => {
    const type = uniqueType('flaky');
    const attemptsAt: number[] = [];
    const handlers = new JobHandlers().register(type, async () => {
      attemptsAt.push(Date.now());
      throw new Error('the remote registry is down');
    });
    const failures: boolean[] = [];
    const worker = new JobWorker({ db: ctx.db, handlers, pollIntervalMs: 10, backoff: { baseMs: 150 }, events: { failed: (_job, _error, dead) => failures.push(dead) } });
    const job = await enqueueJob(ctx.db, { type, payload: {}, maxAttempts: 3 });
    worker.start();
    await until(async () => (await getJob(ctx.db, job.id)).status === 'dead');
    await worker.stop();
    const dead = await getJob(ctx.db, job.id);
    expect(dead).toMatchObject({ status: 'dead', attempts: 3, lastError: 'the remote registry is down' });
    expect(failures).toEqual([false, false, true]);
    // Backoff doubles: ≥150 ms before the second attempt, ≥300 ms before the third.
    expect(attemptsAt[1]! - attemptsAt[0]!).toBeGreaterThanOrEqual(140);
    expect(attemptsAt[2]! - attemptsAt[1]!).toBeGreaterThanOrEqual(290);
  });

  it('a job that failed once and then succeeds ends done', async () => {
    const type = uniqueType('once');
    let calls = 0;
    const handlers = new JobHandlers().register(type, async () => {
      calls++;
      if (calls === 1) throw new Error('transient');
      return 'ok';
    });
    const worker = new JobWorker({ db: ctx.db, handlers, pollIntervalMs: 10, backoff: { baseMs: 20 } });
    const job = await enqueueJob(ctx.db, { type, payload: {} });
    worker.start();
    await until(async () => (await getJob(ctx.db, job.id)).status === 'done');
    await worker.stop();
    expect(await getJob(ctx.db, job.id)).toMatchObject({ status: 'done', attempts: 2, result: 'ok', lastError: 'transient' });
  });

  it('never runs more jobs at once than its concurrency', async () => {
    const type = uniqueType('slow');
    let now = 0;
    let peak = 0;
    const handlers = new JobHandlers().register(type, async () => {
      now++;
      peak = Math.max(peak, now);
      await new Promise((resolve) => setTimeout(resolve, 30));
      now--;
    });
    const worker = new JobWorker({ db: ctx.db, handlers, concurrency: 3, pollIntervalMs: 10 });
    for (let i = 0; i < 12; i++) await enqueueJob(ctx.db, { type, payload: { i } });
    worker.start();
    await until(async () => (await jobsOf(type)).every((j) => j.status === 'done'));
    await worker.stop();
    expect(peak).toBe(3);
  });

  it('on stop, lets a short job finish and releases a long one to the queue without counting the attempt', async () => {
    const shortType = uniqueType('short');
    const longType = uniqueType('long');
    let abortedWith: unknown;
    const handlers = new JobHandlers()
      .register(shortType, async () => {
        await new Promise((resolve) => setTimeout(resolve, 100));
        return 'finished';
      })
      .register(longType, (_payload, { signal }) => {
        return new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => {
            abortedWith = signal.reason;
            reject(signal.reason as Error);
          });
        });
      });
    const worker = new JobWorker({ db: ctx.db, handlers, concurrency: 2, pollIntervalMs: 10 });
    const short = await enqueueJob(ctx.db, { type: shortType, payload: {} });
    const long = await enqueueJob(ctx.db, { type: longType, payload: {} });
    worker.start();
    await until(() => worker.active === 2);
    const { released } = await worker.stop({ graceMs: 300 });
    expect(released).toBe(1);
    expect(abortedWith).toBeInstanceOf(Error);
    expect(await getJob(ctx.db, short.id)).toMatchObject({ status: 'done', result: 'finished' });
    expect(await getJob(ctx.db, long.id)).toMatchObject({ status: 'queued', attempts: 0, lockedBy: null });
  });

  it('two workers with their own connections share the queue and run every job exactly once', async () => {
    const type = uniqueType('shared');
    const runs = new Map<string, string[]>();
    const handlerFor = (name: string) => async (_payload: unknown, { job }: { job: Job }) => {
      runs.set(job.id, [...(runs.get(job.id) ?? []), name]);
      await new Promise((resolve) => setTimeout(resolve, 2));
    };
    const dbA = openDatabase({ url: ctx.url, poolSize: 3 });
    const dbB = openDatabase({ url: ctx.url, poolSize: 3 });
    const a = new JobWorker({ db: dbA, workerId: 'a', handlers: new JobHandlers().register(type, handlerFor('a')), concurrency: 2, pollIntervalMs: 5 });
    const b = new JobWorker({ db: dbB, workerId: 'b', handlers: new JobHandlers().register(type, handlerFor('b')), concurrency: 2, pollIntervalMs: 5 });
    try {
      const jobs = [];
      for (let i = 0; i < 120; i++) jobs.push(await enqueueJob(ctx.db, { type, payload: { i } }));
      a.start();
      b.start();
      await until(async () => (await jobsOf(type)).every((j) => j.status === 'done'), 20_000);
      await Promise.all([a.stop(), b.stop()]);
      expect(runs.size).toBe(120);
      for (const job of jobs) expect(runs.get(job.id)).toHaveLength(1);
      const byWorker = [...runs.values()].flat();
      // Both took part (SQLite's single writer still interleaves claims of 2 jobs at a time).
      expect(byWorker.filter((w) => w === 'a').length).toBeGreaterThan(0);
      expect(byWorker.filter((w) => w === 'b').length).toBeGreaterThan(0);
      expect((await jobsOf(type)).every((j) => j.attempts === 1)).toBe(true);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
      await Promise.all([dbA.destroy(), dbB.destroy()]);
    }
  });
});
