import { linkRecords, trainModel } from '@kinlink/match';
import type { ModelParams } from '@kinlink/match';
import { febrlIdentity, loadFebrl } from './data';

export interface FebrlResult {
  precision: number;
  recall: number;
  f1: number;
  pairs: number;
  trainSeconds: number;
  linkSeconds: number;
  model: ModelParams;
}

/** FEBRL4: 5,000 originals × 5,000 duplicates, one-to-one, model trained by EM on the same unlabelled data. */
export function runFebrl(threshold = 0.5): FebrlResult {
  const left = loadFebrl('dataset4a.csv');
  const right = loadFebrl('dataset4b.csv');
  let t = performance.now();
  const model = trainModel([...left, ...right], { trainedAt: new Date().toISOString(), source: 'FEBRL4 4a+4b (unlabelled)', modelVersion: 'febrl4-em' });
  const trainSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const pairs = linkRecords(left, right, { threshold, model });
  const linkSeconds = (performance.now() - t) / 1000;
  const matches = pairs.filter((p) => p.match);
  const tp = matches.filter((p) => febrlIdentity(p.leftId) === febrlIdentity(p.rightId)).length;
  const precision = tp / Math.max(1, matches.length);
  const recall = tp / 5000;
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), pairs: matches.length, trainSeconds, linkSeconds, model };
}
