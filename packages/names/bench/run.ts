/**
 * npm run bench:names — quality of the name engine on the labelled pairs, on held-out names, on the Wikidata
 * Arabic↔English token pairs (beside ICU Any-Latin + Jaro-Winkler), and its speed.
 * Options: --quick (smaller speed runs), --quality (no speed runs), --fails (print the misjudged pairs of pairs.jsonl).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compareNames, nameKeys, nameScore, prepareName, SAME_NAME_THRESHOLD, tokenKeys, type PreparedName } from '../src/index';
import { alternateKeys } from '../src/keys';
import { useSpellingLexicon } from '../src/lexicon/active-lexicon';
import { readingsOfRows, SpellingLexicon } from '../src/lexicon/spelling-lexicon';
import { WIKIDATA_SPELLING_READINGS } from '../src/lexicon/wikidata-spelling-readings';
import { WIKIDATA_SPELLINGS } from '../src/lexicon/wikidata-spellings';
import { normalizeName } from '../src/normalize';
import { unitCount } from '../src/units';
import { compoundPairs } from './compound-spellings';
import { pairsWithoutDiacritics } from './without-diacritics';
import { jaroWinkler, makeBaseline } from './baseline';
import {
  buildHeldOut, halfOf, loadGoogleAr2En, zipfPicker, loadGroups, loadMoreNames, loadOtherNames, loadPairs, BLIND_SETS, LATER_SETS, loadLaterSet, loadWikidataArabic, repoRoot, rng, type Kind,
  type LabelledPair,
} from './data';

const quick = process.argv.includes('--quick');
const qualityOnly = process.argv.includes('--quality');
const showFails = process.argv.includes('--fails');
const BASELINE_THRESHOLD = 0.8;

interface Rates { n: Record<Kind, number>; ok: Record<Kind, number> }

function rates(pairs: LabelledPair[], same: (a: string, b: string) => boolean): Rates {
  const n = { same: 0, different: 0, unrelated: 0 };
  const ok = { same: 0, different: 0, unrelated: 0 };
  for (const p of pairs) {
    n[p.kind]++;
    if (same(p.a, p.b) === (p.kind === 'same')) ok[p.kind]++;
  }
  return { n, ok };
}

const pct = (ok: number, n: number): string => (n === 0 ? '—' : (ok / n).toFixed(3));
const engineSame = (a: string, b: string): boolean => nameScore(prepareName(a), prepareName(b)) >= SAME_NAME_THRESHOLD;

function table(rows: string[][]): void {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  rows.forEach((r, i) => {
    console.log(`| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`);
    if (i === 0) console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  });
}

function qualityRows(label: string, pairs: LabelledPair[], baseline: (a: string, b: string) => boolean, baselineLabel: string): string[][] {
  const e = rates(pairs, engineSame);
  const b = rates(pairs, baseline);
  return [
    [`${label}: kinlink names`, pct(e.ok.same, e.n.same), pct(e.ok.different, e.n.different), pct(e.ok.unrelated, e.n.unrelated), `${e.n.same}/${e.n.different}/${e.n.unrelated}`],
    [`${label}: ${baselineLabel}`, pct(b.ok.same, b.n.same), pct(b.ok.different, b.n.different), pct(b.ok.unrelated, b.n.unrelated), ''],
  ];
}

function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)]!;
}

function main(): void {
  const pairs = loadPairs();
  const groups = loadGroups();
  const heldOut = buildHeldOut(groups);
  const other = loadOtherNames();
  const more = loadMoreNames();
  const later = LATER_SETS.map(([name]) => ({ name, ...loadLaterSet(name), blind: BLIND_SETS.includes(name) }));
  const compounds = compoundPairs();
  // the later sets' groups with a Latin spelling typed without its diacritics: tuning sets and blind sets apart
  const bareTuning = pairsWithoutDiacritics(later.filter((set) => !set.blind).flatMap((set) => set.groups));
  const bareBlind = pairsWithoutDiacritics(later.filter((set) => set.blind).flatMap((set) => set.groups));
  const wikidata = loadWikidataArabic();
  // The Wikidata pairs are measured with a lexicon of spellings built from their tuning half only (the shipped one
  // is built from all of them): the check half stays held out.
  const isTune = (p: { arabic: string }): boolean => halfOf(normalizeName(p.arabic).replace(/ /g, '')) === 'tune';
  const tuneLexicon = SpellingLexicon.fromRows(wikidata.filter(isTune).map((p) => `${p.latin}\t${p.arabic}\t${p.count}`).join('\n'), 'Wikidata');
  // the shipped lexicon is built from readings generated beforehand: after a rule change they may be stale
  if (readingsOfRows(WIKIDATA_SPELLINGS) !== WIKIDATA_SPELLING_READINGS) throw new Error('the shipped lexicon\'s readings are not the engine\'s: run npm run names:lexicon');
  const google = loadGoogleAr2En();
  const all = [
    ...pairs.flatMap((p) => [p.a, p.b]), ...heldOut.pairs.flatMap((p) => [p.a, p.b]), ...other.pairs.flatMap((p) => [p.a, p.b]), ...more.pairs.flatMap((p) => [p.a, p.b]),
    ...later.flatMap((set) => set.pairs.flatMap((p) => [p.a, p.b])), ...compounds.flatMap((p) => [p.a, p.b]),
    ...bareTuning.flatMap((p) => [p.a, p.b]), ...bareBlind.flatMap((p) => [p.a, p.b]),
    ...wikidata.flatMap((p) => [p.latin, p.arabic]), ...google.flatMap((p) => [p.latin, p.arabic]),
  ];
  const icu = makeBaseline(all);
  const baselineSame = (a: string, b: string): boolean => jaroWinkler(icu.latin(a), icu.latin(b)) >= BASELINE_THRESHOLD;
  const baseLabel = `${icu.label} ≥ ${BASELINE_THRESHOLD}`;
  // Speed first, while the process has prepared no other names: the speed pool's names are then interned first, as a
  // server's or the CLI's are (which units are interned first decides which pairs the dense memo matrix holds).
  const scoreAgain = qualityOnly ? null : speed(groups.flatMap((g) => g.variants), heldOut.clusters.flatMap((c) => [c.arabic, ...c.variants]));
  const unitsBefore = unitCount();

  console.log(`\n## Quality (threshold ${SAME_NAME_THRESHOLD}; rates = share judged correctly)\n`);
  table([
    ['set: method', 'recall same', 'reject different', 'reject unrelated', 'pairs same/diff/unrel'],
    ...qualityRows('pairs.jsonl', pairs, baselineSame, baseLabel),
    ...qualityRows('other names (first blind set), both halves', other.pairs, baselineSame, baseLabel),
    ...qualityRows('more names (second blind set, whole)', more.pairs, baselineSame, baseLabel),
    ...later.flatMap((set) => qualityRows(`${set.name} names (${set.blind ? 'blind set, whole' : 'tuning data'})`, set.pairs, baselineSame, baseLabel)),
    ...qualityRows('compound spellings generated by convention (tuning)', compounds, baselineSame, baseLabel),
    ...qualityRows('later tuning sets, a Latin spelling typed without its diacritics', bareTuning, baselineSame, baseLabel),
    ...qualityRows('blind sets, a Latin spelling typed without its diacritics', bareBlind, baselineSame, baseLabel),
  ]);
  console.log('\nThe same, by letters alone (no lexicon of attested spellings: what the Wikidata lexicon adds):\n');
  useSpellingLexicon(null);
  const lettersRow = (label: string, ps: LabelledPair[]): string[] => {
    const e = rates(ps, engineSame);
    return [label, pct(e.ok.same, e.n.same), pct(e.ok.different, e.n.different), pct(e.ok.unrelated, e.n.unrelated)];
  };
  table([
    ['set: letters only', 'recall same', 'reject different', 'reject unrelated'],
    lettersRow('pairs.jsonl', pairs),
    lettersRow('other names (first blind set)', other.pairs),
    lettersRow('more names (second blind set)', more.pairs),
    ...later.map((set) => lettersRow(`${set.name} names${set.blind ? ' (blind set)' : ''}`, set.pairs)),
  ]);
  console.log('\nHeld-out Wikidata names, with the lexicon built from the tuning half of the Wikidata pairs:\n');
  useSpellingLexicon(tuneLexicon);
  table([
    ['set: method', 'recall same', 'reject different', 'reject unrelated', 'pairs same/diff/unrel'],
    ...qualityRows('held-out Wikidata names, tuning half', heldOut.pairs.filter((p) => p.half === 'tune'), baselineSame, baseLabel),
    ...qualityRows('held-out Wikidata names, check half', heldOut.pairs.filter((p) => p.half === 'check'), baselineSame, baseLabel),
    ...qualityRows('held-out Wikidata names, both halves', heldOut.pairs, baselineSame, baseLabel),
  ]);
  console.log(`\nHeld-out: ${heldOut.clusters.length} Arabic-origin names of Wikidata with several Latin spellings, none of them in`);
  console.log('variant-groups.jsonl, with the Russian spelling Wikidata gives a Latin form where it has one (Cyrillic);');
  console.log('"different" = names whose Arabic spellings differ by one long-vowel letter or a final');
  console.log('taa marbuta (the Hassan/Hussein kind), built automatically, so some are noisy (Wikidata aligns tokens loosely);');
  if (heldOut.droppedDifferent > 0) console.log(`${heldOut.droppedDifferent} such name pairs were left out because Wikidata gives one name the other's usual Latin spelling.`);
  console.log('Names are split into halves by a hash of their Arabic spelling: rules are written looking at misses of the');
  console.log('tuning half only (bench/analyse.ts); the check half is for measuring.');
  console.log(`Other names (blind set, bench/data/other-names-*.jsonl): ${other.groups.length} variant groups of names not in`);
  console.log('variant-groups.jsonl in Arabic/Persian/Ethiopic, MK/RS/BG/RU Cyrillic and Latin by several conventions, plus close-looking');
  console.log('different names, built like pairs.jsonl; halves by a hash of the group (pair) name; both halves are now tuning data.');
  console.log(`More names (second blind set, bench/data/more-names-*.jsonl): ${more.groups.length} variant groups of names in neither earlier set,`);
  console.log('built the same way and measured whole; tuning data since the third was written.');
  console.log(`Later sets (bench/data/<n>-names-*.jsonl, ${later.map((set) => `${set.name} ${set.groups.length}`).join(', ')} variant groups): names in none`);
  console.log('of the earlier sets, written by helpers who never ran the engine; each measured once while blind, then tuning data;');
  console.log(`the ${BLIND_SETS.join(' and ')} sets are measured whole, never listed. When each was written and measured: bench/data/README.md.`);
  console.log('Compound spellings (bench/compound-spellings.ts): Abd al-X, X-ullah, X-uddin, al-X, Persian X-Y, X-zadeh/-pour/-zai/-khel and');
  console.log('Abu/Umm X over a list of bases, written by every convention; different = one template over two bases.');
  console.log('Without diacritics (bench/without-diacritics.ts): the same pairs of the later sets\' groups with one Latin spelling typed');
  console.log('without its diacritics (Hatidža as Hatidza, Şêxo as Sexo), as registrations without them write it: recall only.');

  // calibration: the operating point against its neighbours, on both sets
  const sweep: string[][] = [['threshold', 'pairs.jsonl same / different / unrelated', 'held-out check half same / different / unrelated']];
  const scored = (ps: LabelledPair[]): { kind: Kind; s: number }[] => ps.map((p) => ({ kind: p.kind, s: nameScore(prepareName(p.a), prepareName(p.b)) }));
  useSpellingLexicon(undefined);
  const sa = scored(pairs);
  useSpellingLexicon(tuneLexicon);
  const sb = scored(heldOut.pairs.filter((p) => p.half === 'check'));
  const at = (xs: { kind: Kind; s: number }[], t: number): string => {
    const r = (k: Kind): string => {
      const of = xs.filter((x) => x.kind === k);
      return pct(of.filter((x) => (x.s >= t) === (k === 'same')).length, of.length);
    };
    return `${r('same')} / ${r('different')} / ${r('unrelated')}`;
  };
  for (const t of [0.7, 0.75, 0.8, 0.85, 0.9]) sweep.push([`${t}${t === SAME_NAME_THRESHOLD ? ' (default)' : ''}`, at(sa, t), at(sb, t)]);
  // blocking: spellings of one name should share their unit keys, or the match engine never compares them
  // … or at least one key of each unit (its key or a second key: alternateKeys)
  const keySets = (v: string): Set<string>[] => tokenKeys(v).map((k) => new Set([k, ...alternateKeys(k)]));
  const keyAgreement = (sets: string[][]): [string, string] => {
    let all = 0;
    let equal = 0;
    let shared = 0;
    for (const vs of sets) {
      const keys = vs.map((v) => tokenKeys(v).join(' '));
      const withSecond = vs.map(keySets);
      for (let i = 0; i < keys.length; i++) {
        for (let j = i + 1; j < keys.length; j++) {
          all++;
          if (keys[i] === keys[j]) equal++;
          const a = withSecond[i]!;
          const b = withSecond[j]!;
          if (a.length === b.length && a.every((s, k) => [...s].some((x) => b[k]!.has(x)))) shared++;
        }
      }
    }
    return [pct(equal, all), pct(shared, all)];
  };
  const halves = (h: 'tune' | 'check'): string[][] => heldOut.clusters.filter((c) => c.half === h).map((c) => [c.arabic, ...c.variants]);
  const [vEq, vShare] = keyAgreement(groups.map((g) => g.variants));
  const [tEq, tShare] = keyAgreement(halves('tune'));
  const [cEq, cShare] = keyAgreement(halves('check'));
  const keyNames = [...new Set([...pairs.flatMap((p) => [p.a, p.b]), ...heldOut.pairs.flatMap((p) => [p.a, p.b])])];
  const keysPerName = keyNames.reduce((s, n) => s + nameKeys(n).length, 0) / keyNames.length;
  const firstKeysPerName = keyNames.reduce((s, n) => s + nameKeys(n).filter((k) => !k.startsWith('u:') || tokenKeys(n).includes(k.slice(2))).length, 0) / keyNames.length;
  console.log('\nBlocking keys: share of same-name pairs whose unit keys (tokenKeys) are equal, and that share a key per unit with the second keys:\n');
  table([
    ['set', 'equal keys', 'sharing a key (second keys)'],
    ['variant-groups.jsonl (the same pairs of pairs.jsonl)', vEq, vShare],
    ['held-out names, tuning / check half', `${tEq} / ${cEq}`, `${tShare} / ${cShare}`],
  ]);
  console.log(`\nnameKeys per name (${keyNames.length} names of the quality sets): ${firstKeysPerName.toFixed(2)} without second keys, ${keysPerName.toFixed(2)} with them`);

  console.log('\nThreshold sweep (share judged correctly per kind):\n');
  table(sweep);

  if (showFails) {
    for (const p of pairs) {
      const s = nameScore(prepareName(p.a), prepareName(p.b));
      if ((s >= SAME_NAME_THRESHOLD) !== (p.kind === 'same')) console.log(`  miss ${p.kind} ${s.toFixed(3)} ${p.a} | ${p.b}`);
    }
  }

  console.log('\n## Wikidata and Wikipedia Arabic↔English token pairs: share judged the same\n');
  console.log('(with the lexicon built from the tuning half of these pairs; the Wikipedia pairs are another source)\n');
  const share = (ps: { latin: string; arabic: string; count: number }[], f: (a: string, b: string) => boolean, weighted: boolean): string => {
    let n = 0;
    let ok = 0;
    for (const p of ps) {
      const w = weighted ? p.count : 1;
      n += w;
      if (f(p.arabic, p.latin)) ok += w;
    }
    return (ok / n).toFixed(3);
  };
  const arabicOrigin = wikidata.filter((p) => /[حعقصطضظخغثذ]/.test(p.arabic));
  const tuneHalf = wikidata.filter((p) => halfOf(normalizeName(p.arabic).replace(/ /g, '')) === 'tune');
  const checkHalf = wikidata.filter((p) => halfOf(normalizeName(p.arabic).replace(/ /g, '')) === 'check');
  const originTune = tuneHalf.filter((p) => /[حعقصطضظخغثذ]/.test(p.arabic));
  const originCheck = checkHalf.filter((p) => /[حعقصطضظخغثذ]/.test(p.arabic));
  table([
    ['pairs', 'kinlink names', baseLabel],
    [`Wikidata ar↔en, all ${wikidata.length} token pairs`, share(wikidata, engineSame, false), share(wikidata, baselineSame, false)],
    [`Wikidata ar↔en, tuning half (${tuneHalf.length})`, share(tuneHalf, engineSame, false), share(tuneHalf, baselineSame, false)],
    [`Wikidata ar↔en, check half (${checkHalf.length})`, share(checkHalf, engineSame, false), share(checkHalf, baselineSame, false)],
    ['Wikidata ar↔en, weighted by frequency', share(wikidata, engineSame, true), share(wikidata, baselineSame, true)],
    [`Wikidata ar↔en, Arabic-origin names (${arabicOrigin.length})`, share(arabicOrigin, engineSame, false), share(arabicOrigin, baselineSame, false)],
    [`  of them tuning half (${originTune.length}) / check half (${originCheck.length})`, `${share(originTune, engineSame, false)} / ${share(originCheck, engineSame, false)}`, `${share(originTune, baselineSame, false)} / ${share(originCheck, baselineSame, false)}`],
    [`Wikipedia ar2en test (${google.length})`, share(google, engineSame, false), share(google, baselineSame, false)],
  ]);

  useSpellingLexicon(undefined);
  if (scoreAgain !== null) {
    const rate = Math.round(scoreAgain()).toLocaleString('en');
    console.log(`\nSpeed again: nameScore on the same random pairs after the quality sets interned ${(unitCount() - unitsBefore).toLocaleString('en')} more units`);
    console.log(`first (the dense memo then holds fewer of the pool's pairs): ${rate} /s (CPU, median of 5 runs)`);
  }
}

const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/**
 * Speed, in CPU time of this process (the machine is shared and often loaded: CPU time is what one core
 * gives; wall time is shown beside it). Names are drawn with Zipf-distributed frequencies from the variant
 * tables and the held-out Wikidata names, as given names are in a registry.
 */
/** Returns a measure of the nameScore pairs again (median CPU rate), for after the quality sets. */
function speed(variantTokens: string[], otherTokens: string[]): () => number {
  console.log('\n## Speed (CPU time of one core; wall time in brackets; medians of 5 runs)\n');
  const random = rng(11);
  const pick = zipfPicker([...new Set([...variantTokens, ...otherTokens])].sort(() => random() - 0.5), random);
  const makeName = (min: number, max: number): string => {
    const k = min + Math.floor(random() * (max - min + 1));
    const parts: string[] = [];
    for (let i = 0; i < k; i++) parts.push(pick());
    return parts.join(' ');
  };
  const rows: string[][] = [['measure', 'result', 'target']];

  // nameScore on prepared names
  const poolSize = 50_000;
  const pool: PreparedName[] = [];
  for (let i = 0; i < poolSize; i++) pool.push(prepareName(makeName(2, 4)));
  const pairCount = quick ? 500_000 : 2_000_000;
  const idx = new Uint32Array(pairCount * 2);
  for (let i = 0; i < idx.length; i++) idx[i] = Math.floor(random() * poolSize);
  let sink = 0;
  const scorePairs = (): { cpuRates: number[]; wallRates: number[] } => {
    const cpuRates: number[] = [];
    const wallRates: number[] = [];
    for (let r = 0; r < 5; r++) {
      const c0 = cpuSeconds();
      const t0 = performance.now();
      for (let i = 0; i < pairCount; i++) sink += nameScore(pool[idx[2 * i]!]!, pool[idx[2 * i + 1]!]!);
      cpuRates.push(pairCount / (cpuSeconds() - c0));
      wallRates.push(pairCount / ((performance.now() - t0) / 1000));
    }
    return { cpuRates, wallRates };
  };
  const { cpuRates, wallRates } = scorePairs();
  const fmt = (x: number): string => Math.round(x).toLocaleString('en');
  rows.push([`nameScore, prepared names of 2–4 units (${fmt(poolSize)} names, random pairs)`, `${fmt(median(cpuRates))} /s [${fmt(median(wallRates))} /s]; first, cold run ${fmt(cpuRates[0]!)} /s`, '≥ 1,000,000 /s']);
  // the baseline on the same pairs, its strings transliterated beforehand (its "prepared names")
  const poolBaseline = makeBaseline(pool.map((p) => p.raw));
  const poolLatin = pool.map((p) => poolBaseline.latin(p.raw));
  const jwRates: number[] = [];
  for (let r = 0; r < 3; r++) {
    const c0 = cpuSeconds();
    for (let i = 0; i < pairCount; i++) sink += jaroWinkler(poolLatin[idx[2 * i]!]!, poolLatin[idx[2 * i + 1]!]!);
    jwRates.push(pairCount / (cpuSeconds() - c0));
  }
  rows.push(['baseline in the same run: Jaro-Winkler on the same pairs, pre-transliterated', `${fmt(median(jwRates))} /s`, '']);
  // one against many, as a search does: each query name against 2,000 names of the pool
  const queries = quick ? 100 : 500;
  const perQuery = 2_000;
  const searchRates: number[] = [];
  for (let r = 0; r < 5; r++) {
    const c0 = cpuSeconds();
    for (let q = 0; q < queries; q++) {
      const query = pool[(q * 7919 + r) % poolSize]!;
      const from = (q * 104_729) % (poolSize - perQuery);
      for (let i = from; i < from + perQuery; i++) sink += nameScore(query, pool[i]!);
    }
    searchRates.push((queries * perQuery) / (cpuSeconds() - c0));
  }
  rows.push([`nameScore, one query against ${fmt(perQuery)} pool names (search-like)`, `${fmt(median(searchRates))} /s`, '≥ 1,000,000 /s']);

  // preparing many distinct names
  const prepCount = quick ? 200_000 : 1_000_000;
  const names: string[] = [];
  const seen = new Set<string>();
  while (names.length < prepCount) {
    const n = makeName(3, 3);
    if (seen.has(n)) continue;
    seen.add(n);
    names.push(n);
  }
  seen.clear();
  const c1 = cpuSeconds();
  const t1 = performance.now();
  for (const n of names) sink += prepareName(n).raw.length;
  const prepCpu = cpuSeconds() - c1;
  const prepWall = (performance.now() - t1) / 1000;
  rows.push([`prepareName, ${fmt(prepCount)} distinct 3-unit names`, `${prepCpu.toFixed(1)} s [${prepWall.toFixed(1)} s], ${fmt(unitCount())} distinct units`, '1,000,000 in ≤ 20 s']);

  // the CLI, end to end: process start, JSON parsing, preparing, scoring, writing
  const lines = quick ? 100_000 : 300_000;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kinlink-names-bench-'));
  const file = path.join(dir, 'pairs.jsonl');
  const body: string[] = [];
  for (let i = 0; i < lines; i++) body.push(JSON.stringify({ a: makeName(1, 4), b: makeName(1, 4) }));
  writeFileSync(file, body.join('\n') + '\n');
  // three runs (each one process; the machine is shared): the median of each rate
  const runs = [0, 1, 2].map(() => {
    const r = spawnSync('bash', ['-c', `TIMEFORMAT='%R %U %S'; time (node packages/cli/bin/kinlink.js names compare < ${file} | wc -l)`], { cwd: repoRoot, encoding: 'utf8' });
    const [wall, user, sys] = (r.stderr ?? '').trim().split('\n').pop()!.split(' ').map(Number);
    return { answered: Number((r.stdout ?? '').trim()), cpuRate: lines / ((user ?? 0) + (sys ?? 0)), wallRate: lines / (wall ?? 1) };
  });
  rmSync(dir, { recursive: true, force: true });
  const unanswered = runs.find((r) => r.answered !== lines);
  const cliRates = `${fmt(median(runs.map((r) => r.cpuRate)))} pairs/s [${fmt(median(runs.map((r) => r.wallRate)))} pairs/s]`;
  rows.push([`kinlink names compare, ${fmt(lines)} JSON lines on stdin (names of 1–4 units; median of 3 runs)`, `${cliRates}${unanswered === undefined ? '' : `, ONLY ${unanswered.answered} lines answered`}`, '≥ 50,000 pairs/s']);
  table(rows);
  const example = compareNames('محمد حسين الخطيب', 'Mohammed Hussein Alkhatib');
  console.log(`\nExample: محمد حسين الخطيب ↔ Mohammed Hussein Alkhatib → score ${example.score}, ${example.relation}. (checksum ${sink > 0 ? 'ok' : '0'})`);
  return () => median(scorePairs().cpuRates);
}

main();
