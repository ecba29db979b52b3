import type { MatchIndex, MatchRecord, SynthData } from '@kinlink/match';

export interface TimedSearches {
  /** Wall milliseconds of each search, in request order. */
  times: number[];
  /** Requests whose person is in the registry. */
  findable: number;
  /** Findable requests with their person among the top 10. */
  found: number;
}

/** Searches each request's top 10 and counts how many found their person (`truth` in the same order). */
export function timeSearches(index: MatchIndex, requests: readonly MatchRecord[], truth: SynthData['truth']): TimedSearches {
  const times: number[] = [];
  let findable = 0;
  let found = 0;
  requests.forEach((q, i) => {
    const t = performance.now();
    const hits = index.search(q, { top: 10 });
    times.push(performance.now() - t);
    const registryIds = truth[i]!.registryIds;
    if (registryIds.length > 0) {
      findable++;
      if (hits.some((h) => registryIds.includes(h.id))) found++;
    }
  });
  return { times, findable, found };
}
