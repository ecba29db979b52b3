/** compareNames: score, decision, relation and an explanation a caseworker can read. */
import { latinForm } from './display';
import { assign, aynUnwritten, bestReadings, joinedPhonetic, otherRelations, otherRelative, readingsMeet, SAME_NAME_THRESHOLD, spellingNote, twinLetterDifferences, typedWithoutCaronNote, vowelAfterArticleUnread, toldApartBySpellingNote, type Assignment,
  type OtherRelative } from './compare';
import { editSteps, patternNotes, wordSimilarity, type EditStep, type PhoneticWord } from './distance';
import { READABLE } from './phonetic';
import { symbolsToLatin } from './render';
import { asPrepared, MAX_UNITS, type PreparedName, type PreparedNameImpl } from './prepare';
import type { Script } from './script';
import { secondName, type UnitData } from './units';
import { wholeNameConvention } from './name-conventions';
import { readingConvention } from './word-readings';

export type NameRelation = 'identical' | 'equivalent' | 'similar' | 'reordered' | 'lineage-prefix' | 'different';

export interface ExplainedUnit {
  /** as written (normalised) */
  text: string;
  kind: UnitData['kind'];
  /** canonical readable Latin form */
  form: string;
  /** blocking key of the unit */
  key: string;
  hasArticle: boolean;
}

export interface ExplainedSide {
  raw: string;
  normalized: string;
  script: Script;
  /** titles and honorifics before the name (Dr., Sheikh, Hajji, г-дин): recognised, not compared */
  titles: string[];
  units: ExplainedUnit[];
}

export interface UnitMatch {
  a: string;
  b: string;
  similarity: number;
  same: boolean;
  /** how the two units were matched, in words */
  how: string;
  /** letter-level differences, first name / second name, – where a sound is in one only: ["o/u", "kh/h", "–/a"] */
  differences: string[];
}

export interface NameExplanation {
  a: ExplainedSide;
  b: ExplainedSide;
  pairs: UnitMatch[];
  unmatchedA: string[];
  unmatchedB: string[];
  summary: string;
}

export interface NameComparison {
  score: number;
  same: boolean;
  relation: NameRelation;
  explanation: NameExplanation;
}

function side(p: PreparedNameImpl): ExplainedSide {
  return {
    raw: p.raw,
    normalized: p.normalized,
    script: p.script,
    titles: [...p.titles],
    units: p.units.map((u, i) => ({ text: p.texts[i] ?? u.text, kind: u.kind, form: latinForm(u), key: u.key, hasArticle: u.article })),
  };
}

const show = (sym: string): string => (sym === "'" ? 'ʿ' : READABLE[sym] || sym);

function differences(steps: EditStep[]): string[] {
  const out: string[] = [];
  for (const s of steps) {
    if (s.cost === 0 && s.op !== 'same') continue;
    if (s.op === 'same') continue;
    if (s.cost < 0.07) continue; // unwritten short vowels of Arabic script are not differences
    if (s.op === 'sub') out.push(`${show(s.a)}/${show(s.b)}`);
    else if (s.op === 'del') out.push(`${show(s.a)}/–`);
    else out.push(`–/${show(s.b)}`);
  }
  return out;
}

const KIND_WORDS: Record<UnitData['kind'], string> = {
  name: 'name',
  abd: 'Abd + divine name, one name',
  abu: 'Abu + name, one name',
  umm: 'Umm + name, one name',
  'allah-compound': 'compound with -ullah, one name',
  'din-compound': 'compound with -uddin, one name',
  'allah-first': 'Allah + name, one name',
  initial: 'initial',
};

function describe(u: UnitData, v: UnitData, ta: string, tb: string, sim: number, diffs: string[]): string {
  const parts: string[] = [];
  if (ta === tb) parts.push('written the same');
  else if (u.full.symbols === v.full.symbols && u.part.symbols === v.part.symbols) parts.push('same sounds, different spelling or script');
  else if (sim >= SAME_NAME_THRESHOLD) parts.push(diffs.length > 0 ? `spelling variants (${diffs.join(', ')})` : 'transliterations of one spelling');
  else parts.push(diffs.length > 0 ? `different names (${diffs.join(', ')})` : 'different names');
  if (u.abjad !== v.abjad) parts.push('Arabic script read without its unwritten short vowels');
  if (u.kind === v.kind && u.kind !== 'name') parts.push(KIND_WORDS[u.kind]);
  else if (secondName(u) !== null && secondName(v) !== null) parts.push('compound given names written as one word, told by their second names');
  else if (u.kind !== v.kind) parts.push(`structure differs (${KIND_WORDS[u.kind]} / ${KIND_WORDS[v.kind]})`);
  if (u.article !== v.article) parts.push('article al- in one only');
  else if (u.article) parts.push('both with the article al-');
  if (aynUnwritten(u, v) || aynUnwritten(v, u)) parts.push(`${aynUnwritten(u, v) ? ta : tb} writes an ayn the Arabic script has not`);
  return parts.join('; ');
}

/**
 * The readings of two words that are closest, when a reading by a spelling convention (word-readings.ts: a Dutch, French,
 * Greek spelling…) is closer than the words as written: the letters to explain are those; null otherwise.
 */
function closestReadings(a: PhoneticWord, aReadings: readonly PhoneticWord[], b: PhoneticWord, bReadings: readonly PhoneticWord[]): Readings | null {
  if (aReadings.length === 0 && bReadings.length === 0) return null;
  let best = wordSimilarity(a, b);
  let out: Readings | null = null;
  for (const x of [a, ...aReadings]) {
    for (const y of [b, ...bReadings]) {
      if (!readingsMeet(a, x, b, y)) continue;
      const s = wordSimilarity(x, y);
      if (s > best) {
        best = s;
        out = { a: x, b: y, aRead: x !== a, bRead: y !== b };
      }
    }
  }
  return out;
}
const partReadings = (u: UnitData): PhoneticWord[] => (u.partAlsoReadAs === null ? [] : [u.partAlsoReadAs]);
interface Readings {
  a: PhoneticWord;
  b: PhoneticWord;
  aRead: boolean;
  bRead: boolean;
}

/** In words: which spelling was read otherwise, by which convention where it is one word's, and as what (Rasjid as rashid). */
function readingNote(ta: string, tb: string, read: Readings, u: UnitData, v: UnitData, names: [string, string]): string {
  const sides: string[] = [];
  const conventions = new Set<string>();
  const note = (text: string, unit: UnitData, reading: PhoneticWord, name: string): void => {
    sides.push(`${text} as ${symbolsToLatin(reading.symbols, unit.abjad)}`);
    const convention = readingConvention({ text: unit.text, symbols: unit.full.symbols }, reading.symbols)
      ?? wholeNameConvention(name, { text, kind: unit.kind, symbols: unit.full.symbols, part: unit.part.symbols }, reading.symbols);
    if (convention !== null) conventions.add(convention);
  };
  if (read.aRead) note(ta, u, read.a, names[0]);
  if (read.bRead) note(tb, v, read.b, names[1]);
  const as = conventions.size > 0 ? `read as ${[...conventions].join(' and ')}` : 'read by the spelling convention its letters show';
  return `${as} (${sides.join(', ')})`;
}

function describeInitial(initial: string, other: string, bothInitials: boolean, sim: number): string {
  const letter = `${initial.toUpperCase()}.`;
  if (bothInitials) return sim > 0 ? 'the same initial' : 'different initials';
  return sim > 0
    ? `initial ${letter} taken as the first letter of ${other}: weaker evidence than the name written out`
    : `initial ${letter} is not the first letter of ${other}`;
}

interface SideUnit {
  text: string;
  unit: UnitData;
  /** this unit and the next one of `name`, read joined (Mir Wais read as Mirwais) */
  joinedIn: PreparedNameImpl | null;
  at: number;
}

function sideUnits(p: PreparedNameImpl, mergedAt: readonly number[]): SideUnit[] {
  const out: SideUnit[] = [];
  for (let i = 0; i < p.units.length; i++) {
    const text = p.texts[i] ?? p.units[i]!.text;
    if (mergedAt.includes(i)) {
      out.push({ text: `${text} ${p.texts[i + 1] ?? p.units[i + 1]!.text}`, unit: p.units[i]!, joinedIn: p, at: i });
      i++;
    } else {
      out.push({ text, unit: p.units[i]!, joinedIn: null, at: i });
    }
  }
  return out;
}

export function compareNames(a: PreparedName | string, b: PreparedName | string): NameComparison {
  let pa = asPrepared(a);
  let pb = asPrepared(b);
  // (identical as written: the names as prepared, before another reading of either is chosen — one read in another
  // order, as a name that ends in a patronymic is, is not)
  const writtenAlike = pa.normalized === pb.normalized && pa.normalized !== '';
  if (pa.otherReading !== null || pb.otherReading !== null) [pa, pb] = bestReadings(pa, pb).readings;
  const asg: Assignment = {
    aToB: new Int8Array(MAX_UNITS).fill(-1), sims: new Float64Array(MAX_UNITS), score: 0, ordered: true, prefix: false, onePartDiffers: false, grandfatherOrFamily: false, matched: 0,
    merged: null,
  };
  const raw = assign(pa, pb, asg);
  const score = Math.max(0, Math.min(1, raw));
  const same = score >= SAME_NAME_THRESHOLD;
  const ua = sideUnits(pa, asg.merged?.a ?? []);
  const ub = sideUnits(pb, asg.merged?.b ?? []);
  const pairs: UnitMatch[] = [];
  const matchedB = new Set<number>();
  const unmatchedA: string[] = [];
  let allSame = true;
  for (let i = 0; i < ua.length; i++) {
    const j = asg.aToB[i]!;
    const x = ua[i]!;
    if (j < 0) { unmatchedA.push(x.text); continue; }
    matchedB.add(j);
    const y = ub[j]!;
    const u = x.unit;
    const v = y.unit;
    const sim = asg.sims[i]!;
    let diffs: string[];
    let how: string;
    if (x.joinedIn !== null || y.joinedIn !== null) {
      const joinedX = x.joinedIn === null ? null : joinedPhonetic(x.joinedIn, x.at, v.full);
      const joinedY = y.joinedIn === null ? null : joinedPhonetic(y.joinedIn, y.at, u.full);
      diffs = differences(editSteps(joinedX ?? u.full, joinedY ?? v.full));
      how = `one name written as two words in one and as one word in the other${diffs.length > 0 ? ` (${diffs.join(', ')})` : ''}`;
    } else if (u.kind === 'initial' || v.kind === 'initial') {
      diffs = [];
      how = describeInitial(u.kind === 'initial' ? x.text : y.text, u.kind === 'initial' ? y.text : x.text, u.kind === v.kind, sim);
    } else {
      const useParts = u.kind === v.kind && u.kind !== 'name';
      const read = useParts ? closestReadings(u.part, partReadings(u), v.part, partReadings(v)) : closestReadings(u.full, u.alsoReadAs, v.full, v.alsoReadAs);
      const wa = read?.a ?? (useParts ? u.part : u.full);
      const wb = read?.b ?? (useParts ? v.part : v.full);
      diffs = [...differences(editSteps(wa, wb)), ...twinLetterDifferences(u, v)];
      const attested = spellingNote(u, v, [x.text, y.text]);
      const readAs = read === null ? [] : [readingNote(x.text, y.text, read, u, v, [pa.normalized, pb.normalized])];
      const typedBare = useParts ? null : typedWithoutCaronNote(u, v, [x.text, y.text], sim);
      const unitNotes: string[] = u.kind === 'name' && vowelAfterArticleUnread(u, v)
        ? ['a first vowel after the article that the Arabic-script spelling does not write (الأحمد is al-Ahmad, not الحمد)'] : [];
      const close = u.kind === 'name' && v.kind === 'name' ? toldApartBySpellingNote(u, v) : null;
      if (close !== null) unitNotes.push(close);
      how = [describe(u, v, x.text, y.text, sim, diffs), ...readAs, ...(typedBare === null ? [] : [typedBare]), ...patternNotes(wa, wb), ...unitNotes, ...(attested === null ? [] : [attested])].join('; ');
    }
    const unitSame = sim >= SAME_NAME_THRESHOLD;
    // an initial against a written name is evidence, not the same name: the relation says "similar"
    if (!unitSame || u.kind !== v.kind && (u.kind === 'initial' || v.kind === 'initial')) allSame = false;
    pairs.push({ a: x.text, b: y.text, similarity: round(sim), same: unitSame, how, differences: diffs });
  }
  const unmatchedB = ub.filter((_, j) => !matchedB.has(j)).map((y) => y.text);
  // (Muhammad abbreviated before a given name, left out by the other: Md Saiful Islam = Saiful Islam)
  const prefixesLeftOut = [...ua.filter((_, i) => asg.aToB[i]! < 0), ...ub.filter((_, j) => !matchedB.has(j))]
    .filter((x) => x.unit.muhammadAbbreviated).map((x) => x.text);
  const relations = otherRelations(pa, pb);
  const relative = otherRelative(pa, pb);
  let relation: NameRelation;
  // (the same words can be two persons where capitals put their family names at other ends: AHMED Hamza / Ahmed HAMZA)
  if (writtenAlike) relation = score >= SAME_NAME_THRESHOLD ? 'identical' : 'different';
  else if (pairs.length === 0 || !allSame) relation = score >= SAME_NAME_THRESHOLD - 0.15 ? 'similar' : 'different';
  else if (relations || relative !== null) relation = 'different';
  else if (prefixesLeftOut.length === unmatchedA.length + unmatchedB.length && prefixesLeftOut.length > 0 && asg.ordered) relation = 'equivalent';
  else if (unmatchedA.length + unmatchedB.length > 0) relation = asg.prefix ? 'lineage-prefix' : 'similar';
  else if (!asg.ordered) relation = 'reordered';
  else relation = 'equivalent';
  const explanation: NameExplanation = {
    a: side(pa),
    b: side(pb),
    pairs,
    unmatchedA,
    unmatchedB,
    summary: summarise({ relation, score, same, pairs, unmatchedA, unmatchedB, titlesA: pa.titles, titlesB: pb.titles, onePartDiffers: asg.onePartDiffers, grandfatherOrFamily: asg.grandfatherOrFamily, ordered: asg.ordered, prefixesLeftOut, otherRelations: relations, otherRelative: relative }),
  };
  return { score: round(score), same, relation, explanation };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

interface SummaryOf {
  relation: NameRelation;
  score: number;
  same: boolean;
  pairs: readonly UnitMatch[];
  unmatchedA: readonly string[];
  unmatchedB: readonly string[];
  titlesA: readonly string[];
  titlesB: readonly string[];
  /** alike but for one part, which was judged by itself */
  onePartDiffers: boolean;
  /** the last parts a grandfather's name in one and a family name in the other, scored as a part more in each */
  grandfatherOrFamily: boolean;
  /** whether the parts found in both stand in one order in both names */
  ordered: boolean;
  /** the unmatched parts that are Muhammad abbreviated (UnitData.muhammadAbbreviated) */
  prefixesLeftOut: readonly string[];
  /** the lineage markers say two relations (compare.ts otherRelations) */
  otherRelations: boolean;
  /** the lineage markers name two fathers or husbands, or one name is the relative the other's names (compare.ts otherRelative) */
  otherRelative: OtherRelative;
}

function summarise({ relation, score, same, pairs, unmatchedA: ua, unmatchedB: ub, titlesA: sa, titlesB: sb, onePartDiffers, grandfatherOrFamily, ordered, prefixesLeftOut, otherRelations: relations, otherRelative: relative }: SummaryOf): string {
  const head: Record<NameRelation, string> = {
    identical: 'The same name, written identically.',
    equivalent: 'The same name in different spellings or scripts.',
    reordered: 'The same names in a different order (given and family name swapped).',
    'lineage-prefix': 'One name is the other\'s lineage chain (given, father, grandfather…) with parts left out at its end or before the family name.',
    similar: 'Similar, but not every part matches.',
    different: 'Different names.',
  };
  const lines = [`${head[relation]} Score ${score.toFixed(2)} (${same ? 'same' : 'not the same'} at threshold ${SAME_NAME_THRESHOLD}).`];
  for (const [label, s] of [['first', sa], ['second', sb]] as const) {
    if (s.length > 0) lines.push(`Title${s.length > 1 ? 's' : ''} in the ${label} (not compared as names): ${s.join(', ')}`);
  }
  if (relations) lines.push('The lineage markers say two relations (son of, daughter of, wife of): two persons, whatever their names.');
  if (relative === 'two fathers') lines.push('The lineage markers name two fathers (or husbands), neither found in the other\'s chain: two persons.');
  if (relative === 'the relative') lines.push('One name is the relative (father or husband) the other\'s lineage marker names: two persons.');
  if (onePartDiffers && !same) lines.push('Alike in every part but one, which decides: relatives share their father\'s and family names.');
  if (grandfatherOrFamily) {
    lines.push('The last parts are a family name in one and, it may be, a grandfather\'s name in the other: one person, whose papers write the grandfather or the family, or two (cousins, namesakes), which the names alone cannot tell.');
  } else if (!same && !relations && relative === null && pairs.length > 1 && pairs.every((p) => p.same)) {
    lines.push(ua.length + ub.length === 0
      ? 'Every part agrees, but not their order as the names show it (a family name in capitals at the other end, or the very words swapped): two persons, as a son and his father are.'
      : ordered
        ? 'Every part found in both agrees, but not closely enough to outweigh the part in one only.'
        : 'Every part found in both agrees, but not in the order the names show, and a part is in one only: two persons, as a son and his father are.');
  }
  for (const p of pairs) lines.push(`${p.a} ↔ ${p.b}: ${p.how} (${p.similarity.toFixed(2)})`);
  if (ua.length > 0) lines.push(`Only in the first: ${ua.join(', ')}`);
  if (ub.length > 0) lines.push(`Only in the second: ${ub.join(', ')}`);
  if (prefixesLeftOut.length > 0) lines.push(`${prefixesLeftOut.join(', ')}: Muhammad as a prefix of the given name (abbreviated Md, or written out in a Bangladeshi, Pakistani or Afghan name), or a title before it in a Pakistani name (Malik, Sardar, Chaudhry), which other papers leave out as often as not`);
  return lines.join('\n');
}
