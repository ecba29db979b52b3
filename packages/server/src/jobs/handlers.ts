import type { Job, KinlinkDb } from '@kinlink/store';

/** What a job handler gets besides its payload. */
export interface JobContext {
  job: Job;
  db: KinlinkDb;
  workerId: string;
  /**
   * Aborted when the worker shuts down or loses the job's lease: stop at the next safe point (between
   * transactions) and throw; the job goes back to the queue and resumes elsewhere.
   */
  signal: AbortSignal;
}

/** Runs one job. Must be idempotent per batch: a job interrupted by a crash runs again from its start. */
export type JobHandler<P = unknown> = (payload: P, ctx: JobContext) => Promise<unknown>;

/** Handlers by job type. The worker claims only the types registered here. */
export class JobHandlers {
  readonly #handlers = new Map<string, JobHandler>();

  register<P>(type: string, handler: JobHandler<P>): this {
    if (this.#handlers.has(type)) throw new Error(`a handler for job type ${type} is already registered`);
    this.#handlers.set(type, handler as JobHandler);
    return this;
  }

  get(type: string): JobHandler | undefined {
    return this.#handlers.get(type);
  }

  types(): string[] {
    return [...this.#handlers.keys()].sort();
  }
}
