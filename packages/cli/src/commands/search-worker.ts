/**
 * Worker thread of `searchInParallel`: rebuilds the index from the posted snapshot (shared arrays, no
 * parsing), then takes chunks of queries from the shared counter until none are left, posting the hits
 * of each chunk back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { MatchIndex } from '@kinlink/match';
import { searchOne } from './parallel-search';
import type { SearchWorkerData } from './parallel-search';

const data = workerData as SearchWorkerData;
const index = MatchIndex.fromSnapshot(data.snapshot);
const counter = new Int32Array(data.counter);
for (;;) {
  const from = Atomics.add(counter, 0, 1) * data.chunk;
  if (from >= data.queries.length) break;
  const to = Math.min(from + data.chunk, data.queries.length);
  const hits = data.queries.slice(from, to).map((q) => searchOne(index, q, data.search));
  parentPort!.postMessage({ from, hits });
}
