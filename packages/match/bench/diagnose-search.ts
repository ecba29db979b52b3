/**
 * Development diagnosis of searches on a synthetic registry: how many candidates a search walks and ranks,
 * and at which stage each findable request loses its person — blocking (never a candidate), the cheap
 * ranking (not among the 400 preselected), the unit re-ranking (not among those scored in full), or the
 * full score (not in the top 10). Prints a sample of blocking misses with their keys.
 *
 *   node --expose-gc --import tsx packages/match/bench/diagnose-search.ts [--people 200000] [--searches 2000] [--show 15]
 */
import { MatchIndex, prepareRecord, queryKeys, recordKeys } from '@kinlink/match';
import type { MatchRecord, PreparedRecord } from '@kinlink/match';
import { synthData } from './synth-quality';
/* eslint-disable @typescript-eslint/no-explicit-any */

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
}

/** The index's private parts a diagnosis reads (development only). */
interface Internals {
  collect(q: PreparedRecord): number[];
  accumulator: Float32Array;
  slotById: Map<string, number>;
  walkBudget: number;
  records: (MatchRecord | undefined)[];
  postings: { length(hash: number): number };
}

const people = flag('people', 200_000);
const searches = flag('searches', 2000);
const show = flag('show', 15);
const data = synthData(people, searches, false, 1990);
const index = new MatchIndex();
for (const r of data.registry) index.add(r);
index.compact();
const inner = index as unknown as Internals;
const byId = new Map(data.registry.map((r) => [r.id, r]));

const stages = new Map<string, number>();
const fullMisses: { q: MatchRecord; truth: MatchRecord[]; hits: string[]; weight: number }[] = [];
const rerankMisses: string[] = [];
const touchedCounts: number[] = [];
const lost = { blocking: 0, top10: 0, found: 0 };
const accRanks: number[] = [];
const misses: { q: MatchRecord; truth: MatchRecord[] }[] = [];
data.requests.forEach((q, i) => {
  const prepared = prepareRecord(q);
  const touched = inner.collect(prepared);
  touchedCounts.push(touched.length);
  const truthSlots = data.truth[i]!.registryIds.map((id) => inner.slotById.get(id)!);
  const acc = inner.accumulator;
  if (truthSlots.length > 0) {
    const inCandidates = truthSlots.filter((s) => acc[s]! > 0);
    if (inCandidates.length === 0) {
      lost.blocking++;
      misses.push({ q, truth: data.truth[i]!.registryIds.map((id) => byId.get(id)!) });
    } else {
      const best = Math.max(...inCandidates.map((s) => acc[s]!));
      accRanks.push(touched.filter((s) => acc[s]! > best).length);
    }
  }
  for (const s of touched) acc[s] = 0;
  if (truthSlots.length > 0 && !misses.some((m) => m.q === q)) {
    const hits = index.search(q, { top: 10 });
    if (hits.some((h) => data.truth[i]!.registryIds.includes(h.id))) lost.found++;
    else {
      lost.top10++;
      const stage = lostStage(q, prepared, truthSlots);
      stages.set(stage, (stages.get(stage) ?? 0) + 1);
      if (stage === 'full score') fullMisses.push({ q, truth: data.truth[i]!.registryIds.map((id) => byId.get(id)!), hits: hits.slice(0, 3).map((h) => `${names(byId.get(h.id)!)} ${h.weight.toFixed(1)}`), weight: index.compare(q, byId.get(data.truth[i]!.registryIds[0]!)!).weight });
    }
  }
});
/** Where a candidate person fell out: the cheap ranking (400), the unit re-ranking (rescore limit) or the full score. */
function lostStage(queryRecord: MatchRecord, query: PreparedRecord, truthSlots: number[]): string {
  const ix = index as unknown as Internals & { inSlotOrder(t: number[]): Int32Array; features: any; nameUnits: any; preselected: any; best: any; weights: any };
  const touched = ix.collect(query);
  const ordered = ix.inSlotOrder(touched);
  const acc = ix.accumulator;
  const q = ix.features.query(query);
  const units = ix.nameUnits.query(query);
  const pre = ix.preselected;
  pre.clear();
  for (const slot of ordered) pre.offer(slot, 0.2 * acc[slot]! + ix.features.weight(q, slot, ix.weights) + ix.nameUnits.quickSimilarityIn(units, ix.features.rows, ix.features.unitsAt(slot)));
  // The unit re-ranking of MatchIndex.searchPrepared: cheap fields, a little of the key evidence, unit similarity, fathers.
  const rerank = (slot: number, quick: number) => {
    const at = ix.features.unitsAt(slot);
    const rows = ix.features.rows;
    const cheap = quick - 0.2 * acc[slot]! - ix.nameUnits.quickSimilarityIn(units, rows, at);
    const fathers = ix.nameUnits.fathersDisagreeIn(units, rows, at) ? ix.weights.fatherDifferent : 0;
    return cheap + 0.05 * acc[slot]! + ix.nameUnits.similarityIn(units, rows, at) + fathers;
  };
  try {
    return stageLost(truthSlots, pre, rerank, queryRecord, units);
  } finally {
    for (const slot of ordered) acc[slot] = 0;
  }
}

function stageLost(truthSlots: number[], pre: any, rerank: (slot: number, quick: number) => number, queryRecord: MatchRecord, units: any): string {
  const ix = index as any;
  const best = ix.best;
  best.clear();
  let inPre = false;
  pre.forEach((slot: number, quick: number) => {
    if (truthSlots.includes(slot)) inPre = true;
    best.offer(slot, rerank(slot, quick));
  });
  if (!inPre) return 'cheap ranking';
  let inBest = false;
  best.forEach((slot: number) => {
    if (truthSlots.includes(slot)) inBest = true;
  });
  if (!inBest) {
    const stage2: { slot: number; score: number; names: number; quick: number }[] = [];
    pre.forEach((slot: number, quick: number) => {
      const at = ix.features.unitsAt(slot);
      const names = ix.nameUnits.similarityIn(units, ix.features.rows, at);
      stage2.push({ slot, quick, names, score: rerank(slot, quick) });
    });
    stage2.sort((a, b) => b.score - a.score);
    const rank = stage2.findIndex((c) => truthSlots.includes(c.slot));
    const line = (c: (typeof stage2)[number]) => `${names(index.get((ix.records[c.slot] as MatchRecord).id)!)} stage2 ${c.score.toFixed(1)} (names ${c.names.toFixed(1)}, full ${index.compare(queryRecord, ix.records[c.slot]!).weight.toFixed(1)})`;
    rerankMisses.push(`${names(queryRecord)} weights ${units.weights.map((w: number) => w.toFixed(1)).join(' ')}\n  truth rank ${rank}: ${line(stage2[rank]!)}\n  #1: ${line(stage2[0]!)}\n  #${ix.rescoreLimit}: ${line(stage2[ix.rescoreLimit - 1]!)}`);
    return 'unit re-ranking';
  }
  return 'full score';
}
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const pct = (xs: number[], p: number) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
console.log(`${data.registry.length} registrations, ${data.requests.length} requests`);
console.log(`candidates per search: mean ${mean(touchedCounts).toFixed(0)}, p50 ${pct(touchedCounts, 0.5)}, p90 ${pct(touchedCounts, 0.9)}, max ${pct(touchedCounts, 1)}`);
const findable = lost.blocking + lost.top10 + lost.found;
console.log(`findable ${findable}: found in top 10 ${lost.found}, lost in blocking ${lost.blocking}, lost after blocking ${lost.top10}; recall@10 ${(lost.found / findable).toFixed(4)}`);
console.log(`rank of the person by shared-key evidence among candidates: p50 ${pct(accRanks, 0.5)}, p90 ${pct(accRanks, 0.9)}, p99 ${pct(accRanks, 0.99)}, max ${pct(accRanks, 1)}`);
console.log(`lost after blocking, by stage: ${[...stages].map(([k, v]) => `${k} ${v}`).join(', ')}`);
for (const m of rerankMisses.slice(0, show)) console.log(`re-ranking miss: ${m}`);
for (const m of fullMisses.slice(0, show)) console.log(`full-score miss: ${names(m.q)}\n  truth ${m.truth.map(names).join(' / ')} ${m.weight.toFixed(1)}\n  hits ${m.hits.join('\n       ')}`);
for (const limit of [1000, 2000, 5000, 10000]) console.log(`  within the first ${limit} by key evidence: ${accRanks.filter((r) => r < limit).length} of ${accRanks.length}`);

function names(r: MatchRecord): string {
  return `${r.givenName ?? ''} | ${r.familyName ?? ''} | father ${r.fatherName ?? ''} | born ${r.birthDate ?? r.estimatedAge?.age ?? '?'}`;
}
for (const m of misses.slice(0, show)) {
  const qp = prepareRecord(m.q);
  const keys = queryKeys(qp);
  const queryAll = [...keys.units, ...[...keys.banded.values()].flat(), ...keys.pairs, ...keys.identifiers];
  console.log(`\nrequest ${names(m.q)}  units ${qp.nameTokens.join(' ')} / ${qp.fatherTokens.join(' ')}`);
  for (const t of m.truth) {
    const tp = prepareRecord(t);
    const shared = new Set(recordKeys(tp));
    const common = queryAll.filter((k) => shared.has(k));
    const sizes = common.map((k) => `${k}=${postingLength(k)}`);
    console.log(`  truth ${names(t)}  units ${tp.nameTokens.join(' ')} / ${tp.fatherTokens.join(' ')}`);
    console.log(`  shared keys ${sizes.join(', ') || '(none)'}`);
  }
}

function postingLength(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return inner.postings.length(h === 0 ? 1 : h);
}

// Which kinds of keys bring the candidates, and which bring the sought person (alone or not).
if (process.argv.includes('--keys')) {
  const ix = index as any;
  const kinds = new Map<string, { walked: number; postings: number; truthVia: number; truthOnlyVia: number }>();
  const kindOf = (key: string) => {
    const kind = key.slice(0, key.indexOf(':'));
    return kind === 't' || kind === 'b' ? `${kind}${key.includes(':~') ? '~' : ''}` : kind === 'n' ? (key.startsWith('n:u:') ? 'n:u' : 'n') : kind;
  };
  data.requests.forEach((q, i) => {
    const truthSlots = new Set(data.truth[i]!.registryIds.map((id) => inner.slotById.get(id)!));
    const keys = queryKeys(prepareRecord(q));
    const cap = ix.cap();
    const planned: { key: string; hash: number; length: number }[] = [];
    const consider = (key: string): boolean => {
      const k = ix.plan(key);
      if (k.length === 0) return true;
      if (k.length > cap) return false;
      planned.push(k);
      return true;
    };
    for (const unit of keys.units) if (!consider(unit)) for (const b of keys.banded.get(unit) ?? []) consider(b);
    for (const key of keys.pairs) consider(key);
    for (const key of keys.identifiers) consider(key);
    planned.sort((a, b) => a.length - b.length);
    let budget = ix.walkBudget;
    const via = new Set<string>();
    for (const k of planned) {
      if (budget <= 0) break;
      budget -= k.length;
      const kind = kindOf(k.key);
      const stat = kinds.get(kind) ?? { walked: 0, postings: 0, truthVia: 0, truthOnlyVia: 0 };
      kinds.set(kind, stat);
      stat.walked++;
      stat.postings += k.length;
      let hit = false;
      ix.postings.forEach(k.hash, (slot: number) => {
        if (truthSlots.has(slot)) hit = true;
      });
      if (hit) via.add(kind);
    }
    for (const kind of via) {
      kinds.get(kind)!.truthVia++;
      if (via.size === 1) kinds.get(kind)!.truthOnlyVia++;
    }
  });
  console.log('\nkey kind: keys walked, postings walked per search, requests whose person it brings (alone)');
  for (const [kind, s] of [...kinds].sort((a, b) => b[1].postings - a[1].postings)) console.log(`  ${kind.padEnd(5)} ${(s.walked / data.requests.length).toFixed(1).padStart(6)} keys ${(s.postings / data.requests.length).toFixed(0).padStart(7)} postings   person via ${s.truthVia} (only ${s.truthOnlyVia})`);
}
