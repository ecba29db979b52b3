/**
 * tsx packages/names/bench/analyse.ts [--other | --more | --set NAME] — prints the misjudged held-out pairs of the tuning half
 * (misses of same pairs, false accepts of different pairs) with their scores, sorted, for looking at them by category; --other:
 * of the first blind set of other names (bench/data/other-names-*.jsonl), both halves; --more: of the second
 * (more-names-*.jsonl); --set NAME: of a later set that became tuning data when the next was written (`LATER_SETS` in data.ts);
 * the sets still blind (`BLIND_SETS`) are never printed here. Ends with the misjudged pairs counted by script pair.
 */
import { compareNames, nameScore, prepareName, SAME_NAME_THRESHOLD } from '../src/index';
import { BLIND_SETS, buildHeldOut, LATER_SETS, loadGroups, loadLaterSet, loadMoreNames, loadOtherNames, type LabelledPair, type LaterSet } from './data';

const TUNING_SETS: readonly string[] = LATER_SETS.map(([name]) => name).filter((name) => !BLIND_SETS.includes(name));
const more = process.argv.includes('--more');
const setAt = process.argv.indexOf('--set');
const setName = setAt > 0 ? process.argv[setAt + 1] ?? '' : null;
if (setName !== null && !TUNING_SETS.includes(setName)) throw new Error(`--set takes one of ${TUNING_SETS.join(', ')} (the blind sets are never printed)`);
const other = more || setName !== null || process.argv.includes('--other');
const held: { pairs: LabelledPair[] } = setName !== null
  ? loadLaterSet(setName as LaterSet)
  : more ? loadMoreNames() : other ? loadOtherNames() : buildHeldOut(loadGroups());
const score = (a: string, b: string): number => nameScore(prepareName(a), prepareName(b));
const rows: { kind: string; s: number; a: string; b: string; why: string }[] = [];
// of the Wikidata names only the tuning half is looked at: the check half measures whether the rules are general
for (const p of held.pairs.filter((x) => other || x.half === 'tune')) {
  const s = score(p.a, p.b);
  const wrong = (s >= SAME_NAME_THRESHOLD) !== (p.kind === 'same');
  if (!wrong) continue;
  const c = compareNames(p.a, p.b);
  const why = c.explanation.pairs.map((u) => `${u.a}~${u.b} ${u.similarity.toFixed(2)} [${u.differences.join(' ')}]`).join('; ');
  rows.push({ kind: p.kind, s, a: p.a, b: p.b, why });
}
rows.sort((x, y) => x.kind.localeCompare(y.kind) || x.s - y.s);
for (const r of rows) console.log(`${r.kind.padEnd(9)} ${r.s.toFixed(3)}  ${r.a} | ${r.b}   ${r.why}`);
console.log(`${rows.length} misjudged of ${held.pairs.length}`);
const scriptOf = (t: string): string => (/[\u0600-\u06ff]/.test(t) ? 'Arabic' : /[\u0400-\u04ff]/.test(t) ? 'Cyrillic' : /[\u1200-\u137f]/.test(t) ? 'Ethiopic' : 'Latin');
const byScripts = new Map<string, number>();
for (const r of rows) {
  const key = `${r.kind} ${[scriptOf(r.a), scriptOf(r.b)].sort().join('-')}`;
  byScripts.set(key, (byScripts.get(key) ?? 0) + 1);
}
for (const [k, n] of [...byScripts].sort((x, y) => y[1] - x[1])) console.log(`${String(n).padStart(4)}  ${k}`);
