import { MatchIndex } from './match-index';
import type { MatchIndexOptions, SearchHit } from './match-index';
import type { ModelParams } from './model';
import type { MatchRecord } from './record';

export interface DedupeOptions extends MatchIndexOptions {
  threshold?: number;
  model?: ModelParams;
  /** Candidates looked at per record. Default 10. */
  top?: number;
  onProgress?: (phase: 'index' | 'search', done: number, total: number) => void;
}

export interface Cluster {
  /** The smallest record id of the cluster (stable across runs). */
  readonly clusterId: string;
  readonly ids: readonly string[];
  /** Lowest probability among the links that joined the cluster (1 for a single record). */
  readonly minProbability: number;
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    let cur = x;
    while (cur !== root) {
      const next = this.parent.get(cur) ?? root;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

/** Groups records that are the same person: links above the threshold, joined transitively. */
export function dedupeRecords(records: readonly MatchRecord[], options: DedupeOptions = {}): Cluster[] {
  const threshold = options.threshold ?? 0.5;
  const progress = options.onProgress ?? (() => {});
  const index = new MatchIndex(options.model, options);
  const ids = new Set<string>();
  records.forEach((r, i) => {
    if (ids.has(r.id)) throw new Error(`duplicate id "${r.id}"`);
    ids.add(r.id);
    index.add(r);
    if (i % 1000 === 0) progress('index', i, records.length);
  });
  progress('index', records.length, records.length);
  const hits = records.map((r, i) => {
    if (i % 200 === 0) progress('search', i, records.length);
    return index.search(r, { top: options.top ?? 10, threshold, excludeId: r.id });
  });
  progress('search', records.length, records.length);
  return clustersFromHits(records, hits);
}

/**
 * Clusters from each record's hits above the threshold (searched excluding itself, here or on other
 * threads): links joined transitively, each cluster named by its smallest id.
 */
export function clustersFromHits(records: readonly MatchRecord[], hits: readonly (readonly SearchHit[])[]): Cluster[] {
  const uf = new UnionFind();
  const minLink = new Map<string, number>();
  const links: [string, string, number][] = [];
  records.forEach((r, i) => {
    for (const hit of hits[i] ?? []) links.push([r.id, hit.id, hit.probability]);
  });
  for (const [a, b] of links) uf.union(a, b);
  for (const [a, , p] of links) {
    const root = uf.find(a);
    minLink.set(root, Math.min(minLink.get(root) ?? 1, p));
  }
  const groups = new Map<string, string[]>();
  for (const r of records) {
    const root = uf.find(r.id);
    const list = groups.get(root) ?? [];
    list.push(r.id);
    groups.set(root, list);
  }
  return [...groups.entries()]
    .map(([root, members]) => ({ clusterId: root, ids: members.sort(), minProbability: minLink.get(root) ?? 1 }))
    .sort((a, b) => (a.clusterId < b.clusterId ? -1 : 1));
}
