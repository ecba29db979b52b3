import { nameScore, prepareName, SAME_NAME_THRESHOLD, tokenKeys, type PreparedName } from '@kinlink/names';

interface Named {
  names?: Partial<Record<string, ReadonlyArray<{ value: string }>>>;
}

/** The written names of some people, each whole and word by word, prepared once for comparing. */
function candidatesOf(people: readonly Named[]): PreparedName[] {
  const out: PreparedName[] = [];
  for (const person of people) {
    for (const written of Object.values(person.names ?? {})) {
      for (const { value } of written ?? []) {
        out.push(prepareName(value));
        const words = value.split(/\s+/).filter((w) => w !== '');
        if (words.length > 1) for (const w of words) out.push(prepareName(w));
      }
    }
  }
  return out;
}

/**
 * A name query in any script, for filtering records in the browser with the name engine: every word of
 * the query must be the same name as one of the people's written names (محمد finds Мухамед and Muhamed;
 * Hassan does not find Hussein). Blocking keys narrow the comparisons first. Gives the weakest word's
 * score (to rank records, best first), or undefined when the people do not match.
 */
export function nameQuery(query: string): ((people: readonly Named[]) => number | undefined) | undefined {
  const words = query.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return undefined;
  const prepared = words.map((w) => ({ name: prepareName(w), keys: new Set(tokenKeys(w)) }));
  return (people) => {
    const candidates = candidatesOf(people);
    let weakest = 1;
    for (const q of prepared) {
      let best = 0;
      for (const c of candidates) if (tokenKeys(c).some((k) => q.keys.has(k))) best = Math.max(best, nameScore(q.name, c));
      if (best < SAME_NAME_THRESHOLD) return undefined;
      weakest = Math.min(weakest, best);
    }
    return weakest;
  };
}
