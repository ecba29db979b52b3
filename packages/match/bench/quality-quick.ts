/**
 * Quality of the shipped model on synthetic data only (the quality part of bench:match, faster to run
 * while changing blocking or ranking): recall@10, precision and recall at 0.5, CPU ms per search.
 *
 *   npx tsx packages/match/bench/quality-quick.ts [--people 20000]
 */
import { evaluate, synthData } from './synth-quality';

const i = process.argv.indexOf('--people');
const people = i < 0 ? 20_000 : Number(process.argv[i + 1]);
for (const [label, heldOut] of [['synth', false], ['held-out', true]] as const) {
  const cpu = process.cpuUsage();
  const q = evaluate(synthData(people, 2000, heldOut), 0.5);
  const used = process.cpuUsage(cpu);
  console.log(`${label}: recall@10 ${q.recallAt10.toFixed(4)} precision ${q.precision.toFixed(4)} recall@0.5 ${q.recallAtThreshold.toFixed(4)} search p50 ${q.searchMsMedian.toFixed(2)} ms (CPU incl. index ${((used.user + used.system) / 1e6).toFixed(1)} s)`);
}
