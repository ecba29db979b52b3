import { Worker } from 'node:worker_threads';
import type { MatchRequest, MatchResults, ReplyEnvelope, RequestEnvelope, WorkerTiming } from './match-protocol';
import { MatchingUnavailableError } from './matching-unavailable';

const BOOTSTRAP = new URL('./match-worker-bootstrap.mjs', import.meta.url);

export interface MatchWorkerClientOptions {
  /** Starts the worker thread; tests wrap it to keep a handle on the thread. */
  spawn?: (settings: MatchWorkerSettings) => Worker;
  /** The worker died unexpectedly; its in-flight calls have been rejected and the next call starts a new one. */
  onCrash?: (error: Error) => void;
}

/** Told of every answered call: its operation, its time inside the worker, and the whole round trip. */
export type MatchTimingObserver = (op: MatchRequest['op'], timing: WorkerTiming & { roundTripMs: number }) => void;

interface Pending {
  op: MatchRequest['op'];
  sent: number;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** What a matching worker thread is started with. */
export interface MatchWorkerSettings {
  /** While searches come, the share of the worker's time background matching may take (0–1; default 0.5). */
  backgroundShare?: number;
}

/** Starts the matching worker thread (tsx registered inside it, see the bootstrap). */
export function spawnMatchWorker(settings: MatchWorkerSettings = {}): Worker {
  return new Worker(BOOTSTRAP, { name: 'kinlink-matching', workerData: settings });
}

/**
 * Request/answer calls to the matching worker thread. The worker is started on the first call; when it
 * dies (an uncaught error, out of memory) every call in flight is rejected with MatchingUnavailableError
 * and `generation` moves on, so work done against the lost index can tell it is void. An idle worker does
 * not keep the process alive.
 */
export class MatchWorkerClient {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;
  private generationCount = 0;
  /** Metrics listen here (set once the server's registry exists). */
  observer: MatchTimingObserver | undefined;
  /** Applies to workers started from now on. */
  settings: MatchWorkerSettings = {};

  constructor(private readonly options: MatchWorkerClientOptions = {}) {}

  /** Changes each time a worker is lost: the index it held is gone. */
  get generation(): number {
    return this.generationCount;
  }

  call<K extends MatchRequest['op']>(request: Extract<MatchRequest, { op: K }>): Promise<MatchResults[K]> {
    if (this.closed) return Promise.reject(new MatchingUnavailableError('closed', 'Matching has been shut down.'));
    const worker = this.running();
    const id = this.nextId++;
    return new Promise<MatchResults[K]>((resolve, reject) => {
      this.pending.set(id, { op: request.op, sent: performance.now(), resolve: resolve as (value: unknown) => void, reject });
      worker.ref();
      try {
        worker.postMessage({ id, request, sentAt: performance.timeOrigin + performance.now() } satisfies RequestEnvelope);
      } catch (error) {
        this.settle(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  /** Rejects calls in flight and stops the worker thread. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.rejectAll(new MatchingUnavailableError('closed', 'Matching has been shut down.'));
    if (worker) await worker.terminate();
  }

  private running(): Worker {
    if (this.worker) return this.worker;
    const worker = (this.options.spawn ?? spawnMatchWorker)(this.settings);
    let failure: Error | undefined;
    worker.on('message', (reply: ReplyEnvelope) => this.answer(reply));
    worker.on('error', (error) => {
      failure = error;
    });
    worker.on('exit', (code) => {
      if (this.worker !== worker) return; // closed on purpose, or already replaced
      this.worker = undefined;
      this.generationCount++;
      const error = failure ?? new Error(`matching worker exited with code ${code}`);
      // What went wrong goes to the log (onCrash), not to callers: they only learn to retry.
      this.rejectAll(new MatchingUnavailableError('worker-crashed', 'The matching worker stopped; the index is being rebuilt.'));
      this.options.onCrash?.(error);
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private answer(reply: ReplyEnvelope): void {
    const pending = this.settle(reply.id);
    if (!pending) return;
    if (reply.timing) this.observer?.(pending.op, { ...reply.timing, roundTripMs: performance.now() - pending.sent });
    if (reply.ok) pending.resolve(reply.result);
    else pending.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name }));
  }

  private settle(id: number): Pending | undefined {
    const pending = this.pending.get(id);
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker?.unref();
    return pending;
  }

  private rejectAll(error: Error): void {
    const calls = [...this.pending.values()];
    this.pending.clear();
    for (const call of calls) call.reject(error);
  }
}
