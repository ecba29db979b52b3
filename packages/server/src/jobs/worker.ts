import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { BackoffOptions, Job, KinlinkDb } from '@kinlink/store';
import { claimJobs, completeJob, extendJobLease, failJob, releaseJobs } from '@kinlink/store';
import type { JobHandlers } from './handlers';

/** What the worker reports (metrics and logs listen). */
export interface JobEvents {
  started?(job: Job): void;
  completed?(job: Job, durationMs: number): void;
  /** `dead`: no attempts left, the job is in the dead-letter state. */
  failed?(job: Job, error: unknown, dead: boolean): void;
  /** Claiming or recording failed (e.g. the database is restarting); the worker keeps trying. */
  trouble?(error: unknown, during: string): void;
}

export interface JobWorkerOptions {
  db: KinlinkDb;
  handlers: JobHandlers;
  /** Unique per process; default host:pid:random. */
  workerId?: string;
  /** Jobs run at the same time by this worker (default 2). */
  concurrency?: number;
  /** Wait between polls when the queue is empty (default 1000 ms). */
  pollIntervalMs?: number;
  /** How long a claim holds; renewed every third of it while the handler runs (default 60 s). */
  leaseMs?: number;
  backoff?: BackoffOptions;
  events?: JobEvents;
}

export const defaultWorkerId = (): string => `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

interface Running {
  job: Job;
  controller: AbortController;
  settled: Promise<void>;
}

/**
 * Polls the database job queue and runs claimed jobs with their registered handlers, at most `concurrency`
 * at a time. Several workers (in one process or many, on one PostgreSQL) share the queue: claims use
 * `FOR UPDATE SKIP LOCKED`, so no job is handed to two workers; a crashed worker's jobs come back when their
 * lease expires. Failures are retried with exponential backoff and end in the dead-letter state.
 */
export class JobWorker {
  readonly workerId: string;
  readonly #db: KinlinkDb;
  readonly #handlers: JobHandlers;
  readonly #concurrency: number;
  readonly #pollIntervalMs: number;
  readonly #leaseMs: number;
  readonly #backoff: BackoffOptions;
  readonly #events: JobEvents;
  readonly #running = new Map<string, Running>();
  #loop: Promise<void> | undefined;
  #stopping = false;
  #wake = new AbortController();

  constructor(options: JobWorkerOptions) {
    this.#db = options.db;
    this.#handlers = options.handlers;
    this.workerId = options.workerId ?? defaultWorkerId();
    this.#concurrency = options.concurrency ?? 2;
    this.#pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.#leaseMs = options.leaseMs ?? 60_000;
    this.#backoff = options.backoff ?? {};
    this.#events = options.events ?? {};
    if (!Number.isInteger(this.#concurrency) || this.#concurrency < 1) throw new Error('job concurrency must be a positive whole number');
  }

  /** Jobs this worker runs right now. */
  get active(): number {
    return this.#running.size;
  }

  start(): void {
    if (this.#loop) return;
    this.#loop = this.#poll();
  }

  /** Polls at once instead of at the next interval (e.g. right after enqueueing). */
  wake(): void {
    this.#wake.abort();
  }

  /**
   * Stops claiming, lets running jobs finish for up to `graceMs`, then aborts the rest and puts every job
   * this worker still holds back in the queue (the interrupted attempt is not counted). Returns how many
   * jobs were released.
   */
  async stop(options: { graceMs?: number } = {}): Promise<{ released: number }> {
    this.#stopping = true;
    this.wake();
    await this.#loop;
    const all = (): Promise<unknown> => Promise.all([...this.#running.values()].map((r) => r.settled));
    const finished = await Promise.race([all().then(() => true), sleep(options.graceMs ?? 10_000).then(() => false)]);
    if (!finished) {
      for (const running of this.#running.values()) running.controller.abort(new Error('the worker is shutting down'));
      await Promise.race([all(), sleep(2_000)]);
    }
    try {
      return { released: await releaseJobs(this.#db, this.workerId) };
    } catch (error) {
      // Database unreachable while stopping: the jobs come back to the other workers when their lease ends.
      this.#events.trouble?.(error, 'releasing jobs on stop');
      return { released: 0 };
    }
  }

  async #poll(): Promise<void> {
    let troubleDelay = this.#pollIntervalMs;
    while (!this.#stopping) {
      const free = this.#concurrency - this.#running.size;
      let claimed: Job[] = [];
      if (free > 0) {
        try {
          claimed = await claimJobs(this.#db, { workerId: this.workerId, types: this.#handlers.types(), limit: free, leaseMs: this.#leaseMs });
          troubleDelay = this.#pollIntervalMs;
        } catch (error) {
          this.#events.trouble?.(error, 'claiming jobs');
          await sleep(troubleDelay, this.#wake.signal);
          troubleDelay = Math.min(troubleDelay * 2, 5_000);
          this.#resetWake();
          continue;
        }
      }
      if (this.#stopping) {
        // Claimed in the same instant as the stop: hand them straight back (stop() releases them).
        break;
      }
      for (const job of claimed) this.#run(job);
      // A full batch means there may be more waiting: poll again as soon as a slot is free.
      if (claimed.length === 0 || claimed.length < free) await sleep(this.#pollIntervalMs, this.#wake.signal);
      else if (this.#running.size >= this.#concurrency) await this.#slotFreed();
      this.#resetWake();
    }
  }

  #resetWake(): void {
    if (this.#wake.signal.aborted) this.#wake = new AbortController();
  }

  async #slotFreed(): Promise<void> {
    await Promise.race([...[...this.#running.values()].map((r) => r.settled), sleep(this.#pollIntervalMs, this.#wake.signal)]);
  }

  #run(job: Job): void {
    const controller = new AbortController();
    const settled = this.#execute(job, controller).finally(() => {
      this.#running.delete(job.id);
      if (!this.#stopping) this.wake();
    });
    this.#running.set(job.id, { job, controller, settled });
  }

  async #execute(job: Job, controller: AbortController): Promise<void> {
    const handler = this.#handlers.get(job.type);
    const started = performance.now();
    this.#events.started?.(job);
    const heartbeat = setInterval(() => {
      extendJobLease(this.#db, job.id, this.workerId, this.#leaseMs).then(
        (held) => {
          if (!held) controller.abort(new Error('the job lease was lost to another worker'));
        },
        (error: unknown) => this.#events.trouble?.(error, `extending the lease of job ${job.id}`),
      );
    }, Math.max(50, Math.floor(this.#leaseMs / 3)));
    let outcome: { ok: true; result: unknown } | { ok: false; error: unknown };
    try {
      if (!handler) throw new Error(`no handler for job type ${job.type}`);
      outcome = { ok: true, result: await handler(job.payload, { job, db: this.#db, workerId: this.workerId, signal: controller.signal }) };
    } catch (error) {
      outcome = { ok: false, error };
    } finally {
      clearInterval(heartbeat);
    }
    // Interrupted by shutdown or a lost lease: not the job's fault; stop() releases it, or its new owner runs it.
    if (controller.signal.aborted) return;
    if (outcome.ok) {
      const result = outcome.result;
      const done = await this.#record(`completing job ${job.id}`, () => completeJob(this.#db, job.id, this.workerId, result ?? null));
      if (done) this.#events.completed?.(done, performance.now() - started);
    } else {
      const error = outcome.error;
      const failed = await this.#record(`recording the failure of job ${job.id}`, () => failJob(this.#db, job.id, this.workerId, error, this.#backoff));
      if (failed) this.#events.failed?.(failed, error, failed.status === 'dead');
    }
  }

  /**
   * Records a job's outcome, retrying while the database is unreachable (e.g. PostgreSQL restarting) for up
   * to a lease: giving up earlier would let another worker run the finished job again.
   */
  async #record(what: string, write: () => Promise<Job>): Promise<Job | undefined> {
    const deadline = Date.now() + this.#leaseMs;
    let delay = 100;
    for (;;) {
      try {
        return await write();
      } catch (error) {
        const lost = error instanceof Error && (error.name === 'ConflictError' || error.name === 'NotFoundError');
        if (lost || Date.now() > deadline) {
          this.#events.trouble?.(error, what);
          return undefined;
        }
        await sleep(delay);
        delay = Math.min(delay * 2, 2_000);
      }
    }
  }
}
