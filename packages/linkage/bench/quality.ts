/** A candidate pair with its score; `left`/`right` are row indices. */
export interface ScoredPair {
  left: number;
  right: number;
  score: number;
}

export interface Quality {
  /** Share of left records with a true match whose best-scored right record is one. */
  top1: number;
  /** Best F1 over thresholds (recall over all true pairs, duplicates included), with its precision, recall and threshold. */
  f1: number;
  precision: number;
  recall: number;
  threshold: number;
}

/** Quality of candidate pairs (each left's top few) against the truth `entity` labels. */
export function measureQuality(pairs: readonly ScoredPair[], leftEntities: readonly string[], rightEntities: readonly string[]): Quality {
  const rightCount = new Map<string, number>();
  for (const entity of rightEntities) rightCount.set(entity, (rightCount.get(entity) ?? 0) + 1);
  const leftWithMatch = leftEntities.filter((entity) => rightCount.has(entity)).length;
  const truePairs = leftEntities.reduce((sum, entity) => sum + (rightCount.get(entity) ?? 0), 0);
  const best = new Map<number, ScoredPair>();
  for (const pair of pairs) {
    const current = best.get(pair.left);
    if (current === undefined || pair.score > current.score) best.set(pair.left, pair);
  }
  let top1Hits = 0;
  for (const [left, pair] of best) if (leftEntities[left] === rightEntities[pair.right]) top1Hits++;

  const sorted = [...pairs].sort((x, y) => y.score - x.score);
  let hits = 0;
  let result: Quality = { top1: top1Hits / leftWithMatch, f1: 0, precision: 0, recall: 0, threshold: 1 };
  sorted.forEach((pair, index) => {
    if (leftEntities[pair.left] === rightEntities[pair.right]) hits++;
    const next = sorted[index + 1];
    if (next !== undefined && next.score === pair.score) return;
    const precision = hits / (index + 1);
    const recall = hits / truePairs;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    if (f1 > result.f1) result = { ...result, f1, precision, recall, threshold: pair.score };
  });
  return result;
}
