/** PreparedName: a name parsed once (normalised, split into units, each unit interned) and compared many times. */
import { normalizeName } from './normalize';
import { inPatronymicOrder } from './patronymic';
import { detectScript, type Script } from './script';
import { parseName, UMU_WITH_ONE_M, type Lineage, type ParseOptions, type ParsedName } from './structure';
import { internUnit, type UnitData } from './units';
import { abdoWrittenApart } from './abdo-apart';
import { isSouthAsianFamilyName, PASHTUN_TRIBE_END } from './name-conventions';
import { consonantCount } from './phonetic';
import { isTitleOnlyHonorific } from './titles';

export interface PreparedName {
  readonly raw: string;
}

/** Names longer than this many units are compared on their first units only. */
export const MAX_UNITS = 8;

export class PreparedNameImpl implements PreparedName {
  constructor(
    readonly raw: string,
    readonly normalized: string,
    readonly script: Script,
    readonly units: readonly UnitData[],
    /** each unit as written in this name */
    readonly texts: readonly string[],
    readonly lineageMarker: boolean,
    /** what the name's lineage marker says of the person: son, daughter or wife of */
    readonly lineage: Lineage,
    /** the unit that marker names, the father or the husband (ParsedName.relativeAt); -1 for none */
    readonly relativeAt: number,
    /** titles and honorifics before the name (Dr., Sheikh, Hajji), left out of comparison */
    readonly titles: readonly string[] = [],
    /**
     * Another reading of the name, compared as well: when an honorific was left out, the one where it is the name it
     * also is (Sheikha, Mullah, Sayyid are names too, and a word one script writes as an honorific may be a name in
     * another); when the name is written family name first and ends in a patronymic, the one in the order given,
     * father's, family name (Кадыров Рамзан Ахматович = Рамзан Ахматович Кадыров); when the name is written family name
     * first and that name ends a compound, the one with it back at the end (UDDIN MOHAMMAD JASHIM = Mohammad Jashim Uddin,
     * جسیم الدین); when it begins with Umu, the one with the given name Oumou instead of the kunya Umm; when an Abdo
     * written apart before Ali, Hussein, Hassan, Nabi makes an Abd- compound, the one with them two names.
     */
    readonly otherReading: PreparedNameImpl | null = null,
    /** whether the first part may be the family name, when the reading knows it (else worked out on first use) */
    private familyFirstKnown: boolean | undefined = undefined,
  ) {
    const n = units.length;
    this.count = n;
    this.id0 = n > 0 ? units[0]!.id : -1;
    this.id1 = n > 1 ? units[1]!.id : -1;
    this.id2 = n > 2 ? units[2]!.id : -1;
    this.id3 = n > 3 ? units[3]!.id : -1;
    this.abbreviatedMuhammad = units.some((u) => u.muhammadAbbreviated);
    this.secondHalves = secondHalvesOf(units, texts);
    this.titleHonorific = units.some((u) => isTitleOnlyHonorific(u.honorific));
  }

  /**
   * Whether the first part may be the family name, written first: in capitals before a part that is not (HAILE Filmon
   * Tesfamariam), before a comma (DABAG, Abdurahim), with the article (Al-Juboori Mustafa Kassim) or the whole name in
   * capitals, as passports write it. A name of given, father's and grandfather's names has none of these: Ahmad Ali
   * Hassan is the son of Ali Hassan, not Ali Hassan with a family name written first — nor has a Sudanese chain of three
   * names or more, each with the article, in capitals or not (السر الفاتح الطيب, ELSIR ELFATIH ELTAYEB is the son of
   * الفاتح الطيب; AL-JUBOORI Al-Hussein Kassim writes its family name first). And a first word that is a South Asian
   * family or clan name, never a given name (Talukder Mizanur Rahman = Mizanur Rahman Talukder).
   */
  get familyFirst(): boolean {
    // (worked out on first use: only a comparison with a part left out asks)
    this.familyFirstKnown ??= this.count > 1 && !this.isChainWithArticles()
      && (this.units[0]!.article || familyNameWrittenFirst(this.raw) || isSouthAsianFamilyName(this.texts[0]!) || MARKER_BEFORE_FAMILY_NAME.test(this.texts[0]!));
    return this.familyFirstKnown;
  }

  private isChainWithArticles(): boolean {
    return this.count >= 3 && this.units.every((u) => u.article);
  }

  /** Whether the first word is the family name beyond doubt: in capitals before a word that is not (familyNameInCapitalsFirst). */
  get familyFirstInCapitals(): boolean {
    this.familyFirstInCapitalsKnown ??= familyNameInCapitalsFirst(this.raw);
    return this.familyFirstInCapitalsKnown;
  }
  private familyFirstInCapitalsKnown: boolean | undefined = undefined;

  /**
   * Whether the name writes a family name of one word first beyond doubt: in capitals before a word that is not, or
   * before a comma (HASAN Salman, Hasan, Salman; not HASAN SALMAN, all in capitals as passports write a name, nor Salman
   * Adnan, Hasan).
   */
  get familyWrittenFirst(): boolean {
    this.familyWrittenFirstKnown ??= this.count > 1 && familyNameOfOneWordMarkedFirst(this.raw);
    return this.familyWrittenFirstKnown;
  }
  private familyWrittenFirstKnown: boolean | undefined = undefined;

  /** Whether the last word is the family name beyond doubt: in capitals after a word that is not (Hamza AHMED). */
  get familyLastInCapitals(): boolean {
    this.familyLastInCapitalsKnown ??= familyNameInCapitalsLast(this.raw);
    return this.familyLastInCapitalsKnown;
  }
  private familyLastInCapitalsKnown: boolean | undefined = undefined;
  // The first unit ids again, inside the object: the scoring loop reads them without touching other memory.
  readonly count: number;
  readonly id0: number;
  readonly id1: number;
  readonly id2: number;
  readonly id3: number;
  /** a part is Muhammad abbreviated (UnitData.muhammadAbbreviated): the scoring asks only then whether it was left out */
  readonly abbreviatedMuhammad: boolean;
  /** a part is an honorific that is only a title (Haji, Mullah: titles.ts isTitleOnlyHonorific): the same */
  readonly titleHonorific: boolean;
  /** bit i: unit i is the second half of X al-Y with unit i - 1 (secondHalvesOf), which no lineage leaves out alone */
  readonly secondHalves: number;
}

// the link of South Asian and Persian X ul-Y written apart (Zia ul-Haq, Noor-ul-Ain, Shams ol-Moluk, Habib ur Rahman) …
const LINK_OF_COMPOUND = /^(?:u[lrsnzdt]|ush|uth|o[lsz]|у[лрснзд]|о[лсз]) /;
// … and the second halves of X al-Y that are no name of a father alone (Saif al-Islam, ضياء الحق, نور الهدى), as normalised
// text writes them (ى, ة, إ folded)
const SECOND_HALF = /^(?:[ae]l |ал |ел |аль |эль |ال)?(?:haq|hak|haque|huda|hoda|houda|islam|zaman|dawla|daula|doula|nisa|nissa|nesa|хак|худа|ислам|заман|ниса|حق|هدي|اسلام|زمان|دوله|نساء)$/;
/** The units that are the second half of X al-Y with the unit before them, as a bit mask by index. */
function secondHalvesOf(units: readonly UnitData[], texts: readonly string[]): number {
  let bits = 0;
  for (let i = 1; i < units.length && i < 31; i++) {
    if (!units[i]!.article || units[i]!.kind !== 'name' || units[i - 1]!.kind !== 'name') continue;
    if (LINK_OF_COMPOUND.test(texts[i]!) || SECOND_HALF.test(texts[i]!)) bits |= 1 << i;
  }
  return bits;
}

// a first part that is a family name of Ben, Ould, Ait and a name written apart (Ben Ali Fatiha = Fatiha Ben Ali)
const MARKER_BEFORE_FAMILY_NAME = /^(?:ben|bin|ibn|ould|ait|aït|ajt|بن|ولد|ايت|бен|бин|улд|аит|айт|ајт) /;
// a first word of two capitals or more (a part that follows it is in capitals too, or not), a comma after it or none, or
// any first word followed by a comma
// (capitals: Latin, Latin with diacritics, Cyrillic, Armenian)
const CAPITAL = String.raw`A-Z\u00c0-\u00de\u0100-\u024f\u0400-\u042f\u0531-\u0556`;
const CAPITALS_FIRST = new RegExp(`^\\s*[${CAPITAL}][${CAPITAL}'’-]+(?:\\s|,|$)`);
const COMMA_AFTER_FIRST = /^\s*[^,]+,/;
const ONE_WORD_BEFORE_COMMA = /^\s*[^,\s]+\s*,/;
/** Whether the first word may be the family name written first: in capitals (of a name all in capitals too) or before a comma. */
// (the comma's expression reads to the end of a name without one: only asked where there is one)
const familyNameWrittenFirst = (raw: string): boolean => CAPITALS_FIRST.test(raw) || (raw.includes(',') && COMMA_AFTER_FIRST.test(raw));
// … and a first word in capitals before a word that is not (HAILE Filmon Tesfamariam): a list's family name for certain,
// of one word (not GHEBRETINSAE ZERAI Bereket, a family name of two), not a name written all in capitals, as passports
// write it
const LOWER_CASE_SECOND = /^\s*\S+\s+\S*\p{Ll}/u;
/** Whether the name as written shows its first word as the family name beyond doubt: in capitals before a word that is not. */
const familyNameInCapitalsFirst = (raw: string): boolean => CAPITALS_FIRST.test(raw) && LOWER_CASE_SECOND.test(raw);
const CAPITALS_LAST = new RegExp(`(?:^|\\s)[${CAPITAL}][${CAPITAL}'’-]+\\s*$`);
const LOWER_CASE_FIRST = /^\s*\S*\p{Ll}/u;
const familyNameInCapitalsLast = (raw: string): boolean => CAPITALS_LAST.test(raw) && LOWER_CASE_FIRST.test(raw);
// the Persian and Urdu izafat written apart, a lower-case e or i without a dot between two words (Sher e Alam, Noor i
// Alam), not a father's initial (Ali I. Karimi, Ali E Karimi)
const IZAFAT_APART = /\S\s+[eiеи]\s+\S/u;
// (asked only where the letter stands between two spaces: most names have none, and this simpler expression is quicker)
const izafatApart = (raw: string): boolean => LETTER_APART.test(raw) && IZAFAT_APART.test(raw);
const LETTER_APART = /\s[eiеи]\s/;
/** … or before a comma (Haile, Mariam). */
const familyNameMarkedFirst = (raw: string): boolean => familyNameInCapitalsFirst(raw) || (raw.includes(',') && COMMA_AFTER_FIRST.test(raw));
/** … and of one word before the comma (Hasan, Salman Adnan; not Salman Adnan, Hasan, whose words before it may be a name). */
const familyNameOfOneWordMarkedFirst = (raw: string): boolean => familyNameInCapitalsFirst(raw) || ONE_WORD_BEFORE_COMMA.test(raw);
/** What the name as written, before normalisation takes its capitals and dots, tells the parser (ParseOptions). */
const writtenSigns = (raw: string): ParseOptions => ({
  familyNameFirst: familyNameMarkedFirst(raw), izafatApart: izafatApart(raw), urdu: URDU_LETTER.test(raw), sorani: SORANI_WRITTEN.test(raw),
});
// the heh goal and yeh barree of Urdu (and Punjabi Shahmukhi), which Persian, Pashto and Arabic do not write
const URDU_LETTER = /[ہۂےۓ]/;
// the Sorani ێ, and the ئ Sorani begins a word with before its vowel, where Arabic and Persian write an alif
const SORANI_WRITTEN = /ێ|(?:^|[\s-])ئ/;

export function prepareName(text: string): PreparedName {
  return prepareInternal(text);
}

/**
 * Not cached: a process that prepares many distinct names (the CLI, a registry import) would keep the recent ones alive
 * just long enough for every minor GC to copy them, which cost more than parsing the few that come again. Callers that
 * meet the same names again keep their own prepared names (the match engine does).
 */
export function prepareInternal(text: string): PreparedNameImpl {
  const raw = typeof text === 'string' ? text : String(text ?? '');
  const normalized = normalizeName(raw);
  const signs = writtenSigns(raw);
  const parsed = parseName(normalized, signs);
  // (one other reading at most, the first of these that applies: a name with an honorific and a patronymic, rare on
  // papers, is read with its honorific)
  return preparedFrom(raw, normalized, parsed, withHonorifics(raw, normalized, parsed, signs) ?? withPatronymicOrder(raw, normalized)
    ?? withFamilyNameLast(raw, normalized, parsed) ?? withFamilyNameAfterFather(raw, normalized, parsed, signs) ?? withUmuAsName(raw, normalized, parsed, signs)
    ?? withAbdoAsName(raw, normalized, parsed, signs));
}

/**
 * A name whose family name, by its form, stands before the marker of the father's name (Faiz Muhammad Sultani s/o Khyal
 * Mohammad, Zabihullah Shinwari son of Abdul Qadir, as Pakistani and Afghan papers in English write it) read with the
 * family name at the end, after the father's, where other papers write it.
 */
function withFamilyNameAfterFather(raw: string, normalized: string, parsed: ParsedName, signs: ParseOptions): PreparedNameImpl | null {
  const at = parsed.relativeAt;
  // (not where the name shows its family name written first, in capitals or by its form: SULAIMAN KHEL Muhammadvali son
  // of Najeebullah)
  const first = parsed.units[0]!;
  const family = at >= 2 && signs.familyNameFirst !== true && !familyNameByItsForm(first.text, first.symbols, false) ? parsed.units[at - 1]! : null;
  // (a nisba by its letters only after two names: Ali Mehdi, Ahmad Fawzi are given names of two, Mehdi and Fawzi names)
  if (family === null || family.kind !== 'name' || !familyNameByItsForm(family.text, family.symbols, at >= 3)) return null;
  const start = normalized.lastIndexOf(` ${family.text} `);
  if (start < 0) return null;
  const moved = `${normalized.slice(0, start)}${normalized.slice(start + family.text.length + 1)} ${family.text}`;
  return preparedFrom(raw, moved, parseName(moved, signs), null);
}
// (a Pashtun -zai or -khel, a Pakistani, Afghan or Bangladeshi clan's name, or, where `nisba`, a nisba of three consonants
// or more)
const familyNameByItsForm = (text: string, symbols: string, nisba: boolean): boolean => isSouthAsianFamilyName(text) || PASHTUN_TRIBE_END.test(text)
  || (nisba && /[iIQ]$/.test(symbols) && consonantCount(symbols.slice(0, -1)) >= 3);

/**
 * A name with an Abd- compound written apart after an Abdo, Abdu that is a given name of its own (abdo-apart.ts) read
 * as two names too: Ruken Abdo Nabi is Ruken, daughter of Abdo, son of Nabi, as often as of Abd al-Nabi.
 */
function withAbdoAsName(raw: string, normalized: string, parsed: ParsedName, signs: ParseOptions): PreparedNameImpl | null {
  if (!parsed.units.some((u) => u.kind === 'abd' && abdoWrittenApart(u.text))) return null;
  const apart = parseName(normalized, { ...signs, abdoAsName: true });
  return apart.units.length > parsed.units.length ? preparedFrom(raw, normalized, apart, null) : null;
}

/** A name that begins with Umu, with one m, read as the West African given name Oumou too (Umu Seidu Keita = Oumou Keita). */
function withUmuAsName(raw: string, normalized: string, parsed: ParsedName, signs: ParseOptions): PreparedNameImpl | null {
  if (parsed.units[0]?.kind !== 'umm' || !UMU_WITH_ONE_M.test(normalized.split(' ', 1)[0]!)) return null;
  return preparedFrom(raw, normalized, parseName(normalized, { ...signs, umuAsName: true }), null);
}

/**
 * A name written family name first that ends in a patronymic, read given, father's, family name, or a chain with a Turkic
 * marker inside read without it (patronymic.ts); null for any other.
 */
function withPatronymicOrder(raw: string, normalized: string): PreparedNameImpl | null {
  const reordered = inPatronymicOrder(normalized);
  // (its family name is at the end now, whatever capitals the name as written begins with)
  return reordered === null ? null : preparedFrom(raw, reordered, parseName(reordered), null, false);
}

function withHonorifics(raw: string, normalized: string, parsed: ParsedName, signs: ParseOptions): PreparedNameImpl | null {
  if (parsed.titles.length === 0) return null;
  const kept = parseName(normalized, { ...signs, keepHonorifics: true });
  return kept.units.length > parsed.units.length ? preparedFrom(raw, normalized, kept, null) : null;
}

/**
 * A name written family name first whose family name is the end of a compound (the Bangladeshi Uddin of Jashim Uddin,
 * which registrars take for a family name: UDDIN MOHAMMAD JASHIM) or the name an X-ul before it joins (HASAN MD RAKIBUL
 * = Md Rakibul Hasan = محمد رقيب الحسن), read with it back at the end; null when moving it makes neither.
 */
function withFamilyNameLast(raw: string, normalized: string, parsed: ParsedName): PreparedNameImpl | null {
  if (parsed.units.length < 2 || !familyNameWrittenFirst(raw)) return null;
  // (a family name of Ben, Ould, Ait or Bou and a name, moved whole, would read as a lineage after the given name: BEN
  // OMAR Khadija is not Khadija, daughter of Omar)
  const space = nthSpace(normalized, MARKER_BEFORE_FAMILY_NAME.test(normalized) || BOU_OR_WAD_FIRST.test(normalized) ? 1 : capitalWordsFirst(raw));
  if (space < 0) return null;
  const moved = `${normalized.slice(space + 1)} ${normalized.slice(0, space)}`;
  const reparsed = parseName(moved);
  return reparsed.units.length < parsed.units.length || readingCount(reparsed) > readingCount(parsed) ? preparedFrom(raw, moved, reparsed, null) : null;
}

/**
 * How many words the family name written first in capitals has: all the words in capitals before a word that is not
 * (ABU SHAKRA Yousef, BANI ODEH Yousef: a family name of two, as Jordanian and Palestinian papers write Abu and Bani
 * names); one where the whole name is in capitals, as passports write it, or before a comma.
 */
function capitalWordsFirst(raw: string): number {
  const words = raw.trim().split(/[\s,]+/);
  let k = 0;
  while (k < words.length && ALL_CAPITALS.test(words[k]!)) k++;
  return k >= 2 && k < words.length ? k : 1;
}
// (the markers of MARKER_BEFORE_FAMILY_NAME, and the Bou and Wad that begin family names too)
const BOU_OR_WAD_FIRST = /^(?:bou|bu|wad|بو|бу) /;
const ALL_CAPITALS = new RegExp(`^[${CAPITAL}][${CAPITAL}'’-]+$`);
/** The index of the n-th space of `s` (n ≥ 1), or -1. */
function nthSpace(s: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = s.indexOf(' ', at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** How many second readings the units of a name have (the Rakib of Rakibul before a name: Rakibul Hasan = رقيب الحسن). */
const readingCount = (parsed: ParsedName): number => parsed.units.reduce((n, u) => n + u.alsoReadAs.length, 0);

function preparedFrom(raw: string, normalized: string, parsed: ParsedName, otherReading: PreparedNameImpl | null, familyFirst?: boolean): PreparedNameImpl {
  const parsedUnits = parsed.units.length > MAX_UNITS ? parsed.units.slice(0, MAX_UNITS) : parsed.units;
  const units: UnitData[] = [];
  const texts: string[] = [];
  for (const u of parsedUnits) {
    units.push(internUnit(u));
    texts.push(u.text);
  }
  return new PreparedNameImpl(raw, normalized, detectScript(normalized), units, texts, parsed.lineageMarker, parsed.lineage,
    parsed.relativeAt < parsedUnits.length ? parsed.relativeAt : -1, parsed.titles, otherReading, familyFirst);
}

/** Accepts a PreparedName from this module, any object with `raw`, or a string. */
export function asPrepared(name: PreparedName | string): PreparedNameImpl {
  if (name instanceof PreparedNameImpl) return name;
  if (typeof name === 'string') return prepareInternal(name);
  return prepareInternal(name !== null && typeof name === 'object' && typeof name.raw === 'string' ? name.raw : '');
}
