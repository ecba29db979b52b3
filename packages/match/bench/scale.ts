import { MatchIndex, oneToOne } from '@kinlink/match';
import type { LinkedPair, MatchRecord, SynthData } from '@kinlink/match';

export interface ScaleResult {
  registry: number;
  indexSeconds: number;
  /** CPU seconds of this process while indexing (the machine is shared: wall time includes waiting). */
  indexCpuSeconds: number;
  /** Resident set size after indexing (and the peak seen while indexing), MiB. */
  rssMiB: number;
  peakRssMiB: number;
  keys: number;
  postings: number;
  searchP50Ms: number;
  searchP99Ms: number;
  searches: number;
  recallAt10: number;
  linkRequests: number;
  linkSeconds: number;
  linkCpuSeconds: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

const mib = (bytes: number) => bytes / 1024 / 1024;

/** Indexes the registry, times single searches, then links every request (top 10, one-to-one). */
export function runScale(data: SynthData, searches: number, onProgress?: (done: number, total: number) => void): { result: ScaleResult; index: MatchIndex } {
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
  const indexSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const indexCpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rss = process.memoryUsage().rss;
  peak = Math.max(peak, rss);
  const stats = index.stats();

  const times: number[] = [];
  let findable = 0;
  let found = 0;
  const sample = data.requests.slice(0, searches);
  sample.forEach((q, i) => {
    const t = performance.now();
    const hits = index.search(q, { top: 10 });
    times.push(performance.now() - t);
    const truth = data.truth[i]!.registryIds;
    if (truth.length > 0) {
      findable++;
      if (hits.some((h) => truth.includes(h.id))) found++;
    }
  });
  times.sort((a, b) => a - b);

  const linkStarted = performance.now();
  const linkCpuStarted = process.cpuUsage();
  const pairs: LinkedPair[] = [];
  for (const q of data.requests as MatchRecord[]) {
    for (const h of index.search(q, { top: 10 })) pairs.push({ ...h, leftId: q.id, rightId: h.id, match: h.probability >= 0.5 });
  }
  oneToOne(pairs);
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
      keys: stats.keys,
      postings: stats.postings,
      searchP50Ms: percentile(times, 0.5),
      searchP99Ms: percentile(times, 0.99),
      searches: sample.length,
      recallAt10: found / Math.max(1, findable),
      linkRequests: data.requests.length,
      linkSeconds,
      linkCpuSeconds: (linkCpu.user + linkCpu.system) / 1e6,
    },
  };
}
