/**
 * Comparison of names: unit against unit by weighted phonetic distance (structure-aware for Abd-, -ullah,
 * -uddin, Abu/Umm units and the article), then name against name by the best one-to-one assignment of
 * units, with order (swapped given/family names) and lineage (a shorter name that is the start of a longer
 * chain) taken into account.
 */
import { endingsDiffer, phoneticWord, wordSimilarity, type PhoneticWord } from './distance';
import { asPrepared, type PreparedName, type PreparedNameImpl } from './prepare';
import { compoundSecondAsWritten, familyBaseAsWritten, familySuffixKind, Lineage, parseName } from './structure';
import { CHAUDHRY_ABBREVIATED, isChaudhry } from './chaudhry';
import { normalizeName } from './normalize';
import { initialLetter, keyLettersMeet } from './keys';
import { consonantCount, consonantsOf, isVowelSymbol } from './phonetic';
import { muhammadAgainstMahmud } from './muhammad-mahmud';
import { closeNamesApart, plainSaidAgainstSayyid } from './close-name-spellings';
import { feminineOfTheOther } from './feminine-forms';
import { dadAgainstZad } from './persian-dad-zad';
import { farAgainstFard } from './persian-far-fard';
import { isTitleOnlyHonorific, titleKey } from './titles';
import { activeSpellingLexicon, onSpellingLexiconChange } from './lexicon/active-lexicon';
import { CLOSE_SPELLINGS, type LexiconVerdict } from './lexicon/spelling-lexicon';
import { isPashtunTribe, isSouthAsianFamilyName } from './name-conventions';
import { familyBase, fullWeight, internUnit, keyFirst, keyLast, lastConsonant, secondName, unitById, type UnitData } from './units';

/** Scores at or above this are judged the same name (calibrated on the labelled pairs; see bench). */
export const SAME_NAME_THRESHOLD = 0.8;

const ARTICLE_MISMATCH = 0.97;
// how much the base of a family name made with -zadeh, -pour, -zai… weighs beside the whole name
const BASE_WEIGHT = 0.3;
// … and the Ben, Ould, Ait or Bou of a family name beside the name after it, which decides (Ben Ahmed / Ben Hamed)
const PREFIX_WEIGHT = 0.2;
const STRUCTURE_MISMATCH = 0.95;
const REORDER_FACTOR = 0.97;
const SWAPPED_INSIDE_FACTOR = 0.78;
const LINEAGE_EXTRA_FACTOR = 0.95;
const OTHER_EXTRA_FACTOR = 0.78;
const JOINED_FACTOR = 0.97;
// how much the least alike pair of parts weighs beside their mean: less in a longer name, where each further part that
// agrees is further evidence of one person (Jabbar Hamza Ali Al-Ogaili = جبار حمزة علي العكيلي, its family name read
// with the Iraqi g of ك); calibrated on the tuning sets, where lower weights (0.25 for three parts) begin to accept
// siblings and cousins
const MIN_WEIGHT_TWO = 0.6;
const MIN_WEIGHT_THREE = 0.35;
const MIN_WEIGHT_FOUR = 0.3;
/** An initial that is the first letter of the other name: evidence, but weaker than the name written out. */
export const INITIAL_SIMILARITY = 0.85;

/** Whether a second reading of one unit is the other unit as written or one of its readings. */
function readAlike(u: UnitData, v: UnitData): boolean {
  return u.alsoReadAs.some((r) => r.symbols === v.full.symbols || v.alsoReadAs.some((q) => q.symbols === r.symbols))
    || v.alsoReadAs.some((r) => r.symbols === u.full.symbols);
}

export function unitSimilarityUncached(u: UnitData, v: UnitData): number {
  if (u.id === v.id) return 1;
  if (u.kind === 'initial' || v.kind === 'initial') {
    if (u.kind === v.kind) return u.key === v.key ? 1 : 0;
    const initial = u.kind === 'initial' ? u : v;
    const other = initial === u ? v : u;
    // (Ch stands for Chaudhry alone, as Pakistani papers abbreviate it: not for Chaman, Chand)
    if (initial.text === CHAUDHRY_ABBREVIATED) return isChaudhry(other.text) ? INITIAL_SIMILARITY : 0;
    return `${initialLetter(other.full.symbols)}.` === initial.key ? INITIAL_SIMILARITY : 0;
  }
  if (u.kind === v.kind && u.kind !== 'name') {
    // Abd + divine name, X + ullah, X + uddin, Abu X, Umm X: the distinguishing parts must agree
    let s = wordSimilarity(u.part, v.part);
    // (… and so must the Ben, Bou or Ait of two family names made of an Abd- compound: Benabdallah is not Bouabdallah)
    if (u.familyMarker !== v.familyMarker && u.familyMarker !== '' && v.familyMarker !== '') return Math.min(s, OTHER_FAMILY_SUFFIX);
    if (u.partAlsoReadAs !== null) s = Math.max(s, wordSimilarity(u.partAlsoReadAs, v.part));
    if (v.partAlsoReadAs !== null) s = Math.max(s, wordSimilarity(u.part, v.partAlsoReadAs));
    // (… and the names of a kunya or before -uddin written apart, as the lexicon knows them alone: Abu Saleh is not Abu
    // Salah, Gamal Eldin not Kamal Eldin, as Saleh is not Salah, Gamal not Kamal; and a kunya's names it knows as one are
    // one, Abu Amr = Abu Amro, as Amr = Amro = عمرو)
    if (u.kind === 'abu' || u.kind === 'umm' || u.kind === 'din-compound') {
      const relation = namesApartRelation(u, v);
      if (relation === 'different') s *= LEXICON_DIFFERENT_FACTOR;
      else if (relation === 'same' && u.kind !== 'din-compound' && s < LEXICON_SAME) s = LEXICON_SAME;
    }
    return s;
  }
  if (u.kind !== v.kind) return kindsDiffer(u, v);
  // (Saied reads as the honorific Sayyid does: the spelling says it is Said)
  if (u.honorific !== 0 && u.honorific === v.honorific && !closeNamesApart(u.closeName, v.closeName)) return 1;
  let s = lettersSimilarity(u, v);
  const letters = s;
  // (two Arabic-script spellings, one begun with ayn, the other with alif: the script tells two names apart that its
  // symbols read alike, امیدی Omidi / عمیدی Amidi, أروى Arwa / عروة Urwa)
  if (u.abjad && v.abjad && s >= SAME_NAME_THRESHOLD && ainAgainstAlif(u.text, v.text)) s = Math.min(s, CLOSE_NAMES_APART);
  // (… and two Cyrillic spellings, one with б where the other has в: letters of their own, which other alphabets' b and v
  // read close as Greek and Hebrew spellings do — Бадия / Вадия, Басим / Васим are two names)
  if (u.full.cyrillic && v.full.cyrillic && s >= SAME_NAME_THRESHOLD && bAgainstV(u.full.symbols, v.full.symbols)) s = Math.min(s, CLOSE_NAMES_APART);
  // (an Ethiopic word writes its last vowel, a u or o against another tells names apart that the letters read close: ብርሃኑ
  // Birhanu is not Birhane, ሃይሉ Hailu is not Haile)
  if (s >= SAME_NAME_THRESHOLD && (ethiopicLastVowelOther(u.full, v.full) || ethiopicLastVowelOther(v.full, u.full))) s = Math.min(s, ETHIOPIC_LAST_VOWEL_OTHER);
  // two family names made with -zadeh, -pour, -zai…: the names they are made from must agree (Hassanzadeh / Hosseinzadeh)
  const baseU = familyBase(u);
  const baseV = familyBase(v);
  // (… unless one was typed without its đ or dž and read so: its base as written is not the name, Dokovic = Đoković)
  if (baseU !== null && baseV !== null && !readAsTyped(u, v, s)) {
    s = Math.min(s, (1 - BASE_WEIGHT) * s + BASE_WEIGHT * baseSimilarity(u, v, baseU, baseV));
    const kind = familySuffixKind(u.full.symbols, baseU.symbols);
    if (kind !== familySuffixKind(v.full.symbols, baseV.symbols)) s = Math.min(s, OTHER_FAMILY_SUFFIX);
    // (… and a base against its nisba before a Persian or Pashtun suffix: Hosseinzadeh / Hosseinizadeh, two families; not
    // the Russian -yev, whose y the base may keep or not, Durdyyev = Durdiyev)
    else if (SUFFIX_NOT_NISBA.has(kind) && (baseIsNisbaOf(baseU, baseV) || baseIsNisbaOf(baseV, baseU))) s = Math.min(s, OTHER_FAMILY_SUFFIX);
  }
  if (otherNisba(u, v) || otherNisba(v, u)) s = Math.min(s, OTHER_FAMILY_SUFFIX);
  // … and one such name against the nisba of its base: two families (Ahmadzai / Ahmadi, Hassanzadeh / Hassani)
  if (baseU !== null && baseV === null ? nisbaOfBase(u, baseU, v) : baseV !== null && baseU === null && nisbaOfBase(v, baseV, u)) s = Math.min(s, OTHER_FAMILY_SUFFIX);
  // two family names of Ben, Ould, Ait or Bou and a name: the names after them must be one (Ben Ahmed / Ben Hamed)
  // (a joined Ben only against another joined: Benour writes Ben Nour's n once)
  const afterU = nameAfterPrefixOf(u);
  const afterV = afterU === null || u.text.includes(' ') !== v.text.includes(' ') ? null : nameAfterPrefixOf(v);
  if (afterU !== null && afterV !== null) {
    const byName = PREFIX_WEIGHT + (1 - PREFIX_WEIGHT) * nameAfterPrefixSimilarity(afterU, afterV);
    // (… and with one prefix, as alike as those names are, however the whole is spelt: Ait Lhadj = Ait El Hadj = آيت الحاج;
    // unless a rule above has already told them apart)
    s = s === letters && samePrefix(u.text, v.text) ? byName : Math.min(s, byName);
  }
  // (under CLOSE_SPELLINGS, so that the lexicon says nothing of them: a part that tells two relatives apart in a name of four)
  if (toldApartBySpelling(u, v)) s = Math.min(s, CLOSE_NAMES_APART);
  // two compound given names written as one word: their second names must be one (Mohammadhossein / Mohammadhassan)
  // (unless another reading makes them one: Alimatou = Alimata, both Alima with the West African ending, not Ali + matou)
  const secondU = baseU === null ? secondName(u) : null;
  const secondV = secondU === null ? null : secondName(v);
  if (secondU !== null && secondV !== null && !readAlike(u, v)) s = Math.min(s, wordSimilarity(secondU, secondV));
  const verdict = spellingEvidence(u, v, s);
  if (verdict === null) return s;
  if (verdict.relation === 'different') return s * LEXICON_DIFFERENT_FACTOR;
  // (the article written in one only still weighs, so that a family name al-X pairs with al-X: AL AHMAD Ahmad = احمد … الاحمد)
  const same = u.article === v.article ? LEXICON_SAME : LEXICON_SAME - ARTICLE_TIE_BREAK;
  return s < same ? same : s;
}

/** Whether two spellings of one length differ only where one has b and the other v, and somewhere. */
function bAgainstV(x: string, y: string): boolean {
  if (x.length !== y.length) return false;
  let differ = false;
  for (let i = 0; i < x.length; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (a === b) continue;
    if (!((a === 'b' && b === 'v') || (a === 'v' && b === 'b'))) return false;
    differ = true;
  }
  return differ;
}

/**
 * Whether two name units spell two close names whose spellings tell them apart (Mohamoud / Mohamed, Saeed / Sayed, a
 * man's name and the woman's made from it: Nabil / Nabila).
 */
export const toldApartBySpelling = (u: UnitData, v: UnitData): boolean => toldApartBySpellingNote(u, v) !== null;
/** … in words for a caseworker, or null. */
export function toldApartBySpellingNote(u: UnitData, v: UnitData): string | null {
  if (muhammadAgainstMahmud(u.full.symbols, u.abjad, v.full.symbols, v.abjad)) return 'Muhammad and Mahmud, told apart by the vowel after the second m';
  if (feminineOfTheOther(u, v)) return 'a man\'s name and the woman\'s made from it with -e or -a (Şerif, Şerife; Nabil, Nabila; Michel, Michelle)';
  if (dadAgainstZad(u.text, v.text)) return 'two Persian names, one made with -dad (given), the other with -zad (born): Mehrdad, Mehrzad';
  if (farAgainstFard(u.text, v.text)) return 'two Persian family names, one made with -far, the other with -fard: Kianfar, Kianfard';
  if (!closeNamesApart(u.closeName, v.closeName)) return null;
  if (u.closeName === 'said' || u.closeName === 'sayyid') return 'Said and Sayyid, told apart by the y of Sayyid';
  if (u.closeName === 'javad' || u.closeName === 'javed') return 'Javad and Javed, told apart by the vowel of their second syllable (جواد, جاوید)';
  if (u.closeName === 'ghazi' || u.closeName === 'qazi') return 'Gazi and Kazi, told apart by their first letter (غازي, قاضي)';
  if (u.closeName === 'qasim' || u.closeName === 'kazim') return 'Qasim and Kazim, told apart by their spelling (قاسم, كاظم)';
  if (u.closeName === 'sheikh' || u.closeName === 'shah') return 'Sheikh and Shah, told apart by their spelling (شيخ, شاه)';
  return 'Hasan and Husayn, told apart by their spelling (the ê of Kurmanji Hisên, the ো of Bengali হোসেন)';
}

/**
 * How alike the names two family names are made from are: as two names are, what the lexicon knows of them included
 * (Hassanzadeh / حسین‌زاده: Hassan is not حسين, which their letters alone read close), where the base is a word as
 * written; else by their letters.
 */
function baseSimilarity(u: UnitData, v: UnitData, baseU: PhoneticWord, baseV: PhoneticWord): number {
  const bu = baseUnitOf(u);
  const bv = bu === null ? null : baseUnitOf(v);
  const s = bu === null || bv === null ? wordSimilarity(baseU, baseV) : unitSimilarity(bu, bv);
  return s >= SAME_NAME_THRESHOLD || u.abjad || v.abjad || !ARMENIAN_END.test(u.full.symbols) || !ARMENIAN_END.test(v.full.symbols) ? s
    : Math.max(s, wordSimilarity(phoneticWord(armenianStops(baseU.symbols), false), phoneticWord(armenianStops(baseV.symbols), false)));
}
// (the bases of two Armenian family names as Western, Eastern and Russian spellings meet: without a first h, each stop
// voiceless, as word-readings.ts reads the whole name — Hagop-ian, Akop-yan)
const ARMENIAN_END = /[iyj]e?[aA]n$/;
const ARMENIAN_VOICED: Readonly<Record<string, string>> = { b: 'p', g: 'k', d: 't' };
const armenianStops = (symbols: string): string => symbols.replace(/^h(?=[aeiouAIUEO])/, '').replace(/[bgd]/g, (c) => ARMENIAN_VOICED[c]!);

// Ben, Ould, Ait or Bou written apart from the name after it (Ben Ahmed, Ould Hamed, آيت أحمد, Бен Ахмед): a Maghrebi or
// Mauritanian family name, one unit to the parser, whose letters alone read a different name after it as close
// (Ben Ahmed / Ben Hamed: أحمد, حامد); joined only after Ben, before a name of three letters or more, against another
// such name joined (Benomar / Benammar, Bensaid / Bensaad): Ben may be a name's own letters (Benafsha, Benjamin), and a
// joined spelling writes a letter Ben and the name share once (Benour = Ben Nour)
const PREFIX_BEFORE_NAME = /^(?:ben|bin|ibn|ould|ait|aït|ajt|bou|بن|ولد|ايت|بو|бен|бин|улд|аит|айт|ајт|бу) (.+)$/;
const BEN_JOINED = /^(?:ben|бен)([^\s-]{3,})$/;
const PREFIX_CLASS: Readonly<Record<string, string>> = {
  ben: 'bin', bin: 'bin', ibn: 'bin', بن: 'bin', бен: 'bin', бин: 'bin', ould: 'ould', ولد: 'ould', улд: 'ould',
  ait: 'ait', aït: 'ait', ajt: 'ait', ايت: 'ait', аит: 'ait', айт: 'ait', ајт: 'ait', bou: 'bou', بو: 'bou', бу: 'bou',
};
// (of two texts PREFIX_BEFORE_NAME or BEN_JOINED has matched: each begins with its prefix and a space, or is a Ben joined)
const prefixClass = (text: string): string | undefined => (text.includes(' ') ? PREFIX_CLASS[text.slice(0, text.indexOf(' '))] : 'bin');
const samePrefix = (a: string, b: string): boolean => prefixClass(a) === prefixClass(b);
const afterPrefix = new Map<number, UnitData | null>();
/** The unit of the name after such a prefix, parsed from the unit's text; null where the text is no such name. */
function nameAfterPrefixOf(u: UnitData): UnitData | null {
  if (u.kind !== 'name') return null;
  return onceForUnit(afterPrefix, u, () => {
    const m = u.text.includes(' ') ? PREFIX_BEFORE_NAME.exec(u.text) : u.abjad ? null : BEN_JOINED.exec(u.text);
    return m === null ? null : nameUnitOf(m[1]!);
  });
}

/**
 * How alike the names after Ben, Ould, Ait or Bou are: by what the lexicon knows of them (Ahmed / Hamed), but not
 * against letters that read as one spelling
 */
function nameAfterPrefixSimilarity(u: UnitData, v: UnitData): number {
  const letters = lettersSimilarity(u, v);
  return letters >= (u.abjad === v.abjad ? ONE_SPELLING : ONE_SPELLING_OF_ARABIC) ? letters : unitSimilarity(u, v);
}
const ONE_SPELLING = 0.9;
// … a little less against an Arabic-script name: Maghrebi French spellings write its letters in ways the lexicon's corpus
// does not (Ben Salah = بن صالح, where the corpus writes Salah only for صلاح)
const ONE_SPELLING_OF_ARABIC = 0.85;

const namesApart = new Map<number, UnitData | null>();
/**
 * The unit of the name in a compound written apart: the word before -uddin (Gamal of Gamal Eldin), the words after Abu,
 * Umm (Saleh of Abu Saleh); null where the compound is written as one word, or its name is not one name unit.
 */
const nameApartOf = (u: UnitData): UnitData | null => onceForUnit(namesApart, u, () => {
  const space = u.text.indexOf(' ');
  if (space < 0) return null;
  return nameUnitOf(u.kind === 'din-compound' ? u.text.slice(0, space) : u.text.slice(space + 1));
});
/**
 * What the lexicon says of the names of two compounds written apart (nameApartOf): one name, two, or nothing — and not
 * two for a -uddin compound's names of one consonant skeleton (made from a few names, whose Maghrebi spellings the
 * lexicon reads as others: Kamel Eddine = Kamal Eldin = كمال الدين), nor for a kunya's name of the pattern faʿl against
 * its Latin spelling with a vowel between the last two consonants (Abu Baker = Abu Bakr, whose Baker the lexicon reads as
 * باكر)
 */
function namesApartRelation(u: UnitData, v: UnitData): 'same' | 'different' | null {
  const a = nameApartOf(u);
  const b = a === null ? null : nameApartOf(v);
  if (a === null || b === null || a.article || b.article) return null;
  const relation = spellingEvidence(a, b, lettersSimilarity(a, b))?.relation ?? null;
  if (relation !== 'different') return relation;
  const x = a.full.symbols;
  const y = b.full.symbols;
  const oneSkeleton = consonantsOf(x).join('') === consonantsOf(y).join('');
  return oneSkeleton && (u.kind === 'din-compound' || endsInTwoConsonants(x) !== endsInTwoConsonants(y)) ? null : 'different';
}
const endsInTwoConsonants = (symbols: string): boolean => symbols.length >= 2 && !isVowelSymbol(symbols.at(-1)!) && !isVowelSymbol(symbols.at(-2)!);

const baseUnits = new Map<number, UnitData | null>();
/** The unit of the name a family name unit is made from, parsed from its text; null where the text does not show it. */
function baseUnitOf(u: UnitData): UnitData | null {
  return onceForUnit(baseUnits, u, () => {
    const base = familyBaseAsWritten(u.text);
    const b = base === null ? null : nameUnitOf(normalizeName(base));
    // (the base is a name of its own, not again a family name with a suffix)
    return b !== null && familyBase(b) !== null ? null : b;
  });
}

/** The one name unit a normalised text parses into, interned; null where it parses into another kind or several. */
/** The first name of a compound given name's symbols before its second name (the d of a dh at the join its own: Mohammadhasan). */
function firstOfCompound(full: string, second: string): string {
  const cut = full.length - second.length;
  return full.slice(0, cut) + (full[cut] === 'D' && second.startsWith('h') ? 'd' : '');
}
const secondNames = new Map<number, UnitData | null>();
/** The second name of a compound given name written as one word, as a unit of its own (Mohammadhasan: Hasan), or null. */
function secondNameUnit(u: UnitData): UnitData | null {
  if (u.abjad) return null;
  return onceForUnit(secondNames, u, () => {
    const second = compoundSecondAsWritten(u.text);
    return second === null ? null : nameUnitOf(second);
  });
}

function nameUnitOf(normalized: string): UnitData | null {
  const units = parseName(normalized).units;
  return units.length === 1 && units[0]!.kind === 'name' ? internUnit(units[0]!) : null;
}

/** What `derive` makes of a unit, worked out once per unit and kept in `memo` (cleared when it grows large). */
function onceForUnit(memo: Map<number, UnitData | null>, u: UnitData, derive: () => UnitData | null): UnitData | null {
  let d = memo.get(u.id);
  if (d === undefined) {
    d = derive();
    if (memo.size >= 100_000) memo.clear();
    memo.set(u.id, d);
  }
  return d;
}

// one base with -pour and with -far, -zadeh or -zai makes another family's name (Mohammadipour / Mohammadifar, Ahmadzai /
// Ahmadzada), however alike their letters; so does a nisba with -awi, -chi or -ji against the plain -i (below)
const OTHER_FAMILY_SUFFIX = 0.5;
// (two names whose spellings say which they are: muhammad-mahmud.ts, close-name-spellings.ts, feminine-forms.ts,
// persian-dad-zad.ts, persian-far-fard.ts)
const CLOSE_NAMES_APART = 0.4;

/**
 * A nisba made with -awi, -chi or -ji against the plain -i of the same name: two families (Hindi / Hindawi, Tehrani /
 * Tehranchi, Barzani / Barzanji).
 */
const NISBA_WITH_INFIX = /^(.*[^aeiouAIUEOWYQ'])(?:[aA]?[wv]|AW|C|j)[iIQ]$/;
const PLAIN_NISBA = /^(.*[^aeiouAIUEOWYQ'])[iIQ]$/;
const SAME_STEM = 0.9;
const INFIX_BEFORE_LAST = new Set([...'wvWCj'].map((c) => c.charCodeAt(0)));
const LAST_I = new Set([...'iIQ'].map((c) => c.charCodeAt(0)));
function otherNisba(longer: UnitData, plain: UnitData): boolean {
  const symbols = longer.full.symbols;
  // (most names end otherwise: tested before the expression)
  if (!INFIX_BEFORE_LAST.has(symbols.charCodeAt(symbols.length - 2)) || !LAST_I.has(symbols.charCodeAt(symbols.length - 1))) return false;
  const withInfix = NISBA_WITH_INFIX.exec(symbols);
  if (withInfix === null || NISBA_WITH_INFIX.test(plain.full.symbols)) return false;
  const stem = PLAIN_NISBA.exec(plain.full.symbols);
  return stem !== null && consonantCount(stem[1]!) >= 2
    && wordSimilarity(phoneticWord(withInfix[1]!, longer.abjad), phoneticWord(stem[1]!, plain.abjad)) >= SAME_STEM;
}

// (the suffixes of Persian, Pashtun, Baluch and Lur names: not the -ov of a Russian spelling, which Tajiks have replaced
// with the nisba -i, Karimov = Karimi, nor the Persian -ای after ه, itself a nisba: بانه‌ای = Banehi)
const SUFFIX_NOT_NISBA = new Set(['zadeh', 'zai', 'panah', 'vand', 'nia', 'p', 'n', 'f', 'x']);
function nisbaOfBase(withSuffix: UnitData, base: PhoneticWord, plain: UnitData): boolean {
  const last = plain.full.symbols.charCodeAt(plain.full.symbols.length - 1);
  if (!LAST_I.has(last) || !SUFFIX_NOT_NISBA.has(familySuffixKind(withSuffix.full.symbols, base.symbols))) return false;
  const stem = PLAIN_NISBA.exec(plain.full.symbols);
  return stem !== null && consonantCount(stem[1]!) >= 2 && wordSimilarity(base, phoneticWord(stem[1]!, plain.abjad)) >= SAME_STEM;
}

/** Whether the base of one family name is the other's base with the nisba (Hosseini / Hossein of -zadeh). */
function baseIsNisbaOf(nisba: PhoneticWord, base: PhoneticWord): boolean {
  if (nisba.symbols.length !== base.symbols.length + 1 || !LAST_I.has(nisba.symbols.charCodeAt(nisba.symbols.length - 1))) return false;
  const stem = PLAIN_NISBA.exec(nisba.symbols);
  return stem !== null && stem[1] === base.symbols;
}

const ETHIOPIC_LAST_VOWEL_OTHER = 0.7;
// (u and o, which Italian spellings swap, against the others: a, e, i, which Latin writes for the 1st, 4th, 5th and 3rd
// orders in many ways, Medhanie, Medhani = መድሃኔ, Zewdie = ዘውዲ)
const lastVowelClass = (symbols: string): string => {
  const last = symbols[symbols.length - 1];
  if (last === 'u' || last === 'o') return 'u';
  if (last === 'i' || (last === 'e' && symbols.endsWith('ie'))) return 'i';
  return last === 'a' || last === 'e' ? 'e' : '';
};
/** Whether an Ethiopic word and an alphabet's or another Ethiopic one (not an Arabic-script one) end in vowels of two classes. */
function ethiopicLastVowelOther(ethiopic: PhoneticWord, other: PhoneticWord): boolean {
  if (!ethiopic.ethiopic || other.abjad) return false;
  const e = lastVowelClass(ethiopic.symbols);
  const o = lastVowelClass(other.symbols);
  return e !== '' && o !== '' && (e === 'u') !== (o === 'u');
}

const AIN_OR_ALIF_FIRST = /^[عا]/;
const WITHOUT_AIN_ALIF = /[اعء]|[ةهيى]$/g;
function ainAgainstAlif(a: string, b: string): boolean {
  if (a[0] === b[0] || !AIN_OR_ALIF_FIRST.test(a) || !AIN_OR_ALIF_FIRST.test(b)) return false;
  return a.replace(WITHOUT_AIN_ALIF, '') === b.replace(WITHOUT_AIN_ALIF, '');
}

/** Units of two kinds (a compound against a name): their letters, read as written too, weigh a little less. */
function kindsDiffer(u: UnitData, v: UnitData): number {
  const allahFirst = u.kind === 'allah-first' ? allahFirstAgainstArticle(u, v) : v.kind === 'allah-first' ? allahFirstAgainstArticle(v, u) : 0;
  if (allahFirst > 0) return allahFirst;
  let s = wordSimilarity(u.full, v.full);
  if (u.kind === 'allah-compound' || u.kind === 'din-compound') for (const r of u.alsoReadAs) s = Math.max(s, wordSimilarity(r, v.full));
  if (v.kind === 'allah-compound' || v.kind === 'din-compound') for (const r of v.alsoReadAs) s = Math.max(s, wordSimilarity(u.full, r));
  return s * STRUCTURE_MISMATCH;
}

/**
 * A name that begins with Allah against a word written without Allah's h, which the parser took for the article before
 * a name (Alladad, Allayar, Аллаяр = al + adad, ayar): the word as written, against the name's letters; 0 for none.
 */
function allahFirstAgainstArticle(allahFirst: UnitData, other: UnitData): number {
  if (other.kind !== 'name' || other.unstripped === null || !other.unstripped.symbols.startsWith('ala')) return 0;
  // (the name after Allah against the rest of the word, as two such names are compared: Alladad = Allah Dad, not Alahmad)
  return wordSimilarity(allahFirst.part, phoneticWord(other.unstripped.symbols.slice(3), false));
}

/** Whether `s`, the similarity of u and v, is that of one of them read with the đ or dž it lost when typed (Dokovic). */
function readAsTyped(u: UnitData, v: UnitData, s: number): boolean {
  const typed = Math.max(typedDAsDj(u, v), typedDAsDj(v, u), typedDzAsJ(u, v), typedDzAsJ(v, u));
  return typed > 0 && typed >= s;
}

/** An s read as a š typed without its caron weighs a little less than one written so. */
const TYPED_WITHOUT_CARON = 0.95;
/**
 * `typed`'s s read as the š it lost when typed in plain ASCII (units.ts: sAsSh), against a word that writes the sh sound:
 * Arabic script, or a Cyrillic or Latin word when `typed` shows Slavic or Turkish letters; its dz as dž against any word
 * (dzAsJ); its d as đ against a word that writes đ (dAsDj); 0 otherwise.
 */
function typedWithoutCaron(typed: UnitData, other: UnitData): number {
  return Math.max(typedDzAsJ(typed, other), typedSAsSh(typed, other), typedDAsDj(typed, other), typedCAsCh(typed, other));
}
const typedCAsCh = (typed: UnitData, other: UnitData): number => (typed.cAsCh === null || !other.writesCh ? 0 : TYPED_WITHOUT_CARON * wordSimilarity(typed.cAsCh, other.full));
function typedDAsDj(typed: UnitData, other: UnitData): number {
  if (typed.dAsDj.length === 0 || !other.writesDj) return 0;
  let s = 0;
  for (const r of typed.dAsDj) s = Math.max(s, wordSimilarity(r, other.full));
  return TYPED_WITHOUT_CARON * s;
}
const typedDzAsJ = (typed: UnitData, other: UnitData): number => (typed.dzAsJ === null ? 0 : TYPED_WITHOUT_CARON * wordSimilarity(typed.dzAsJ, other.full));
function typedSAsSh(typed: UnitData, other: UnitData): number {
  if (typed.sAsSh === null || !other.writesSh || (!other.abjad && !typed.slavicOrTurkish)) return 0;
  return TYPED_WITHOUT_CARON * wordSimilarity(typed.sAsSh, other.full);
}

/**
 * For explanations: which of two units was read as typed without its carons, when that reading gave their similarity
 * `sim` (Sevki = شوقي); null otherwise.
 */
export function typedWithoutCaronNote(u: UnitData, v: UnitData, texts: readonly [string, string], sim: number): string | null {
  const gave = (s: number): boolean => s > 0 && Math.abs(s - sim) < 1e-6;
  for (const [typed, other, text] of [[u, v, texts[0]], [v, u, texts[1]]] as const) {
    if (gave(typedSAsSh(typed, other))) return `${text} read as typed without its diacritics (its s as š)`;
    if (gave(typedDzAsJ(typed, other))) return `${text} read as typed without its diacritics (its dz as dž)`;
    if (gave(typedDAsDj(typed, other))) return `${text} read as typed without its diacritics (its d as đ)`;
    if (gave(typedCAsCh(typed, other))) return `${text} read as typed without its diacritics (its c as č, ć or ç)`;
  }
  return null;
}

/**
 * A Latin spelling that writes an ayn with a letter of its own (units.ts: writesAyn), against an Arabic-script word with
 * neither ع nor ء: another name (Saciid = سعيد is not سائد, Sayed).
 */
const AYN_UNWRITTEN = 0.8;
export const aynUnwritten = (latin: UnitData, other: UnitData): boolean => latin.writesAyn && other.abjad && !other.full.symbols.includes("'");

/**
 * Whether the reading `x` of word `a` is compared with the reading `y` of word `b` (either may be the word itself): a
 * reading that leaves out a word's last vowel after a consonant, and nothing else, stands against a word that ends in
 * that vowel or a consonant, or a reading that leaves out the same vowel, not against another vowel: Teklu read as Tekl
 * is not Tekle, nor Amine read as Amin Amina — endings that tell Ethiopian names, and men's from women's, apart.
 */
export function readingsMeet(a: PhoneticWord, x: PhoneticWord, b: PhoneticWord, y: PhoneticWord): boolean {
  // (Arabic script writes no short last vowel: its last letter is a long one, which any reading may meet)
  if (a.abjad || b.abjad) return true;
  // (Ethiopic writes every last vowel, and a last consonant without one: Alemu read as Alem is not ዓለም, as Teklu is not ተክለ
  // — but for the silent e of French spellings, Hassane = ሐሰን)
  if ((b.ethiopic && saidVowelDropped(a, x)) || (a.ethiopic && saidVowelDropped(b, y))) return false;
  if (x === a) return y === b || readsAgainst(b, y, finalVowel(a.symbols));
  // (two readings: x's dropped vowel against y's; when y drops none, y ends in a consonant, which any reading may meet)
  return readsAgainst(a, x, y === b ? finalVowel(b.symbols) : droppedVowel(b, y));
}
function readsAgainst(word: PhoneticWord, reading: PhoneticWord, otherVowel: string): boolean {
  if (otherVowel === '') return true;
  const dropped = droppedVowel(word, reading);
  return dropped === '' || dropped === otherVowel;
}
const saidVowelDropped = (word: PhoneticWord, reading: PhoneticWord): boolean => {
  const v = droppedVowel(word, reading);
  return v !== '' && v !== 'e';
};

/** The last vowel a reading leaves out of its word after a consonant, '' when it reads the word otherwise (Aliou as Ali). */
function droppedVowel(word: PhoneticWord, reading: PhoneticWord): string {
  const w = word.symbols;
  const r = reading.symbols;
  return r.length === w.length - 1 && w.startsWith(r) && finalVowel(r) === '' ? finalVowel(w) : '';
}
const finalVowel = (symbols: string): string => (symbols.length > 0 && isVowelSymbol(symbols[symbols.length - 1]!) ? symbols[symbols.length - 1]! : '');

/** Two name units by their letters: the phonetic distance, the Maghrebi article readings, the article. */
function lettersSimilarity(u: UnitData, v: UnitData): number {
  // (an Ethiopic word with its ē against Arabic script is read with the ي Arabic writes for it, and so alone: ሑሴን is حسين,
  // not حسن)
  if (u.ethiopicAgainstArabic !== null && v.abjad) return wordSimilarity(u.ethiopicAgainstArabic, v.full);
  if (v.ethiopicAgainstArabic !== null && u.abjad) return wordSimilarity(u.full, v.ethiopicAgainstArabic);
  let s = wordSimilarity(u.full, v.full);
  if ((u.unstripped !== null || v.unstripped !== null) && readsUnstripped(u, v)) {
    const a = u.unstripped ?? u.full;
    const b = v.unstripped ?? v.full;
    const alt = wordSimilarity(a, b);
    if (alt > s) s = alt;
    // a guessed article may be the name's own al (Alavi = علوي, read against the Arabic name without its article)
    if (u.unstripped !== null && v.unstripped !== null && !u.abjad) s = Math.max(s, wordSimilarity(u.unstripped, v.full));
    if (v.unstripped !== null && u.unstripped !== null && !v.abjad) s = Math.max(s, wordSimilarity(u.full, v.unstripped));
  }
  if (u.article !== v.article) s = Math.max(s * ARTICLE_MISMATCH, articleGluedUnread(u, v), articleGluedUnread(v, u));
  else if (vowelAfterArticleUnread(u, v)) s *= VOWEL_AFTER_ARTICLE_UNWRITTEN;
  for (const r of u.alsoReadAs) if (readingsMeet(u.full, r, v.full, v.full)) s = Math.max(s, wordSimilarity(r, v.full));
  for (const r of v.alsoReadAs) if (readingsMeet(u.full, u.full, v.full, r)) s = Math.max(s, wordSimilarity(u.full, r));
  // (… and one reading against the other: Aminata and Aminatu both read Amina)
  for (const r of u.alsoReadAs) for (const q of v.alsoReadAs) if (readingsMeet(u.full, r, v.full, q)) s = Math.max(s, wordSimilarity(r, q));
  s = Math.max(s, typedWithoutCaron(u, v), typedWithoutCaron(v, u));
  if (u.withoutBareL !== null && v.article) s = Math.max(s, wordSimilarity(u.withoutBareL, v.full));
  if (v.withoutBareL !== null && u.article) s = Math.max(s, wordSimilarity(u.full, v.withoutBareL));
  // (after every reading: none of them unwrites the ayn the spelling writes)
  if (aynUnwritten(u, v) || aynUnwritten(v, u)) s *= AYN_UNWRITTEN;
  return s;
}

const VOWEL_AFTER_ARTICLE_UNWRITTEN = 0.7;
/**
 * Two names with the article, the Arabic-script one beginning after it with a consonant, the other (its article written
 * apart) with a vowel, which Arabic script writes with its alif or ayn there as at the start of a word (الحمد is al-Hamad,
 * not Ал Ахмад = الأحمد).
 */
export const vowelAfterArticleUnread = (u: UnitData, v: UnitData): boolean =>
  u.article && v.article && u.abjad !== v.abjad && vowelAfterArticleUnwritten(u.abjad ? u : v, u.abjad ? v : u);
function vowelAfterArticleUnwritten(arabic: UnitData, other: UnitData): boolean {
  const a = arabic.full.symbols;
  const o = other.full.symbols;
  // (the other's article written apart, not guessed from a word that begins with al: Alokozai, Allami)
  return other.unstripped === null && a.length > 0 && o.length > 0 && !isVowelSymbol(a[0]!) && !'AWYQ\''.includes(a[0]!) && isVowelSymbol(o[0]!);
}

/**
 * A name with its article written apart (El Yazia, Аль-Язия) against one that glues it to a word the parser leaves whole
 * (Alyazia, اليازية: an al before y is a name's own as often, Elyas = إلياس): the name read with its article glued, as
 * the other writes it; 0 for any other pair.
 */
const GLUED_AL = /^(?:[ae]l|'l)[^aeiouAIUEO]/;
function articleGluedUnread(withArticle: UnitData, other: UnitData): number {
  if (!withArticle.article || other.article || withArticle.abjad || !GLUED_AL.test(other.full.symbols)) return 0;
  return wordSimilarity(phoneticWord(`al${withArticle.full.symbols}`, false), other.full) * ARTICLE_MISMATCH;
}

/**
 * What the lexicon of attested spellings adds to name units whose letters are not far apart: spellings of names that
 * never share a spelling weigh less (Saleem / Salem), spellings attested for one name are one name (Slimane = Suleiman)
 * at LEXICON_SAME, so that the other parts of a whole name decide it — just under 1, so that the spelling as written
 * still ranks first (Mohammed before Мухамед for a search for Mohammed). Evidence beside the letters, not instead of
 * them: a spelling the lexicon does not know is judged by its letters alone, and so are units whose letters are far apart.
 */
const LEXICON_DIFFERENT_FACTOR = 0.8;
const LEXICON_SAME = 0.98;
// (an article in one only: just enough to pair al-X with al-X where the lexicon makes both pairings one name, not so much
// as to weigh against the -ur of Habibur Rahman, which carries the article of الرحمن)
const ARTICLE_TIE_BREAK = 0.005;
function spellingEvidence(u: UnitData, v: UnitData, letters: number, texts?: readonly [string, string]): LexiconVerdict | null {
  if (letters < CLOSE_SPELLINGS) return null;
  const verdict = activeSpellingLexicon()?.verdict(u, v, texts) ?? null;
  if (verdict !== null && verdict.relation === 'different' && plainSaidAgainstSayyid(u.closeName, v.closeName)) return null;
  // (a corpus row that writes a feminine ending for a man's name is one person's spelling, no evidence of one name: Amineh
  // / Amin stay apart; the words as written)
  return verdict !== null && verdict.relation === 'same' && endingsDiffer(u.full, v.full) ? null : verdict;
}

/** The lexicon's note on two units, when it counted in their similarity (for explanations; it speaks of names only). */
export function spellingNote(u: UnitData, v: UnitData, texts: readonly [string, string]): string | null {
  if (u.id === v.id || u.kind !== 'name' || v.kind !== 'name') return null;
  return spellingEvidence(u, v, lettersSimilarity(u, v), texts)?.note ?? null;
}

/**
 * Whether the unstripped forms can be worth comparing: never between two Arabic-script units, and the Maghrebi
 * l of an Arabic article (structure.ts) only against a word that begins with it (Larbi, Elarbi = العربي).
 */
const ARTICLE_START = /^[aeiouAIUEO]?l/;
function readsUnstripped(u: UnitData, v: UnitData): boolean {
  if (u.abjad && v.abjad) return false;
  const arabic = u.abjad ? u : v.abjad ? v : null;
  if (arabic === null || arabic.unstripped === null) return true;
  const other = arabic === u ? v : u;
  return other.unstripped !== null || ARTICLE_START.test(other.full.symbols);
}

// Unit-pair similarity memo: an open-addressing table of key = (lower id, higher id) and similarity, side
// by side in one Float64Array so that a lookup touches one cache line. Small enough to stay in cache; hot
// pairs (common names) stay, rare ones are overwritten.
const MEMO_BITS = 20;
const MEMO_SIZE = 1 << MEMO_BITS;
const MEMO_MASK = MEMO_SIZE - 1;
// allocated on first use (20 MB together with the dense matrix): importing the package stays cheap, e.g. in the web app
let memo: Float64Array | null = null;
const ID_SPAN = 4_194_304;

// The first units interned (in practice the common names) also get a dense matrix of similarities
// (-1 = not yet computed): a lookup there is one read in 4 MB. Float32 holds a similarity on the grid of
// onGrid (a multiple of 2^-24 in 0..1) exactly, so a pair scores the same whichever table holds it.
// Both halves are kept (a·b at a × DENSE + b and b × DENSE + a, 1 on the diagonal): a lookup then needs no
// ordering of the two ids, whose branches the processor mispredicts on every other pair.
const DENSE = 1024;
let dense: Float32Array | null = null;

function newDense(): Float32Array {
  const d = new Float32Array(DENSE * DENSE).fill(-1);
  for (let i = 0; i < DENSE; i++) d[i * DENSE + i] = 1;
  return d;
}

onSpellingLexiconChange(() => {
  memo = null;
  dense = null;
});

export function unitSimilarity(u: UnitData, v: UnitData): number {
  return similarityOfIds(u.id, v.id);
}

function computed(a: number, b: number): number {
  const [u, v] = a < b ? [unitById(a), unitById(b)] : [unitById(b), unitById(a)];
  return onGrid(withTwinLetters(u, v, unitSimilarityUncached(u, v)));
}

// another letter between two Arabic-script spellings, where the phonetic symbols saw one (صفير / سفير): as ABJAD_OTHER_LETTER
const TWIN_LETTER_COST = 0.9;
const SAME_FAMILY: Record<string, string> = { ص: 's', س: 's', ط: 't', ت: 't', ض: 'd', ظ: 'd', ذ: 'd', ح: 'h', ه: 'h' };

/** The letters two Arabic-script units write differently where their symbols agree (see twinLettersOf): ["ص/س"]. */
export function twinLetterDifferences(u: UnitData, v: UnitData): string[] {
  if (u.twins === v.twins || !u.abjad || !v.abjad || u.twins.length !== v.twins.length) return [];
  const out: string[] = [];
  for (let i = 0; i < u.twins.length; i++) {
    const x = u.twins[i]!;
    const y = v.twins[i]!;
    if (x !== y && SAME_FAMILY[x] === SAME_FAMILY[y]) out.push(`${x}/${y}`);
  }
  return out;
}

/** A similarity less the letters two Arabic-script units write differently where their symbols agree. */
function withTwinLetters(u: UnitData, v: UnitData, s: number): number {
  const other = twinLetterDifferences(u, v).length;
  return other === 0 ? s : Math.max(0, s - (other * TWIN_LETTER_COST) / Math.max(u.full.weight, v.full.weight));
}

/**
 * A unit similarity rounded to a multiple of 2^-24: sums of a few of them are then exact, so a name's
 * score does not depend on which side its units are added from (a·b and b·a agree to the last bit).
 */
function onGrid(s: number): number {
  return Math.round(s * 16_777_216) / 16_777_216;
}

/** Similarity of two interned units by id, memoised. */
export function similarityOfIds(a: number, b: number): number {
  const q = denseSimilarity(a, b);
  return q >= 0 ? q : similarityNotInDense(a, b);
}

/**
 * The similarity of two units in the dense matrix, -1 where it has none (yet). The scoring loop (assign) reads it
 * itself, and calls similarityNotInDense only where it has none: V8 does not inline similarityOfIds there once it has
 * compiled it on its own with the computation inlined, and then boxes every similarity the call returns.
 */
function denseSimilarity(a: number, b: number): number {
  return a < DENSE && b < DENSE && dense !== null ? dense[a * DENSE + b]! : -1;
}

/** similarityOfIds for a pair not yet in the dense matrix, or not of it. */
function similarityNotInDense(a: number, b: number): number {
  if (a === b) return 1;
  if (a < DENSE && b < DENSE) {
    if (dense === null) dense = newDense();
    const s = computed(a, b);
    dense[a * DENSE + b] = s;
    dense[b * DENSE + a] = s;
    return dense[a * DENSE + b]!;
  }
  const lo = a < b ? a : b;
  const hi = a < b ? b : a;
  const key = lo * ID_SPAN + hi + 1;
  const slot = ((Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi, 0x85ebca77)) >>> (32 - MEMO_BITS)) & MEMO_MASK;
  const at = slot << 1;
  if (memo === null) memo = new Float64Array(MEMO_SIZE * 2);
  if (memo[at] !== key) {
    memo[at] = key;
    memo[at + 1] = computed(a, b);
  }
  return memo[at + 1]!;
}

export interface Assignment {
  /** for each unit of a: index of its unit in b, or -1 */
  aToB: Int8Array;
  sims: Float64Array;
  score: number;
  ordered: boolean;
  prefix: boolean;
  /** written alike but for one part, which was judged by itself */
  onePartDiffers: boolean;
  /** the last parts a grandfather's name in one and a nisba with the article in the other (grandfatherAgainstFamilyName) */
  grandfatherOrFamily: boolean;
  matched: number;
  /** when the best reading joined neighbouring units: the first unit's index of each join, in name a and in name b */
  merged: { a: readonly number[]; b: readonly number[] } | null;
}

const simBuf = new Float64Array(64);
const idsA = new Int32Array(8);
const idsB = new Int32Array(8);

function loadIds(p: PreparedNameImpl, out: Int32Array): void {
  const n = p.count;
  out[0] = p.id0;
  out[1] = p.id1;
  out[2] = p.id2;
  out[3] = p.id3;
  for (let i = 4; i < n; i++) out[i] = p.units[i]!.id;
}
const bOfA = new Int8Array(8);

/** Best one-to-one assignment of units (greedy by similarity; names have few units) and the name score. */
export function assign(a: PreparedNameImpl, b: PreparedNameImpl, out?: Assignment): number {
  const n = a.count;
  const m = b.count;
  if (n === 0 || m === 0) {
    if (out) { out.score = 0; out.matched = 0; out.ordered = true; out.prefix = false; out.onePartDiffers = false; out.grandfatherOrFamily = false; out.merged = null; }
    return 0;
  }
  if (n === 1 && m === 1) {
    const s = similarityOfIds(a.id0, b.id0);
    if (out) { out.aToB[0] = 0; out.sims[0] = s; out.score = s; out.matched = 1; out.ordered = true; out.prefix = false; out.onePartDiffers = false; out.grandfatherOrFamily = false; out.merged = null; }
    return s;
  }
  loadIds(a, idsA);
  loadIds(b, idsB);
  // While filling, count the units of the shorter name without a partner at the threshold (and remember
  // them): joining two words of the longer name can only help when there are one or two.
  let poorCount = 0;
  let poor = -1;
  let firstPoor = -1;
  let firstPoorBest = 0;
  let poorBest = 0;
  if (n <= m) {
    for (let i = 0; i < n; i++) {
      const u = idsA[i]!;
      let best = 0;
      for (let j = 0; j < m; j++) {
        const cached = denseSimilarity(u, idsB[j]!);
        // (the + keeps s a plain double: without it V8 boxes every similarity the matrix gives)
        const s = cached >= 0 ? cached : +similarityNotInDense(u, idsB[j]!);
        simBuf[i * 8 + j] = s;
        if (s > best) best = s;
      }
      if (best < SAME_NAME_THRESHOLD) { poorCount++; if (poor < 0) { firstPoor = i; firstPoorBest = best; } poor = i; poorBest = best; }
    }
  } else {
    for (let j = 0; j < m; j++) colBest[j] = 0;
    for (let i = 0; i < n; i++) {
      const u = idsA[i]!;
      for (let j = 0; j < m; j++) {
        const cached = denseSimilarity(u, idsB[j]!);
        // (the + keeps s a plain double: without it V8 boxes every similarity the matrix gives)
        const s = cached >= 0 ? cached : +similarityNotInDense(u, idsB[j]!);
        simBuf[i * 8 + j] = s;
        if (s > colBest[j]!) colBest[j] = s;
      }
    }
    for (let j = 0; j < m; j++) {
      if (colBest[j]! >= SAME_NAME_THRESHOLD) continue;
      poorCount++;
      if (poor < 0) { firstPoor = j; firstPoorBest = colBest[j]!; }
      poor = j;
      poorBest = colBest[j]!;
    }
  }
  let score = scoreFromSims(n, m, a, b, true);
  if (out) record(out, n, m, score, null);
  if (score < SAME_NAME_THRESHOLD) score = tryOtherReadings(a, b, n, m, score, poorCount, firstPoor, firstPoorBest, poor, poorBest, out);
  if (otherRelations(a, b) && score > OTHER_RELATION) {
    score = OTHER_RELATION;
    if (out) out.score = score;
  }
  if ((a.relativeAt >= 0 || b.relativeAt >= 0) && score > OTHER_RELATIVE && otherRelative(a, b) !== null) {
    score = OTHER_RELATIVE;
    if (out) out.score = score;
  }
  return score;
}

/**
 * The readings of two names that may make them one where their parts paired one by one do not (`current` below the
 * threshold): a name written as two words in the other, a family name against a grandfather. `poorCount` units of the
 * shorter name have no partner at the threshold, the first `firstPoor` (its best `firstPoorBest`), the last `poor`
 * (`poorBest`). The best score of them, or `current`. (Kept out of assign, which every comparison runs.)
 */
function tryOtherReadings(a: PreparedNameImpl, b: PreparedNameImpl, n: number, m: number, current: number, poorCount: number, firstPoor: number,
  firstPoorBest: number, poor: number, poorBest: number, out?: Assignment): number {
  let score = current;
  // One name written as two words in the other (Mir Wais / Mirwais, Tesfa Mariam / Tesfamariam): try the
  // longer name with two neighbouring words joined.
  // Only to rescue a pair that is not the same otherwise: the joined reading never lowers a score. Two units
  // without a partner: one may be the joined word when the other is a spelling only a little further off (Zakariye
  // Abdi Wali Hirsi = Sakariye Cabdiwali Xirsi), not another name (Mir Wais Ahmadi is not Mirwais Ahmadzai) — and,
  // where every other part is written alike, that one is judged by itself, as a name written alike but in one part is
  // (Tajmohammad Sultani is not Taj Mohammad Sultanzai, as Tajmohammad Sultani is not Tajmohammad Sultanzai).
  if (n !== m && poorCount === 1 && score < SAME_NAME_THRESHOLD) score = tryJoined(a, b, n, m, score, poor, 1, out);
  else if (n !== m && poorCount === 2 && score < SAME_NAME_THRESHOLD && (firstPoorBest >= NEAR_PARTNER || poorBest >= NEAR_PARTNER)) {
    const restAlike = restWrittenAlike(n, m, firstPoor, poor);
    if (firstPoorBest >= NEAR_PARTNER) score = tryJoined(a, b, n, m, score, poor, restAlike ? firstPoorBest : 1, out);
    if (poorBest >= NEAR_PARTNER) score = tryJoined(a, b, n, m, score, firstPoor, restAlike ? poorBest : 1, out);
  }
  // … and so when the other name has as many parts or more, a family name or a father's name a paper without the join left
  // out (Mohammad Reza = Mohammadreza Karimi, a tazkira without a family name against a European registration with one)
  // (where no part has a partner, only names of as many parts: random pairs, which are most pairs below the threshold, ask
  // no more)
  const anyPartner = poorCount < (n < m ? n : m);
  if (score < SAME_NAME_THRESHOLD && (anyPartner || n === m)) score = tryJoinedBesideAnExtraPart(a, b, n, m, score, anyPartner, out);
  // Two names each written as two words in the other (Mosab Awadelkarim Mohamednour = Musab Awad Elkarim Mohamed Nour),
  // each of them as long as two words are (random names of two parts against four, none alike, seldom ask) — and a part
  // more beside them, a family name a tazkira leaves out (دادکریم گلمحمد = Dad Karim Gul Mohammad Rakhshani)
  // (or of any length where another part has a partner: Mohammadhossein Evazali Anvari = Mohammad Hussein Ewas Ali Anwari)
  if (poorCount === 2 && (Math.abs(n - m) === 2 || Math.abs(n - m) === 3) && score < SAME_NAME_THRESHOLD && (anyPartner || longAsTwoWords(n, m, firstPoor, poor))) {
    score = tryTwoJoined(a, b, n, m, score, firstPoor, poor, out);
  }
  // … and of as many parts, each with two words written as one word in the other (محمدهادی سخی‌داد جعفری = Mohammad Hadi
  // Sakhidad Jafari), where another part has a partner (random pairs, which have none, do not ask)
  if (poorCount >= 2 && poorCount < n && n === m && n >= 3 && score < SAME_NAME_THRESHOLD) score = tryCrossJoined(a, b, n, score, out);
  if (score < SAME_NAME_THRESHOLD && (n >= 3 || m >= 3)) score = tryFamilyNameAgainstChain(a, b, n, m, score, out);
  // … and a name with a Muhammad prefix against one that leaves it out but writes a Muhammad of its own, in a father's
  // compound name (محمد طارق گوندل = Tariq Sher Muhammad Gondal): each unit of the shorter name takes a partner, and the
  // prefix takes that Muhammad
  if (score < SAME_NAME_THRESHOLD && (a.abbreviatedMuhammad || b.abbreviatedMuhammad) && n >= 2 && m >= 2) score = tryWithoutMuhammadPrefixes(a, b, n, m, score, out);
  // … and a woman's name with her husband's after "wife of" against one without it
  if (score < SAME_NAME_THRESHOLD && (a.lineage === Lineage.Wife || b.lineage === Lineage.Wife)) score = tryWithoutHusband(a, b, n, m, score, out);
  // … and a name with the father's after "son of" or "daughter of" against one with a family name in its place
  else if (score < SAME_NAME_THRESHOLD && (a.lineage === Lineage.None) !== (b.lineage === Lineage.None)) score = tryWithoutFather(a, b, n, m, score, out);
  return score;
}

const savedIdsA = new Int32Array(8);
const savedIdsB = new Int32Array(8);
const keptA = new Int8Array(8);
const keptB = new Int8Array(8);
/**
 * The names scored with the Muhammad prefixes (UnitData.muhammadAbbreviated) of the one name that writes any taken out,
 * each at a lineage part's factor, where two parts at least are left in each: that score, or `current`.
 */
function tryWithoutMuhammadPrefixes(a: PreparedNameImpl, b: PreparedNameImpl, n: number, m: number, current: number, out?: Assignment): number {
  const n2 = keepNonPrefixes(idsA, n, keptA);
  const m2 = keepNonPrefixes(idsB, m, keptB);
  // (one name's prefixes only: where both write one, it pairs with the other's, and the parts written otherwise decide)
  if ((n2 === n) === (m2 === m) || n2 < 2 || m2 < 2) return current;
  // (… and the other's Muhammad the second of a compound whose first has no partner: Sher Muhammad, not the Muhammad of
  // Ali Muhammad, another given name than Muhammad Ali)
  // (or the name with the prefixes the longer, whose prefixes have no partner to take)
  const prefixedLonger = n2 === n ? m > n : n > m;
  if (!prefixedLonger && !muhammadEndsCompound(n2 === n, n2 === n ? n : m, n2 === n ? m : n)) return current;
  return scoreOfKeptUnits(a, b, n, m, n2, m2, current, out);
}
// (the four consonants of Muhammad, whose symbols Mahmud shares: muhammad-mahmud.ts)
const MHMD_WORD = /^m[aeiouAEIOUW]*[hx][aeiouAEIOUW]*m+[aeiouAEIOUW]*[dt]$/;
/**
 * Whether the name without prefixes (a where `inA`, of `count` units; the other has `others`) writes Muhammad after a unit
 * that has no partner in the other name at the threshold (simBuf).
 */
function muhammadEndsCompound(inA: boolean, count: number, others: number): boolean {
  const ids = inA ? idsA : idsB;
  for (let t = 1; t < count; t++) {
    const u = unitById(ids[t]!);
    if (u.kind !== 'name' || u.muhammadAbbreviated || !MHMD_WORD.test(u.full.symbols)) continue;
    let best = 0;
    for (let o = 0; o < others; o++) best = Math.max(best, inA ? simBuf[(t - 1) * 8 + o]! : simBuf[o * 8 + t - 1]!);
    if (best < SAME_NAME_THRESHOLD) return true;
  }
  return false;
}
/** The places of the units of `ids` that are no Muhammad prefix, into `kept`; how many. */
function keepNonPrefixes(ids: Int32Array, count: number, kept: Int8Array): number {
  let k = 0;
  for (let i = 0; i < count; i++) if (!unitById(ids[i]!).muhammadAbbreviated) kept[k++] = i;
  return k;
}

/**
 * A woman's name with her husband's after "wife of" (w/o, épouse, زوجة), against a name that writes none: her own name,
 * without the husband's, scored against the other, each part left out at a lineage part's factor (Djouher Ouakli épouse
 * Aouchiche = Djouher Said Ouakli): that score, or `current`.
 */
function tryWithoutHusband(a: PreparedNameImpl, b: PreparedNameImpl, n: number, m: number, current: number, out?: Assignment): number {
  const wifeA = a.lineage === Lineage.Wife && b.lineage === Lineage.None && a.relativeAt > 0;
  const wifeB = b.lineage === Lineage.Wife && a.lineage === Lineage.None && b.relativeAt > 0;
  if (!wifeA && !wifeB) return current;
  const n2 = wifeA ? a.relativeAt : n;
  const m2 = wifeB ? b.relativeAt : m;
  for (let i = 0; i < n2; i++) keptA[i] = i;
  for (let j = 0; j < m2; j++) keptB[j] = j;
  return scoreOfKeptUnits(a, b, n, m, n2, m2, current, out);
}

/**
 * A name that ends in the father's after "son of" or "daughter of" as Pakistani and Afghan papers write it (s/o, d/o,
 * walad, ولد, and the words of other papers' languages: not the bin, ben, ould of an Arab chain or a Maghrebi family
 * name), against a name without a marker that writes a family name in the father's place (Muhammad Shahzad s/o Ghulam
 * Rasool = Muhammad Shahzad Arain): the person's own name, two parts at least and no family name, without the father's,
 * scored against the other, which has one part more, a family name by its form or a South Asian one, first or last (not
 * another father's name: Muhammad Shahzad Akram, Ghulam Nabi; nor Jean Pierre Martin); each part of the father's left
 * out at a lineage part's factor. That score, or `current`.
 */
function tryWithoutFather(a: PreparedNameImpl, b: PreparedNameImpl, n: number, m: number, current: number, out?: Assignment): number {
  const fatherA = isChildOf(a.lineage) && a.relativeAt >= 2 && m === a.relativeAt + 1 && writtenChildOf(a, b);
  const fatherB = !fatherA && isChildOf(b.lineage) && b.relativeAt >= 2 && n === b.relativeAt + 1 && writtenChildOf(b, a);
  if (!fatherA && !fatherB) return current;
  const n2 = fatherA ? a.relativeAt : n;
  const m2 = fatherB ? b.relativeAt : m;
  // (… where the other does not write the father's name itself, whose place there says what it is: Ahmad Fawzi bin Yusuf
  // is not Ahmad Yusuf Fawzi, the son of Yusuf son of Fawzi)
  if (fatherA ? writesFather(n2, n, m, (i, j) => simBuf[i * 8 + j]!) : writesFather(m2, m, n, (j, i) => simBuf[i * 8 + j]!)) return current;
  for (let i = 0; i < n2; i++) keptA[i] = i;
  for (let j = 0; j < m2; j++) keptB[j] = j;
  return scoreOfKeptUnits(a, b, n, m, n2, m2, current, out);
}
const isChildOf = (lineage: Lineage): boolean => lineage === Lineage.Son || lineage === Lineage.Daughter;
// (the markers of South Asian and Afghan papers and of the papers' other languages, as written: not bin, ibn, ben, ould, بن)
const CHILD_OF_WRITTEN = /(?:^|[\s,;])(?:[sd] ?\/ ?o|son of|daughter of|walad|ولد|پسر|دختر|fils d|fille d|sohn|tochter|син на|дъщеря на)(?=[\s']|$)/i;
/** Whether `child` writes its father's name after such a marker and has no family name of its own, and `other` one more part, a family name. */
function writtenChildOf(child: PreparedNameImpl, other: PreparedNameImpl): boolean {
  if (!CHILD_OF_WRITTEN.test(child.raw) || child.familyFirst) return false;
  // (in Arabic script the letters of a given name may read as a suffix's, شہزاد as Shah-zad: not counted there)
  for (let i = 0; i < child.units.length; i++) {
    const u = child.units[i]!;
    if (u.article || (!u.abjad && familyNameByItsLetters(u)) || southAsianFamily(child.texts[i]!)) return false;
  }
  const at = other.familyFirst ? 0 : other.units.length - 1;
  const family = other.units[at]!;
  // (the texts as this name writes them: a unit interned is shared by spellings of the same symbols)
  const text = other.texts[at]!;
  return family.kind === 'name' && !text.includes(' ') && (isFamilyNameByForm(family) || southAsianFamily(text));
}
const southAsianFamily = (text: string): boolean => isSouthAsianFamilyName(text) || isPashtunTribe(text);
/** Whether a part of the father's (places kept..n) is the same name as a part of the other's that no part kept is. */
function writesFather(kept: number, n: number, m: number, sim: (i: number, j: number) => number): boolean {
  for (let j = 0; j < m; j++) {
    let father = false;
    let own = false;
    for (let i = 0; i < n; i++) if (sim(i, j) >= SAME_NAME_THRESHOLD) { if (i < kept) own = true; else father = true; }
    if (father && !own) return true;
  }
  return false;
}

/**
 * The names scored with only their units at the places keptA[0..n2) and keptB[0..m2), each unit left out at a lineage
 * part's factor: that score where it is better than `current`, else `current`. (idsA, idsB and simBuf are restored; the
 * assignment, where recorded, in the names' own places.)
 */
function scoreOfKeptUnits(a: PreparedNameImpl, b: PreparedNameImpl, n: number, m: number, n2: number, m2: number, current: number, out?: Assignment): number {
  saved.set(simBuf);
  savedIdsA.set(idsA);
  savedIdsB.set(idsB);
  for (let i = 0; i < n2; i++) {
    idsA[i] = savedIdsA[keptA[i]!]!;
    for (let j = 0; j < m2; j++) simBuf[i * 8 + j] = saved[keptA[i]! * 8 + keptB[j]!]!;
  }
  for (let j = 0; j < m2; j++) idsB[j] = savedIdsB[keptB[j]!]!;
  let score = scoreFromSims(n2, m2, a, b, false);
  for (let e = n2 + m2; e < n + m; e++) score *= LINEAGE_EXTRA_FACTOR;
  simBuf.set(saved);
  idsA.set(savedIdsA);
  idsB.set(savedIdsB);
  if (score <= current) return current;
  if (out) {
    for (let i = n2 - 1; i >= 0; i--) bOfA[keptA[i]!] = bOfA[i]! < 0 ? -1 : keptB[bOfA[i]!]!;
    for (let i = 0, t = 0; i < n; i++) {
      if (t < n2 && keptA[t] === i) t++;
      else bOfA[i] = -1;
    }
    record(out, n, m, score, null);
  }
  return score;
}

const hasArticle = (u: UnitData): boolean => u.article;
// (two last parts this unalike are two places of a name, not two spellings or two close names: Al-Wazir / Bawazir)
const UNALIKE_PARTS = 0.4;
/**
 * A tribal or family name with the article and a nisba (Al-Ani, Al-Rubaie, Al-Fatlawi) that a Latin name has, against an
 * Arabic-script chain of given, father's and grandfather's names, which has none: an Iraqi identity card's عمر قحطان احمد
 * and the passport's Omar Qahtan Al-Ani (ALANI Omar Qahtan) are one man, each paper leaving out a part the other writes.
 * The chain, read without the other's family name, must begin with the other's given and father's names, each pair the
 * same name (cousins, Omar Qahtan Ahmed / Omar Hassan Al-Ani, stay apart); each part left out costs a lineage part's
 * factor. Not the El- of a grandfather's given name in a Sudanese or Libyan chain (Mohamed Ahmed Eltayeb), nor two
 * names in one script, whose writer would have written both parts alike. The score of that reading, or `current`.
 */
function tryFamilyNameAgainstChain(a: PreparedNameImpl, b: PreparedNameImpl, n: number, m: number, current: number, out?: Assignment): number {
  // (the given names first, where random pairs part: with the first units in place, or one name's first a family name)
  if (simBuf[0]! < SAME_NAME_THRESHOLD && simBuf[8]! < SAME_NAME_THRESHOLD && simBuf[1]! < SAME_NAME_THRESHOLD) return current;
  let score = current;
  for (let side = 0; side < 2; side++) {
    const x = side === 0 ? a : b;
    const y = side === 0 ? b : a;
    const nx = side === 0 ? n : m;
    const ny = side === 0 ? m : n;
    const k = nx - 1 < ny ? nx - 1 : ny;
    if (k < 2) continue;
    const from = x.familyFirst && x.units[0]!.article ? 1 : 0;
    let min = 1;
    let sum = 0;
    for (let t = 0; t < k && min >= SAME_NAME_THRESHOLD; t++) {
      const s = side === 0 ? simBuf[(t + from) * 8 + t]! : simBuf[t * 8 + t + from]!;
      sum += s;
      if (s < min) min = s;
    }
    if (min < SAME_NAME_THRESHOLD) continue;
    if (from === 0 && !x.units[nx - 1]!.article) continue;
    const family = from === 1 ? 0 : nx - 1;
    const familyName = x.units[family]!;
    if ((side === 0 ? simBuf[family * 8 + ny - 1]! : simBuf[(ny - 1) * 8 + family]!) >= UNALIKE_PARTS) continue;
    if (familyName.abjad || !y.units[ny - 1]!.abjad || !NISBA_END.test(familyName.full.symbols)) continue;
    if (y.familyFirstInCapitals || isFamilyNameByForm(y.units[ny - 1]!) || y.units.some(hasArticle)) continue;
    const wmin = k >= 4 ? MIN_WEIGHT_FOUR : k === 3 ? MIN_WEIGHT_THREE : MIN_WEIGHT_TWO;
    let s = wmin * min + (1 - wmin) * (sum / k);
    for (let e = (nx - 1 - k) + (ny - k) + 1; e > 0; e--) s *= LINEAGE_EXTRA_FACTOR;
    if (s <= score) continue;
    score = s;
    if (out) {
      for (let i = 0; i < n; i++) bOfA[i] = -1;
      for (let t = 0; t < k; t++) {
        if (side === 0) bOfA[t + from] = t;
        else bOfA[t] = t + from;
      }
      lastOrdered = true;
      lastPrefix = true;
      lastOnePartDiffers = false;
      record(out, n, m, score, null);
    }
  }
  return score;
}

/**
 * Two persons, however alike their parts: two names whose lineage markers name two fathers (or husbands), each name's
 * relative found nowhere in the other's chain after its marker (Ahmad bin Ali bin Omar / Ahmad bin Hassan bin Omar,
 * cousins; not Mohamed ben Ali Ben Salah / Mohamed Ben Salah, the father left out before the family name, nor Ali s/o
 * Dr. Omar / Ali s/o Omar); or a name that is the chain the other's marker names (Mohammad Ali s/o Mohammad Hassan /
 * Mohammad Hassan: his father).
 */
export type OtherRelative = 'two fathers' | 'the relative' | null;
const OTHER_RELATIVE = 0.6;
// (two names of the relative no closer than this: not one name spelt two ways, Ben Saleh / Ben Salah)
const RELATIVE_NAMES_APART = 0.6;
// (… and written as one word, two names: only the very spelling, as a letter more or less makes other names of them,
// Sherwali / Sher Ali = شیرولی / شیرعلی, Ahmedsalem / Hamed Salem)
const JOINED_RELATIVE = 0.95;
export function otherRelative(a: PreparedNameImpl, b: PreparedNameImpl): OtherRelative {
  if (a.relativeAt >= 0 && b.relativeAt >= 0) return !inChainAfterMarker(a.units[a.relativeAt]!, b) && !inChainAfterMarker(b.units[b.relativeAt]!, a) ? 'two fathers' : null;
  return (a.relativeAt > 0 ? isChainFrom(a, b) : b.relativeAt > 0 && isChainFrom(b, a)) ? 'the relative' : null;
}

/**
 * Whether the unit `relative` is, or is spelt close to, a unit of `name` after its marker — or two of them written as one
 * word (Ahmedsalem = Ahmed Salem, as Mauritanian registers join them: Mohamed Ould Ahmedsalem = Mohamed Ould Ahmed Salem).
 */
function inChainAfterMarker(relative: UnitData, name: PreparedNameImpl): boolean {
  for (let k = name.relativeAt; k < name.count; k++) {
    if (unitSimilarity(relative, name.units[k]!) >= RELATIVE_NAMES_APART) return true;
    const joined = k + 1 < name.count ? joinedPhonetic(name, k, relative.full) : null;
    if (joined !== null && wordSimilarity(relative.full, joined) >= JOINED_RELATIVE) return true;
  }
  return false;
}

/** Whether `other` is, part for part, the chain after the marker of `marked` (the relative it names). */
function isChainFrom(marked: PreparedNameImpl, other: PreparedNameImpl): boolean {
  const at = marked.relativeAt;
  if (other.count !== marked.count - at) return false;
  for (let k = 0; k < other.count; k++) {
    if (unitSimilarity(other.units[k]!, marked.units[at + k]!) < SAME_NAME_THRESHOLD) return false;
  }
  return true;
}

/**
 * Two names whose lineage markers say two relations of the person (bin / bint, s/o / d/o, d/o / w/o): a brother and a
 * sister, a daughter and a wife, whatever their names (Noor s/o Ahmad Khan is not Noor d/o Ahmad Khan).
 */
const OTHER_RELATION = 0.5;
export const otherRelations = (a: PreparedNameImpl, b: PreparedNameImpl): boolean =>
  a.lineage !== Lineage.None && b.lineage !== Lineage.None && a.lineage !== b.lineage;

/**
 * How many units of the longer name without a partner (bOfA) are such that `counted` (but the last, where not `lastToo`):
 * a Muhammad abbreviated, an honorific that is only a title.
 */
function unmatchedOfLonger(n: number, m: number, counted: (u: UnitData) => boolean, lastToo: boolean): number {
  const end = (n > m ? n : m) - (lastToo ? 0 : 1);
  let count = 0;
  if (n > m) {
    for (let i = 0; i < end; i++) if (bOfA[i]! < 0 && counted(unitById(idsA[i]!))) count++;
    return count;
  }
  for (let j = 0; j < end; j++) {
    if (!counted(unitById(idsB[j]!))) continue;
    let matched = false;
    for (let i = 0; i < n && !matched; i++) matched = bOfA[i] === j;
    if (!matched) count++;
  }
  return count;
}
const isMuhammadAbbreviated = (u: UnitData): boolean => u.muhammadAbbreviated;
const isNoHonorific = (u: UnitData): boolean => u.honorific === 0;
// (the father's Haji, Mullah before his name, not a last word)
const isTitleHonorific = (u: UnitData): boolean => isTitleOnlyHonorific(u.honorific);

const savedBOfA = new Int8Array(8);
/**
 * Whether the shorter name is a lineage prefix of the longer (scoreFromSims) once the longer's units without a partner
 * that are a Muhammad abbreviated (unmatchedOfLonger) are taken out of it: the start of its chain, its start
 * and end, or so with a family name written first. (bOfA is renumbered for the test and restored.)
 */
function lineageWithoutMuhammads(n: number, m: number, a: PreparedNameImpl, b: PreparedNameImpl): boolean {
  savedBOfA.set(bOfA);
  let left = 0;
  if (n > m) {
    for (let i = 0; i < n; i++) {
      if (bOfA[i]! < 0 && unitById(idsA[i]!).muhammadAbbreviated) continue;
      bOfA[left++] = savedBOfA[i]!;
    }
  } else {
    let removed = 0;
    for (let j = 0; j < m; j++) {
      if (!unitById(idsB[j]!).muhammadAbbreviated || savedBOfA.subarray(0, n).includes(j)) continue;
      for (let i = 0; i < n; i++) if (savedBOfA[i]! > j) bOfA[i]!--;
      removed++;
    }
    left = m - removed;
  }
  const n2 = n > m ? left : n;
  const m2 = n > m ? m : left;
  const k = n2 < m2 ? n2 : m2;
  let found = false;
  if (k >= 1 && n2 !== m2) {
    let maxA = -1;
    let maxB = -1;
    for (let i = 0; i < n2; i++) if (bOfA[i]! >= 0) { maxA = i; if (bOfA[i]! > maxB) maxB = bOfA[i]!; }
    found = (n2 < m2 ? maxB < k : maxA < k) || chainWithGap(n2, m2, 0, 0) || (chainWithGap(n2, m2, 1, 0) && a.familyFirst)
      || (chainWithGap(n2, m2, 0, 1) && b.familyFirst) || bothFamilyNamesFirstInChain(n2, m2, a, b);
  }
  bOfA.set(savedBOfA);
  return found;
}

/** Whether every unit of the shorter name but the two at `p` and `q` is written as a unit of the longer one. */
function restWrittenAlike(n: number, m: number, p: number, q: number): boolean {
  const shorter = n <= m ? idsA : idsB;
  const longer = n <= m ? idsB : idsA;
  const k = n <= m ? n : m;
  const l = n <= m ? m : n;
  for (let i = 0; i < k; i++) {
    if (i === p || i === q) continue;
    let found = false;
    for (let j = 0; j < l && !found; j++) found = shorter[i] === longer[j];
    if (!found) return false;
  }
  return true;
}

const colBest = new Float64Array(8);
// a part whose best partner is this close is a spelling further off rather than another name, beside a joined word
const NEAR_PARTNER = 0.75;
const JOINED_ARTICLE_WEIGHT = 1.5;
// an Arabic-script word ending in alif + ه, whose ه a key reads as a vowel and other spellings write h (شاه = Shah)
const endsInAlifHa = (id: number): boolean => { const u = unitById(id); return u.abjad && u.full.symbols.endsWith('Aa'); };

/**
 * One name written as two words in the other (Mir Wais / Mirwais, Tesfa Mariam / Tesfamariam): the longer
 * name read with two neighbouring words joined, for the unit of the shorter without a partner (`poor`); the score of
 * that reading at most `cap`. (`longerIsB`: whose words are joined, for names of as many parts; by default the longer's.)
 */
function tryJoined(a: PreparedNameImpl, b: PreparedNameImpl, n: number, m: number, current: number, poor: number, cap: number, out?: Assignment, longerIsB = m > n): number {
  let score = current;
  const longer = longerIsB ? b : a;
  const shorterIds = longerIsB ? idsA : idsB;
  const k = longerIsB ? n : m;
  const l = longerIsB ? m : n;
  const poorId = shorterIds[poor]!;
  const longerIds = longerIsB ? idsB : idsA;
  let copied = false;
  for (let j = 0; j + 1 < l; j++) {
    const first = longerIds[j]!;
    const second = longerIds[j + 1]!;
    const apart = abdWrittenApart(poorId, first, second);
    if (apart === null && !mayReadJoined(poorId, first, second)) continue;
    if (!copied) { for (let t = 0; t < 8 * 8; t++) saved[t] = simBuf[t]!; copied = true; }
    const joined = joinedWord(longer, j);
    if (joined === null) continue;
    const sp = apart ?? similarityToJoined(poorId, joined);
    if (sp < SAME_NAME_THRESHOLD) continue;
    loadJoinedSims(k, l, longerIsB, j, poor, sp, -1, -1, 0);
    const merged = Math.min(cap, scoreFromSims(longerIsB ? n : n - 1, longerIsB ? m - 1 : m, a, b, false) * JOINED_FACTOR);
    if (merged > score) {
      score = merged;
      if (out) record(out, longerIsB ? n : n - 1, longerIsB ? m - 1 : m, score, longerIsB ? { a: [], b: [j] } : { a: [j], b: [] });
    }
  }
  if (copied) simBuf.set(saved);
  return score;
}

/**
 * One name with two neighbouring parts written as one word in the other, which has a part more or as many (a family name,
 * a father's name: Mohammadreza Karimi = Mohammad Reza, Amirhossein Alidad Mohammadi = Amir Hussain Mohammadi, شیرعلی
 * محمد اسحاق یاوری = شیر علی یاوری): tryJoined for a unit of the other without a partner, two neighbouring units of this one
 * without a partner joined.
 */
function tryJoinedBesideAnExtraPart(a: PreparedNameImpl, b: PreparedNameImpl, n: number, m: number, current: number, anyPartner: boolean, out?: Assignment): number {
  let score = current;
  for (let side = 0; side < 2; side++) {
    const joinInB = side === 1;
    const joinCount = joinInB ? m : n;
    const otherCount = joinInB ? n : m;
    // (a name longer by a part than the other is the join tried above)
    if (joinCount < 2 || joinCount > otherCount) continue;
    const joinIds = joinInB ? idsB : idsA;
    const otherIds = joinInB ? idsA : idsB;
    // (where no part has a partner, only the other's first part, the given name, against this one's two first)
    const last = anyPartner ? otherCount : 1;
    for (let p = 0; p < last; p++) {
      if (!joinedBeside(joinIds, joinCount, otherIds[p]!, p, anyPartner ? p + 1 : 0, n, m, joinInB) || !withoutPartner(joinInB, p, n, m)) continue;
      score = tryJoined(a, b, n, m, score, p, 1, out, joinInB);
    }
  }
  return score;
}

/**
 * Whether two neighbouring units of `joinIds` (of `joinCount`) beside position p (at p - 1 to `lastJ`), both without a
 * partner, may be the unit `other` written apart: it begins as they do and weighs as much as they do together, which
 * random pairs seldom have (asked first: it is cheaper).
 */
function joinedBeside(joinIds: Int32Array, joinCount: number, other: number, p: number, lastJ: number, n: number, m: number, joinInB: boolean): boolean {
  const first = keyFirst[other]!;
  const wp = fullWeight[other]!;
  for (let j = p > 0 ? p - 1 : 0; j <= lastJ && j + 1 < joinCount; j++) {
    const u = joinIds[j]!;
    if (keyFirst[u] !== first) continue;
    const wj = fullWeight[u]! + fullWeight[joinIds[j + 1]!]!;
    if (Math.abs(wj - wp) > 0.35 * (wj > wp ? wj : wp)) continue;
    if (withoutPartner(!joinInB, j, n, m) && withoutPartner(!joinInB, j + 1, n, m)) return true;
  }
  return false;
}

/** Whether unit `u` of name a (`inA`) or b has no partner at the threshold in simBuf (n × m). */
function withoutPartner(inA: boolean, u: number, n: number, m: number): boolean {
  if (inA) {
    for (let t = 0; t < m; t++) if (simBuf[u * 8 + t]! >= SAME_NAME_THRESHOLD) return false;
    return true;
  }
  for (let t = 0; t < n; t++) if (simBuf[t * 8 + u]! >= SAME_NAME_THRESHOLD) return false;
  return true;
}

/**
 * simBuf as `saved` holds it, against the longer name (of `l` units; the shorter has `k`) with its units j1 and j1 + 1 read
 * joined, and j2 and j2 + 1 too when j2 ≥ 0: a join's similarity `s1` (`s2`) taken only by the shorter's unit p1 (p2).
 */
function loadJoinedSims(k: number, l: number, longerIsB: boolean, j1: number, p1: number, s1: number, j2: number, p2: number, s2: number): void {
  for (let i = 0; i < k; i++) {
    for (let jj = 0, col = 0; jj < l; jj++) {
      if (jj === j1 + 1 || (j2 >= 0 && jj === j2 + 1)) continue;
      const v = jj === j1 ? (i === p1 ? s1 : 0) : jj === j2 ? (i === p2 ? s2 : 0) : saved[longerIsB ? i * 8 + jj : jj * 8 + i]!;
      if (longerIsB) simBuf[i * 8 + col] = v;
      else simBuf[col * 8 + i] = v;
      col++;
    }
  }
}

/**
 * Two names of `n` parts each, a unit of each without a partner read as two neighbouring words of the other joined, both
 * without a partner (محمدهادی سخی داد = Mohammad Hadi Sakhidad: the joined Mohammad Hadi of one, the joined Sakhidad of
 * the other): the score of that reading, two joins' factor off, or `current`. Each join must read as its unit at the
 * threshold by itself.
 */
function tryCrossJoined(a: PreparedNameImpl, b: PreparedNameImpl, n: number, current: number, out?: Assignment): number {
  let score = current;
  let copied = false;
  for (let i = 0; i + 1 < n; i++) {
    // a join of A's units i, i + 1 read as B's unit q
    if (!withoutPartner(true, i, n, n) || !withoutPartner(true, i + 1, n, n)) continue;
    let joinedA: Joined | null | undefined;
    for (let q = 0; q < n; q++) {
      // (the letters and weights first, which random pairs seldom pass: cheaper than reading the join)
      if (!mayReadJoined(idsB[q]!, idsA[i]!, idsA[i + 1]!) || !withoutPartner(false, q, n, n)) continue;
      joinedA ??= joinedWord(a, i);
      if (joinedA === null) break;
      const s1 = similarityToJoined(idsB[q]!, joinedA);
      if (s1 < SAME_NAME_THRESHOLD) continue;
      for (let j = 0; j + 1 < n; j++) {
        // … and a join of B's units j, j + 1 read as A's unit p
        if (j === q || j + 1 === q || !withoutPartner(false, j, n, n) || !withoutPartner(false, j + 1, n, n)) continue;
        let joinedB: Joined | null | undefined;
        for (let p = 0; p < n; p++) {
          if (p === i || p === i + 1 || !mayReadJoined(idsA[p]!, idsB[j]!, idsB[j + 1]!) || !withoutPartner(true, p, n, n)) continue;
          joinedB ??= joinedWord(b, j);
          if (joinedB === null) break;
          const s2 = similarityToJoined(idsA[p]!, joinedB);
          if (s2 < SAME_NAME_THRESHOLD) continue;
          if (!copied) { for (let t = 0; t < 8 * 8; t++) saved[t] = simBuf[t]!; copied = true; }
          loadCrossJoinedSims(n, i, q, s1, j, p, s2);
          const merged = scoreFromSims(n - 1, n - 1, a, b, false) * JOINED_FACTOR * JOINED_FACTOR;
          if (merged > score) {
            score = merged;
            if (out) record(out, n - 1, n - 1, score, { a: [i], b: [j] });
          }
          simBuf.set(saved);
        }
      }
    }
  }
  return score;
}

/**
 * simBuf as `saved` holds it (n × n), with A's units i, i + 1 read joined, taken only by B's unit q at `s1`, and B's units
 * j, j + 1 read joined, taken only by A's unit p at `s2`.
 */
function loadCrossJoinedSims(n: number, i: number, q: number, s1: number, j: number, p: number, s2: number): void {
  for (let r = 0, row = 0; r < n; r++) {
    if (r === i + 1) continue;
    for (let c = 0, col = 0; c < n; c++) {
      if (c === j + 1) continue;
      simBuf[row * 8 + col] = r === i ? (c === q ? s1 : 0) : c === j ? (r === p ? s2 : 0) : saved[r * 8 + c]!;
      col++;
    }
    row++;
  }
}

/**
 * Whether the shorter name's units `poor1` and `poor2` each weigh at least as much as the longer's average unit without a
 * partner and a half (a part with a partner, a long family name, is no measure of the words two of which make one).
 */
function longAsTwoWords(n: number, m: number, poor1: number, poor2: number): boolean {
  const longerIsB = m > n;
  const longerIds = longerIsB ? idsB : idsA;
  const shorterIds = longerIsB ? idsA : idsB;
  const l = longerIsB ? m : n;
  let sum = 0;
  let count = 0;
  for (let j = 0; j < l; j++) {
    if (!withoutPartner(!longerIsB, j, n, m)) continue;
    sum += fullWeight[longerIds[j]!]!;
    count++;
  }
  if (count === 0) return false;
  const least = 1.5 * (sum / count);
  return fullWeight[shorterIds[poor1]!]! >= least && fullWeight[shorterIds[poor2]!]! >= least;
}

/**
 * Two units of the shorter name without a partner (`poor1`, `poor2`), each read as two other neighbouring words of the
 * longer name joined, the longer two parts longer or three: the score of that reading, two joins' factor off, or
 * `current`.
 * (No cap by the other parts, as tryJoined has: each join must read as its unit at the threshold by itself.)
 */
const joinSims = new Float64Array(2 * 8);
function tryTwoJoined(a: PreparedNameImpl, b: PreparedNameImpl, n: number, m: number, current: number, poor1: number, poor2: number, out?: Assignment): number {
  let score = current;
  const longerIsB = m > n;
  const longer = longerIsB ? b : a;
  const shorterIds = longerIsB ? idsA : idsB;
  const longerIds = longerIsB ? idsB : idsA;
  const k = longerIsB ? n : m;
  const l = longerIsB ? m : n;
  // how each of the two units reads as each join (row 0: poor1, row 1: poor2)
  for (let j = 0; j + 1 < l; j++) {
    joinSims[j] = similarityOfJoin(shorterIds[poor1]!, longer, longerIds, j);
    joinSims[8 + j] = similarityOfJoin(shorterIds[poor2]!, longer, longerIds, j);
  }
  let copied = false;
  for (let j1 = 0; j1 + 3 < l; j1++) {
    for (let j2 = j1 + 2; j2 + 1 < l; j2++) {
      for (let order = 0; order < 2; order++) {
        const p1 = order === 0 ? poor1 : poor2;
        const p2 = order === 0 ? poor2 : poor1;
        const sp1 = joinSims[order * 8 + j1]!;
        const sp2 = joinSims[(1 - order) * 8 + j2]!;
        if (sp1 < SAME_NAME_THRESHOLD || sp2 < SAME_NAME_THRESHOLD) continue;
        if (!copied) { for (let t = 0; t < 8 * 8; t++) saved[t] = simBuf[t]!; copied = true; }
        loadJoinedSims(k, l, longerIsB, j1, p1, sp1, j2, p2, sp2);
        const rn = longerIsB ? n : n - 2;
        const rm = longerIsB ? m - 2 : m;
        const merged = scoreFromSims(rn, rm, a, b, false) * JOINED_FACTOR * JOINED_FACTOR;
        if (merged > score) {
          score = merged;
          if (out) record(out, rn, rm, score, longerIsB ? { a: [], b: [j1, j2] } : { a: [j1, j2], b: [] });
        }
      }
    }
  }
  if (copied) simBuf.set(saved);
  return score;
}

/** How the unit `unit` reads as units j and j+1 of the name `longer` joined; 0 where it cannot. */
function similarityOfJoin(unit: number, longer: PreparedNameImpl, longerIds: Int32Array, j: number): number {
  if (!mayReadJoined(unit, longerIds[j]!, longerIds[j + 1]!)) return 0;
  const joined = joinedWord(longer, j);
  if (joined === null) return 0;
  // (a compound given name written as one word against its two words: its second name must be the second word, which
  // the letters of the whole, Mohammad + X, hardly weigh: Mohammadhossein is not Mohammad Hassan)
  const u = unitById(unit);
  const s = similarityToJoined(unit, joined);
  const rest = u.kind === 'name' && u.part !== u.full && familyBase(u) === null ? u.part : null;
  return rest === null ? s : Math.min(s, wordSimilarity(rest, unitById(longerIds[j + 1]!).full));
}

// the first letters of a key without a consonant: its vowels, or x for none (keys.ts)
const VOWEL_KEY_LETTER = new Uint8Array(128);
const L_KEY = 'l'.charCodeAt(0);
for (const c of 'aeioux') VOWEL_KEY_LETTER[c.charCodeAt(0)] = 1;
/**
 * A join much longer or shorter than the unit, or beginning or ending in another consonant class, cannot read as it:
 * skipped before it is built.
 */
function mayReadJoined(unit: number, first: number, second: number): boolean {
  // (… or read so in another convention: Achmad Schah = Ahmadshah, Jazdanpanah = یزدان‌پناه)
  // (a first word without a consonant has its vowels for a key, which a join's key leaves out: Ay Soltan, آی سلطان =
  // Aysoltan)
  const joinFirst = VOWEL_KEY_LETTER[keyFirst[first]!] === 1 ? keyFirst[second]! : keyFirst[first]!;
  // (… or the first letter of a Latin word whose al the parser guessed an article, read with it: Alamyar = عالم یار)
  if (!keyLettersMeet(joinFirst, keyFirst[unit]!) && !(joinFirst === L_KEY && unitById(unit).unstripped !== null)) return false;
  if (!keyLettersMeet(keyLast[second]!, keyLast[unit]!) && lastConsonant[second] !== lastConsonant[unit] && !endsInAlifHa(second) && !endsInAlifHa(unit)) return false;
  // (the article of X al-Y joined is written between them: ul, el, al)
  const wj = fullWeight[first]! + fullWeight[second]! + (unitById(second).article ? JOINED_ARTICLE_WEIGHT : 0);
  const wp = fullWeight[unit]!;
  return Math.abs(wj - wp) <= 0.35 * Math.max(wj, wp);
}

// the Somali Abdi (Cabdi) written apart from the name of its compound, as a name of its own (Abdi Wali = عبدي ولي)
const ABDI = /^(?:'|K?[aeiouA])bd[iIQY]$/;
/**
 * An Abd- compound written as one word (Abdiweli, Cabdiwali) against Abdi and the name written apart (Abdi Wali =
 * عبدي ولي): the names after the Abd must be one; null when the units are not such.
 */
function abdWrittenApart(compound: number, first: number, second: number): number | null {
  const c = unitById(compound);
  const abdi = unitById(first);
  const name = unitById(second);
  if (c.kind !== 'abd' || abdi.kind !== 'name' || name.kind !== 'name' || !ABDI.test(abdi.full.symbols)) return null;
  // (not a compound itself written apart with an Abdo, Abdu of its own before a name that is also a given name: Abdo Ali
  // is not Abdi Ali)
  if (c.abdoApart) return null;
  return wordSimilarity(c.part, name.full);
}

function record(out: Assignment, n: number, m: number, score: number, merged: Assignment['merged']): void {
  out.aToB.fill(-1);
  for (let i = 0; i < n; i++) {
    const j = bOfA[i]!;
    if (j < 0) continue;
    out.aToB[i] = j;
    out.sims[i] = simBuf[i * 8 + j]!;
  }
  out.score = score;
  out.ordered = lastOrdered;
  out.prefix = lastPrefix;
  out.onePartDiffers = lastOnePartDiffers;
  out.grandfatherOrFamily = lastGrandfatherOrFamily;
  out.matched = n < m ? n : m;
  out.merged = merged;
}

let lastOrdered = true;
let lastPrefix = false;
let lastOnePartDiffers = false;
let lastGrandfatherOrFamily = false;
const saved = new Float64Array(64);

/**
 * The name score of names a and b from the unit similarities in simBuf (n × m, stride 8); leaves the assignment in bOfA.
 * `unitsInPlace`: the units are those of idsA and idsB at their places, not a reading with two units joined.
 */
function scoreFromSims(n: number, m: number, a: PreparedNameImpl, b: PreparedNameImpl, unitsInPlace: boolean): number {
  for (let i = 0; i < n; i++) bOfA[i] = -1;
  const k = n < m ? n : m;
  let sum = 0;
  let min = 1;
  // Each unit of the shorter name takes its best partner; when two want the same one, fall back to the
  // greedy assignment (best pair first). Ties prefer the unit at the same position — or, where one name shows its family
  // name first in capitals and the other does not, the same place with that family name at the end: HASAN Hasan Ali is
  // Hasan Ali Hasan, whose given name is his family name (and HASAN Ali Hasan is Ali, the son of Hasan)
  // (… and with a grandfather's name more in one: AL-KHATIB Moustafa Ibraheem Mustapha is Mustafa Ibrahim Al-Khatib, whose
  // grandfather Mustafa he is named after)
  preferPartners(n, m, unitsInPlace && (n > 2 || m > 2) && k >= 2 ? familyFirstInOneOnly(a, b) : 0);
  // (… and a Muhammad prefix gives way to the same name written as a name: KAHLON Muhammad Afzal Sher Muhammad's last
  // Muhammad is the father's Sher Muhammad of Afzal Sher Muhammad Kahlon)
  loadPrefixTies(n, m, a, b);
  let conflict = false;
  let used = 0;
  if (n <= m) {
    for (let i = 0; i < n && !conflict; i++) {
      let best = -1;
      let bj = 0;
      for (let j = 0; j < m; j++) {
        const s = simBuf[i * 8 + j]! - (preferred[i] === j ? 0 : 1e-6) - (prefixTies && prefixTieA[i] !== prefixTieB[j] ? 2e-6 : 0);
        if (s > best) { best = s; bj = j; }
      }
      if ((used & (1 << bj)) !== 0) conflict = true;
      used |= 1 << bj;
      bOfA[i] = bj;
    }
  } else {
    for (let j = 0; j < m && !conflict; j++) {
      let best = -1;
      let bi = 0;
      for (let i = 0; i < n; i++) {
        const s = simBuf[i * 8 + j]! - (preferred[i] === j ? 0 : 1e-6) - (prefixTies && prefixTieA[i] !== prefixTieB[j] ? 2e-6 : 0);
        if (s > best) { best = s; bi = i; }
      }
      if ((used & (1 << bi)) !== 0) conflict = true;
      used |= 1 << bi;
      bOfA[bi] = j;
    }
  }
  if (conflict) greedy(n, m, k);
  for (let i = 0; i < n; i++) {
    const j = bOfA[i]!;
    if (j < 0) continue;
    const s = simBuf[i * 8 + j]!;
    sum += s;
    if (s < min) min = s;
  }
  // order: the matched units appear in the same relative order in both names
  let ordered = true;
  let lastB = -1;
  let maxA = -1;
  let maxB = -1;
  for (let i = 0; i < n; i++) {
    const j = bOfA[i]!;
    if (j < 0) continue;
    if (j < lastB) ordered = false;
    lastB = j;
    maxA = i;
    if (j > maxB) maxB = j;
  }
  const wmin = k >= 4 ? MIN_WEIGHT_FOUR : k === 3 ? MIN_WEIGHT_THREE : MIN_WEIGHT_TWO;
  let score = wmin * min + (1 - wmin) * (sum / k);
  const extra = (n > m ? n : m) - k;
  let prefix = false;
  if (extra > 0) {
    // lineage prefix: the shorter name is the start of the longer chain, in order — or its start and its end, a
    // grandfather or father left out between the given and the family name (Mustafa Qasim Al-Jubouri = Mustafa Qasim
    // Mohammed Al-Jubouri)
    // (not so for two names that both write their family name first, whose written last parts are no family names:
    // HASAN, Adnan is Salman's father, not HASAN, Salman Adnan — but for a Sayed left out, HUSSAINI Sayed Jawad)
    prefix = ordered && ((n < m ? maxB < k : maxA < k)
      || (chainWithGap(n, m, 0, 0) && !(bothWriteFamilyNameFirst(a, b) && unmatchedOfLonger(n, m, isNoHonorific, true) > 0)));
    // … and so when one of the names writes its family name first (AL-JUBOORI Mustafa Kassim Mohammed), or the word it
    // writes first is the other's last, a family name by its letters there (Масри Фатима = Fatima Ahmad Al-Masri, as police
    // lists write it; not Al-Hassan, whose Hassan Ali is another man's given and father's names)
    if ((chainWithGap(n, m, 1, 0) && (a.familyFirst || (unitsInPlace && familyNameWrittenFirstMeets(0, m - 1, idsB[m - 1]!))))
      || (chainWithGap(n, m, 0, 1) && (b.familyFirst || (unitsInPlace && familyNameWrittenFirstMeets(n - 1, 0, idsA[n - 1]!))))
      || bothFamilyNamesFirstInChain(n, m, a, b)) prefix = true;
    // (but not a lineage that would leave out the second half of X al-Y and keep its first: Zia ul-Haq is not Zia)
    if (prefix && secondHalfLeftOut(n, m, n > m ? a : b, bOfA)) prefix = false;
    // … and so, with the Muhammad prefix the longer name writes and the other leaves out taken away (Mehedi Hasan = Md
    // Mehedi Hasan Matubbar, MATUBBAR Md Mehedi Hasan)
    if (!prefix && ordered && (n > m ? a : b).abbreviatedMuhammad) prefix = lineageWithoutMuhammads(n, m, a, b);
    const f = prefix ? LINEAGE_EXTRA_FACTOR : OTHER_EXTRA_FACTOR;
    // (a Muhammad abbreviated before a given name is a prefix other papers leave out: Md Saiful Islam = Saiful Islam; and
    // so is a Haji, Mullah inside the name, the father's title: Janan Haji Baz Mohammad = Janan Baz Mohammad)
    const longer = n > m ? a : b;
    const prefixes = prefix ? 0 : (longer.abbreviatedMuhammad ? unmatchedOfLonger(n, m, isMuhammadAbbreviated, true) : 0)
      + (longer.titleHonorific ? unmatchedOfLonger(n, m, isTitleHonorific, false) : 0);
    for (let e = 0; e < extra; e++) score *= e < prefixes ? LINEAGE_EXTRA_FACTOR : f;
  }
  // another order: the family name written first or last (a rotation of the parts), or else parts swapped inside the
  // name — given and father's name: Ahmad Omar Al-Sheikh and Omar Ahmad Al-Sheikh are a son and his father
  // — and so is a rotation of the very words of the other name, where neither shows a family name written first: one
  // writer's Ali Mohammad and Mohammad Ali are two compound given names, Ahmad Shah and Shah Ahmad two men
  // — but not the family name written first where the name shows it so, in capitals or before a comma (KAYYALI Yamen
  // Bashar = Yamen Bashar Kayyali): the order of registries' lists, which says nothing against one person
  if (!ordered && !familyNameMovedFirst(n, m, a, b)) {
    // (of two names, a lineage marker says which is the father's: Ahmed bin Omar is not Omar bin Ahmad; and so do two
    // family names in capitals first: ZERAI Bereket / BEREKET Zerai)
    const swappedInside = n === m && ((n >= 3 && !isRotation(n)) || (n === 2 && (a.lineage !== Lineage.None || b.lineage !== Lineage.None))
      || (isRotation(n) && a.familyFirstInCapitals && b.familyFirstInCapitals) || (unitsInPlace && score >= SAME_NAME_THRESHOLD && articlesCross(n)));
    // (the very words reordered score at least the threshold: random pairs never ask)
    score *= swappedInside || (n === m && unitsInPlace && score >= SAME_NAME_THRESHOLD && sameWordsReordered(a, b)) ? SWAPPED_INSIDE_FACTOR : REORDER_FACTOR;
  } else if (bOfA[0] === 0 && n === m && n >= 2 && score >= SAME_NAME_THRESHOLD && familyNamesAtOtherEnds(a, b, n)) {
    // the parts in the same order, where one name shows its family name first in capitals and the other its last: the
    // given name of each is the other's family name (AHMED Hamza / Ahmed HAMZA: a son and his father)
    score *= SWAPPED_INSIDE_FACTOR;
  }
  // The names in written order (the shorter as the start of the longer; a family name written first in capitals in one
  // only at the end) may score better than the best pairs taken one by one, when two units of one name are alike (Ba Be /
  // با به).
  if (!ordered || !prefix && extra > 0 || !isDiagonal(n)) {
    let dmin = 1;
    let dsum = 0;
    for (let i = 0; i < n; i++) {
      if (preferred[i]! < 0) continue;
      const s = simBuf[i * 8 + preferred[i]!]!;
      dsum += s;
      if (s < dmin) dmin = s;
    }
    let inOrder = wmin * dmin + (1 - wmin) * (dsum / k);
    const lineage = extra > 0 && !secondHalfLeftOut(n, m, n > m ? a : b, preferred);
    for (let e = 0; e < extra; e++) inOrder *= lineage ? LINEAGE_EXTRA_FACTOR : OTHER_EXTRA_FACTOR;
    if (inOrder > score) {
      score = inOrder;
      ordered = true;
      prefix = lineage;
      for (let i = 0; i < n; i++) bOfA[i] = preferred[i]!;
    }
  }
  // Written with the same words in the same places but one: the writer's conventions are one, so the part written
  // otherwise is judged by itself — relatives share their father's and family names (Tamer / Thamer Anwar Al-Louh are
  // brothers), and the parts written alike say nothing of whether that part is one name. (Parts only read alike are no
  // such evidence: Yousif Ahmed Al-Ani and Jusuf Ahmed El Ani are one man written by two conventions.)
  lastOnePartDiffers = false;
  lastGrandfatherOrFamily = false;
  // A grandfather's name where the other writes a family name with the article (سرى نشوان ذنون / سرى نشوان البدراني: Iraqi
  // papers write the given, father's and grandfather's names, others the tribe's nisba): one person or two, which the
  // names cannot tell (a cousin's, a namesake's), so the parts before it score as a name with a part more on each side,
  // short of the threshold — not as two names apart
  const chain = n === m && n >= 3 && unitsInPlace ? grandfatherAgainstFamilyName(n, a, b) : 0;
  if (chain > 0) {
    if (chain > score) {
      score = chain;
      ordered = true;
      prefix = false;
      lastGrandfatherOrFamily = true;
      for (let i = 0; i < n; i++) bOfA[i] = i < n - 1 ? i : -1;
    }
    lastOrdered = ordered;
    lastPrefix = prefix;
    return score;
  }
  const d = n === m && unitsInPlace ? onlyDifferingPart(n, a, b) : -1;
  if (d >= 0 && simBuf[d * 9]! < score && writtenAlikeBut(d, n, a.texts, b.texts)) {
    score = simBuf[d * 9]!;
    ordered = true;
    prefix = false;
    lastOnePartDiffers = true;
    for (let i = 0; i < n; i++) bOfA[i] = i;
  }
  lastOrdered = ordered;
  lastPrefix = prefix;
  return score;
}

// the last parts of two names so unlike that they are two names, not one spelt otherwise
const UNLIKE_LAST_PARTS = 0.3;
/**
 * The score of the first n − 1 parts, in place, as a name with a part more in one and another part more in the other,
 * when the last parts are two names, one a nisba with the article and the other a given name by its form, and neither
 * name shows a family name written first; 0 otherwise.
 */
function grandfatherAgainstFamilyName(n: number, a: PreparedNameImpl, b: PreparedNameImpl): number {
  const last = n - 1;
  // (the parts in place first, which random pairs fail at once)
  let min = 1;
  let sum = 0;
  for (let i = 0; i < last; i++) {
    const s = simBuf[i * 9]!;
    if (s < SAME_NAME_THRESHOLD) return 0;
    sum += s;
    if (s < min) min = s;
  }
  if (simBuf[last * 9]! >= UNLIKE_LAST_PARTS || a.familyFirst || b.familyFirst) return 0;
  const ua = unitById(idsA[last]!);
  const ub = unitById(idsB[last]!);
  if (!(familyNameWithArticle(ua) && givenNameByForm(ub)) && !(familyNameWithArticle(ub) && givenNameByForm(ua))) return 0;
  const wmin = last >= 4 ? MIN_WEIGHT_FOUR : last === 3 ? MIN_WEIGHT_THREE : MIN_WEIGHT_TWO;
  return (wmin * min + (1 - wmin) * (sum / last)) * LINEAGE_EXTRA_FACTOR * OTHER_EXTRA_FACTOR;
}
// (a nisba with the article, of three consonants or more, the ayn counted, or in -awi: Al-Badrani, Al-Okaidi, Al-Tirawi;
// not the given names the article begins too, Al-Tayeb, Al-Amin, Al-Hadi, nor a trade's, Al-Najjar)
const familyNameWithArticle = (u: UnitData): boolean => u.kind === 'name' && u.article
  && (familyNameByItsLetters(u) || NISBA_AWI.test(u.full.symbols) || (NISBA_END.test(u.full.symbols) && (u.full.symbols.slice(0, -1).match(CONSONANT_OR_AYN)?.length ?? 0) >= 3));
const NISBA_AWI = /[aA][wW][iIYQ]$/;
const CONSONANT_OR_AYN = /[^aeiouAIUEOWYQ0]/g;
// (no article, no nisba -i, no -zadeh, -pour, -zai, no -ov: a grandfather's name, not another family's)
const givenNameByForm = (u: UnitData): boolean => !u.article && familyBase(u) === null && !NISBA_END.test(u.full.symbols) && !hasFamilyEnding(u);

/**
 * Whether two names are the same words, as normalised, in another order, none of them a family name by its form and
 * neither name showing a family name written first: then two persons (Ali Mohammad / Mohammad Ali, Cabdi Cali / Cali
 * Cabdi); where a word is a family name by its form, given and family name swapped (Hassan Rahimi = Rahimi Hassan).
 */
function sameWordsReordered(a: PreparedNameImpl, b: PreparedNameImpl): boolean {
  // (each word found first, which random pairs fail at once, with no allocation)
  for (const t of a.texts) if (!b.texts.includes(t)) return false;
  const rest = [...b.texts];
  for (const t of a.texts) {
    const at = rest.indexOf(t);
    if (at < 0) return false;
    rest.splice(at, 1);
  }
  return !a.familyFirst && !b.familyFirst && !a.units.some(isFamilyNameByForm) && !a.units.some(hasFamilyEnding);
}

// the family name endings of Russian, Central Asian, Caucasian and Armenian papers (Karimova, Aliyev, Nazarzoda, Alizade,
// Petrosyan, Sarkissian): a word so ended is the family name moved, not a second given name (Karimova Dilnoza = Dilnoza
// Karimova, Petrosyan Aram = Aram Petrosyan) — after a name of two letters or more, and not the given names that end so
// (Yakov, Lev, Eva, Tova); the Armenian -yan, -ian after four letters or more, not the given names of three or fewer
// (Rayan, Sufyan, Boyan, Adrian) nor the Russian -ьян (Демьян, Лукьян), nor the longer Western ones (Christian, Sebastian)
const FAMILY_END = /^(?:..+(?:ov|ev|ova|eva|zoda|zade|ов|ев|ова|ева|зода|заде)|.{4,}(?:ian|yan)|.{3,}[^ь]ян)$/;
const GIVEN_NAMES_ENDING_SO = new Set(['yakov', 'jakov', 'yaakov', 'iakov', 'yaacov', 'jaakov', 'яков', 'јаков', 'ljubov', 'любовь', 'любов',
  'christian', 'kristian', 'cristian', 'sebastian', 'maximilian', 'octavian', 'emilian', 'vivian', 'lilian', 'lillian', 'jillian', 'killian']);
const hasFamilyEnding = (u: UnitData): boolean => FAMILY_END.test(u.text) && !GIVEN_NAMES_ENDING_SO.has(u.text);

// a nisba -i, -ee after a name of three consonants or more (Rahimi, Hamdi; not Ali), not counting a first Latin c before
// a vowel
const FIRST_LATIN_C = /^K(?=[aeiouAIUEO])/;
const NISBA_END = /[iIYQ]$/;
// … and the Persian nisba -ei, -ee, -yi after the vowel a name of two consonants ends in (Rezaei, Mousaee, Yahyayi =
// رضایی, موسایی, یحیایی), which no given name ends in
const PERSIAN_NISBA_AFTER_VOWEL = /[a-z]{2}[ao](?:ei|ee|yi|ie)$|..ايي$/;
const CONSONANT = /[^aeiouAIUEOWYQ'0]/g;
/** A family name by its form: with the article, made with -zadeh, -pour, -zai…, or a nisba (Al-Ali, Hassanzadeh, Rahimi). */
const isFamilyNameByForm = (u: UnitData): boolean => u.article || familyNameByItsLetters(u);
/**
 * … by its letters alone: made with -zadeh, -pour, -zai…, or a nisba (Hassanzadeh, Rahimi, Al-Masri), not the article
 * before a given name (Al-Hassan, Al-Omar are family names as often as Hassan, Omar are given names)
 */
function familyNameByItsLetters(u: UnitData): boolean {
  if (familyBase(u) !== null || PERSIAN_NISBA_AFTER_VOWEL.test(u.text)) return true;
  // (a first c before a vowel may be the Somali ayn, no consonant of the nisba's count: Cabdi is Abdi, a given name)
  const s = u.full.symbols.replace(FIRST_LATIN_C, '');
  return NISBA_END.test(s) && (s.slice(0, -1).match(CONSONANT)?.length ?? 0) >= 3;
}

/**
 * Whether the n units of two names are written alike, as normalised, but at place d, and that one in as many words (the
 * same writer's conventions: Abdul Zahra and Abdulsahra are not).
 */
function writtenAlikeBut(d: number, n: number, ta: readonly string[], tb: readonly string[]): boolean {
  for (let i = 0; i < n; i++) if (i !== d && ta[i] !== tb[i]) return false;
  return wordCount(ta[d]!) === wordCount(tb[d]!);
}

function wordCount(text: string): number {
  let words = 1;
  for (let i = 0; i < text.length; i++) { const c = text.charCodeAt(i); if (c === 32 || c === 45) words++; }
  return words;
}

/**
 * The one place at which two names of n units are written differently, or -1 (none, or more than one). (A Muhammad
 * written alike is one part written alike, though one name reads it as a prefix, as in Mohammad Rakibul Hasan, and the
 * other, Mohammad Rakibul Hossain, does not.)
 */
function onlyDifferingPart(n: number, a: PreparedNameImpl, b: PreparedNameImpl): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    if (idsA[i] === idsB[i]) continue;
    if (at >= 0) return a.abbreviatedMuhammad || b.abbreviatedMuhammad ? onlyDifferingPartButPrefix(n, a.texts, b.texts) : -1;
    at = i;
  }
  return at;
}
// (a second loop, asked only of names with a Muhammad abbreviated, so that every other comparison compares ids alone)
function onlyDifferingPartButPrefix(n: number, ta: readonly string[], tb: readonly string[]): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    if (idsA[i] === idsB[i] || (ta[i] === tb[i] && unitById(idsA[i]!).muhammadAbbreviated !== unitById(idsB[i]!).muhammadAbbreviated)) continue;
    if (at >= 0) return -1;
    at = i;
  }
  return at;
}


/**
 * Whether the assigned units are a lineage chain read from the start in both names, reading name a from its unit `rotA`
 * on and name b from `rotB` on (1: the first unit, a family name written first, read as the last): each unit paired
 * with the unit at the same place in the other (given with given, father with father), but for the family names that
 * end both; the longer name has parts the other leaves out at its end or before its family name (Mustafa Qasim
 * Al-Jubouri = Mustafa Qasim Mohammed Al-Jubouri; not Amal Youssef Al-Hourani = Amal Mahmoud Youssef Al-Hourani, her
 * niece, whose grandfather is Youssef).
 */
function chainWithGap(n: number, m: number, rotA: number, rotB: number): boolean {
  let pairs = 0;
  for (let t = 0; t < n; t++) {
    const j = bOfA[(t + rotA) % n]!;
    if (j < 0) continue;
    const jr = (j - rotB + m) % m;
    const familyNames = t === n - 1 && jr === m - 1;
    if (jr !== t && !familyNames) return false;
    pairs++;
  }
  // (a first unit written first is a family name, not an initial: D. Ahmad Hassan has a given name more)
  const moved = rotA > 0 ? idsA[0]! : rotB > 0 ? idsB[0]! : -1;
  return pairs >= 2 && bOfA[rotA % n] === rotB % m && (moved < 0 || unitById(moved).kind !== 'initial');
}

/** Whether the longer name's second half of an X al-Y (PreparedNameImpl.secondHalves) has no partner and its first has. */
function secondHalfLeftOut(n: number, m: number, longer: PreparedNameImpl, partners: Int8Array): boolean {
  if (longer.secondHalves === 0) return false;
  for (let i = 1; i < (n > m ? n : m); i++) {
    if (((longer.secondHalves >> i) & 1) !== 0 && !partnered(n, m, i, partners) && partnered(n, m, i - 1, partners)) return true;
  }
  return false;
}
/** Whether unit i of the longer of the two names has a partner in the other (`partners`: b's unit for each of a's). */
function partnered(n: number, m: number, i: number, partners: Int8Array): boolean {
  if (n > m) return partners[i]! >= 0;
  for (let k = 0; k < n; k++) if (partners[k] === i) return true;
  return false;
}

/**
 * Whether both names write a family name first and, each read with it at its end, the shorter is the longer's lineage
 * chain: one list took the grandfather's name for the family name, another the father's (HASAN, Salman Adnan = ADNAN,
 * Salman). Not a family name with the article, which is the family's own and no father's (Al-Omar Ali is not Ali Omar
 * Al-Hassan).
 */
function bothFamilyNamesFirstInChain(n: number, m: number, a: PreparedNameImpl, b: PreparedNameImpl): boolean {
  return bothWriteFamilyNameFirst(a, b) && !unitById(idsA[0]!).article && !unitById(idsB[0]!).article && chainWithGap(n, m, 1, 1);
}
const bothWriteFamilyNameFirst = (a: PreparedNameImpl, b: PreparedNameImpl): boolean => a.familyWrittenFirst && b.familyWrittenFirst;

/**
 * Whether one name shows its family name first in capitals and the other its last (AHMED Hamza / Ahmed HAMZA), each a
 * name of one word of its own: not a prefix, article or title in capitals (ABU Bakr, AL Hassan, SK Abdul Karim), nor
 * initials (AKM Shamsul Alam, MD)
 */
function familyNamesAtOtherEnds(a: PreparedNameImpl, b: PreparedNameImpl, n: number): boolean {
  if (a.familyFirstInCapitals && b.familyLastInCapitals) return plainWordName(idsA[0]!) && plainWordName(idsB[n - 1]!);
  return a.familyLastInCapitals && b.familyFirstInCapitals && plainWordName(idsA[n - 1]!) && plainWordName(idsB[0]!);
}
const plainWordName = (id: number): boolean => {
  const u = unitById(id);
  return u.kind === 'name' && !u.article && u.honorific === 0 && !u.muhammadAbbreviated && !u.text.includes(' ')
    && (u.text.length >= 4 || (u.text.length === 3 && VOWEL_AFTER_FIRST.test(u.text)));
};
// (a name of three letters with a vowel after its first, ALI, GUL, not the initials of AKM, ABM)
const VOWEL_AFTER_FIRST = /^.[^aeiouаеиоуыэюяё]*[aeiouаеиоуыэюяё]/;

/**
 * The parts in the same order but the last of one, written first in the other, which shows a family name written first
 * — unless the other shows its own family name first as well, in capitals before the others: then their family names
 * are two parts, and so are their given names (ZERAI Bereket Ghebretinsae / GHEBRETINSAE Zerai Bereket: a son and his
 * father).
 */
function familyNameMovedFirst(n: number, m: number, a: PreparedNameImpl, b: PreparedNameImpl): boolean {
  if (n !== m || n < 2 || !isRotation(n)) return false;
  if (bOfA[0] === n - 1 && a.familyFirst) return !b.familyFirstInCapitals;
  return bOfA[0] === 1 && b.familyFirst && !a.familyFirstInCapitals;
}

/**
 * Whether both names show a family name by its article, each on a part the other writes without it: two families, the
 * given name of each the other's family name (Yousef Al-Ahmad / Ahmad Al-Yousef), not one name with its parts moved.
 */
function articlesCross(n: number): boolean {
  let differ = false;
  let inA = false;
  let inB = false;
  for (let i = 0; i < n; i++) {
    const j = bOfA[i]!;
    if (j < 0) continue;
    const x = unitById(idsA[i]!).article;
    const y = unitById(idsB[j]!).article;
    if (x !== y) differ = true;
    if (x) inA = true;
    if (y) inB = true;
  }
  return differ && inA && inB;
}

/**
 * Whether unit i of name a and unit j of name b are paired as the same name, the one written first in its name and the
 * other last in its, a family name by its form there (`last`, the last unit's id).
 */
function familyNameWrittenFirstMeets(i: number, j: number, last: number): boolean {
  return bOfA[i] === j && simBuf[i * 8 + j]! >= SAME_NAME_THRESHOLD && familyNameByItsLetters(unitById(last));
}

/** Whether the assignment of n units to n units keeps their cyclic order (A B C → C A B). */
function isRotation(n: number): boolean {
  const shift = bOfA[0]!;
  for (let i = 1; i < n; i++) if (bOfA[i] !== (shift + i) % n) return false;
  return true;
}

function isDiagonal(n: number): boolean {
  for (let i = 0; i < n; i++) if (bOfA[i] !== -1 && bOfA[i] !== i) return false;
  return true;
}

// the partner a unit of name a takes among equals (scoreFromSims): its own place but where preferPartners moves it
const preferred = new Int8Array(8);
/**
 * The partner in b each unit of a would have in written order (-1: none), the shorter name the start of the longer;
 * `moved`: 1 where a writes its family name first and b does not, -1 the other way round, which puts it at the other's end.
 */
function preferPartners(n: number, m: number, moved: number): void {
  for (let i = 0; i < n; i++) {
    const j = moved === 0 ? i : moved > 0 ? (i === 0 ? m - 1 : i - 1) : (i === n - 1 ? 0 : i + 1);
    preferred[i] = j < m && (moved <= 0 || i === 0 || j < m - 1) ? j : -1;
  }
}
/** 1 where only a shows its family name first in capitals and b shows none first, -1 for the other way round, else 0. */
function familyFirstInOneOnly(a: PreparedNameImpl, b: PreparedNameImpl): number {
  // (a reading of a name with its family name moved to the end, MAGOMADOV Zelimkhan Ruslanovich read Zelimkhan
  // Ruslanovich Magomadov, has none first, and is no name written without capitals either)
  const aFirst = a.familyFirstInCapitals;
  const bFirst = b.familyFirstInCapitals;
  if (aFirst === bFirst) return 0;
  if (aFirst) return a.familyFirst && !b.familyFirst ? 1 : 0;
  return b.familyFirst && !a.familyFirst ? -1 : 0;
}

// a Muhammad prefix paired with a unit that is none loses a tie (scoreFromSims), above the preference for a unit's own place
const prefixTieA = new Uint8Array(8);
const prefixTieB = new Uint8Array(8);
let prefixTies = false;
function loadPrefixTies(n: number, m: number, a: PreparedNameImpl, b: PreparedNameImpl): void {
  prefixTies = a.abbreviatedMuhammad || b.abbreviatedMuhammad;
  if (!prefixTies) return;
  for (let i = 0; i < n; i++) prefixTieA[i] = unitById(idsA[i]!).muhammadAbbreviated ? 1 : 0;
  for (let j = 0; j < m; j++) prefixTieB[j] = unitById(idsB[j]!).muhammadAbbreviated ? 1 : 0;
}

/** Greedy one-to-one assignment over simBuf: the best remaining pair first. */
function greedy(n: number, m: number, k: number): void {
  let usedA = 0;
  let usedB = 0;
  for (let i = 0; i < n; i++) bOfA[i] = -1;
  for (let t = 0; t < k; t++) {
    let best = -1;
    let bi = 0;
    let bj = 0;
    for (let i = 0; i < n; i++) {
      if ((usedA & (1 << i)) !== 0) continue;
      for (let j = 0; j < m; j++) {
        if ((usedB & (1 << j)) !== 0) continue;
        const s = simBuf[i * 8 + j]! - (preferred[i] === j ? 0 : 1e-6) - (prefixTies && prefixTieA[i] !== prefixTieB[j] ? 2e-6 : 0);
        if (s > best) { best = s; bi = i; bj = j; }
      }
    }
    usedA |= 1 << bi;
    usedB |= 1 << bj;
    bOfA[bi] = bj;
  }
}

// Joined neighbouring units, made on demand and kept for a while: (first id, second id) → phonetic word,
// numbered so that their similarities can be memoised under a number.
/**
 * `otherLinks`: X al-Y joined with the article said as the sun letter after it (Khairunnisa) or left out (Nourhouda),
 * or after the t of a taa marbuta (Qurratulain = قرة العين), beside `word`, joined with its l (Tagelsir, Nurulhuda)
 */
interface Joined { word: PhoneticWord; otherLinks: PhoneticWord[]; serial: number; first: PhoneticWord; second: PhoneticWord; secondUnit: UnitData }
const joinedMemo = new Map<number, Joined | null>();
const SUN_LETTER = /^[tTdDrzscSZln]/;
let joinedSerial = 0;

/** Units j and j+1 of a name joined, in the reading that is closest to `other` (the one its score was given by). */
export function joinedPhonetic(p: PreparedNameImpl, j: number, other: PhoneticWord): PhoneticWord | null {
  const w = joinedWord(p, j);
  if (w === null) return null;
  let best = w.word;
  for (const r of w.otherLinks) if (wordSimilarity(other, r) > wordSimilarity(other, best)) best = r;
  return best;
}

function joinedWord(p: PreparedNameImpl, j: number): Joined | null {
  const u = p.units[j]!;
  const v = p.units[j + 1]!;
  const key = u.id * ID_SPAN + v.id;
  let w = joinedMemo.get(key);
  if (w === undefined) {
    // a second name with its article is joined with it: X al-Y written as one word (Nur al-Huda = Nurulhuda,
    // Shams al-Haq = Shamsulhaq, Taj al-Sirr = Tagelsir), or with the article said as the sun letter that follows it
    // (Khair an-Nisa = Khairunnisa), or left out (Nourhouda)
    const abjad = u.abjad || v.abjad;
    const link = !v.article ? '' : abjad ? 'l' : 'ul';
    const otherLink = !v.article ? null : SUN_LETTER.test(v.full.symbols) && !abjad ? 'u' : '';
    // (an Arabic-script ه before the article, after a letter but alif, waw or ya, is the taa marbuta said t in a construct)
    const taa = v.article && u.abjad && TAA_BEFORE_ARTICLE.test(u.text);
    // (and the letter the first ends in and the second begins with written twice, as a hyphen keeps it: Amir Reza =
    // Amir-Reza, not Amir Eza)
    const twice = joinedSymbols(u, v, link, v.full, false);
    const otherLinks = [...(otherLink === null ? [] : [joinedSymbols(u, v, otherLink)]), ...(taa ? [joinedSymbols(u, v, `t${link}`)] : []),
      ...(twice === joinedSymbols(u, v, link) ? [] : [twice]),
      // (and the second name in its other readings: নূরুন নেছা, whose ছ is also s, = Nurunnesa)
      ...(abjad ? [] : v.alsoReadAs.map((r) => joinedSymbols(u, v, link, r)))];
    // (a name before a compound too: Ben + Abdallah written Benabdellah)
    w = u.kind !== 'name' || v.kind === 'initial'
      ? null
      : {
        word: phoneticWord(joinedSymbols(u, v, link), abjad),
        otherLinks: otherLinks.map((symbols) => phoneticWord(symbols, abjad)),
        serial: joinedSerial++,
        first: u.full,
        second: v.full,
        secondUnit: v,
      };
    if (joinedMemo.size >= 100_000) {
      joinedMemo.clear();
      joinedSimMemo.clear();
      joinedSerial = 0;
    }
    joinedMemo.set(key, w);
  }
  return w;
}

const TAA_BEFORE_ARTICLE = /[^اوي]ه$/;

/**
 * Two units written as one word. In Arabic script the letters say it as they would inside a word: a final ya is the
 * ya of a long i, a final ه an h, an alif that began the second word is a long a (علی اصغر written علیاصغر) and an ayn
 * stays the letter it is (محمد علی written محمدعلی).
 */
function joinedSymbols(u: UnitData, v: UnitData, link: string, secondReading: PhoneticWord = v.full, writtenOnce = true): string {
  const second = secondReading.symbols.replace(/^'+/, '');
  // (in an alphabet a letter that ends the first and begins the second is written once, as a joined spelling writes it:
  // Khairun Nisa = Khairunisa)
  if (!(u.abjad && v.abjad) || v.article) {
    const head = u.full.symbols + link;
    const last = head[head.length - 1];
    const once = writtenOnce && !u.abjad && !v.abjad && last !== undefined && !isVowelSymbol(last) && second.startsWith(last);
    return head + (once ? second.slice(1) : second);
  }
  const withYa = u.full.symbols.replace(/Q$/, 'Y');
  // … and a final ه after alif, or of مه and شه, is the h it is inside a word (ماه نور written ماهنور, Mahnoor; مه جبین =
  // Mahjabin; شه نوازی = شاهنوازی); after another letter it may be a vowel (قره داغی = قەرەداغی, Qaradaghi)
  const first = /(?:^[مش]ه|اه)$/.test(u.text) ? withYa.replace(/a$/, 'h') : withYa;
  return first + (/^[اآ]/.test(v.text) ? `A${second}` : /^[عء]/.test(v.text) ? `'${second}` : second);
}

const joinedSimMemo = new Map<number, number>();

function similarityToJoined(unit: number, joined: Joined): number {
  const key = unit * ID_SPAN + joined.serial;
  const hit = joinedSimMemo.get(key);
  if (hit !== undefined) return hit;
  const u = unitById(unit);
  let letters = wordSimilarity(u.full, joined.word);
  for (const r of joined.otherLinks) letters = Math.max(letters, wordSimilarity(u.full, r));
  if (u.unstripped !== null) letters = Math.max(letters, wordSimilarity(u.unstripped, joined.word));
  // (an Arabic-script word's second readings: a compound given name with the alif of its second name read as its first
  // letter, محمداسماعیل; the Persian مه as ماه, مهرخ = ماه رخ)
  // (an alphabet's word in its other readings too, but not one that leaves letters out: Fazalmohammad read without an
  // article al is not Fayz Muhammad)
  for (const r of u.alsoReadAs) if (u.abjad || r.symbols.length >= u.full.symbols.length - 1) letters = Math.max(letters, wordSimilarity(r, joined.word));
  // a compound given name written as one word against two: second names that are not one make two names, as between two
  // compounds written as one word each (محمدحسین is not Mohammad Hassan) — where the compound's first name is the first
  // word (not Ali + Janhussein against Alijan Hussein)
  const second = secondName(u);
  if (second !== null && second.symbols.length < u.full.symbols.length) {
    // (as two names, by what the lexicon and the spellings know of them too: Mohammadhasan is not Mohammad Hosein)
    const secondUnit = secondNameUnit(u);
    const seconds = secondUnit === null ? wordSimilarity(second, joined.second) : Math.min(wordSimilarity(second, joined.second), unitSimilarity(secondUnit, joined.secondUnit));
    if (seconds < SAME_NAME_THRESHOLD && seconds < letters
      && wordSimilarity(phoneticWord(firstOfCompound(u.full.symbols, second.symbols), u.abjad), joined.first) >= SAME_NAME_THRESHOLD) letters = seconds;
  }
  // (a Muhammad against a Mahmud that begins the other: محمدرضا is not Mahmoud Reza)
  if (muhammadAgainstMahmud(u.full.symbols, u.abjad, joined.first.symbols, joined.first.abjad)) letters = Math.min(letters, CLOSE_NAMES_APART);
  const s = onGrid(u.kind === 'name' ? letters : letters * STRUCTURE_MISMATCH);
  if (joinedSimMemo.size >= 400_000) joinedSimMemo.clear();
  joinedSimMemo.set(key, s);
  return s;
}

/** Fast path: score only, no explanation allocated. */
export function nameScore(a: PreparedName, b: PreparedName): number {
  const pa = asPrepared(a);
  const pb = asPrepared(b);
  const score = assign(pa, pb);
  if (pa.otherReading === null && pb.otherReading === null) return score;
  // (the other pairs of readings, without allocating on this path of every comparison)
  const ra = pa.otherReading;
  const rb = pb.otherReading;
  if (writtenAlikeButOnePart(pa, pb) || sameTitles(pa, pb)) return Math.max(score, readingsScore(ra, rb));
  return Math.max(score, readingsScore(pa, rb), readingsScore(ra, pb), readingsScore(ra, rb));
}

/**
 * Whether both names show the same titles (Haji Karim Rahim / Haji Rahim Karim): then each is read as the other is, both
 * without them or both with them as names — not one without and the other with, which reads a title against a given name
 * and the names after it as a chain with a part more (a son and his father would pass so).
 */
function sameTitles(a: PreparedNameImpl, b: PreparedNameImpl): boolean {
  const x = a.titles;
  const y = b.titles;
  if (x.length === 0 || x.length !== y.length) return false;
  // (in any order: Haji Dr. = Dr. Haji)
  if (x.length === 1) return x[0] === y[0] || titleKey(x[0]!) === titleKey(y[0]!);
  const keys = y.map(titleKey);
  for (const t of x) {
    const at = keys.indexOf(titleKey(t));
    if (at < 0) return false;
    keys.splice(at, 1);
  }
  return true;
}
/** The score of two readings; 0 where either is none. */
const readingsScore = (x: PreparedNameImpl | null, y: PreparedNameImpl | null): number => (x === null || y === null ? 0 : assign(x, y));

/**
 * Whether two names are written with the same words but one, in the same places: then each is read as the other is, not
 * one as written against the other reordered, where the one part written otherwise no longer decides (Dibirova Zagidat
 * Omarovna / Dibirova Zabidat Omarovna are sisters, in either reading). (Not where a title is read apart: Syeda and
 * Sayeda are one title, which one reading keeps as a name.)
 */
function writtenAlikeButOnePart(a: PreparedNameImpl, b: PreparedNameImpl): boolean {
  if (a.titles.length > 0 || b.titles.length > 0) return false;
  // (word by word over the two texts, without splitting them: this is asked of every pair with a second reading)
  const x = a.normalized;
  const y = b.normalized;
  let i = 0;
  let j = 0;
  let words = 0;
  let differing = 0;
  for (;;) {
    const spaceX = x.indexOf(' ', i);
    const spaceY = y.indexOf(' ', j);
    const endX = spaceX < 0 ? x.length : spaceX;
    const endY = spaceY < 0 ? y.length : spaceY;
    words++;
    if (!sameWord(x, i, endX, y, j, endY) && ++differing > 1) return false;
    if (spaceX < 0 || spaceY < 0) return spaceX < 0 && spaceY < 0 && words >= 3 && differing === 1;
    i = endX + 1;
    j = endY + 1;
  }
}

const sameWord = (x: string, i: number, endX: number, y: string, j: number, endY: number): boolean => {
  if (endX - i !== endY - j) return false;
  for (let k = 0; k < endX - i; k++) if (x.charCodeAt(i + k) !== y.charCodeAt(j + k)) return false;
  return true;
};

/**
 * Of the two names' readings (an honorific left out, or read as the name it also is; a family name written first, or
 * back at the end where it ends a compound), the pair that scores best; ties keep the first readings. The same for
 * (a, b) and (b, a).
 */
export function bestReadings(a: PreparedNameImpl, b: PreparedNameImpl): { readings: [PreparedNameImpl, PreparedNameImpl]; score: number } {
  let best: [PreparedNameImpl, PreparedNameImpl] = [a, b];
  let bestScore = assign(a, b);
  if (a.otherReading === null && b.otherReading === null) return { readings: best, score: bestScore };
  const pairs = writtenAlikeButOnePart(a, b) || sameTitles(a, b) ? [[a.otherReading, b.otherReading]] as const
    : [[a, b.otherReading], [a.otherReading, b], [a.otherReading, b.otherReading]] as const;
  for (const [x, y] of pairs) {
    const s = readingsScore(x, y);
    if (s > bestScore) {
      bestScore = s;
      best = [x!, y!];
    }
  }
  return { readings: best, score: bestScore };
}
