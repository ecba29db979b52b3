/**
 * Matching benchmark: quality (FEBRL4, synthetic data, held-out cross-script groups), scale (index,
 * search, link on a large synthetic registry) and PostgreSQL pg_trgm side by side on the same data.
 *
 *   npm run bench:match                               full run (1,000,000 people; takes minutes)
 *   npm run bench:match -- --people 100000 --no-pg    quick run
 * Flags: --people N (scale registry) --requests N (link) --quality-people N --searches N --pg-searches N
 *        --threads N (link on N threads sharing the index; default 2)
 *        --no-febrl --no-quality --no-scale --no-pg
 */
import os from 'node:os';
import { DEFAULT_MODEL } from '@kinlink/match';
import { runFebrl } from './febrl';
import { runPgTrgm } from './pg-trgm';
import { runScale } from './scale';
import { evaluate, synthData } from './synth-quality';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} needs a positive number`);
  return n;
}
const off = (name: string) => process.argv.includes(`--no-${name}`);

const people = flag('people', 1_000_000);
const requests = flag('requests', 10_000);
const qualityPeople = flag('quality-people', 20_000);
const searches = flag('searches', 2000);
const pgSearches = flag('pg-searches', 300);
const threads = flag('threads', Math.min(2, os.availableParallelism()));
const threshold = 0.5;

const f = (x: number, d = 3) => x.toFixed(d);
const row = (cells: (string | number)[]) => console.log(`| ${cells.join(' | ')} |`);

console.log(`# kinlink matching benchmark (${new Date().toISOString()}, node ${process.version}, model ${DEFAULT_MODEL.modelVersion})\n`);

if (!off('febrl')) {
  const r = runFebrl(threshold);
  console.log('## FEBRL4 (5,000 × 5,000, one-to-one, model trained by EM on the unlabelled data)\n');
  row(['precision', 'recall', 'F1', 'matches', 'EM training s', 'link s']);
  row(['---', '---', '---', '---', '---', '---']);
  row([f(r.precision, 4), f(r.recall, 4), f(r.f1, 4), r.pairs, f(r.trainSeconds, 1), f(r.linkSeconds, 1)]);
  console.log();
}

if (!off('quality')) {
  console.log(`## Synthetic registry (${qualityPeople} people, 2,000 requests, shipped model, threshold ${threshold})\n`);
  row(['data', 'requests', 'findable', 'recall@10', `precision@${threshold}`, `recall@${threshold}`, 'search p50 ms']);
  row(['---', '---', '---', '---', '---', '---', '---']);
  for (const [label, heldOut] of [['synth (generator tables)', false], ['held-out variant groups', true]] as const) {
    const q = evaluate(synthData(qualityPeople, 2000, heldOut), threshold);
    row([label, q.requests, q.findable, f(q.recallAt10), f(q.precision), f(q.recallAtThreshold), f(q.searchMsMedian, 2)]);
  }
  console.log();
}

if (!off('scale')) {
  const t = performance.now();
  const data = synthData(people, requests, false, 1990);
  console.error(`generated ${data.registry.length} registrations in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  const load = os.loadavg()[0]!;
  const { result: s, index } = await runScale(data, searches, threads, (done, total) => console.error(`  indexed ${done}/${total}`));
  console.log(`## Scale (${s.registry.toLocaleString('en')} registrations, ${s.linkRequests.toLocaleString('en')} requests)\n`);
  row(['index s (CPU s)', 'index MiB', 'RSS MiB', 'peak RSS MiB', 'keys', 'postings', 'search p50 ms', 'search p99 ms', 'search CPU ms', 'recall@10', `link ${s.linkRequests} s (CPU s, threads)`]);
  row(['---', '---', '---', '---', '---', '---', '---', '---', '---', '---', '---']);
  row([`${f(s.indexSeconds, 1)} (${f(s.indexCpuSeconds, 1)})`, f(s.indexMiB, 0), f(s.rssMiB, 0), f(s.peakRssMiB, 0), s.keys, s.postings, f(s.searchP50Ms, 2), f(s.searchP99Ms, 2), f(s.searchCpuMs, 2), f(s.recallAt10), `${f(s.linkSeconds, 1)} (${f(s.linkCpuSeconds, 1)}, ${s.linkThreads})`]);
  console.log(`\n"index MiB" is what the index holds (JS heap and arrays after a full GC, the registry's records excluded); RSS includes the generated registry. Load average (1 min) before the scale part: ${load.toFixed(1)}, after: ${os.loadavg()[0]!.toFixed(1)}, on ${os.cpus().length} cores.`);
  console.log();

  if (!off('pg')) {
    const n = Math.min(pgSearches, data.requests.length);
    const times: number[] = [];
    let findable = 0;
    let found = 0;
    for (let i = 0; i < n; i++) {
      const started = performance.now();
      const hits = index.search(data.requests[i]!, { top: 10 });
      times.push(performance.now() - started);
      const truth = data.truth[i]!.registryIds;
      if (truth.length > 0) {
        findable++;
        if (hits.some((h) => truth.includes(h.id))) found++;
      }
    }
    times.sort((a, b) => a - b);
    const ours = { p50: times[Math.floor(n / 2)]!, recall: found / Math.max(1, findable) };
    const pgr = await runPgTrgm(data, n, (line) => console.error(line));
    console.log(`## kinlink vs PostgreSQL pg_trgm (same registry, same first ${n} requests, top 10)\n`);
    row(['engine', 'search p50 ms', 'search p99 ms', 'recall@10', 'build s']);
    row(['---', '---', '---', '---', '---']);
    row(['kinlink MatchIndex', f(ours.p50, 2), '', f(ours.recall), f(s.indexSeconds, 1)]);
    row(['pg_trgm GIN (transliterated full name)', f(pgr.searchP50Ms, 2), f(pgr.searchP99Ms, 2), f(pgr.recallAt10), `${f(pgr.loadSeconds, 1)} load + ${f(pgr.indexSeconds, 1)} index`]);
    console.log(`\nkinlink is ${(pgr.searchP50Ms / ours.p50).toFixed(1)}× faster per search (p50) at recall@10 ${f(ours.recall)} vs ${f(pgr.recallAt10)}.`);
  }
}
