/**
 * tsx packages/names/bench/analyse-wikidata.ts — the letter differences behind the Wikidata ar↔en token pairs of
 * Arabic origin that the engine misjudges, tuning half only, counted (which costs the tables get wrong most
 * often), with examples.
 */
import { compareNames, SAME_NAME_THRESHOLD } from '../src/index';
import { normalizeName } from '../src/normalize';
import { halfOf, loadWikidataArabic } from './data';

const pairs = loadWikidataArabic().filter((p) => /[حعقصطضظ]/.test(p.arabic) && halfOf(normalizeName(p.arabic).replace(/ /g, '')) === 'tune');
const counts = new Map<string, { n: number; weight: number; examples: string[] }>();
let misses = 0;
for (const p of pairs) {
  const c = compareNames(p.arabic, p.latin);
  if (c.score >= SAME_NAME_THRESHOLD) continue;
  misses++;
  const diffs = c.explanation.pairs.flatMap((u) => u.differences);
  for (const d of new Set(diffs)) {
    const e = counts.get(d) ?? { n: 0, weight: 0, examples: [] };
    e.n++;
    e.weight += p.count;
    if (e.examples.length < 6) e.examples.push(`${p.arabic}~${p.latin}(${c.score.toFixed(2)})`);
    counts.set(d, e);
  }
}
console.log(`${misses} misjudged of ${pairs.length} Arabic-origin token pairs (tuning half)`);
for (const [d, e] of [...counts].sort((x, y) => y[1].n - x[1].n).slice(0, Number(process.argv[2] ?? 40))) {
  console.log(`${String(e.n).padStart(5)} ${String(e.weight).padStart(6)}  ${d.padEnd(8)} ${e.examples.join('  ')}`);
}
