import { COMPARISONS, comparisonVector } from './comparisons';
import type { Comparison } from './comparisons';
import { countPatterns, runEm } from './em';
import { initialModel } from './initial-model';
import { MODEL_FORMAT, MODEL_FORMAT_VERSION } from './model';
import type { ModelParams } from './model';
import { prepareRecord } from './prepare';
import type { PreparedRecord } from './prepare';
import type { MatchRecord } from './record';
import { Random } from './rng';
import { pairsSharingKeys } from './training-pairs';

export interface TrainOptions {
  /** Random pairs sampled to estimate u. Default 200,000. */
  randomPairs?: number;
  /** Cap on blocked pairs per EM session. Default 300,000. */
  maxBlockedPairs?: number;
  seed?: number;
  source?: string;
  modelVersion?: string;
  /** ISO time written into the training metadata (the clock is the caller's: this package is pure). */
  trainedAt: string;
  /** Called with a phase name and progress 0..1. */
  onProgress?: (phase: string, done: number, total: number) => void;
  start?: ModelParams;
}

const SMOOTHING = 0.5;

/** u per level from random pairs (almost all non-matches), with additive smoothing. */
export function estimateU(records: readonly PreparedRecord[], pairs: number, random: Random, comparisons = COMPARISONS): number[][] {
  const counts = comparisons.map((c) => c.levels.map(() => SMOOTHING));
  if (records.length < 2) return counts.map((row) => row.map(() => 1 / row.length));
  for (let i = 0; i < pairs; i++) {
    const a = random.int(records.length);
    let b = random.int(records.length - 1);
    if (b >= a) b++;
    comparisonVector(records[a]!, records[b]!, comparisons).forEach((l, c) => {
      if (l >= 0) counts[c]![l]! += 1;
    });
  }
  return counts.map((row) => {
    const total = row.reduce((s, x) => s + x, 0);
    return row.map((x) => x / total);
  });
}

/**
 * Smallest m of any level. Training data may never show a match whose sex or nationality was written
 * wrongly, but registrations do: no single field may veto a match by itself.
 */
export const M_FLOOR = 0.005;

function withFloor(row: readonly number[]): number[] {
  const floored = row.map((x) => Math.max(x, M_FLOOR));
  const total = floored.reduce((s, x) => s + x, 0);
  return floored.map((x) => x / total);
}

/** Keys shared by more records than this are too common to block training pairs on. */
const TRAINING_POSTING_LIMIT = 20;

const NAME_FIELDS = new Set(['name', 'father_name', 'grandfather_name', 'mother_name']);

/**
 * Estimates a model from unlabelled records, as Splink does: u from random pairs; m by EM, once over
 * pairs blocked on a whole-name key (learning every field but the names, whose agreement the
 * blocking forced) and once over pairs sharing a birth date, document or phone (learning the names); the
 * prior from the expected number of matches among name-blocked pairs. Only selective keys (short
 * postings) block, so that matches are a fair share of the pairs EM sees.
 */
export function trainModel(records: readonly MatchRecord[], options: TrainOptions, comparisons: readonly Comparison[] = COMPARISONS): ModelParams {
  if (records.length < 50) throw new Error(`need at least 50 records to train, got ${records.length}`);
  const random = new Random(options.seed ?? 1);
  const progress = options.onProgress ?? (() => {});
  const start = options.start ?? initialModel(comparisons);
  const prepared: PreparedRecord[] = [];
  const byId = new Map<string, PreparedRecord>();
  records.forEach((r, i) => {
    const p = prepareRecord(r);
    prepared.push(p);
    byId.set(r.id, p);
    if (i % 1000 === 0) progress('prepare', i, records.length);
  });
  progress('prepare', records.length, records.length);
  const randomPairs = options.randomPairs ?? 200_000;
  const u = estimateU(prepared, randomPairs, random, comparisons);
  progress('u', 1, 1);

  const startM = comparisons.map((c) => {
    const params = start.comparisons.find((p) => p.field === c.field);
    return c.levels.map((label) => params?.levels.find((l) => l.label === label)?.m ?? 1 / c.levels.length);
  });
  const cap = options.maxBlockedPairs ?? 300_000;
  const shuffle = (n: number) => random.int(n);
  const vectorsOf = (pairs: [string, string][]) => pairs.map(([a, b]) => comparisonVector(byId.get(a)!, byId.get(b)!, comparisons));
  // Session 1: pairs sharing a whole-name key (no birth band: that would bias the dates) teach every field but the names.
  const nameFixed = new Set(comparisons.flatMap((c, i) => (NAME_FIELDS.has(c.field) ? [i] : [])));
  const namePairs = pairsSharingKeys(prepared, ['n:'], cap, shuffle, TRAINING_POSTING_LIMIT);
  progress('blocking', 1, 2);
  const session1 = runEm(countPatterns(vectorsOf(namePairs)), { m: startM, u, lambda: 0.1 }, { fixU: false, fixedM: nameFixed, maxIterations: 2000 });
  progress('em-names-blocked', 1, 1);
  // Session 2: pairs sharing a full birth date, a document or a phone number teach the names.
  const otherFixed = new Set(comparisons.flatMap((c, i) => (NAME_FIELDS.has(c.field) ? [] : [i])));
  const idPairs = pairsSharingKeys(prepared, ['d:', 'doc:', 'ph:'], cap, shuffle, TRAINING_POSTING_LIMIT);
  progress('blocking', 2, 2);
  const session2 = runEm(countPatterns(vectorsOf(idPairs)), { m: session1.m, u, lambda: 0.1 }, { fixU: false, fixedM: otherFixed, maxIterations: 2000 });
  progress('em-id-blocked', 1, 1);

  const m = comparisons.map((_, c) => withFloor(nameFixed.has(c) ? session2.m[c]! : session1.m[c]!));
  const totalPairs = (records.length * (records.length - 1)) / 2;
  const prior = Math.min(0.5, Math.max(1e-9, (session1.lambda * namePairs.length) / totalPairs));
  return {
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    modelVersion: options.modelVersion ?? `trained-${options.trainedAt}`,
    prior,
    comparisons: comparisons.map((c, ci) => ({
      field: c.field,
      levels: c.levels.map((label, li) => ({ label, m: m[ci]![li]!, u: u[ci]![li]!, ...(c.termKeys && li === 0 ? { tf: true } : {}) })),
    })),
    training: {
      trainedAt: options.trainedAt,
      source: options.source ?? 'records',
      records: records.length,
      randomPairs,
      blockedPairs: namePairs.length + idPairs.length,
      emIterations: session1.iterations + session2.iterations,
      converged: session1.converged && session2.converged,
    },
  };
}
