import { MatchIndex, splitHeldOut, synthesize } from '@kinlink/match';
import type { ModelParams, SynthData } from '@kinlink/match';
import { loadChosenTailNames, loadVariantGroups } from './data';

export interface QualityResult {
  requests: number;
  findable: number;
  recallAt10: number;
  /** Of the best candidates at or above the threshold, the share that are the sought person. */
  precision: number;
  /** Of the findable requests, the share whose best candidate is right and above the threshold. */
  recallAtThreshold: number;
  threshold: number;
  indexSeconds: number;
  searchMsMedian: number;
}

export function synthData(people: number, requests: number, heldOut: boolean, seed = 2016): SynthData {
  const split = splitHeldOut(loadVariantGroups());
  return synthesize(heldOut ? split.heldOut : split.used, loadChosenTailNames(), { people, requests, seed, tailChosen: true });
}

export function evaluate(data: SynthData, threshold: number, model?: ModelParams): QualityResult {
  const index = new MatchIndex(model);
  let t = performance.now();
  for (const r of data.registry) index.add(r);
  const indexSeconds = (performance.now() - t) / 1000;
  let findable = 0;
  let foundAt10 = 0;
  let accepted = 0;
  let acceptedRight = 0;
  const times: number[] = [];
  data.requests.forEach((req, i) => {
    const truth = new Set(data.truth[i]!.registryIds);
    t = performance.now();
    const hits = index.search(req, { top: 10 });
    times.push(performance.now() - t);
    if (truth.size > 0) {
      findable++;
      if (hits.some((h) => truth.has(h.id))) foundAt10++;
    }
    const best = hits[0];
    if (best && best.probability >= threshold) {
      accepted++;
      if (truth.has(best.id)) acceptedRight++;
    }
  });
  times.sort((a, b) => a - b);
  return {
    requests: data.requests.length,
    findable,
    recallAt10: foundAt10 / Math.max(1, findable),
    precision: acceptedRight / Math.max(1, accepted),
    recallAtThreshold: acceptedRight / Math.max(1, findable),
    threshold,
    indexSeconds,
    searchMsMedian: times[Math.floor(times.length / 2)] ?? 0,
  };
}
