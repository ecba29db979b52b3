import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { MatchIndex, MatchIndexSnapshot, MatchRecord, SearchHit } from '@kinlink/match';

/** Queries a thread takes at a time from the shared counter. */
const CHUNK = 50;

export interface SearchWorkerData {
  readonly snapshot: MatchIndexSnapshot;
  readonly queries: readonly MatchRecord[];
  readonly search: SearchSettings;
  readonly chunk: number;
  /** Int32 counter of the next chunk, shared by all threads. */
  readonly counter: SharedArrayBuffer;
}

/** How each query is searched: its `top` hits at or above `threshold`, without itself when `excludeSelf` (dedupe). */
export interface SearchSettings {
  readonly top: number;
  readonly threshold?: number;
  readonly excludeSelf?: boolean;
}

/** One query's search as settled by `SearchSettings` (shared by this thread and the workers). */
export function searchOne(index: MatchIndex, query: MatchRecord, s: SearchSettings): SearchHit[] {
  return index.search(query, { top: s.top, threshold: s.threshold, excludeId: s.excludeSelf ? query.id : undefined });
}

export interface ParallelSearchOptions extends SearchSettings {
  /** Threads searching, this one included. Default: the machine's available parallelism. */
  threads?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * The worker runs TypeScript: this process may have loaded tsx in-process (bin/kinlink.js), which a worker
 * does not inherit, so the worker first registers tsx, then imports its module.
 */
function startWorker(data: SearchWorkerData): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./search-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData: data });
}

/**
 * Searches every query in the index on several threads — this one and worker threads sharing the
 * index's arrays (MatchIndex.snapshot) — taking chunks of queries from a shared counter so that the
 * threads finish together. Returns the hits of each query, in query order (the same as searching one
 * by one).
 */
export async function searchInParallel(index: MatchIndex, queries: readonly MatchRecord[], options: ParallelSearchOptions): Promise<SearchHit[][]> {
  const threads = Math.max(1, Math.min(options.threads ?? os.availableParallelism(), Math.ceil(queries.length / CHUNK)));
  const results: SearchHit[][] = new Array<SearchHit[]>(queries.length);
  let done = 0;
  const store = (from: number, hits: SearchHit[][]) => {
    hits.forEach((h, i) => (results[from + i] = h));
    done += hits.length;
    options.onProgress?.(done, queries.length);
  };
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const workers: Promise<void>[] = [];
  if (threads > 1) {
    const search: SearchSettings = { top: options.top, threshold: options.threshold, excludeSelf: options.excludeSelf };
    const data: SearchWorkerData = { snapshot: index.snapshot(), queries, search, chunk: CHUNK, counter: counter.buffer as SharedArrayBuffer };
    for (let t = 1; t < threads; t++) {
      const worker = startWorker(data);
      worker.on('message', (m: { from: number; hits: SearchHit[][] }) => store(m.from, m.hits));
      workers.push(
        new Promise<void>((resolve, reject) => {
          worker.on('error', reject);
          worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`search worker stopped with exit code ${code}`))));
        }),
      );
    }
  }
  for (;;) {
    const from = Atomics.add(counter, 0, 1) * CHUNK;
    if (from >= queries.length) break;
    const to = Math.min(from + CHUNK, queries.length);
    store(from, queries.slice(from, to).map((q) => searchOne(index, q, options)));
    // Let the workers' messages (and progress) in between chunks.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
  return results;
}
