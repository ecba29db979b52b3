/**
 * Development profile of searches: builds a synthetic index, then samples the CPU (V8 profiler) while
 * searching only, and prints the functions with the most self time and the inclusive time of the search's
 * stages.
 *
 *   node --expose-gc --import tsx packages/match/bench/profile-search.ts [--people 200000] [--searches 2000]
 */
import { Session } from 'node:inspector/promises';
import { MatchIndex } from '@kinlink/match';
import { synthData } from './synth-quality';
import { timeSearches } from './timed-searches';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  hitCount?: number;
}

const people = flag('people', 200_000);
const searches = flag('searches', 2000);
const data = synthData(people, searches, false, 1990);
const index = new MatchIndex();
for (const r of data.registry) index.add(r);
index.compact();
timeSearches(index, data.requests.slice(0, 200), data.truth);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const cpu = process.cpuUsage();
const { found, findable } = timeSearches(index, data.requests, data.truth);
const used = process.cpuUsage(cpu);
const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[] } };
console.log(`${(((used.user + used.system) / 1000) / data.requests.length).toFixed(2)} CPU ms/search, recall@10 ${(found / findable).toFixed(4)}`);

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
function walk(id: number, stack: Set<string>): number {
  const n = byId.get(id)!;
  const l = label(n);
  let t = n.hitCount ?? 0;
  self.set(l, (self.get(l) ?? 0) + t);
  total += t;
  const inner = new Set(stack).add(l);
  for (const c of n.children ?? []) t += walk(c, inner);
  if (!stack.has(l)) inclusive.set(l, (inclusive.get(l) ?? 0) + t);
  return t;
}
walk(profile.nodes[0]!.id, new Set());
const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k);
console.log('--- self');
for (const [l, t] of top(self, 30)) console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${l}`);
console.log('--- inclusive');
for (const [l, t] of top(inclusive, 45)) console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${l}`);
