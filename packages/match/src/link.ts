import { MatchIndex } from './match-index';
import type { MatchIndexOptions, SearchHit } from './match-index';
import type { ModelParams } from './model';
import type { MatchRecord } from './record';

export interface LinkOptions extends MatchIndexOptions {
  /** Return up to K candidates per left record, whatever their probability (no one-to-one). */
  top?: number;
  /** Probability at and above which a pair is a match. Default 0.5. */
  threshold?: number;
  model?: ModelParams;
  onProgress?: (phase: 'index' | 'search', done: number, total: number) => void;
}

export interface LinkedPair extends SearchHit {
  readonly leftId: string;
  readonly rightId: string;
  readonly match: boolean;
}

/** Candidates considered per left record before the one-to-one assignment. */
const ONE_TO_ONE_CANDIDATES = 5;

/**
 * Links two sets of records. By default one-to-one: every left and right record is used at most once,
 * best pairs first (greedy by match weight); each left record gets its best still-free candidate.
 * With `top`, each left record gets its K best candidates.
 */
export function linkRecords(left: readonly MatchRecord[], right: readonly MatchRecord[], options: LinkOptions = {}): LinkedPair[] {
  const index = indexRecords(right, options);
  const progress = options.onProgress ?? (() => {});
  const perLeft = candidatesPerLeft(options);
  const hits = left.map((l, i) => {
    if (i % 200 === 0) progress('search', i, left.length);
    return index.search(l, { top: perLeft });
  });
  progress('search', left.length, left.length);
  return pairsFromHits(left, hits, options);
}

/** How many candidates to search per left record: `top`, or a few for the one-to-one assignment. */
export function candidatesPerLeft(options: Pick<LinkOptions, 'top'>): number {
  return options.top ?? ONE_TO_ONE_CANDIDATES;
}

/**
 * The pairs of a linkage from each left record's hits (searched with `candidatesPerLeft`, here or on other
 * threads): all of them with `top`, else the one-to-one assignment.
 */
export function pairsFromHits(left: readonly MatchRecord[], hits: readonly (readonly SearchHit[])[], options: Pick<LinkOptions, 'top' | 'threshold'>): LinkedPair[] {
  const threshold = options.threshold ?? 0.5;
  const all: LinkedPair[] = [];
  left.forEach((l, i) => {
    for (const hit of hits[i] ?? []) all.push({ ...hit, leftId: l.id, rightId: hit.id, match: hit.probability >= threshold });
  });
  return options.top !== undefined ? all : oneToOne(all);
}

/** An index of the right-hand records (compacted), reporting progress as 'index'. */
export function indexRecords(right: readonly MatchRecord[], options: Pick<LinkOptions, 'model' | 'keyCap' | 'rescoreLimit' | 'onProgress'> = {}): MatchIndex {
  const progress = options.onProgress ?? (() => {});
  const index = new MatchIndex(options.model, { keyCap: options.keyCap, rescoreLimit: options.rescoreLimit });
  right.forEach((r, i) => {
    index.add(r);
    if (i % 1000 === 0) progress('index', i, right.length);
  });
  index.compact();
  progress('index', right.length, right.length);
  return index;
}

/** Greedy one-to-one assignment by decreasing weight (ties broken by ids, so the result is stable). */
export function oneToOne(pairs: readonly LinkedPair[]): LinkedPair[] {
  const sorted = [...pairs].sort((a, b) => b.weight - a.weight || (a.leftId + a.rightId < b.leftId + b.rightId ? -1 : 1));
  const usedLeft = new Set<string>();
  const usedRight = new Set<string>();
  const out: LinkedPair[] = [];
  for (const p of sorted) {
    if (usedLeft.has(p.leftId) || usedRight.has(p.rightId)) continue;
    usedLeft.add(p.leftId);
    usedRight.add(p.rightId);
    out.push(p);
  }
  return out;
}
