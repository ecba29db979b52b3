/**
 * Development profile of the MatchIndex: CPU time per record for preparing, keying and indexing, heap held
 * by the index, CPU time per search and recall@10 — on a synthetic registry, in one process.
 *
 *   node --expose-gc --import tsx packages/match/bench/profile-index.ts [--people 100000] [--searches 2000]
 */
import { MatchIndex, prepareRecord, recordKeys } from '@kinlink/match';
import { TopK } from '../src/top-k';
import { synthData } from './synth-quality';
import { timeSearches } from './timed-searches';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
}
const people = flag('people', 100_000);
const searches = flag('searches', 2000);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const cpuMs = (from: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(from);
  return (c.user + c.system) / 1000;
};
const heapMiB = () => {
  gc();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1024 / 1024;
};

synthData(100, 10, false, 1);
console.log(`heap + array buffers before generating ${heapMiB().toFixed(0)} MiB`);
const data = synthData(people, searches, false, 1990);
const n = data.registry.length;
console.log(`${n} registrations, ${data.requests.length} requests`);

if (process.argv.includes('--parts')) {
  let c = process.cpuUsage();
  const prepared = data.registry.slice(0, 20_000).map(prepareRecord);
  console.log(`prepare µs/record ${(cpuMs(c) * 1000 / prepared.length).toFixed(1)}`);
  c = process.cpuUsage();
  let keys = 0;
  for (const p of prepared) keys += recordKeys(p).length;
  console.log(`keys µs/record ${(cpuMs(c) * 1000 / prepared.length).toFixed(1)}, ${(keys / prepared.length).toFixed(1)} keys/record`);
}

console.log(`heap + array buffers after generating the registry ${heapMiB().toFixed(0)} MiB`);
const before = heapMiB();
const index = new MatchIndex();
let c = process.cpuUsage();
for (const r of data.registry) index.add(r);
index.compact();
const indexMs = cpuMs(c);
const after = heapMiB();
console.log(`index CPU ${(indexMs / 1000).toFixed(1)} s, ${(indexMs * 1000 / n).toFixed(1)} µs/record; heap + array buffers held by index ${(after - before).toFixed(0)} MiB (${((after - before) * 1024 * 1024 / n).toFixed(0)} B/record); RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`);
console.log(JSON.stringify(index.stats()));

const listFlag = (name: string, fallback: string) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1]! : fallback).split(',').map(Number);
const budgets = listFlag('budgets', '60000');
const caps = listFlag('caps', '4000');
const cacheLimits = listFlag('prepared-cache', '20000');
const rescoreLimits = listFlag('rescore', '50');
const settings = budgets.flatMap((b) => caps.flatMap((k) => cacheLimits.flatMap((c) => rescoreLimits.map((r) => [b, k, c, r] as const))));
for (const [budget, cap, cache, rescore] of settings) {
  // Development knobs: the same index searched with another walk budget, key cap, prepared-record cache and rescore limit.
  Object.assign(index as unknown as object, { walkBudget: budget, keyCap: cap, preparedCacheLimit: cache, rescoreLimit: rescore, best: new TopK(rescore) });
  c = process.cpuUsage();
  const { times, findable, found } = timeSearches(index, data.requests, data.truth);
  const searchMs = cpuMs(c);
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))]!.toFixed(2);
  console.log(`walk budget ${budget}, key cap ${cap}, prepared cache ${cache}, rescore ${rescore}: search CPU ${(searchMs / data.requests.length).toFixed(2)} ms/search; wall p50 ${pct(0.5)} p99 ${pct(0.99)} ms; recall@10 ${(found / findable).toFixed(4)}`);
}
