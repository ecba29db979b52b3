/**
 * Federation linkage benchmark: encoding speed, hub comparisons per second, and match quality of CLK
 * (encoded) matching against plaintext matching of the same tokens, on FEBRL4 (5,000 × 5,000).
 * Run: npm run bench:federation
 */
import { compareClkSets, createClkEncoder, DEFAULT_SCHEMA, encodeRecords, type Hardening, type LinkageSchema } from '../src/index';
import { loadFebrl, type BenchRecord } from './febrl';
import { plainDice, plainSets } from './plaintextDice';
import { loadSynth } from './synth';
import { measureQuality, type ScoredPair } from './quality';

const secret = new TextEncoder().encode('benchmark-linkage-secret-not-for-production');
const CANDIDATE_THRESHOLD = 0.3;
const TOP_K = 5;
/** The hub's notification threshold (xor-folded schema; the F1 optimum on FEBRL4 is about 0.8). */
const HUB_THRESHOLD = 0.75;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/**
 * CPU milliseconds of this process (user + system) spent in `work`: on the shared 2-core machine the wall
 * clock mostly measures the other engineers' jobs, CPU time measures the code.
 */
function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
const fmt = (value: number, digits = 1): string => value.toFixed(digits);

type Tokenize = (name: string) => string[];

const lowerCaseTokens: Tokenize = (name) => name.toLowerCase().split(/[\s-]+/).filter(Boolean);

async function namesEngineTokens(): Promise<Tokenize | undefined> {
  const names = (await import('@kinlink/names')) as Record<string, unknown>;
  const comparableTokens = names['comparableTokens'];
  return typeof comparableTokens === 'function' ? (name) => (comparableTokens as Tokenize)(name) : undefined;
}

function topKPlaintext(left: BenchRecord[], right: BenchRecord[], schema: LinkageSchema): { pairs: ScoredPair[]; ms: number } {
  const intern = new Map<string, number>();
  const weights: number[] = [];
  const a = plainSets(left, schema, intern, weights);
  const b = plainSets(right, schema, intern, weights);
  const weightTable = Float64Array.from(weights);
  const sa = { ...a, weights: weightTable };
  const sb = { ...b, weights: weightTable };
  const pairs: ScoredPair[] = [];
  const before = process.cpuUsage();
  for (let i = 0; i < left.length; i++) {
    const best: ScoredPair[] = [];
    for (let j = 0; j < right.length; j++) {
      const score = plainDice(sa, i, sb, j);
      if (score < CANDIDATE_THRESHOLD) continue;
      if (best.length === TOP_K && score <= best[TOP_K - 1]!.score) continue;
      best.push({ left: i, right: j, score });
      best.sort((x, y) => y.score - x.score);
      if (best.length > TOP_K) best.pop();
    }
    pairs.push(...best);
  }
  const used = process.cpuUsage(before);
  return { pairs, ms: (used.user + used.system) / 1000 };
}

interface Row {
  dataset: string;
  method: string;
  bits: number;
  encodePerSec: number;
  comparePerSec: number;
  filteredPerSec: number;
  top1: number;
  f1: number;
  precision: number;
  recall: number;
  threshold: number;
}

function benchHardening(dataset: string, hardening: Hardening, left: BenchRecord[], right: BenchRecord[], runs: number): Row {
  const schema: LinkageSchema = { ...DEFAULT_SCHEMA, hardening };
  const encodeTimes: number[] = [];
  let encoded = { left: encodeRecords(createClkEncoder(secret, schema), left), right: encodeRecords(createClkEncoder(secret, schema), right) };
  for (let run = 0; run < runs; run++) {
    const encoder = createClkEncoder(secret, schema); // fresh: position cache starts cold
    encodeTimes.push(cpuMs(() => (encoded = { left: encodeRecords(encoder, left), right: encodeRecords(encoder, right) })));
  }
  const pairsTotal = left.length * right.length;
  const rawTimes: number[] = [];
  const filteredTimes: number[] = [];
  let candidates: ScoredPair[] = [];
  for (let run = 0; run < runs; run++) {
    rawTimes.push(cpuMs(() => compareClkSets(encoded.left, encoded.right, { threshold: HUB_THRESHOLD, topK: TOP_K, popcountFilter: false })));
    filteredTimes.push(cpuMs(() => compareClkSets(encoded.left, encoded.right, { threshold: HUB_THRESHOLD, topK: TOP_K })));
  }
  candidates = compareClkSets(encoded.left, encoded.right, { threshold: CANDIDATE_THRESHOLD, topK: TOP_K }).matches;
  const quality = measureQuality(candidates, left.map((r) => r.entity), right.map((r) => r.entity));
  return {
    dataset,
    method: `CLK, ${hardening}`,
    bits: encoded.left.words * 32,
    encodePerSec: (left.length + right.length) / (median(encodeTimes) / 1000),
    comparePerSec: pairsTotal / (median(rawTimes) / 1000),
    filteredPerSec: pairsTotal / (median(filteredTimes) / 1000),
    ...quality,
  };
}

function benchPlaintext(dataset: string, left: BenchRecord[], right: BenchRecord[]): Row {
  const plain = topKPlaintext(left, right, DEFAULT_SCHEMA);
  return {
    dataset,
    method: 'plaintext weighted Dice (same tokens)',
    bits: 0,
    encodePerSec: Number.NaN,
    comparePerSec: (left.length * right.length) / (plain.ms / 1000),
    filteredPerSec: Number.NaN,
    ...measureQuality(plain.pairs, left.map((r) => r.entity), right.map((r) => r.entity)),
  };
}

function printRows(rows: Row[]): void {
  console.log('| data, tokens | method | bits | encode rec/s | Dice/s, all pairs at 0.75 (M) | pairs/s with popcount filter (M) | top-1 | best F1 | P | R | at Dice |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    console.log(
      `| ${row.dataset} | ${row.method} | ${row.bits || '–'} | ${Number.isNaN(row.encodePerSec) ? '–' : Math.round(row.encodePerSec).toLocaleString('en')} | ${fmt(row.comparePerSec / 1e6)} | ${Number.isNaN(row.filteredPerSec) ? '–' : fmt(row.filteredPerSec / 1e6)} | ${fmt(row.top1, 4)} | ${fmt(row.f1, 4)} | ${fmt(row.precision, 4)} | ${fmt(row.recall, 4)} | ${fmt(row.threshold, 3)} |`,
    );
  }
}

export async function runLinkageBench(): Promise<void> {
  const engine = await namesEngineTokens();
  const tokenizers: [string, Tokenize][] = [...(engine ? ([['names engine', engine]] as [string, Tokenize][]) : []), ['lower-case', lowerCaseTokens]];
  console.log(`schema ${DEFAULT_SCHEMA.filterBits} bits, q=${DEFAULT_SCHEMA.q}, k name/year/sex = ${DEFAULT_SCHEMA.k.name}/${DEFAULT_SCHEMA.k.birthYear}/${DEFAULT_SCHEMA.k.sex}`);
  console.log(`quality: top ${TOP_K} per left record with Dice ≥ ${CANDIDATE_THRESHOLD}, best-F1 threshold reported; speed: every pair compared (no blocking)\nat the hub threshold ${HUB_THRESHOLD}, top ${TOP_K}; medians of 3 runs for the first dataset; per CPU-second of one core (process CPU time)\n`);
  const rows: Row[] = [];
  const [mainLabel, mainTokens] = tokenizers[0]!;
  const febrl = { left: loadFebrl('dataset4a.csv', mainTokens), right: loadFebrl('dataset4b.csv', mainTokens) };
  const febrlLabel = `FEBRL4 5000×5000, ${mainLabel}`;
  for (const hardening of ['none', 'xor-fold', 'balance'] as const) rows.push(benchHardening(febrlLabel, hardening, febrl.left, febrl.right, 3));
  rows.push(benchPlaintext(febrlLabel, febrl.left, febrl.right));
  for (const [label, tokenize] of tokenizers) {
    if (label !== mainLabel) {
      const other = { left: loadFebrl('dataset4a.csv', tokenize), right: loadFebrl('dataset4b.csv', tokenize) };
      rows.push(benchHardening(`FEBRL4, ${label}`, 'xor-fold', other.left, other.right, 1));
      rows.push(benchPlaintext(`FEBRL4, ${label}`, other.left, other.right));
    }
    const synth = loadSynth(5000, tokenize);
    const synthLabel = `kinlink synth ${synth.left.length}×${synth.right.length}, ${label}`;
    rows.push(benchHardening(synthLabel, 'xor-fold', synth.left, synth.right, 1));
    rows.push(benchPlaintext(synthLabel, synth.left, synth.right));
  }
  printRows(rows);
  const fold = rows[1]!;
  const plain = rows[3]!;
  console.log(`\nFEBRL4 xor-fold vs plaintext: F1 ratio ${fmt(fold.f1 / plain.f1, 4)}; hub Dice/s vs anonlink's ~100 M/s (C): ${fmt(fold.comparePerSec / 1e8, 2)}×`);
}

if (import.meta.url === `file://${process.argv[1]}`) await runLinkageBench();
