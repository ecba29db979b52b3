/**
 * Development timing of a search's stages (CPU of this thread, summed over the requests): blocking walk,
 * slot ordering, cheap ranking, unit re-ranking, full scoring — the same steps as MatchIndex.searchPrepared,
 * reached through the index's private parts. Variants of the cheap ranking (`--variants all,gather:256`)
 * take the requests in turn, so that they are compared under the same load.
 *
 *   node --expose-gc --import tsx packages/match/bench/phase-times.ts [--people 200000] [--searches 2000] [--variants all]
 */
import { MatchIndex, prepareRecord } from '@kinlink/match';
import type { PreparedRecord } from '@kinlink/match';
import { synthData } from './synth-quality';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
}

/* eslint-disable @typescript-eslint/no-explicit-any */
const people = flag('people', 200_000);
const searches = flag('searches', 2000);
const vi = process.argv.indexOf('--variants');
const variants = (vi < 0 ? 'index' : process.argv[vi + 1]!).split(',');
const data = synthData(people, searches, false, 1990);
const index = new MatchIndex();
for (const r of data.registry) index.add(r);
index.compact();
const ix = index as any;

const newPhases = () => ({ searches: 0, candidates: 0, total: 0, collect: 0, order: 0, stage1: 0, stage2: 0, full: 0 });
const phases = variants.map(newPhases);
let sink = 0;
const now = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

function stage1(variant: string, ordered: Int32Array, query: PreparedRecord, units: unknown): void {
  const acc: Float32Array = ix.accumulator;
  const q = ix.features.query(query);
  const pre = ix.preselected;
  pre.clear();
  const rows: Int32Array = ix.features.rows;
  const [mode, arg] = variant.split(':');
  if (mode === 'gather') {
    const block = Number(arg ?? 256);
    for (let from = 0; from < ordered.length; from += block) {
      const to = Math.min(ordered.length, from + block);
      let touch = 0;
      for (let k = from; k < to; k++) touch |= rows[ordered[k]! * 16]!;
      sink ^= touch;
      for (let k = from; k < to; k++) {
        const slot = ordered[k]!;
        pre.offer(slot, 0.2 * acc[slot]! + ix.features.weight(q, slot, ix.weights) + ix.nameUnits.quickSimilarityIn(units, rows, ix.features.unitsAt(slot)));
      }
    }
    return;
  }
  for (const slot of ordered) {
    const names = mode === 'nonames' || mode === 'none' ? 0 : ix.nameUnits.quickSimilarityIn(units, rows, ix.features.unitsAt(slot));
    const w = mode === 'noweight' || mode === 'none' ? 0 : ix.features.weight(q, slot, ix.weights);
    pre.offer(slot, 0.2 * acc[slot]! + w + names);
  }
}

const original: Int32Array = ix.features.data;
const shifted = new Map<string, Int32Array>();
for (const v of variants.filter((v) => v.startsWith('shift:'))) {
  const by = Number(v.split(':')[1]);
  const copy = new Int32Array(original.length + 16).subarray(by, by + original.length);
  copy.set(original);
  shifted.set(v, copy);
}

function search(variant: string, p: ReturnType<typeof newPhases>, query: PreparedRecord): void {
  ix.features.data = shifted.get(variant) ?? original;
  const started = now();
  if (variant === 'index') {
    index.searchPrepared(query, { top: 10 });
    p.total += now() - started;
    p.searches++;
    return;
  }
  let t = now();
  const touched: number[] = ix.collect(query);
  p.collect += now() - t;
  p.candidates += touched.length;
  t = now();
  const ordered: Int32Array = ix.inSlotOrder(touched);
  p.order += now() - t;
  t = now();
  const units = ix.nameUnits.query(query);
  stage1(variant, ordered, query, units);
  p.stage1 += now() - t;
  t = now();
  const best = ix.best;
  best.clear();
  const rows = ix.features.rows;
  ix.preselected.forEach((slot: number, quick: number) => {
    const at = ix.features.unitsAt(slot);
    best.offer(slot, quick - ix.nameUnits.quickSimilarityIn(units, rows, at) + ix.nameUnits.similarityIn(units, rows, at));
  });
  const acc: Float32Array = ix.accumulator;
  for (const slot of ordered) acc[slot] = 0;
  p.stage2 += now() - t;
  t = now();
  ix.scoreLazily(query, best.sorted(), 10, 0);
  p.full += now() - t;
  p.total += now() - started;
  p.searches++;
}

const prepared = data.requests.map(prepareRecord);
for (let round = 0; round < 3; round++) {
  phases.forEach((p, i) => (phases[i] = newPhases()));
  prepared.forEach((q, i) => search(variants[i % variants.length]!, phases[i % variants.length]!, q));
  console.log(`round ${round + 1}`);
  variants.forEach((v, i) => {
    const p = phases[i]!;
    const per = (ms: number) => (ms / p.searches).toFixed(3);
    console.log(`  ${v.padEnd(12)} ${per(p.total)} CPU ms/search, ${(p.candidates / p.searches).toFixed(0)} candidates; collect ${per(p.collect)}, order ${per(p.order)}, stage1 ${per(p.stage1)}, stage2 ${per(p.stage2)}, full ${per(p.full)}`);
  });
}
if (sink === 0.5) console.log('(never)');
