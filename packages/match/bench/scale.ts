import v8 from 'node:v8';
import vm from 'node:vm';
import { MatchIndex, pairsFromHits } from '@kinlink/match';
import type { SynthData } from '@kinlink/match';
// The parallel driver of `kinlink link` (worker threads sharing the index): the bench measures what users run.
import { searchInParallel } from '../../cli/src/commands/parallel-search';
import { timeSearches } from './timed-searches';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

export interface ScaleResult {
  registry: number;
  indexSeconds: number;
  /** CPU seconds of this process while indexing (the machine is shared: wall time includes waiting). */
  indexCpuSeconds: number;
  /** Resident set size after indexing (and the peak seen while indexing), MiB. */
  rssMiB: number;
  peakRssMiB: number;
  /** JS heap and array buffers held by the index itself (after a full GC), MiB: the registry's records excluded. */
  indexMiB: number;
  keys: number;
  postings: number;
  searchP50Ms: number;
  searchP99Ms: number;
  searches: number;
  /** CPU ms per search (one thread). */
  searchCpuMs: number;
  recallAt10: number;
  linkRequests: number;
  linkSeconds: number;
  linkCpuSeconds: number;
  linkThreads: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

const mib = (bytes: number) => bytes / 1024 / 1024;

function heldMiB(): number {
  gc();
  const m = process.memoryUsage();
  return mib(m.heapUsed + m.arrayBuffers);
}

/**
 * Indexes the registry, times single searches, then links every request (one-to-one, 5 candidates each)
 * with `kinlink link`'s parallel search on `threads` threads.
 */
export async function runScale(data: SynthData, searches: number, threads: number, onProgress?: (done: number, total: number) => void): Promise<{ result: ScaleResult; index: MatchIndex }> {
  const before = heldMiB();
  let peak = process.memoryUsage().rss;
  const index = new MatchIndex();
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  data.registry.forEach((r, i) => {
    index.add(r);
    if (i % 50_000 === 0) {
      peak = Math.max(peak, process.memoryUsage().rss);
      onProgress?.(i, data.registry.length);
    }
  });
  index.compact();
  const indexSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const indexCpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rss = process.memoryUsage().rss;
  peak = Math.max(peak, rss);
  const stats = index.stats();
  const indexMiB = heldMiB() - before;

  const sample = data.requests.slice(0, searches);
  const searchCpu = process.cpuUsage();
  const { times, findable, found } = timeSearches(index, sample, data.truth);
  const searchCpuUsed = process.cpuUsage(searchCpu);
  times.sort((a, b) => a - b);

  const linkStarted = performance.now();
  const linkCpuStarted = process.cpuUsage();
  const hits = await searchInParallel(index, data.requests, { top: 5, threads });
  pairsFromHits(data.requests, hits, { threshold: 0.5 });
  const linkSeconds = (performance.now() - linkStarted) / 1000;
  const linkCpu = process.cpuUsage(linkCpuStarted);
  return {
    index,
    result: {
      registry: data.registry.length,
      indexSeconds,
      indexCpuSeconds,
      rssMiB: mib(rss),
      peakRssMiB: mib(peak),
      indexMiB,
      keys: stats.keys,
      postings: stats.postings,
      searchP50Ms: percentile(times, 0.5),
      searchP99Ms: percentile(times, 0.99),
      searches: sample.length,
      searchCpuMs: (searchCpuUsed.user + searchCpuUsed.system) / 1000 / Math.max(1, sample.length),
      recallAt10: found / Math.max(1, findable),
      linkRequests: data.requests.length,
      linkSeconds,
      linkCpuSeconds: (linkCpu.user + linkCpu.system) / 1e6,
      linkThreads: threads,
    },
  };
}
