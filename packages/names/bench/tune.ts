/**
 * tsx packages/names/bench/tune.ts [--wide] [--list] — the tuning data only (never the check half, never the third
 * blind set): rates on the held-out tuning half, on a wider tuning set built the same way from rarer Wikidata
 * spellings (names of the tuning half only), on pairs.jsonl, on the first two blind sets, and the blocking-key
 * agreement; --list prints the wide set's misjudged pairs. (With the shipped lexicon, which holds all the Wikidata
 * pairs: the Wikidata figures here are in-sample; `npm run bench:names` measures them with a tuning-half lexicon.)
 */
import { compareNames, nameScore, prepareName, SAME_NAME_THRESHOLD, tokenKeys } from '../src/index';
import { alternateKeys } from '../src/keys';
import { normalizeName } from '../src/normalize';
import { buildHeldOut, halfOf, loadGroups, loadMoreNames, loadOtherNames, loadPairs, loadWikidataArabic, type Kind, type LabelledPair } from './data';

const list = process.argv.includes('--list');
const groups = loadGroups();
const tune = buildHeldOut(groups).pairs.filter((p) => p.half === 'tune');
const wide = buildHeldOut(groups, { minVariantCount: 2, minClusterTotal: 6, minSingleTotal: 3 }).pairs.filter((p) => p.half === 'tune');
const score = (p: LabelledPair): number => nameScore(prepareName(p.a), prepareName(p.b));

function rateLine(label: string, pairs: LabelledPair[]): void {
  const n: Record<Kind, number> = { same: 0, different: 0, unrelated: 0 };
  const ok: Record<Kind, number> = { same: 0, different: 0, unrelated: 0 };
  for (const p of pairs) {
    n[p.kind]++;
    if ((score(p) >= SAME_NAME_THRESHOLD) === (p.kind === 'same')) ok[p.kind]++;
  }
  const r = (k: Kind): string => (ok[k] / Math.max(1, n[k])).toFixed(3);
  console.log(`${label.padEnd(34)} ${r('same')} / ${r('different')} / ${r('unrelated')}   (${n.same}/${n.different}/${n.unrelated})`);
}

function keyShare(sets: string[][]): string {
  let all = 0;
  let shared = 0;
  const keySets = (v: string): Set<string>[] => tokenKeys(v).map((k) => new Set([k, ...alternateKeys(k)]));
  for (const vs of sets) {
    const ks = vs.map(keySets);
    for (let i = 0; i < ks.length; i++) {
      for (let j = i + 1; j < ks.length; j++) {
        all++;
        const a = ks[i]!;
        const b = ks[j]!;
        if (a.length === b.length && a.every((s, k) => [...s].some((x) => b[k]!.has(x)))) shared++;
      }
    }
  }
  return (shared / all).toFixed(3);
}

rateLine('pairs.jsonl', loadPairs());
rateLine('held-out tuning half', tune);
rateLine('wide tuning set', wide);
const otherPairs = loadOtherNames().pairs;
rateLine('other names (blind set), tuning half', otherPairs.filter((p) => p.half === 'tune'));
// its check half became tuning data once the second blind set (more-names) was written
rateLine('other names (blind set), both halves', otherPairs);
// the second blind set became tuning data when the third (third-names) was written; the third is never printed here
rateLine('more names (second blind set)', loadMoreNames().pairs);
const tuneClusters = buildHeldOut(groups).clusters.filter((c) => c.half === 'tune').map((c) => [c.arabic, ...c.variants]);
const wikidataTune = loadWikidataArabic().filter((p) => halfOf(normalizeName(p.arabic).replace(/ /g, '')) === 'tune');
const judgedSame = (ps: typeof wikidataTune): string =>
  (ps.filter((p) => nameScore(prepareName(p.arabic), prepareName(p.latin)) >= SAME_NAME_THRESHOLD).length / ps.length).toFixed(3);
console.log(`Wikidata ar↔en tuning half judged same: all ${judgedSame(wikidataTune)}, Arabic-origin ${judgedSame(wikidataTune.filter((p) => /[حعقصطضظخغثذ]/.test(p.arabic)))}`);
console.log(`keys shared: variant groups ${keyShare(groups.map((g) => g.variants))}, tuning half ${keyShare(tuneClusters)}`);
if (list) {
  const rows = wide.map((p) => ({ p, s: score(p) })).filter(({ p, s }) => (s >= SAME_NAME_THRESHOLD) !== (p.kind === 'same'));
  rows.sort((x, y) => x.p.kind.localeCompare(y.p.kind) || x.s - y.s);
  for (const { p, s } of rows) {
    const why = compareNames(p.a, p.b).explanation.pairs.map((u) => `[${u.differences.join(' ')}]`).join(' ');
    console.log(`${p.kind.padEnd(9)} ${s.toFixed(3)}  ${p.a} | ${p.b}   ${why}`);
  }
}
